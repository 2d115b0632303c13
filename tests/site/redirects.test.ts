/**
 * A renamed document keeps its old URL working: each id in `former_ids` gets a redirect page to the
 * document's page. A restricted document's former id is not published in the public build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../helpers/project-copy.ts';

const project = copyProject('opsbook-redirects-');
afterAll(() => project.remove());
const content = (f: string) => path.join(project.root, 'content', f);
const runbook = readFileSync(content('runbooks/net-latency.mdx'), 'utf8');
writeFileSync(
  content('runbooks/net-rtt-increase.mdx'),
  runbook.replace(/^title: .*$/m, 'title: 네트워크 왕복 지연 증가\nformer_ids: [net-rtt, network-latency-old]'),
);
writeFileSync(
  content('runbooks/key-rotation.mdx'),
  runbook.replace(/^title: .*$/m, 'title: 키 교체\nvisibility: restricted\nformer_ids: [leaked-key-rotation]'),
);

describe('redirects for renamed documents', () => {
  it('the old URLs open the renamed runbook; a restricted one is not published', () => {
    const out = path.join(project.root, 'dist');
    const r = spawnSync(process.execPath, ['scripts/build.ts', '--out', out, '--now', '2026-11-26T09:00:00+09:00'], {
      cwd: project.root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    for (const old of ['net-rtt', 'network-latency-old']) {
      const page = readFileSync(path.join(out, 'runbooks', old, 'index.html'), 'utf8');
      expect(page).toMatch(/<meta http-equiv="refresh" content="0;url=\/runbooks\/net-rtt-increase\/"/);
    }
    expect(existsSync(path.join(out, 'runbooks/leaked-key-rotation'))).toBe(false);
    expect(existsSync(path.join(out, 'runbooks/net-rtt-increase/index.html'))).toBe(true);
  }, 300_000);
});
