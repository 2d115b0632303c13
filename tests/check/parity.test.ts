/**
 * Check ≡ build: whatever the build would reject, the check reports first. A property over random
 * corruptions of the example documents (fixed seed, a stated number of cases, batched into few builds):
 * for each corrupted document either the check reports an error in that file, or the handbook holding it
 * builds. Beside it, a must-pass list (BOM, CRLF, CR-only line endings, a Korean file name, a date-like
 * title), so refusing everything cannot pass.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { glob } from 'tinyglobby';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheckAsync } from '../../src/lib/check.ts';
import { loadHandbook } from '../../src/node/load-handbook.ts';
import { MUTATIONS, prng } from '../helpers/mutations.ts';
import { copyProject, type ProjectCopy } from '../helpers/project-copy.ts';

const NOW = '2026-11-26T09:00:00+09:00';
const SEED = 20261201;
const BATCHES = 3;
/** Corrupted documents per batch (each a different file): 3 × 30 = 90 cases. */
const PER_BATCH = 30;

const copies: ProjectCopy[] = [];
afterAll(() => copies.forEach((c) => c.remove()));

async function errorFiles(root: string): Promise<Set<string>> {
  const handbook = await loadHandbook(root);
  const diagnostics = await runCheckAsync(handbook, { now: Temporal.Instant.from(NOW) });
  return new Set(diagnostics.filter((d) => d.severity === 'error' && !d.suppressed).map((d) => d.file));
}

function build(root: string): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, ['scripts/build.ts', '--out', path.join(root, 'dist'), '--now', NOW], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`.slice(-3000) };
}

const MUST_PASS: Record<string, (text: string) => string> = {
  'runbooks/db-replication-lag.mdx': (t) => `\uFEFF${t}`,
  'runbooks/net-latency.mdx': (t) => t.replace(/\n/g, '\r\n'),
  'runbooks/net-packet-loss.mdx': (t) => t.replace(/\n/g, '\r'),
  'runbooks/app-memory-leak.mdx': (t) => t.replace(/^title: .*$/m, 'title: 2026-11-25'),
};
const KOREAN_FILE = 'runbooks/복제-지연-점검.mdx';

describe('check ≡ build', () => {
  it.each(Array.from({ length: BATCHES }, (_, i) => [i + 1] as const))(
    'batch %i: every corrupted document is refused by the check at its file, or builds',
    async (batch) => {
      const copy = copyProject(`opsbook-parity-${batch}-`);
      copies.push(copy);
      const content = (f: string) => path.join(copy.root, 'content', f);
      const random = prng(SEED + batch);
      const files = (await glob(['**/*.mdx'], { cwd: path.join(copy.root, 'content') })).sort();
      const originals = new Map(files.map((f) => [f, readFileSync(content(f), 'utf8')]));
      const kinds = Object.keys(MUTATIONS);
      const chosen = new Map<string, string>();
      while (chosen.size < PER_BATCH) {
        const file = files[Math.floor(random() * files.length)]!;
        if (chosen.has(file) || file in MUST_PASS) continue;
        const kind = kinds[Math.floor(random() * kinds.length)]!;
        writeFileSync(content(file), MUTATIONS[kind]!(originals.get(file)!, random));
        chosen.set(file, kind);
      }
      if (batch === 1) {
        for (const [file, change] of Object.entries(MUST_PASS)) writeFileSync(content(file), change(originals.get(file)!));
        writeFileSync(content(KOREAN_FILE), originals.get('runbooks/db-replication-lag.mdx')!.replace(/^title: .*$/m, 'title: 한글 파일 이름'));
      }
      // Corruptions the check refuses are done (the build never sees them); the rest must build.
      const refused: string[] = [];
      for (let round = 0; round < 3; round++) {
        const errors = await errorFiles(copy.root);
        const mustPass = [...Object.keys(MUST_PASS), ...(batch === 1 ? [KOREAN_FILE] : [])].filter((f) => errors.has(`content/${f}`));
        expect(mustPass, 'the must-pass documents have no errors').toEqual([]);
        const again = [...chosen.keys()].filter((f) => errors.has(`content/${f}`) && !refused.includes(f));
        if (again.length === 0) break;
        for (const f of again) {
          refused.push(f);
          writeFileSync(content(f), originals.get(f)!);
        }
      }
      const accepted = [...chosen].filter(([f]) => !refused.includes(f)).map(([f, kind]) => `${kind} on ${f}`);
      expect(accepted.length + refused.length).toBe(PER_BATCH);
      // Both sides are exercised (with this seed: 18/12, 14/16, 16/14 accepted/refused).
      expect(accepted.length, 'some corruptions are accepted and built').toBeGreaterThan(0);
      expect(refused.length, 'some corruptions are refused').toBeGreaterThan(0);
      const result = build(copy.root);
      expect(result.status, `accepted by the check, so they must build:\n${accepted.join('\n')}\n${result.output}`).toBe(0);
      if (batch === 1) {
        const dist = path.join(copy.root, 'dist');
        expect(existsSync(path.join(dist, 'runbooks/복제-지연-점검/index.html'))).toBe(true);
        expect(readFileSync(path.join(dist, 'runbooks/app-memory-leak/index.html'), 'utf8')).toContain('<h1>2026-11-25</h1>');
        for (const f of ['db-replication-lag', 'net-latency', 'net-packet-loss'])
          expect(existsSync(path.join(dist, 'runbooks', f, 'index.html')), f).toBe(true);
      }
    },
    600_000,
  );
});
