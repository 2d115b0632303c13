/**
 * The browser side of search: loads pagefind's own JS from this site (never a CDN), sends it the
 * Korean-normalised query and turns its results into what the search UIs show. Shared by the modal,
 * the home page box and the search page.
 */
import { excerptAround, hasHighlight, tightenMarks } from '../../lib/search/excerpt.ts';
import { PROCEDURE_KINDS } from '../../lib/search/filters.ts';
import { normalizeQuery, queryTerms } from '../../lib/search/query.ts';
import { queryVariants, type Vocabulary } from '../../lib/search/typos.ts';

type Filters = Record<string, { any: string[] }>;
type FilterCounts = Record<string, Record<string, number>>;

interface PagefindResult {
  id: string;
  score: number;
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

/**
 * How matches in pagefind's metadata fields add to a page's score. Titles and the sub-word forms of
 * headings weigh like titles, aliases a little more (they name what the page is for); the body's
 * forms count like body text, so a word that is only inside a longer body word does not outrank a
 * page whose heading has it. Measured with tests/search/quality.test.ts.
 */
const RANKING = {
  metaWeights: { title: 5, hangul_head: 4, aliases: 6, hangul: 0.5, kind: 0.5, severity: 0, status: 0, date: 0 },
};
/**
 * A runbook or guide page outranks a record (incident, change, report…) matching as well: pagefind has
 * no per-kind weight, so results are re-scored. Large enough to lift a runbook over the incident
 * that names the same scenario in its title, small enough that a query naming a record's own details
 * (`catalog-db 복제 지연 14분`) still finds the record first. Measured on the quality set (first result,
 * top 3): ×1.0 92.3 % / 96.2 %, ×1.3 94.2 % / 98.1 %, ×1.6 98.1 % / 100 %, ×2.2 92.3 % / 100 % (records lose).
 */
const PROCEDURE_BOOST = 1.6;
/** A typo-corrected or synonym variant counts a little less than the query as typed. */
const VARIANT_WEIGHT = 0.85;

let loading: Promise<Pagefind> | undefined;
let vocabulary: Promise<Vocabulary> | undefined;

/** The typo/initials vocabulary; an empty one when it cannot be loaded (search still works). */
function loadVocabulary(): Promise<Vocabulary> {
  vocabulary ??= fetch(`${siteBase()}search/vocabulary.json`)
    .then((r) => (r.ok ? (r.json() as Promise<Vocabulary>) : { words: [], synonyms: [] }))
    .catch(() => ({ words: [], synonyms: [] }));
  return vocabulary;
}

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${siteBase()}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ baseUrl: siteBase(), excerptLength: 30, ranking: RANKING });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (index not built yet) may succeed later; do not cache the failure.
  loading.catch(() => (loading = undefined));
  return loading;
}

export async function search(request: SearchRequest): Promise<SearchPage | null> {
  const [pagefind, words] = await Promise.all([loadPagefind(), loadVocabulary()]);
  const query = normalizeQuery(request.query);
  const filters: Filters = {};
  for (const [name, values] of Object.entries(request.filters ?? {})) if (values.length) filters[name] = { any: values };
  if (request.sort === 'date' || query === '') {
    const found = await pagefind.search(query === '' ? null : query, { filters, sort: { date: 'desc' } });
    if (!found) return null;
    const terms = queryTerms(request.query);
    return { total: found.results.length, counts: found.filters, hits: (from, to) => Promise.all(found.results.slice(from, to).map((r) => toHit(r, terms))) };
  }
  const variants = queryVariants(query, words);
  const ranked = await Promise.all(variants.map((q, i) => rankedSearch(pagefind, q, filters, i === 0 ? 1 : VARIANT_WEIGHT)));
  const [first] = ranked;
  if (!first) return null;
  const best = new Map<string, { result: PagefindResult; score: number }>();
  for (const run of ranked) for (const hit of run.hits) if ((best.get(hit.result.id)?.score ?? -1) < hit.score) best.set(hit.result.id, hit);
  const results = [...best.values()].sort((a, b) => b.score - a.score).map((h) => h.result);
  const terms = [...new Set(variants.flatMap((v) => queryTerms(v)))];
  return {
    total: results.length,
    counts: first.counts,
    hits: (from, to) => Promise.all(results.slice(from, to).map((r) => toHit(r, terms))),
  };
}

/** One pagefind query, re-scored: runbooks and guide pages boosted (PROCEDURE_BOOST), times `weight`. */
async function rankedSearch(
  pagefind: Pagefind,
  query: string,
  filters: Filters,
  weight: number,
): Promise<{ hits: { result: PagefindResult; score: number }[]; counts: FilterCounts }> {
  // The procedure pages among the results: the same query filtered to their kinds (pagefind loads
  // only the small kind filter for it, no fragments).
  const chosen = filters.kind?.any;
  const kinds = chosen ? PROCEDURE_KINDS.filter((k) => chosen.includes(k)) : [...PROCEDURE_KINDS];
  const [all, procedures] = await Promise.all([
    pagefind.search(query, { filters }),
    kinds.length > 0 ? pagefind.search(query, { filters: { ...filters, kind: { any: kinds } } }) : null,
  ]);
  const boosted = new Set(procedures?.results.map((r) => r.id));
  return {
    counts: all?.filters ?? {},
    hits: (all?.results ?? []).map((result) => ({ result, score: result.score * weight * (boosted.has(result.id) ? PROCEDURE_BOOST : 1) })),
  };
}

export async function filterValues(): Promise<FilterCounts> {
  return (await loadPagefind()).filters();
}

async function toHit(result: PagefindResult, terms: string[]): Promise<SearchHit> {
  const data = await result.data();
  // A page found only through its Hangul sub-word forms has no marked excerpt: cut one at the match.
  // Pagefind marks whole words, particles and brackets included: marks are cut down to the word.
  const excerpt = hasHighlight(data.excerpt) || terms.length === 0 ? tightenMarks(data.excerpt) : excerptAround(data.content, terms);
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
