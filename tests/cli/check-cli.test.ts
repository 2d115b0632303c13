/** `npm run check` as a child process on fixture handbooks: output shapes and exit codes (docs/architecture.md §4). */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { handbookDir } from '../helpers/handbook.ts';
import { SAMPLES } from '../helpers/samples.ts';

const CHECK = path.resolve('scripts/check.ts');

function check(root: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CHECK, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const NOW = ['--now', '2026-11-26T09:00:00+09:00'];

describe('check CLI', () => {
  it('exits 0 on a clean handbook and prints the JSON contract', () => {
    const root = handbookDir(SAMPLES);
    const { code, stdout } = check(root, ['--format', 'json', ...NOW]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['version', 'documents', 'diagnostics', 'summary']);
    expect(report.version).toBe(1);
    expect(report.documents).toBe(Object.keys(SAMPLES).length);
    expect(report.summary.error).toBe(0);
    for (const d of report.diagnostics) {
      expect(Object.keys(d).slice(0, 7)).toEqual(['file', 'line', 'column', 'rule', 'severity', 'message', 'docs']);
    }
  });

  it('exits 1 with errors and names file, line and rule', () => {
    const root = handbookDir({
      ...SAMPLES,
      'runbooks/db-primary-failure.mdx': SAMPLES['runbooks/db-primary-failure.mdx'].replace('owner: jung-hayoung', 'ownr: jung-hayoung'),
    });
    const { code, stdout } = check(root, ['--format', 'json', ...NOW]);
    expect(code).toBe(1);
    const { diagnostics, summary } = JSON.parse(stdout);
    expect(summary.error).toBe(2);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ file: 'content/runbooks/db-primary-failure.mdx', line: 6, column: 1, rule: 'document/schema', severity: 'error' }),
    );
  });

  it('pretty output leads with file:line:column', () => {
    const root = handbookDir({ ...SAMPLES, 'runbooks/x.mdx': '' });
    const { code, stdout } = check(root, NOW);
    expect(code).toBe(1);
    expect(stdout).toContain('content/runbooks/x.mdx:1:1');
    expect(stdout).toMatch(/1 error\(s\)/);
  });

  it('github format escapes annotation text and writes the step summary', () => {
    const root = handbookDir({
      ...SAMPLES,
      'runbooks/x.mdx': '---\ntitle: "a: b, 100%"\nsummary: s\nservices: [web]\nowner: nobody\nlast_reviewed: 2026-10-01\n---\n본문\n',
    });
    const summaryFile = path.join(root, 'summary.md');
    writeFileSync(summaryFile, '');
    const { code, stdout } = check(root, ['--format', 'github', ...NOW], { GITHUB_STEP_SUMMARY: summaryFile });
    expect(code).toBe(1);
    const annotation = stdout.split('\n').find((l) => l.startsWith('::error file=content/runbooks/x.mdx'));
    expect(annotation).toMatch(
      /^::error file=content\/runbooks\/x\.mdx,line=5,col=1,title=document\/reference::Cannot find person "nobody" in the policy roster/,
    );
    expect(readFileSync(summaryFile, 'utf8')).toContain('`content/runbooks/x.mdx`');
    expect(stdout).toContain('content/runbooks/x.mdx:5:1');
  });

  it('exits 2 on misuse and on an unreadable policy, without a stack trace', () => {
    const root = handbookDir(SAMPLES);
    for (const args of [['--format', 'xml'], ['--bogus'], ['--now', 'yesterday'], ['--base', 'main']]) {
      const { code, stderr } = check(root, args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toMatch(/^opsbook: /);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
    const broken = handbookDir(SAMPLES, 'timezone: [\n');
    const result = check(broken, NOW);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('content/policy.yaml:');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const missing = check(path.join(root, 'content'), NOW);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot read');
  });

  it('--list-rules lists every registered rule', () => {
    const { code, stdout } = check(handbookDir(SAMPLES), ['--list-rules', '--format', 'json']);
    expect(code).toBe(0);
    const ids = JSON.parse(stdout).map((r: { id: string }) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['document/schema', 'document/mdx', 'document/reference', 'incident/timeline-order']));
  });
});
