/**
 * The bench harness at a tiny size: the generator, the check, its floor and `check --changed` run for
 * real (the Astro builds are skipped to keep the suite light). No timing is asserted, only that every
 * figure was measured and the JSON has the contract shape.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { generateHandbook } from '../../src/bench/generate.ts';
import { formatTable, runBench } from '../../src/bench/run.ts';
import { formatBuildPhases, parseBuildPhases } from '../../src/lib/build-phases.ts';
import { transferSize } from '../../src/bench/search.ts';
import { policyFacts } from '../../src/bench/workdir.ts';

const root = path.resolve(import.meta.dirname, '../..');
const facts = policyFacts(readFileSync(path.join(root, 'content', 'policy.yaml'), 'utf8'));
const out = mkdtempSync(path.join(tmpdir(), 'opsbook-bench-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('generateHandbook', () => {
  it('is deterministic for a seed and varies with it', () => {
    const a = generateHandbook(60, facts, 7);
    const b = generateHandbook(60, facts, 7);
    const c = generateHandbook(60, facts, 8);
    expect([...a.files.entries()]).toEqual([...b.files.entries()]);
    expect([...a.files.values()].join()).not.toEqual([...c.files.values()].join());
  });

  it('produces the example mix: every kind, N documents, unique paths', () => {
    const g = generateHandbook(200, facts, 1);
    expect(g.files.size).toBe(200);
    const folders = new Set([...g.files.keys()].map((f) => f.split('/')[0]));
    expect([...folders].sort()).toEqual(['changes', 'incidents', 'reports', 'routines', 'runbooks']);
    expect(g.counts.incident).toBeGreaterThan(g.counts.routine ?? 0);
  });
});

describe('runBench (tiny, builds skipped)', () => {
  it('measures the check, its floor and check --changed and writes the contract JSON', async () => {
    const file = path.join(out, 'result.json');
    const result = await runBench({ docs: 30, runs: 1, projectRoot: root, outDir: out, out: file, skipBuild: true });
    const json = JSON.parse(readFileSync(file, 'utf8')) as typeof result;
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['docs', 'runs', 'check', 'build', 'bare_astro', 'floor', 'changed_check', 'search', 'ratios']));
    expect(json.docs).toBe(30);
    expect(json.runs).toBe(1);
    for (const f of [json.check, json.floor, json.changed_check]) {
      expect(f.wall_s).toBeGreaterThan(0);
      expect(f.rss_mb).toBeGreaterThan(0);
      // CPU time comes from GNU time, which the machine may not have.
      if (json.machine.gnu_time) expect(f.cpu_s).toBeGreaterThan(0);
      else expect(f.cpu_s).toBeUndefined();
    }
    // The synthetic documents are valid: the check finds no document errors in them.
    expect(json.check.errors).toBe(0);
    expect(Object.keys(json.ratios).sort()).toEqual([
      'build_rss_vs_bare',
      'build_vs_bare',
      'build_vs_bare_markdown',
      'changed_vs_full_check',
      'check_vs_floor',
      'incremental_vs_full_build',
    ]);
    expect(json.ratios.build_vs_bare).toBeNull();
    expect(json.ratios.incremental_vs_full_build).toBeNull();
    expect(json.budgets).toMatchObject({
      build_vs_bare: { limit: 0.7 },
      build_vs_bare_markdown: { limit: 2 },
      build_rss_vs_bare: { limit: 0.6 },
      incremental_vs_full_build: { limit: 0.3 },
      first_search_kb: { limit: 250 },
    });
    expect(json.budgets.check_vs_floor).toMatchObject({ limit: 2, met: expect.any(Boolean) });
    expect(json.budgets.build_vs_bare?.met).toBeNull();
    expect(formatTable(json)).toContain('check --changed');
  }, 120_000);
});

describe('transferSize', () => {
  const js = Buffer.from('export function search(query) { return query; }\n'.repeat(200));
  it('counts JavaScript and JSON as a static host sends them: gzip-compressed', () => {
    expect(transferSize('pagefind/pagefind.js', js)).toBe(gzipSync(js, { level: 6 }).length);
    expect(transferSize('pagefind/pagefind-entry.json', js)).toBeLessThan(js.length);
  });
  it("counts pagefind's own files, compressed when written, at their stored size", () => {
    for (const file of [
      'pagefind/pagefind.ko_abc.pf_meta',
      'pagefind/index/ko_1.pf_index',
      'pagefind/fragment/ko_2.pf_fragment',
      'pagefind/wasm.unknown.pagefind',
    ]) {
      expect(transferSize(file, js)).toBe(js.length);
    }
  });
});

describe('parseBuildPhases', () => {
  it('reads the timing line of npm run build, and nothing from other output', () => {
    expect(
      parseBuildPhases(
        'opsbook: search index built (3 pages).\nopsbook: built in 150.2s: load 4.1s, check 6.0s, astro 130.5s, search index after the last page 2.3s\n',
      ),
    ).toEqual({
      load_s: 4.1,
      check_s: 6,
      astro_s: 130.5,
      index_after_last_page_s: 2.3,
    });
    expect(parseBuildPhases('astro build done')).toBeUndefined();
  });

  it('reads back what the build prints (one format, one owner)', () => {
    const phases = { load_s: 4.3, check_s: 2, astro_s: 126.3, index_after_last_page_s: 7.5 };
    const line = formatBuildPhases(phases);
    expect(line).toBe('opsbook: built in 140.1s: load 4.3s, check 2.0s, astro 126.3s, search index after the last page 7.5s');
    expect(parseBuildPhases(`opsbook: search index built (3 pages).\n${line}\n`)).toEqual(phases);
  });
});
