/**
 * `check --changed` against a real git repository with a base branch: only the documents the branch
 * changed are checked (plus handbook-wide rules), so a pull request is not blamed for old problems.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { emptyHandbook, NOW, runCheck, runNew } from '../scaffold/helpers.ts';
import { commitAll, git, initRepo } from '../scaffold/git.ts';

/** A runbook with an unknown key: a document error that already sits on main. */
const BROKEN_RUNBOOK = `---
title: 오래된 런북
summary: 예전부터 깨져 있는 런북
services: [order-api]
owner: kim-minsu
last_reviewed: 2026-11-01
ownr: kim-minsu
---

## 증상
`;

function write(root: string, rel: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), text);
}

function repoWithOldProblem(): string {
  const root = emptyHandbook();
  write(root, 'content/runbooks/old-runbook.mdx', BROKEN_RUNBOOK);
  initRepo(root);
  git(root, 'checkout', '--quiet', '-b', 'feature');
  return root;
}

/** Documents with findings; handbook-wide rules (missing runbooks for scenarios, ...) report on policy.yaml and always run. */
const files = (report: ReturnType<typeof runCheck>['report']) =>
  [...new Set(report.diagnostics.map((d) => d.file))].filter((f) => f !== 'content/policy.yaml').sort();

describe('check --changed', () => {
  it('reports only the documents changed since the base branch', () => {
    const root = repoWithOldProblem();
    expect(runCheck(root).report.diagnostics.map((d) => d.rule)).toContain('document/schema');

    const created = runNew(root, ['incident', '--title', 'Order API errors', '--severity', 'P3', '--service', 'order-api', '--author', 'kim-minsu']);
    commitAll(root, 'new incident');
    const { code, report } = runCheck(root, ['--changed', '--base', 'main']);
    expect(code).toBe(0);
    expect(files(report)).toEqual([created.stdout.trim()]);
    expect(report.diagnostics.filter((d) => d.file !== 'content/policy.yaml').every((d) => d.rule === 'document/placeholder')).toBe(true);
  });

  it('counts uncommitted and untracked files, and an error in them fails the run', () => {
    const root = repoWithOldProblem();
    write(root, 'content/runbooks/new-one.mdx', BROKEN_RUNBOOK.replace('오래된', '새'));
    const { code, report } = runCheck(root, ['--changed', '--base', 'main']);
    expect(code).toBe(1);
    expect(files(report)).toEqual(['content/runbooks/new-one.mdx']);
    expect(report.diagnostics.find((d) => d.file === 'content/runbooks/new-one.mdx')).toMatchObject({ rule: 'document/schema', line: 7, severity: 'error' });
  });

  it('ignores documents changed on the base branch after the branch point', () => {
    const root = repoWithOldProblem();
    runNew(root, ['runbook', '--title', 'Feature runbook', '--service', 'order-api', '--author', 'kim-minsu']);
    commitAll(root, 'feature work');
    git(root, 'checkout', '--quiet', 'main');
    write(root, 'content/runbooks/main-only.mdx', BROKEN_RUNBOOK);
    commitAll(root, 'main moves on');
    git(root, 'checkout', '--quiet', 'feature');
    const { report } = runCheck(root, ['--changed', '--base', 'main']);
    expect(files(report)).toEqual(['content/runbooks/feature-runbook.mdx']);
  });

  it('writes the step summary with a row for the changed document only', () => {
    const root = repoWithOldProblem();
    const created = runNew(root, ['change', '--title', 'Rotate keys', '--service', 'auth-api', '--author', 'kim-minsu']);
    commitAll(root, 'change');
    const summary = path.join(tmpdir(), `summary-${process.pid}-${Date.now()}.md`);
    writeFileSync(summary, '');
    const result = spawnSync(process.execPath, [path.resolve('scripts/check.ts'), '--changed', '--base', 'main', '--format', 'github', '--now', NOW], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', GITHUB_STEP_SUMMARY: summary },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^::warning file=content\/changes\/2026\/2026-11-26-rotate-keys\.mdx,line=\d+,col=\d+,title=document\/placeholder::/m);
    const text = readFileSync(summary, 'utf8');
    const rows = text.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| 문서'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(`Rotate keys<br>\`${created.stdout.trim()}\``);
    expect(rows[0]).toContain('| 변경 | ⚠️ 경고 |');
    expect(text).not.toContain('old-runbook');
  });

  it('an unknown base is a usage problem (exit 2)', () => {
    const root = repoWithOldProblem();
    const result = spawnSync(process.execPath, [path.resolve('scripts/check.ts'), '--changed', '--base', 'no-such-branch'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no-such-branch');
  });
});
