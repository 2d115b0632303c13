/** The check reads handbooks far larger than the process's open-file limit (20,000 documents once hit EMFILE). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { handbookDir } from '../helpers/handbook.ts';
import { SAMPLES } from '../helpers/samples.ts';

describe('many files', () => {
  it('checks 600 documents under a 128 open-file limit', () => {
    const runbook = SAMPLES['runbooks/db-primary-failure.mdx'];
    const files: Record<string, string> = {};
    for (let i = 0; i < 600; i++) files[`runbooks/rb-${i}.mdx`] = runbook;
    const root = handbookDir(files);
    const check = path.resolve('scripts/check.ts');
    const result = spawnSync('sh', ['-c', `ulimit -n 128 && exec "${process.execPath}" "${check}" --format json --no-cache --now 2026-11-26T09:00:00+09:00`], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.stderr).not.toContain('EMFILE');
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).documents).toBe(600);
  });
});
