/**
 * `npm run bench`: generates a synthetic handbook, then times, as whole processes, the check's floor,
 * the check, `check --changed` after touching one file, the bare Astro build and the full build, several
 * times each (median), measures the search download, and holds the ratios against the budgets of
 * docs/architecture.md §8 and docs/performance.md (budgets).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseBuildPhases, type BuildPhases } from '../lib/build-phases.ts';
import { measure, median, type Measured } from './measure.ts';
import { measureSearch, type SearchCost } from './search.ts';
import { RACY_MS } from '../node/parse-cache.ts';
import { prepare } from './workdir.ts';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' })) newest = Math.max(newest, statSync(path.join(dir, rel)).mtimeMs);
  return newest;
}

export interface BenchOptions {
  docs: number;
  runs: number;
  /** The opsbook checkout (its src/, node_modules/, content/policy.yaml and content/guide/ are used). */
  projectRoot: string;
  outDir: string;
  out?: string;
  /** Skip the two Astro builds and the search measurement (the test harness run). */
  skipBuild?: boolean;
  /** A bench JSON of half as many documents to hold the scaling budgets against. */
  compare?: string;
  seed?: number;
  log?: (line: string) => void;
}

interface Figure {
  wall_s: number;
  rss_mb: number;
  /** CPU seconds (user + system) of the process tree, when GNU time is there. */
  cpu_s?: number;
}
interface Budget {
  value: number | null;
  limit: number;
  met: boolean | null;
}

export interface BenchResult {
  docs: number;
  runs: number;
  check: Figure & { errors: number; findings: number };
  build: (Figure & { pages: number; ok: boolean; error?: string; phases?: BuildPhases }) | null;
  /** The full build again after one document changed, restoring the other pages from the cache (docs/architecture.md §13). */
  incremental_build: (Figure & { pages: number; ok: boolean; error?: string; rendered?: number }) | null;
  bare_astro: (Figure & { pages: number; ok: boolean; error?: string }) | null;
  /** The same bodies as `.md`: Astro's Markdown floor. */
  bare_markdown: (Figure & { pages: number; ok: boolean; error?: string }) | null;
  floor: Figure;
  /** `check --changed` after a full check wrote the parse cache (a developer's flow). */
  changed_check: Figure;
  /** The same without the parse cache (`--no-cache`): every document parsed, as on a fresh clone. */
  changed_check_cold: Figure;
  search: (SearchCost & { ok: boolean }) | null;
  ratios: {
    build_vs_bare: number | null;
    build_vs_bare_markdown: number | null;
    build_rss_vs_bare: number | null;
    incremental_vs_full_build: number | null;
    check_vs_floor: number;
    changed_vs_full_check: number;
  };
  budgets: Record<string, Budget>;
  scaling?: { base_docs: number; check_time: number; check_rss: number; build_time: number | null; build_rss: number | null };
  machine: { cpus: number; node: string; gnu_time: boolean };
  generated: Record<string, number>;
}

/** Fixed so "overdue" findings, and therefore the work, do not drift between runs. */
const NOW = '2026-11-26T09:00:00+09:00';
const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

function nodeBinary(projectRoot: string): string {
  const pinned = path.join(projectRoot, 'node_modules', '.bin', 'node');
  return existsSync(pinned) ? pinned : process.execPath;
}

function childEnv(projectRoot: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${path.join(projectRoot, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    OPSBOOK_NOW: NOW,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  };
  // "No Node heap flag needed": every step runs with Node's default heap.
  delete env.NODE_OPTIONS;
  delete env.OPSBOOK_AUDIENCE;
  return env;
}

function clean(dir: string): void {
  for (const p of ['dist', 'dist.previous', 'dist.staging', '.astro', '.cache/opsbook/site', 'node_modules/.astro', 'node_modules/.vite'])
    rmSync(path.join(dir, p), { recursive: true, force: true });
}

function warmFileCache(dir: string): void {
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    if (f.endsWith('.mdx') || f.endsWith('.yaml')) readFileSync(path.join(dir, f));
  }
}

