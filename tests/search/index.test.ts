/**
 * The search index of the built example site, queried with pagefind's own browser JS in Node: the
 * Korean query set, filters, date sort, and that the sub-word forms never reach a page or an excerpt.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHTML } from 'entities';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { indexSite } from '../../src/node/search-index.ts';
import { pagefindInNode, serveStatic, type NodeSearch, type StaticServer } from './helpers.ts';
import { KOREAN_QUERIES, NO_MATCH_QUERIES } from './korean-queries.ts';

const dist = inject('siteDist');
let server: StaticServer;
let pf: NodeSearch;

const built = (url: string) => existsSync(path.join(dist, url, 'index.html'));
const paths = (hits: { url: string }[]) => hits.map((h) => new URL(h.url).pathname);
/** The words a reader sees in an excerpt (marks removed, entities decoded). */
const words = (html: string) =>
  decodeHTML(html.replace(/<\/?mark>/g, ''))
    .split(/\s+/)
    .filter(Boolean);

describe.skipIf(!dist)('search index of the example site', () => {
  beforeAll(async () => {
    server = await serveStatic(dist);
    pf = await pagefindInNode(dist, server.url);
  });
  afterAll(() => server?.close());

  it.each(KOREAN_QUERIES)('$query finds its pages ($note)', async ({ query, finds, within = 10 }) => {
    const expected = finds.filter(built);
    // The query set names real pages: at least the runbooks and incidents must be in this build.
    expect(expected.length, `none of ${finds.join(', ')} was built`).toBeGreaterThan(0);
    const hits = await pf.search(query, { limit: within });
    expect(paths(hits)).toEqual(expect.arrayContaining(expected));
  });

  it.each(NO_MATCH_QUERIES)('%s finds nothing', async (query) => {
    expect(await pf.search(query)).toEqual([]);
  });

  it('shows excerpts made only of the page text, never the sub-word forms', async () => {
    for (const { query } of KOREAN_QUERIES) {
      for (const hit of await pf.search(query, { limit: 10 })) {
        const text = new Set(hit.content.split(/\s+/));
        const forms = `${hit.meta.hangul ?? ''} ${hit.meta.hangul_head ?? ''}`.split(' ').filter((f) => !text.has(f));
        for (const word of words(hit.excerpt)) {
          expect(text.has(word), `"${word}" in the excerpt of ${hit.url} for "${query}"`).toBe(true);
          expect(forms).not.toContain(word);
        }
      }
    }
  });

  it('marks the match in the excerpt even when only a sub-word form matched', async () => {
    const [hit] = await pf.search('제지연', { limit: 1 });
    expect(hit?.excerpt).toMatch(/복<mark>제지연<\/mark>|<mark>복제<\/mark> <mark>지연/);
  });

  it('never writes the sub-word forms into the published pages', async () => {
    const html = await readFile(path.join(dist, 'runbooks/db-replication-lag/index.html'), 'utf8');
    expect(html).not.toContain('data-pagefind-meta="hangul:');
  });

  it('keeps the sub-word forms to at most 20 % of the fragment bytes a result downloads', async () => {
    const dir = path.join(dist, 'pagefind', 'fragment');
    let total = 0;
    let forms = 0;
    for (const file of await readdir(dir)) {
      // A fragment is gzip-compressed JSON behind a 12-byte signature; counted before gzip.
      const json = gunzipSync(await readFile(path.join(dir, file))).subarray(12);
      const { meta } = JSON.parse(json.toString('utf8')) as { meta: Record<string, string> };
      total += json.length;
      forms += Buffer.byteLength(meta.hangul ?? '') + Buffer.byteLength(meta.hangul_head ?? '');
    }
    expect(forms).toBeGreaterThan(0);
    expect(forms / total).toBeLessThanOrEqual(0.2);
  });

  it('separates labels from values in the indexed text and excerpts', async () => {
    const [hit] = await pf.search('요청자', { filters: { kind: ['변경'] }, limit: 1 });
    expect(hit?.content).toMatch(/요청자 [가-힣]{3}/);
    expect(hit?.content).not.toMatch(/요청자[가-힣]/);
    expect(words(hit?.excerpt ?? '')).toContain('요청자');
  });

  it('does not match nonsense through short command flags', async () => {
    expect(await pf.search('zzzxq')).toEqual([]);
    // Long flags stay searchable.
    expect(paths(await pf.search('login-path', { limit: 20 }))).toContain('/runbooks/db-replication-lag/');
  });

  it('indexes reports, services and rules as well as documents', async () => {
    expect(paths(await pf.search('2026-W42', { limit: 3 }))).toContain('/reports/weekly/2026-W42/');
    expect(paths(await pf.search('주간 성능 보고서 42주차', { limit: 3 }))).toContain('/reports/weekly/2026-W42/');
    expect(paths(await pf.search('서비스 order-db', { limit: 5 }))).toContain('/services/order-db/');
    expect(paths(await pf.search('report/missing', { limit: 5 }))).toContain('/rules/report/missing/');
    // A day without a written report is figures only: not a result.
    const all = paths(await pf.search('', { limit: 1000 }));
    expect(all.filter((p) => p.startsWith('/reports/daily/')).length).toBeLessThanOrEqual(5);
  });

  it('indexes documents, reports, services and rules with their filters, not lists', async () => {
    const filters = await pf.filters();
    expect(Object.keys(filters.kind ?? {})).toEqual(expect.arrayContaining(['런북', '장애', '보고서', '서비스', '규칙']));
    expect(Object.keys(filters.severity ?? {})).toEqual(expect.arrayContaining(['P1', 'P2']));
    expect(filters.scenario?.['패킷 손실']).toBeGreaterThan(0);
    // Lists and the search page itself are not results.
    const all = paths(await pf.search('', { limit: 1000 }));
    expect(all).not.toContain('/');
    expect(all).not.toContain('/search/');
    expect(all).not.toContain('/runbooks/');
  });

  it("narrows results with filters: one filter's values are alternatives, different filters all apply", async () => {
    const any = paths(await pf.search('지연', { limit: 100 }));
    const runbooks = paths(await pf.search('지연', { filters: { kind: ['런북'] }, limit: 100 }));
    const p2 = paths(await pf.search('지연', { filters: { kind: ['장애'], severity: ['P2'] }, limit: 100 }));
    const either = paths(await pf.search('지연', { filters: { kind: ['런북', '장애'] }, limit: 100 }));
    expect(runbooks.length).toBeGreaterThan(0);
    expect(runbooks.length).toBeLessThan(any.length);
    expect(runbooks.every((p) => p.startsWith('/runbooks/'))).toBe(true);
    expect(p2.every((p) => p.startsWith('/incidents/'))).toBe(true);
    expect(p2).toContain('/incidents/2026-09-02-payment-api-network-latency/');
    expect(either.length).toBeGreaterThan(runbooks.length);
  });

  it('sorts by date, newest first, undated pages last', async () => {
    const hits = await pf.search('', { sort: 'date', limit: 1000 });
    const dates = hits.map((h) => h.meta.date ?? '');
    const dated = dates.filter(Boolean);
    expect(dated.length).toBeGreaterThan(10);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(0, dated.length).every(Boolean)).toBe(true);
  });
});

describe('indexSite', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'opsbook-index-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('fails with a readable message when there is nothing to index', async () => {
    await expect(indexSite(path.join(dir, 'empty'))).rejects.toThrow(/no HTML pages in .*run the site build/);
  });

  it('indexes only the pages marked as document bodies when any page is marked', async () => {
    const site = path.join(dir, 'site');
    await mkdir(path.join(site, 'runbooks/a'), { recursive: true });
    await writeFile(path.join(site, 'index.html'), '<html lang="ko"><body><p>목록 페이지</p></body></html>');
    await writeFile(
      path.join(site, 'runbooks/a/index.html'),
      '<html lang="ko"><body><nav>메뉴</nav><main data-pagefind-body><h1>복제 지연</h1><p>복제지연이 커진다</p></main></body></html>',
    );
    expect(await indexSite(site)).toMatchObject({ pages: 1 });
    expect(existsSync(path.join(site, 'pagefind/pagefind.js'))).toBe(true);
  });
});
