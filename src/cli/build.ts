/**
 * `npm run build`: check, then build the site, then index it for search. A handbook with errors
 * publishes nothing: the check runs first and the build stops before Astro writes a single page.
 */
import path from 'node:path';
import { glob } from 'tinyglobby';
import { runCheckAsync } from '../lib/check.ts';
import { summarize } from '../lib/diagnostics.ts';
import { formatBuildPhases } from '../lib/build-phases.ts';
import { formatPretty } from '../lib/format/pretty.ts';
import { acquireBuildLock, discardStaging, publishStaging, stagingFolder, startRemovingRetiredSite } from '../node/build-output.ts';
import { loadHandbookForBuild } from '../node/load-handbook.ts';
import { preloadHandbook } from '../site/preloaded.ts';
import { buildSession } from '../integration/index.ts';
import { COMMON_FLAGS, defineCommand, oneOf } from './args.ts';
import { parseNow } from './check.ts';
import { ToolError } from '../lib/errors.ts';

const BUILD = defineCommand({
  usage: 'npm run build -- [options]',
  flags: {
    audience: COMMON_FLAGS.audience,
    now: COMMON_FLAGS.now,
    out: { type: 'string', value: 'DIR', description: 'output folder (default: dist)' },
    root: COMMON_FLAGS.root,
  },
  notes: 'Runs the check first; with errors nothing is built (exit 1). Then astro build and the search index.',
});

export async function buildCommand(argv: string[]): Promise<number> {
  const args = BUILD.parse(argv);
  const { values } = args;
  const audience = oneOf(
    'audience',
    values.audience,
    ['public', 'restricted'] as const,
    process.env.OPSBOOK_AUDIENCE === 'restricted' ? 'restricted' : 'public',
  );
  const now = parseNow(values.now ?? process.env.OPSBOOK_NOW);
  const root = path.resolve(values.root ?? '.');
  const outDir = path.resolve(root, values.out ?? 'dist');
  // The site reads these (src/site/audience.ts, src/site/handbook.ts): one instant and one audience for the whole build.
  process.env.OPSBOOK_AUDIENCE = audience;
  process.env.OPSBOOK_NOW = now.toString();

  const started = performance.now();
  const handbook = await loadHandbookForBuild(root);
  const loaded = performance.now();
  // Async: secret scanning (content/secret) must gate the build too.
  const diagnostics = await runCheckAsync(handbook, { now });
  const summary = summarize(diagnostics);
  if (summary.error > 0) {
    const errors = diagnostics.filter((d) => d.severity === 'error' && !d.suppressed);
    process.stderr.write(`${formatPretty(handbook.knownKeys.size, errors)}\n`);
    process.stderr.write(`opsbook: the handbook has ${summary.error} error(s), so nothing was built or published; fix them (npm run check) and build again.\n`);
    return 1;
  }
  const checked = performance.now();
  process.stdout.write(
    `opsbook: check passed (${handbook.knownKeys.size} documents, ${summary.warning} warnings, ${summary.info} policy findings); building the ${audience} site…\n`,
  );

  // Astro empties its output folder first: it writes into a staging folder, swapped in only on success.
  const release = await acquireBuildLock(root, (line) => process.stdout.write(`${line}\n`));
  const staging = stagingFolder(outDir);
  discardStaging(staging);
  // Under the lock: no other build is publishing into outDir while the site it replaced is removed.
  const retiredRemoved = startRemovingRetiredSite(outDir);
  try {
    return await buildSite({ root, now, handbook, diagnostics, staging, outDir, started, loaded, checked, retiredRemoved });
  } catch (error) {
    discardStaging(staging);
    // A page Astro was still writing when another failed lands after this removal; once the process has
    // nothing left to do, every such write is done.
    process.once('exit', () => discardStaging(staging));
    throw error;
  } finally {
    await retiredRemoved.catch(() => undefined);
    release();
  }
}

interface SiteBuild {
  root: string;
  now: ReturnType<typeof parseNow>;
  handbook: Awaited<ReturnType<typeof loadHandbookForBuild>>;
  diagnostics: Awaited<ReturnType<typeof runCheckAsync>>;
  staging: string;
  outDir: string;
  started: number;
  loaded: number;
  checked: number;
  /** Settles when the site the previous build replaced is removed (`publishStaging` needs its name free). */
  retiredRemoved: Promise<void>;
}

/** Astro and the search index into `staging`, then the swap into `outDir`. */
async function buildSite({ root, now, handbook, diagnostics, staging, outDir, started, loaded, checked, retiredRemoved }: SiteBuild): Promise<number> {
  // Astro runs in this process: hand it the handbook and findings instead of loading and checking again.
  preloadHandbook({ root, now: now.toString(), handbook, diagnostics });

  // The opsbook integration (astro.config.mjs, src/integration/) renders documents first, streams them to
  // the search indexer and finishes the index; it finds the check's result preloaded and does not check again.
  const session = buildSession();
  const { build } = await import('astro');
  try {
    await build({ root, outDir: staging, logLevel: 'error', mode: 'production' });
  } catch (error) {
    await session.indexer?.abort();
    session.indexer = undefined;
    await session.bodies?.stop();
    session.bodies = undefined;
    throw new ToolError(
      `astro build failed: ${error instanceof Error ? error.message : String(error)}; ${path.relative(process.cwd(), outDir) || outDir} was left as it was`,
    );
  }
  const rendered = performance.now();
  const indexed = session.result;
  if (!indexed) throw new ToolError(`the search index was not written; ${path.relative(process.cwd(), outDir) || outDir} was left as it was`);
  const pages = (await glob('**/*.html', { cwd: staging, ignore: ['pagefind/**'] })).length;
  // A failure is reported by publishStaging, which removes the folder itself.
  await retiredRemoved.catch(() => undefined);
  publishStaging(staging, outDir);
  const done = performance.now();
  process.stdout.write(`opsbook: site written to ${path.relative(process.cwd(), outDir) || '.'} in ${((rendered - checked) / 1000).toFixed(1)}s\n`);
  // Incremental builds (docs/architecture.md §13): say how much was reused, so a surprise is visible.
  const restored = pages - (session.rendered ?? pages);
  process.stdout.write(`opsbook: ${pages} pages, ${pages - restored} rendered, ${restored} restored from the previous build.\n`);
  // Copies reused (src/node/search-copies.ts): a build that had to start the index again says so.
  const reused = indexed.reused > 0 ? `, ${indexed.reused} from the previous build's copies` : '';
  const again = indexed.startedOver ? '; a page rendered again did not match its stored copy, so the index was built again from the pages' : '';
  process.stdout.write(`opsbook: search index built (${indexed.pages} pages${reused}${again}).\n`);
  // Where the time went, for `npm run bench` (it reads this line back) and for anyone curious.
  const sec = (ms: number) => ms / 1000;
  const phases = {
    load_s: sec(loaded - started),
    check_s: sec(checked - loaded),
    astro_s: sec(rendered - checked),
    index_after_last_page_s: sec(done - rendered),
  };
  process.stdout.write(`${formatBuildPhases(phases)}\n`);
  return 0;
}
