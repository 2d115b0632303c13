/**
 * The browser side of search: loads pagefind's own JS from this site (never a CDN), sends it the
 * Korean-normalised query and turns its results into what the search UIs show. Shared by the modal,
 * the home page box and the search page.
 */
import { excerptAround, hasHighlight } from '../../lib/search/excerpt.ts';
import { normalizeQuery, queryTerms } from '../../lib/search/query.ts';

type Filters = Record<string, { any: string[] }>;
type FilterCounts = Record<string, Record<string, number>>;

interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; excerpt: string; content: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    o?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindResult[]; filters: FilterCounts; totalFilters: FilterCounts } | null>;
  filters(): Promise<FilterCounts>;
}

export interface SearchHit {
  url: string;
  title: string;
  /** HTML: page text (entities escaped by pagefind) with `<mark>` around matches. */
  excerpt: string;
  kind?: string;
  date?: string;
  severity?: string;
  status?: string;
}

export interface SearchRequest {
  query: string;
  /** Filter name → values; values of one filter are alternatives, different filters all apply. */
  filters?: Record<string, string[]>;
  sort?: 'relevance' | 'date';
}

export interface SearchPage {
  total: number;
  /** Loads the data of results [from, to). */
  hits(from: number, to: number): Promise<SearchHit[]>;
  /** For each filter value: how many results adding it would give. */
  counts: FilterCounts;
}

/** The site's base path with a trailing slash (`/` or `/opsbook/`). */
export function siteBase(): string {
  const base = import.meta.env.BASE_URL;
  return base.endsWith('/') ? base : `${base}/`;
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${siteBase()}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ baseUrl: siteBase(), excerptLength: 30 });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (index not built yet) may succeed later; do not cache the failure.
  loading.catch(() => (loading = undefined));
  return loading;
}

export async function search(request: SearchRequest): Promise<SearchPage | null> {
  const pagefind = await loadPagefind();
  const query = normalizeQuery(request.query);
  const filters: Filters = {};
  for (const [name, values] of Object.entries(request.filters ?? {})) if (values.length) filters[name] = { any: values };
  const sort = request.sort === 'date' || query === '' ? { date: 'desc' as const } : undefined;
  const found = await pagefind.search(query === '' ? null : query, { filters, ...(sort ? { sort } : {}) });
  // pagefind returns null when a newer search replaced this one.
  if (!found) return null;
  const terms = queryTerms(request.query);
  return {
    total: found.results.length,
    counts: found.filters,
    hits: (from, to) => Promise.all(found.results.slice(from, to).map((r) => toHit(r, terms))),
  };
}

export async function filterValues(): Promise<FilterCounts> {
  return (await loadPagefind()).filters();
}

async function toHit(result: PagefindResult, terms: string[]): Promise<SearchHit> {
  const data = await result.data();
  // A page found only through its Hangul sub-word forms has no marked excerpt: cut one at the match.
  const excerpt = hasHighlight(data.excerpt) || terms.length === 0 ? data.excerpt : excerptAround(data.content, terms);
  return {
    url: data.url,
    title: data.meta.title ?? data.url,
    excerpt,
    kind: data.meta.kind,
    date: data.meta.date,
    severity: data.meta.severity,
    status: data.meta.status,
  };
}
