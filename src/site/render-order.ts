/**
 * The order a build renders pages in (set by the opsbook integration): the pages search indexes (documents) first, then the rest
 * (report pages and JSON for every period, lists, tags, rules). Astro's own order follows the folders of
 * src/pages, which puts runbooks near the end, so pagefind could only write the index after the last
 * page. With the documents first, the index is written while Astro renders the other ≈40 % of the
 * site (src/node/search-index.ts, `expect`).
 *
 * Only the order changes: every path Astro would render is rendered, once. A route missing from the
 * list below costs time, not correctness: its pages still reach the index, which is then written again.
 */
import type { AstroPrerenderer } from 'astro';
import { distFile } from './search-capture.ts';

/** The page routes with indexed content (`data-pagefind-body`): documents, report periods, services, rules. */
export const SEARCH_INDEXED_ROUTES = [
  'src/pages/runbooks/[id].astro',
  'src/pages/incidents/[id].astro',
  'src/pages/changes/[id].astro',
  'src/pages/routines/[...id].astro',
  'src/pages/guide/[id].astro',
  'src/pages/reports/[cadence]/[period].astro',
  'src/pages/services/[name].astro',
  'src/pages/rules/[...id].astro',
] as const;

/** The document kinds of the routes above, in the same order: the order their pages (and bodies) render. */
export const DOCUMENT_KINDS_IN_RENDER_ORDER = ['runbook', 'incident', 'change', 'routine', 'guide', 'report'] as const;

const INDEXED: ReadonlySet<string> = new Set(SEARCH_INDEXED_ROUTES);

type PathWithRoute = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>[number];

/** An indexed page in the order pagefind is given pages: its file in dist, its cache key, and whether the previous build had the same key. */
export interface IndexedPage {
  file: string;
  key: string | undefined;
  restorable: boolean;
}

/** The previous build's key of a page (src/node/build-output.ts, `previousPageKeys`). */
export type PreviousKey = (component: string, pathname: string) => string | undefined;

/**
 * Indexed pages first, then the rest, each group in Astro's order; and the indexed pages in that order,
 * which is the order pagefind is given them whatever renders first. An incremental build renders the
 * indexed pages whose key changed before those it will restore, so the indexer, which sends the restored
 * pages' stored copies at once (src/node/search-copies.ts), waits for no restore to reach the changed ones.
 */
export function searchPagesFirst(
  paths: readonly PathWithRoute[],
  base: string,
  previousKey: PreviousKey = () => undefined,
): { ordered: PathWithRoute[]; indexed: IndexedPage[] } {
  const changed: PathWithRoute[] = [];
  const unchanged: PathWithRoute[] = [];
  const rest: PathWithRoute[] = [];
  const indexed: IndexedPage[] = [];
  for (const entry of paths) {
    if (!INDEXED.has(entry.route.component)) {
      rest.push(entry);
      continue;
    }
    const restorable = entry.cacheKey !== undefined && previousKey(entry.route.component, entry.pathname) === entry.cacheKey;
    (restorable ? unchanged : changed).push(entry);
    const file = distFile(base, entry.pathname.endsWith('/') ? entry.pathname : `${entry.pathname}/`);
    if (file !== undefined) indexed.push({ file, key: entry.cacheKey, restorable });
  }
  return { ordered: [...changed, ...unchanged, ...rest], indexed };
}

/** Astro's prerenderer with the order above; `onOrder` hears the indexed pages before any renders. */
export function withSearchPagesFirst(
  prerenderer: AstroPrerenderer,
  base: string,
  previousKey: PreviousKey,
  onOrder: (indexed: IndexedPage[]) => void,
): AstroPrerenderer {
  return {
    ...prerenderer,
    name: 'opsbook:search-pages-first',
    async getStaticPaths() {
      const { ordered, indexed } = searchPagesFirst(await prerenderer.getStaticPaths(), base, previousKey);
      onOrder(indexed);
      return ordered;
    },
  };
}

/**
 * Astro's prerenderer that renders nothing more once a page has failed. With `build.concurrency` above 1
 * Astro's build rejects at the first failure, but its queue goes on rendering and writing the other pages
 * in the background; the build command then removes the staging folder, and those writes would bring
 * it back. So a render asked for after a failure never settles: the queue stops there (throwing instead
 * would log an error for each of 10,000 pages), and a promise that never settles holds no handle, so
 * the process still exits once the page that was rendering beside the failed one is written.
 */
export function stoppingAtFirstFailure(prerenderer: AstroPrerenderer): AstroPrerenderer {
  let failed = false;
  return {
    ...prerenderer,
    name: `${prerenderer.name}+stop-at-first-failure`,
    async render(request, options) {
      if (failed) return new Promise<never>(() => undefined);
      try {
        return await prerenderer.render(request, options);
      } catch (error) {
        failed = true;
        throw error;
      }
    },
  };
}
