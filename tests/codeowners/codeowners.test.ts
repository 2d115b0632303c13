/** CODEOWNERS from a fixture roster, the CLI's idempotence, and the drift rule. */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check.ts';
import { codeownersDrift, generateCodeowners } from '../../src/lib/codeowners.ts';
import { buildHandbook } from '../../src/lib/handbook.ts';
import { readPolicy } from '../../src/lib/policy-source.ts';
import { FIXED_NOW, handbookDir } from '../helpers/handbook.ts';

const POLICY = readPolicy(readFileSync('content/policy.yaml', 'utf8')).policy!;

/** A small roster: a CTO, two team leads, one engineer; incidents reviewed by team leads. */
const policy = {
  ...POLICY,
  changes: { ...POLICY.changes, approver_roles: ['team-lead', 'cto'] },
  incidents: { ...POLICY.incidents, reviewer_roles: ['team-lead'] },
  teams: { sre: { name: 'SRE', github: '@acme/sre' }, data: { name: 'Data', github: '@acme/data' } },
  people: [
    { id: 'ceo-kim', name: '김대표', github: 'ceo-kim', roles: ['cto'], team: 'sre' },
    { id: 'lead-a', name: '팀장A', github: 'lead-a', roles: ['team-lead', 'sre'], team: 'sre' },
    { id: 'lead-b', name: '팀장B', github: 'lead-b', roles: ['team-lead', 'dba'], team: 'data' },
    { id: 'dev-c', name: '개발C', github: 'dev-c', roles: ['sre'], team: 'sre' },
  ],
};

const runbook = (owner: string) => `---
title: 런북
summary: 요약
services: [order-db]
owner: ${owner}
last_reviewed: 2026-11-01
---
`;

const files = [
  { path: 'runbooks/replica.mdx', bytes: runbook('lead-b') },
  { path: 'runbooks/network.mdx', bytes: runbook('dev-c') },
];

describe('generateCodeowners', () => {
  it('gives approvers the handbook and changes, reviewers the incidents, owner teams their runbooks', () => {
    const text = generateCodeowners(policy, buildHandbook(policy, files).documents);
    expect(text.split('\n').filter((l) => l && !l.startsWith('#'))).toEqual([
      '* @ceo-kim @lead-a @lead-b',
      '/content/policy.yaml @ceo-kim @lead-a @lead-b',
      '/.github/ @ceo-kim @lead-a @lead-b',
      '/content/incidents/ @lead-a @lead-b',
      '/content/changes/ @ceo-kim @lead-a @lead-b',
      '/content/routines/ @lead-a @lead-b',
      '/content/reports/ @lead-a @lead-b',
      '/content/runbooks/network.mdx @acme/sre',
      '/content/runbooks/replica.mdx @acme/data',
    ]);
    expect(text.startsWith('# 자동 생성 파일입니다.')).toBe(true);
  });

  it('finds the first line that drifted', () => {
    const text = generateCodeowners(policy, buildHandbook(policy, files).documents);
    expect(codeownersDrift(text, text.replace(/\n/g, '\r\n'))).toBeUndefined();
    const edited = text.replace('@acme/data', '@acme/sre');
    const line = text.split('\n').findIndex((l) => l.includes('replica.mdx')) + 1;
    expect(codeownersDrift(text, edited)).toEqual({
      line,
      expected: '/content/runbooks/replica.mdx @acme/data',
      found: '/content/runbooks/replica.mdx @acme/sre',
    });
  });
});

describe('codeowners/outdated', () => {
  const check = (codeowners: string | undefined, owner = 'lead-b') => {
    const handbook = buildHandbook(policy, [{ path: 'runbooks/replica.mdx', bytes: runbook(owner) }]);
    return runCheck(codeowners === undefined ? handbook : { ...handbook, codeowners }, { now: FIXED_NOW }).filter((d) => d.rule === 'codeowners/outdated');
  };
  const current = generateCodeowners(policy, buildHandbook(policy, [{ path: 'runbooks/replica.mdx', bytes: runbook('lead-b') }]).documents);

  it('is silent when the file matches, or when the handbook has none', () => {
    expect(check(current)).toEqual([]);
    expect(check(undefined)).toEqual([]);
  });

  it('warns on .github/CODEOWNERS when a runbook changes owner', () => {
    const [d, ...rest] = check(current, 'dev-c');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ file: '.github/CODEOWNERS', severity: 'warning', line: current.split('\n').length - 1 });
    expect(d!.message).toBe(
      'Expected "/content/runbooks/replica.mdx @acme/sre", found "/content/runbooks/replica.mdx @acme/data"; run `npm run codeowners` and commit .github/CODEOWNERS',
    );
  });
});

describe('npm run codeowners', () => {
  const cli = (root: string, args: string[] = []) =>
    spawnSync(process.execPath, [path.resolve('scripts/codeowners.ts'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  it('writes the file, is idempotent, and --check reports drift without writing', () => {
    const root = handbookDir({ 'runbooks/replica.mdx': runbook('kim-minsu') }, readFileSync('content/policy.yaml', 'utf8'));
    const file = path.join(root, '.github', 'CODEOWNERS');
    expect(cli(root, ['--check']).status).toBe(1);
    expect(cli(root).stdout).toBe('wrote .github/CODEOWNERS\n');
    const first = readFileSync(file, 'utf8');
    expect(first).toContain('/content/runbooks/replica.mdx @hanbit/sre');
    expect(cli(root).stdout).toBe('.github/CODEOWNERS is up to date\n');
    expect(readFileSync(file, 'utf8')).toBe(first);
    expect(cli(root, ['--check']).status).toBe(0);

    writeFileSync(path.join(root, 'content/runbooks/replica.mdx'), runbook('han-jiwoo'));
    const stale = cli(root, ['--check']);
    expect(stale.status).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(first);
    const check = spawnSync(process.execPath, [path.resolve('scripts/check.ts'), '--format', 'json'], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(check.stdout).diagnostics).toContainEqual(
      expect.objectContaining({ rule: 'codeowners/outdated', file: '.github/CODEOWNERS', severity: 'warning' }),
    );
    expect(cli(root).stdout).toBe('updated .github/CODEOWNERS\n');
    expect(readFileSync(file, 'utf8')).toContain('/content/runbooks/replica.mdx @hanbit/data-platform');
  });
});