function countPages(dir: string): number {
  if (!existsSync(dir)) return 0;
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('index.html')).length;
}

function figure(samples: readonly Measured[]): Figure {
  const cpu = samples.map((s) => s.cpu_s).filter((c): c is number => c !== null);
  return {
    wall_s: round(median(samples.map((s) => s.wall_s))),
    rss_mb: round(median(samples.map((s) => s.rss_mb)), 1),
    ...(cpu.length === samples.length && cpu.length > 0 ? { cpu_s: round(median(cpu), 2) } : {}),
  };
}

function failure(m: Measured): string {
  const text = `${m.stderr}\n${m.stdout}`.trim().split('\n');
  return (
    text
      .filter((l) => /error|Error|✘|failed/.test(l))
      .slice(0, 5)
      .join('\n') || text.slice(-5).join('\n')
  );
}

function budget(value: number | null, limit: number): Budget {
  return { value: value === null ? null : round(value), limit, met: value === null ? null : value <= limit };
}

/** Runs `step` with a line appended to one document, then puts the document back as it was. */
async function withEdited(file: string, step: () => Promise<void>): Promise<void> {
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, `${original}\n벤치마크가 이 문서를 수정했습니다.\n`);
  try {
    await step();
  } finally {
    writeFileSync(file, original);
  }
}

