/**
 * Search quality in a real browser over the built example site (issue 15): every query of
 * QUALITY_QUERIES is opened as a `?q=` link on the search page, as a shared link would be, and the
 * page it must return is looked for among the first results. At least 90 % must have it first and all
 * of them in the first three. The hit rates are printed, and the misses listed when the bar is missed.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { haveChromium, launchChromium } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from './helpers.ts';
import { QUALITY_QUERIES } from './quality-queries.ts';

const dist = inject('siteDist');
const ready = Boolean(dist) && haveChromium();
const SETTLE = { timeout: 20_000, interval: 50 };

describe.skipIf(!ready)('search quality for the person on call', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await serveStatic(dist);
    browser = await launchChromium();
    page = await browser.newPage({ locale: 'ko-KR' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The first three result paths the search page shows for a `?q=` link. */
  const firstThree = async (query: string): Promise<string[]> => {
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
    // The status names the query once the results it counts are on the page (or says none matched).
    await expect.poll(() => page.textContent('.search-page .search-status'), SETTLE).toContain(`“${query}”`);
    const links = await page.$$eval('.search-page .search-hit-link', (as) => as.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    return links;
  };

  it('puts the page asked for first for at least 90 % of the queries, and in the first three for all', { timeout: 600_000 }, async () => {
    const misses: string[] = [];
    let first = 0;
    let top3 = 0;
    for (const { query, page: wanted, kind } of QUALITY_QUERIES) {
      const found = await firstThree(query);
      const at = found.indexOf(wanted);
      if (at === 0) first++;
      if (at >= 0) top3++;
      if (at !== 0) misses.push(`${query} [${kind}] → ${at < 0 ? 'not in top 3' : `#${at + 1}`}; wanted ${wanted}; got ${found.join(', ') || 'nothing'}`);
    }
    const total = QUALITY_QUERIES.length;
    const rate = (n: number) => `${n}/${total} (${((100 * n) / total).toFixed(1)} %)`;
    console.log(`search quality: first ${rate(first)}, top 3 ${rate(top3)}${misses.length ? `\n${misses.join('\n')}` : ''}`);
    const report = `first ${rate(first)}, top 3 ${rate(top3)}; misses:\n${misses.join('\n')}`;
    expect(first / total, report).toBeGreaterThanOrEqual(0.9);
    expect(top3, report).toBe(total);
  });

  it('has a set large and varied enough to mean something', () => {
    expect(QUALITY_QUERIES.length).toBeGreaterThanOrEqual(40);
    const records = QUALITY_QUERIES.filter((q) => q.kind === 'record').length;
    expect(records / QUALITY_QUERIES.length).toBeGreaterThanOrEqual(0.25);
    expect(new Set(QUALITY_QUERIES.map((q) => q.query)).size).toBe(QUALITY_QUERIES.length);
  });
});
