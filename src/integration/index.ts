/**
 * The opsbook Astro integration (astro.config.mjs): one path from documents to pages whether the site is
 * built by `npm run build`, `astro build` or served by `astro dev`.
 *
 * - build: the handbook is loaded and checked once (src/integration/one-load.ts; `npm run build` may already
 *   have done it); errors fail the build with the check's own diagnostics. The `documents` collection is
 *   fed from that load (src/integration/documents-loader.ts). Document pages render first and stream to the
 *   search indexer on a worker thread; the index is finished when Astro is done.
 * - dev: the check's diagnostics are printed at start, and every edited document is checked again, the
 *   collection refreshed and the page reloaded with the edit.
 * Modelled on withastro/starlight's integration; options are validated with zod.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { z } from 'astro/zod';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { summarize, type Diagnostic } from '../lib/diagnostics.ts';
import { formatPretty } from '../lib/format/pretty.ts';
import { forAudience } from '../lib/audience.ts';
import type { AnyDocument, Handbook } from '../lib/handbook.ts';
import { startBodyPrerender, type BodyPrerender } from '../node/body-prerender.ts';
import { formerIdRedirects } from '../lib/redirects.ts';
import { currentAudience } from '../site/audience.ts';
import { withSynchronousWrites } from '../node/synchronous-writes.ts';
import { startIndexingInWorker, type IndexResult, type SiteIndexer } from '../node/search-index.ts';
import { buildFinished, buildStarting, previousPageKeys, restoredPagesDir, siteCacheDir } from '../node/build-output.ts';
import { searchCopiesFile } from '../node/search-copies.ts';
import { invalidateSiteHandbook } from '../site/handbook-version.ts';
import { DOCUMENT_KINDS_IN_RENDER_ORDER, stoppingAtFirstFailure, withSearchPagesFirst, type IndexedPage } from '../site/render-order.ts';
import { setPageSink } from '../site/search-capture.ts';
import { DOCUMENTS_LOADER } from './documents-loader.ts';
import { stableEnvironment } from './stable-env.ts';
import { buildNow, checkAgain, checkedHandbook } from './one-load.ts';

const OptionsSchema = z
  .strictObject({
    /** Write the pagefind search index at the end of `astro build` (default true). */
    searchIndex: z.boolean().default(true),
  })
  .default({ searchIndex: true });

export type OpsbookOptions = z.input<typeof OptionsSchema>;

/** What the build command reads back after `build()`: the index result, or the indexer to stop on failure. */
export interface BuildSession {
  indexer?: SiteIndexer;
  result?: IndexResult;
  /** HTML pages rendered by this build; the others were restored from the incremental build's cache. */
  rendered?: number;
  /** Bodies rendered ahead on a worker (a build from nothing). */
  bodies?: BodyPrerender;
}

/** Documents with a body, in the order their pages render (src/site/render-order.ts: runbooks first). */
function bodiesInRenderOrder(documents: readonly AnyDocument[]): AnyDocument[] {
  return DOCUMENT_KINDS_IN_RENDER_ORDER.flatMap((kind) => documents.filter((d) => d.kind === kind && d.body.trim() !== ''));
}
const SESSION = Symbol.for('opsbook.build-session');
type Holder = { [SESSION]?: BuildSession };

/** The running build's session (the build command and the integration run from different module instances). */
export function buildSession(): BuildSession {
  return ((globalThis as Holder)[SESSION] ??= {});
}

/** Old URLs of renamed documents (`former_ids`) as Astro redirects; only the audience's documents give one. */
function redirectsOf(handbook: Handbook): Record<string, string> {
  const view = forAudience(handbook, currentAudience());
  return Object.fromEntries(formerIdRedirects(view.documents).map((r) => [r.from, r.to]));
}

function problems(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => (d.severity === 'error' || d.severity === 'warning') && !d.suppressed);
}

function report(logger: AstroIntegrationLogger, diagnostics: readonly Diagnostic[]): void {
  const shown = problems(diagnostics);
  const summary = summarize(diagnostics);
  if (shown.length > 0) logger.warn(`\n${formatPretty(new Set(shown.map((d) => d.file)).size, shown)}`);
  logger.info(`check: ${summary.error} error(s), ${summary.warning} warning(s), ${summary.info} policy finding(s)`);
}

