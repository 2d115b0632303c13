/** The check CLI over a fixture handbook: `--now` makes "overdue" reproducible; a secret fails the run. */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { handbookDir } from '../helpers/handbook.ts';
import { SAMPLES } from '../helpers/samples.ts';

const CHECK = path.resolve('scripts/check.ts');

function check(root: string, args: string[]) {
  const result = spawnSync(process.execPath, [CHECK, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return {
    code: result.status,
    report: JSON.parse(result.stdout) as {
      diagnostics: { file: string; line: number; rule: string; severity: string; message: string }[];
      summary: Record<string, number>;
    },
  };
}

describe('check --now', () => {
  it('measures overdue from the given instant: the same handbook in 2030 has expired reviews, missed routines and missing reports', () => {
    const root = handbookDir(SAMPLES);
    const today = check(root, ['--format', 'json', '--now', '2026-11-26T09:00:00+09:00']);
    const later = check(root, ['--format', 'json', '--now', '2030-01-01T00:00:00+09:00']);
    expect(today.code).toBe(0);
    expect(later.code).toBe(0);
    const rules = (r: typeof today) => new Set(r.report.diagnostics.map((d) => d.rule));
    expect(rules(today).has('runbook/review-expired')).toBe(false);
    for (const rule of ['runbook/review-expired', 'routine/missed', 'report/missing', 'runbook/exercised']) expect(rules(later), rule).toContain(rule);
    expect(later.report.summary.error).toBe(0);
    // Daily reports are not required by the fixture policy: none is reported missing, even four years on.
    expect(later.report.diagnostics.filter((d) => d.rule === 'report/missing' && d.message.includes('daily'))).toEqual([]);
  });

  it('a secret in a document is an error with its line, and the run exits 1', () => {
    const runbook = SAMPLES['runbooks/db-primary-failure.mdx'].replace('쓰기 확인.', '쓰기 확인.\n\nmysql://admin:S3cr3tPassw0rd@order-db-1:3306/orders');
    const root = handbookDir({ ...SAMPLES, 'runbooks/db-primary-failure.mdx': runbook });
    const { code, report } = check(root, ['--format', 'json', '--now', '2026-11-26T09:00:00+09:00']);
    expect(code).toBe(1);
    const line = runbook.split('\n').findIndex((l) => l.startsWith('mysql://')) + 1;
    expect(report.diagnostics.filter((d) => d.rule === 'content/secret').map((d) => `${d.file}:${d.line}:${d.severity}`)).toEqual([
      `content/runbooks/db-primary-failure.mdx:${line}:error`,
    ]);
  });
});

describe('a reader that stops reading', () => {
  it('closes the pipe without a stack trace: the check finishes and exits with its own code', async () => {
    const runbook = SAMPLES['runbooks/db-primary-failure.mdx'].replace('쓰기 확인.', '쓰기 확인.\n\nmysql://admin:S3cr3tPassw0rd@order-db-1:3306/orders');
    const root = handbookDir({ ...SAMPLES, 'runbooks/db-primary-failure.mdx': runbook });
    const child = spawn(process.execPath, [CHECK, '--now', '2026-11-26T09:00:00+09:00'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    // Closed before the check writes a byte (`npm run check | head -0`): every write to it fails with EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });
});
