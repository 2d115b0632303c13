/**
 * `npm run build`: check, then build the site, then index it for search. A handbook with errors
 * publishes nothing: the check runs first and the build stops before Astro writes a single page.
 */
import { existsSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCheckAsync } from '../lib/check.ts';
import { summarize } from '../lib/diagnostics.ts';
import { formatPretty } from '../lib/format/pretty.ts';
import { loadHandbook, ToolError } from '../node/load-handbook.ts';
import { preloadHandbook } from '../site/preloaded.ts';
import { setPageSink } from '../site/search-capture.ts';
import { oneOf, parseCommandArgs } from './args.ts';
import { parseNow } from './check.ts';

export const BUILD_USAGE = `Usage: npm run build -- [options]

  --audience public|restricted  who the site is for (default: public; restricted includes restricted documents)
  --now ISO                     the instant "overdue" is measured from (default: now)
  --out DIR                     output folder (default: dist)
  --root DIR                    handbook root (default: current folder)

Runs the check first; with errors nothing is built (exit 1). Then astro build and the search index.`;

export async function buildCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, {
    audience: { type: 'string' },
    now: { type: 'string' },
    out: { type: 'string' },
    root: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${BUILD_USAGE}\n`);
    return 0;
  }
  const audience = oneOf('audience', values.audience, ['public', 'restricted'] as const, process.env.OPSBOOK_AUDIENCE === 'restricted' ? 'restricted' : 'public');
  const now = parseNow(values.now ?? process.env.OPSBOOK_NOW);
  const root = path.resolve(values.root ?? '.');
  const outDir = path.resolve(root, values.out ?? 'dist');
  // The site reads these (src/site/audience.ts, src/site/handbook.ts): one instant and one audience for the whole build.
  process.env.OPSBOOK_AUDIENCE = audience;
  process.env.OPSBOOK_NOW = now.toString();

  const handbook = await loadHandbook(root);
  // Async: secret scanning (content/secret) must gate the build too.
  const diagnostics = await runCheckAsync(handbook, { now });
  const summary = summarize(diagnostics);
  if (summary.error > 0) {
    const errors = diagnostics.filter((d) => d.severity === 'error' && !d.suppressed);
    process.stderr.write(`${formatPretty(handbook.knownKeys.size, errors)}\n`);
    process.stderr.write(`opsbook: the handbook has ${summary.error} error(s), so nothing was built or published; fix them (npm run check) and build again.\n`);
    return 1;
  }
  process.stdout.write(`opsbook: check passed (${handbook.knownKeys.size} documents, ${summary.warning} warnings, ${summary.info} policy findings); building the ${audience} site…\n`);

  // Astro runs in this process: hand it the handbook and findings instead of loading and checking again.
  preloadHandbook({ root, now: now.toString(), handbook, diagnostics });

  const indexerFile = path.join(root, 'src/node/search-index.ts');
  const searchIndex = existsSync(indexerFile) ? ((await import(pathToFileURL(indexerFile).href)) as SearchIndexModule) : undefined;
  if (searchIndex && typeof searchIndex.indexSite !== 'function') {
    throw new ToolError('src/node/search-index.ts does not export indexSite(distDir); the search index was not built');
  }
  // Pages go to the search index as Astro renders them (src/site/search-capture.ts); what was not
  // offered is read from dist/ afterwards, so the index covers the same pages either way.
  const capture = path.join(root, 'src/site/search-capture.ts');
  // On a worker thread when the indexer offers it, so indexing runs beside rendering rather than inside it.
  const start = searchIndex?.startIndexingInWorker ?? searchIndex?.startIndexing;
  const indexer = start && existsSync(capture) ? await start() : undefined;
  const integrations: AstroIntegration[] = [];
  if (indexer) {
    setPageSink({ offer: (file, html) => indexer.offer(file, html) });
    integrations.push({
      name: 'opsbook-search-capture',
      hooks: { 'astro:config:setup': ({ addMiddleware }) => addMiddleware({ entrypoint: capture, order: 'post' }) },
    });
  }

  const { build } = await import('astro');
  const started = performance.now();
  try {
    await build({ root, outDir, logLevel: 'error', mode: 'production', integrations });
  } catch (error) {
    await indexer?.abort();
    throw new ToolError(`astro build failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    setPageSink(undefined);
  }
  process.stdout.write(`opsbook: site written to ${path.relative(process.cwd(), outDir) || '.'} in ${((performance.now() - started) / 1000).toFixed(1)}s\n`);

  if (!searchIndex) {
    process.stdout.write('opsbook: no search indexer (src/node/search-index.ts) yet; the site has no search index.\n');
    return 0;
  }
  const indexed = indexer ? await indexer.finish(outDir) : await searchIndex.indexSite(outDir);
  process.stdout.write(`opsbook: search index built (${indexed.pages} pages).\n`);
  return 0;
}

interface Indexer {
  offer(file: string, html: string): Promise<void>;
  finish(dist: string): Promise<{ pages: number }>;
  abort(): Promise<void>;
}

interface SearchIndexModule {
  indexSite: (dist: string) => Promise<{ pages: number }>;
  startIndexing?: () => Promise<Indexer>;
  startIndexingInWorker?: () => Promise<Indexer>;
}
