/**
 * `check --changed` is exact: for a set of edits on a branch of the example handbook, every problem the
 * full check finds that the edit caused is also reported by `--changed`, and whatever `--changed` reports
 * the full check reports the same way. Deleting or renaming a runbook others use, removing a person or a
 * scenario from the policy, making a used runbook restricted, and adding a file with a Korean name.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const CHECK = path.resolve('scripts/check.ts');
const NOW = '2026-11-26T09:00:00+09:00';

interface Diag {
  file: string;
  line: number;
  rule: string;
  severity: string;
  message: string;
}

function sh(cwd: string, ...args: string[]): void {
  const r = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

function repo(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'opsbook-changed-'));
  cpSync('content', path.join(root, 'content'), { recursive: true });
  sh(root, 'init', '-q', '-b', 'main');
  sh(root, 'add', '-A');
  sh(root, 'commit', '-q', '-m', 'handbook');
  sh(root, 'checkout', '-q', '-b', 'feature');
  return root;
}

function check(root: string, args: string[] = []): Diag[] {
  const r = spawnSync(process.execPath, [CHECK, '--format', 'json', '--now', NOW, ...args], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`check exited ${r.status}: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { diagnostics: Diag[] }).diagnostics;
}

const key = (d: Diag) => `${d.file}:${d.line} ${d.rule} ${d.severity} ${d.message}`;
const edit = (root: string, rel: string, f: (text: string) => string) => writeFileSync(path.join(root, rel), f(readFileSync(path.join(root, rel), 'utf8')));

const EDITS: [string, (root: string) => void, string][] = [
  ['delete a runbook that incidents and guide pages use', (root) => rmSync(path.join(root, 'content/runbooks/db-replication-lag.mdx')), 'document/reference'],
  [
    'rename a runbook that others use',
    (root) => renameSync(path.join(root, 'content/runbooks/db-replication-lag.mdx'), path.join(root, 'content/runbooks/db-replication-delay.mdx')),
    'document/reference',
  ],
  ['remove a person from the roster', (root) => edit(root, 'content/policy.yaml', (t) => t.replace(/^ {2}- \{ id: kim-minsu,.*\n/m, '')), 'document/reference'],
  [
    'remove a scenario from the policy',
    (root) => edit(root, 'content/policy.yaml', (t) => t.replace(/^ {2}- id: db-replication-lag\n(?: {4}\S.*\n)*/m, '')),
    'document/reference',
  ],
  [
    'make a runbook that public documents use restricted',
    (root) => edit(root, 'content/runbooks/db-replication-lag.mdx', (t) => t.replace(/^title: /m, 'visibility: restricted\ntitle: ')),
    'document/restricted-reference',
  ],
  // git quotes such a name unless asked for NUL-separated paths; the file has a mistake to be found.
  [
    'add a file with a Korean name',
    (root) =>
      writeFileSync(
        path.join(root, 'content/runbooks/복제-지연.mdx'),
        readFileSync('content/runbooks/db-replication-lag.mdx', 'utf8').replace(/^owner:/m, 'ownr:'),
      ),
    'document/schema',
  ],
];

describe('check --changed is exact', () => {
  it.each(EDITS)(
    '%s',
    (_name, apply, expectedRule) => {
      const root = repo();
      try {
        const before = new Set(check(root).map(key));
        apply(root);
        const full = check(root);
        const changed = check(root, ['--changed', '--base', 'main']);
        const caused = full.filter((d) => !before.has(key(d)) && d.severity === 'error');
        expect(
          caused.map((d) => d.rule),
          'the edit breaks something',
        ).toContain(expectedRule);
        // Nothing the edit broke is missed, and nothing is reported differently from the full check.
        const changedKeys = new Set(changed.map(key));
        expect(caused.filter((d) => !changedKeys.has(key(d))).map(key)).toEqual([]);
        const fullKeys = new Set(full.map(key));
        expect(changed.filter((d) => !fullKeys.has(key(d))).map(key)).toEqual([]);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