export default function opsbook(userOptions?: OpsbookOptions): AstroIntegration {
  const options = OptionsSchema.parse(userOptions);
  let root = process.cwd();
  let base = '/';
  let outDir = path.join(root, 'dist');
  let cacheDir: string | undefined;
  return {
    name: 'opsbook',
    hooks: {
      'astro:config:setup': async ({ command, config, addMiddleware, addWatchFile, logger, updateConfig }) => {
        root = fileURLToPath(config.root);
        addWatchFile(path.join(root, 'content', 'policy.yaml'));
        updateConfig({ vite: { plugins: [stableEnvironment()] } });
        if (command !== 'dev' && command !== 'build') return;
        // Incremental builds (astro.config.mjs) keep the previous pages here: outside node_modules, which
        // `npm ci` deletes, and one folder per audience, so no restricted page is ever restored into a
        // public build (src/site/page-keys.ts says what a page's key covers).
        cacheDir = siteCacheDir(root, currentAudience());
        updateConfig({ cacheDir: pathToFileURL(`${cacheDir}/`) });
        const { handbook, diagnostics } = await checkedHandbook(root, buildNow());
        updateConfig({ redirects: redirectsOf(handbook) });
        if (command === 'dev') {
          report(logger, diagnostics);
          return;
        }
        const errors = diagnostics.filter((d) => d.severity === 'error' && !d.suppressed);
        if (errors.length > 0) {
          throw new Error(
            `${formatPretty(new Set(errors.map((d) => d.file)).size, errors)}\nopsbook: the handbook has ${errors.length} error(s), so nothing was built; fix them (npm run check) and build again.`,
          );
        }
        const { restoresPages } = buildStarting(cacheDir);
        // A build from nothing renders every body: render them ahead on the other core. One that restores
        // pages renders few, and each where it is needed (src/node/body-prerender.ts).
        const session = buildSession();
        await session.bodies?.stop();
        session.bodies = restoresPages ? undefined : startBodyPrerender(bodiesInRenderOrder(forAudience(handbook, currentAudience()).documents));
        if (!options.searchIndex) return;
        session.result = undefined;
        session.rendered = 0;
        session.indexer = await startIndexingInWorker();
        const indexer = session.indexer;
        setPageSink({
          offer: (file, html) => {
            session.rendered = (session.rendered ?? 0) + 1;
            return indexer.offer(file, html);
          },
        });
        // By path from the project root: Astro bundles this config, so import.meta.url is not this file.
        addMiddleware({ entrypoint: path.join(root, 'src/site/search-capture.ts'), order: 'post' });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
        outDir = fileURLToPath(config.outDir);
      },
      // Documents first, so the index is written while the other pages render, and nothing rendered after a
      // page fails (src/site/render-order.ts).
      'astro:build:start': ({ setPrerenderer }) => {
        const indexer = buildSession().indexer;
        const cache = cacheDir;
        const restoredFrom = cache && restoredPagesDir(cache);
        const previousKey = cache ? previousPageKeys(cache) : () => undefined;
        const expect = (into: SiteIndexer, pages: IndexedPage[]) =>
          into.expect(
            outDir,
            pages.map((p) => p.file),
            restoredFrom,
            cache ? { keys: pages.map((p) => p.key), restorable: pages.map((p) => p.restorable), store: searchCopiesFile(cache) } : undefined,
          );
        setPrerenderer((astros) =>
          withSynchronousWrites(stoppingAtFirstFailure(indexer ? withSearchPagesFirst(astros, base, previousKey, (pages) => expect(indexer, pages)) : astros)),
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const session = buildSession();
        setPageSink(undefined);
        await session.bodies?.stop();
        session.bodies = undefined;
        if (session.indexer) {
          session.result = await session.indexer.finish(fileURLToPath(dir));
          session.indexer = undefined;
          logger.info(`search index built (${session.result.pages} pages)`);
        }
        if (cacheDir) buildFinished(cacheDir);
      },
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        const content = path.join(root, 'content') + path.sep;
        const recheck = async (rel: string) => {
          let mine: Diagnostic[] | undefined;
          try {
            const { diagnostics } = await checkAgain(root);
            mine = diagnostics.filter((d) => d.file === rel || rel.endsWith('policy.yaml'));
          } catch (error) {
            logger.error(`${rel}: ${error instanceof Error ? error.message : String(error)}`);
          }
          // Pages read the handbook once per load: start again from the edited files, and give the
          // documents collection the edit (an added or removed document gains or loses its page).
          invalidateSiteHandbook();
          await refreshContent?.({ loaders: [DOCUMENTS_LOADER] }).catch((error: unknown) => {
            logger.error(`documents collection: ${error instanceof Error ? error.message : String(error)}`);
          });
          if (mine) {
            logger.info(`${rel} checked again`);
            report(logger, mine);
          }
          server.ws.send({ type: 'full-reload' });
        };
        // One re-check at a time, in the order of the edits: each reads the files as they are when it
        // starts, so the last one to finish has seen the last edit.
        let rechecks = Promise.resolve();
        server.watcher.add(content);
        for (const event of ['add', 'change', 'unlink'] as const) {
          server.watcher.on(event, (file: string) => {
            if (!file.startsWith(content)) return;
            const rel = `content/${path.relative(path.join(root, 'content'), file).split(path.sep).join('/')}`;
            rechecks = rechecks.then(() => recheck(rel));
          });
        }
      },
    },
  };
}
