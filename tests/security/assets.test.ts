/**
 * Images live in content/assets/ and are shown as /assets/<file>. A build publishes exactly the assets
 * its audience's documents show: one only a restricted document uses stays out of the public build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../helpers/project-copy.ts';

const NOW = '2026-11-26T09:00:00+09:00';
const project = copyProject('opsbook-assets-');
afterAll(() => project.remove());
const content = (p: string) => path.join(project.root, 'content', p);

// Minimal valid PNG headers are enough: the build copies bytes, it does not decode them.
const PUBLIC_PNG = Buffer.from('89504e470d0a1a0a7075626c6963', 'hex');
const SECRET_PNG = Buffer.from('89504e470d0a1a0a736563726574', 'hex');
mkdirSync(content('assets/security'), { recursive: true });
writeFileSync(content('assets/replication-dashboard.png'), PUBLIC_PNG);
writeFileSync(content('assets/security/leaked-key-audit.png'), SECRET_PNG);
writeFileSync(content('assets/unused.png'), PUBLIC_PNG);
const runbook = content('runbooks/db-replication-lag.mdx');
writeFileSync(runbook, readFileSync(runbook, 'utf8').replace('## 진단', '![복제 지연 대시보드](/assets/replication-dashboard.png)\n\n## 진단'));
const incident = content('incidents/2026/2026-08-25-admin-api-key-leak.mdx');
writeFileSync(incident, `${readFileSync(incident, 'utf8')}\n![감사 로그](/assets/security/leaked-key-audit.png)\n`);

function build(audience: 'public' | 'restricted'): string {
  const out = path.join(project.root, `dist-${audience}`);
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--audience', audience, '--out', out, '--now', NOW], {
    cwd: project.root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  expect(result.status, result.stdout + result.stderr).toBe(0);
  return out;
}

describe('document images', () => {
  it('the public build publishes the public document’s image and not the restricted one’s', () => {
    const out = build('public');
    expect(readFileSync(path.join(out, 'assets/replication-dashboard.png'))).toEqual(PUBLIC_PNG);
    expect(readFileSync(path.join(out, 'runbooks/db-replication-lag/index.html'), 'utf8')).toContain(
      '<img src="/assets/replication-dashboard.png" alt="복제 지연 대시보드">',
    );
    expect(existsSync(path.join(out, 'assets/security/leaked-key-audit.png'))).toBe(false);
    expect(existsSync(path.join(out, 'assets/unused.png'))).toBe(false);
  }, 300_000);

  it('the restricted build publishes both', () => {
    const out = build('restricted');
    expect(readFileSync(path.join(out, 'assets/security/leaked-key-audit.png'))).toEqual(SECRET_PNG);
    expect(existsSync(path.join(out, 'assets/replication-dashboard.png'))).toBe(true);
  }, 300_000);
});