export async function runBench(o: BenchOptions): Promise<BenchResult> {
  const log = o.log ?? (() => {});
  const node = nodeBinary(o.projectRoot);
  const env = childEnv(o.projectRoot);
  log(`generating ${o.docs} documents…`);
  const dirs = prepare(o.projectRoot, o.outDir, o.docs, o.seed ?? 1);
  const { work, bare, bareMarkdown } = dirs;
  const touched = [...dirs.handbook.files.keys()].find((f) => f.startsWith('incidents/')) ?? [...dirs.handbook.files.keys()][0]!;
  const touchedPath = path.join(work, 'content', touched);
  const hasBuildScript = existsSync(path.join(work, 'scripts', 'build.ts'));
  const buildCmd: [string, string[]] = hasBuildScript
    ? [node, ['scripts/build.ts']]
    : ['sh', ['-c', `"${node}" scripts/check.ts --now ${NOW} && astro build && pagefind --site dist`]];

  // Every step reads the same files; the first one timed must not be the one that pulls them into the
  // page cache (a cold first check made the 20,000 check look 2.25× the 10,000 one).
  log('reading every document once (untimed), so no step pays for a cold disk cache');
  warmFileCache(path.join(work, 'content'));
  // The parse cache skips files written in the last 2 s (their times could still change unseen); on a
  // fast run the first check came that soon after generating and left no cache for --changed to use.
  const sinceGenerated = Date.now() - newestMtime(path.join(work, 'content'));
  if (sinceGenerated < RACY_MS) await new Promise((r) => setTimeout(r, RACY_MS - sinceGenerated + 100));

  const samples = {
    floor: [] as Measured[],
    check: [] as Measured[],
    changed: [] as Measured[],
    changedCold: [] as Measured[],
    bare: [] as Measured[],
    bareMarkdown: [] as Measured[],
    build: [] as Measured[],
    incremental: [] as Measured[],
  };
  for (let run = 1; run <= o.runs; run++) {
    log(`run ${run}/${o.runs}: floor`);
    samples.floor.push(await measure(node, ['src/bench/floor.ts', work], { cwd: o.projectRoot, env }));
    log(`run ${run}/${o.runs}: check`);
    const check = await measure(node, ['scripts/check.ts', '--format', 'json', '--now', NOW], { cwd: work, env, fullStdout: run === 1 });
    if (check.code === 2) throw new Error(`The check could not run on the synthetic handbook:\n${failure(check)}`);
    samples.check.push(check);

    // A developer's flow: a full check ran earlier (the one just measured; it wrote the parse cache in
    // node_modules/.cache/opsbook/ and Node's compile cache), then one document is edited and
    // `check --changed` runs. The same step without the parse cache (--no-cache) shows what it saves.
    log(`run ${run}/${o.runs}: check --changed`);
    if (run === 1 && !existsSync(path.join(work, 'node_modules', '.cache', 'opsbook')))
      log('warning: the full check left no parse cache; --changed parses every document');
    await withEdited(touchedPath, async () => {
      samples.changed.push(await measure(node, ['scripts/check.ts', '--changed', '--base', 'HEAD', '--now', NOW], { cwd: work, env }));
      log(`run ${run}/${o.runs}: check --changed --no-cache`);
      samples.changedCold.push(await measure(node, ['scripts/check.ts', '--changed', '--base', 'HEAD', '--now', NOW, '--no-cache'], { cwd: work, env }));
    });

    if (!o.skipBuild) {
      log(`run ${run}/${o.runs}: bare astro build`);
      clean(bare);
      samples.bare.push(await measure(node, [path.join(o.projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { cwd: bare, env }));
      log(`run ${run}/${o.runs}: bare astro build (markdown)`);
      clean(bareMarkdown);
      samples.bareMarkdown.push(
        await measure(node, [path.join(o.projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { cwd: bareMarkdown, env }),
      );
      log(`run ${run}/${o.runs}: full build`);
      clean(work);
      samples.build.push(await measure(buildCmd[0], buildCmd[1], { cwd: work, env }));
      // One document edited after a full build: the pages that show it render, the rest are restored.
      log(`run ${run}/${o.runs}: incremental build after editing ${touched}`);
      await withEdited(touchedPath, async () => {
        samples.incremental.push(await measure(buildCmd[0], buildCmd[1], { cwd: work, env }));
      });
    }
  }

  const checkJson = parseCheck(samples.check[0]!.stdout);
  const built = (list: Measured[], dist: string): BenchResult['build'] => {
    if (list.length === 0) return null;
    const ok = list.every((m) => m.code === 0);
    return { ...figure(list), pages: countPages(dist), ok, ...(ok ? {} : { error: failure(list.find((m) => m.code !== 0)!) }) };
  };
  const buildFig = built(samples.build, path.join(work, 'dist'));
  const phases = samples.build.map((m) => parseBuildPhases(m.stdout)).filter((p): p is BuildPhases => p !== undefined);
  if (buildFig && phases.length > 0) {
    const mid = (key: keyof BuildPhases) => round(median(phases.map((p) => p[key])), 1);
    buildFig.phases = { load_s: mid('load_s'), check_s: mid('check_s'), astro_s: mid('astro_s'), index_after_last_page_s: mid('index_after_last_page_s') };
  }
  const bareFig = built(samples.bare, path.join(bare, 'dist'));
  const bareMarkdownFig = built(samples.bareMarkdown, path.join(bareMarkdown, 'dist'));
  const incrementalFig: BenchResult['incremental_build'] = built(samples.incremental, path.join(work, 'dist'));
  const renderedCounts = samples.incremental.map((m) => /(\d+) rendered/.exec(m.stdout)?.[1]).filter((c): c is string => c !== undefined);
  if (incrementalFig && renderedCounts.length > 0) incrementalFig.rendered = Number(renderedCounts[0]);
  let search: BenchResult['search'] = null;
  if (buildFig?.ok && existsSync(path.join(work, 'dist', 'pagefind', 'pagefind.js'))) {
    log('search download');
    search = { ...(await measureSearch(path.join(work, 'dist'))), ok: true };
  }

  const floor = figure(samples.floor);
  const check = figure(samples.check);
  const changed = figure(samples.changed);
  const changedCold = figure(samples.changedCold);
  const buildVsBare = buildFig?.ok && bareFig?.ok ? buildFig.wall_s / bareFig.wall_s : null;
  const buildVsMarkdown = buildFig?.ok && bareMarkdownFig?.ok ? buildFig.wall_s / bareMarkdownFig.wall_s : null;
  const rssVsBare = buildFig?.ok && bareFig?.ok ? buildFig.rss_mb / bareFig.rss_mb : null;
  const incrementalVsFull = buildFig?.ok && incrementalFig?.ok ? incrementalFig.wall_s / buildFig.wall_s : null;
  const result: BenchResult = {
    docs: dirs.documents,
    runs: o.runs,
    check: { ...check, errors: checkJson.errors, findings: checkJson.findings },
    build: buildFig,
    incremental_build: incrementalFig,
    bare_astro: bareFig,
    bare_markdown: bareMarkdownFig,
    floor,
    changed_check: changed,
    changed_check_cold: changedCold,
    search,
    ratios: {
      build_vs_bare: buildVsBare === null ? null : round(buildVsBare),
      build_vs_bare_markdown: buildVsMarkdown === null ? null : round(buildVsMarkdown),
      build_rss_vs_bare: rssVsBare === null ? null : round(rssVsBare),
      incremental_vs_full_build: incrementalVsFull === null ? null : round(incrementalVsFull),
      check_vs_floor: round(check.wall_s / floor.wall_s),
      changed_vs_full_check: round(changed.wall_s / check.wall_s),
    },
    budgets: {
      build_vs_bare: budget(buildVsBare, 0.7),
      build_vs_bare_markdown: budget(buildVsMarkdown, 2.0),
      build_rss_vs_bare: budget(rssVsBare, 0.6),
      incremental_vs_full_build: budget(incrementalVsFull, 0.3),
      check_vs_floor: budget(check.wall_s / floor.wall_s, 2),
      changed_vs_full_check: budget(changed.wall_s / check.wall_s, 0.1),
      first_search_kb: budget(search ? search.first_query_bytes / 1000 : null, 250),
    },
    machine: { cpus: (await import('node:os')).availableParallelism(), node: nodeVersion(node), gnu_time: existsSync('/usr/bin/time') },
    generated: dirs.handbook.counts,
  };
  addScaling(result, o);
  const out = o.out ?? path.join(o.outDir, `bench-${o.docs}.json`);
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

function nodeVersion(node: string): string {
  return execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
}

function parseCheck(stdout: string): { errors: number; findings: number } {
  try {
    const json = JSON.parse(stdout) as { summary: { error: number; warning: number; info: number } };
    return { errors: json.summary.error, findings: json.summary.warning + json.summary.info };
  } catch {
    return { errors: -1, findings: -1 };
  }
}

/** 2N documents may cost at most 2.1× the time and 2.0× the peak memory of N (docs/performance.md). */
function addScaling(result: BenchResult, o: BenchOptions): void {
  const file = o.compare ?? path.join(o.outDir, `bench-${Math.round(o.docs / 2)}.json`);
  if (!existsSync(file)) return;
  const base = JSON.parse(readFileSync(file, 'utf8')) as BenchResult;
  if (base.docs >= result.docs) return;
  const r = (a: number | undefined, b: number | undefined) => (a && b ? round(a / b) : null);
  const build = result.build?.ok && base.build?.ok;
  result.scaling = {
    base_docs: base.docs,
    check_time: r(result.check.wall_s, base.check.wall_s)!,
    check_rss: r(result.check.rss_mb, base.check.rss_mb)!,
    build_time: build ? r(result.build!.wall_s, base.build!.wall_s) : null,
    build_rss: build ? r(result.build!.rss_mb, base.build!.rss_mb) : null,
  };
  result.budgets.scaling_check_time = budget(result.scaling.check_time, 2.1);
  result.budgets.scaling_check_rss = budget(result.scaling.check_rss, 2.0);
  result.budgets.scaling_build_time = budget(result.scaling.build_time, 2.1);
  result.budgets.scaling_build_rss = budget(result.scaling.build_rss, 2.0);
}

/** The printed table. */
export function formatTable(r: BenchResult): string {
  const rows: [string, Figure | null, string][] = [
    ['check floor (read + parse frontmatter)', r.floor, ''],
    ['check', r.check, `${r.ratios.check_vs_floor}× floor (≤ 2)`],
    ['check --changed (1 file)', r.changed_check, `${r.ratios.changed_vs_full_check}× check (≤ 0.1)`],
    ['check --changed --no-cache', r.changed_check_cold ?? null, r.changed_check_cold ? `${round(r.changed_check_cold.wall_s / r.check.wall_s)}× check` : ''],
    ['bare Astro build, MDX (framework floor)', r.bare_astro, r.bare_astro && !r.bare_astro.ok ? 'FAILED' : ''],
    ['bare Astro build, Markdown', r.bare_markdown ?? null, r.bare_markdown && !r.bare_markdown.ok ? 'FAILED' : ''],
    [
      'full build (check + astro + pagefind)',
      r.build,
      r.build && !r.build.ok
        ? 'FAILED'
        : r.ratios.build_vs_bare === null
          ? ''
          : `${r.ratios.build_vs_bare}× bare MDX (≤ 0.7), ${r.ratios.build_vs_bare_markdown ?? '–'}× bare Markdown (≤ 2), ${r.ratios.build_rss_vs_bare ?? '–'}× its memory (≤ 0.6)`,
    ],
    [
      'incremental build (1 document edited)',
      r.incremental_build ?? null,
      r.incremental_build && !r.incremental_build.ok
        ? 'FAILED'
        : r.ratios.incremental_vs_full_build === null
          ? ''
          : `${r.ratios.incremental_vs_full_build}× full build (≤ 0.3); ${r.incremental_build?.rendered ?? '?'} pages rendered`,
    ],
  ];
  const lines = [`opsbook bench: ${r.docs} documents, ${r.runs} run(s), median (${r.machine.cpus} cpus)`, ''];
  lines.push(`${'step'.padEnd(40)} ${'wall s'.padStart(8)} ${'CPU s'.padStart(8)} ${'peak MB'.padStart(8)}  ratio`);
  for (const [name, f, note] of rows) {
    if (!f) continue;
    const cpu = f.cpu_s === undefined ? '–' : f.cpu_s.toFixed(1);
    lines.push(`${name.padEnd(40)} ${f.wall_s.toFixed(2).padStart(8)} ${cpu.padStart(8)} ${f.rss_mb.toFixed(0).padStart(8)}  ${note}`);
  }
  const phases = r.build?.phases;
  if (phases) {
    lines.push(
      `  full build: load ${phases.load_s} s, check ${phases.check_s} s, astro ${phases.astro_s} s, search index after the last page ${phases.index_after_last_page_s} s`,
    );
  }
  if (r.search) {
    const kb = (bytes: number) => (bytes / 1000).toFixed(1);
    lines.push(
      '',
      `search: first query ${kb(r.search.first_query_bytes)} KB transferred (≤ 250; ${kb(r.search.first_query_stored_bytes)} KB as stored), ` +
        `second query ${kb(r.search.second_query_bytes)} KB`,
    );
  }
  if (r.scaling) {
    const s = r.scaling;
    lines.push(
      '',
      `scaling vs ${s.base_docs} docs: check ${s.check_time}× time, ${s.check_rss}× memory; build ${s.build_time ?? '-'}× time, ${s.build_rss ?? '-'}× memory (≤ 2.1× / 2.0×)`,
    );
  }
  lines.push('', `check: ${r.check.errors} error(s), ${r.check.findings} finding(s) on the synthetic handbook`);
  lines.push('budgets:');
  for (const [name, b] of Object.entries(r.budgets)) {
    lines.push(`  ${b.met === null ? '–' : b.met ? '✔' : '✘'} ${name.padEnd(24)} ${b.value === null ? 'not measured' : b.value} (limit ${b.limit})`);
  }
  return lines.join('\n');
}
