/**
 * Search in a real browser (Debian's chromium through playwright-core) over the built example site:
 * the keyboard shortcuts and the modal, the Korean query set on the search page, filters narrowing
 * results, and no request leaving the site's origin.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, haveChromium } from '../helpers/browser.ts';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticServer } from './helpers.ts';
import { KOREAN_QUERIES } from './korean-queries.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const dist = inject('siteDist');
/** How long to wait for the UI to settle: the machine running the tests may be busy. */
const SETTLE = { timeout: 20_000, interval: 100 };
const ready = Boolean(dist) && haveChromium();

describe.skipIf(!ready)('search in the browser', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  /** Every request the page made to somewhere other than the site itself. */
  let outside: string[] = [];

  beforeAll(async () => {
    server = await serveStatic(dist);
    browser = await launchChromium();
    page = await browser.newPage({ locale: 'ko-KR' });
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
    });
  });
  afterEach(() => {
    expect(outside, 'requests outside the site origin').toEqual([]);
    outside = [];
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const dialog = () => page.locator('#search-modal');
  const hrefs = (selector: string) => page.$$eval(selector, (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

  it('opens the modal with / and Ctrl+K, keeps focus inside it, and closes it with Esc', async () => {
    await page.goto(`${server.url}/runbooks/db-replication-lag/`);
    await expect.poll(() => dialog().evaluate((d) => (d as HTMLDialogElement).open), SETTLE).toBe(false);

    await page.keyboard.press('/');
    await expect.poll(() => dialog().evaluate((d) => (d as HTMLDialogElement).open), SETTLE).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('search-input'))).toBe(true);

    await page.keyboard.type('복제 지연');
    await page.waitForSelector('#search-modal .search-hit-link');
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#search-modal')))).toBe(true);
    }

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().evaluate((d) => (d as HTMLDialogElement).open), SETTLE).toBe(false);

    await page.keyboard.press('Control+k');
    await expect.poll(() => dialog().evaluate((d) => (d as HTMLDialogElement).open), SETTLE).toBe(true);
    await page.keyboard.press('Escape');

    // `/` typed into a field is a slash, not a shortcut.
    await page.goto(`${server.url}/search/`);
    await page.focus('#search-page-input');
    await page.keyboard.type('a/b');
    expect(await page.inputValue('#search-page-input')).toBe('a/b');
    expect(await dialog().evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
  });

  it('finds the runbooks and incidents of the headline queries in the modal, with Korean UI text', async () => {
    await page.goto(`${server.url}/`);
    for (const query of ['복제 지연', '지연', '패킷', '롤백']) {
      await page.keyboard.press('Control+k');
      await page.fill('#search-modal .search-input', query);
      await expect.poll(() => page.textContent('#search-modal .search-status'), SETTLE).toContain(`“${query}” 검색 결과`);
      const found = await hrefs('#search-modal .search-hit-link');
      const expected = KOREAN_QUERIES.find((q) => q.query === query)!.finds.filter((p) => existsSync(path.join(dist, p, 'index.html')));
      // The modal shows the first ten; the runbook for the query must be among them.
      expect(
        found.some((p) => expected.includes(p)),
        `${query}: ${found.join(', ')}`,
      ).toBe(true);
      await page.keyboard.press('Escape');
    }
  });

  it.each(KOREAN_QUERIES)('search page: $query finds its pages', async ({ query, finds, within = 10 }) => {
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
    await expect.poll(() => page.textContent('.search-page .search-status'), SETTLE).toContain('검색 결과');
    const found = (await hrefs('.search-page .search-hit-link')).slice(0, within);
    const expected = finds.filter((p) => existsSync(path.join(dist, p, 'index.html')));
    expect(found).toEqual(expect.arrayContaining(expected));
  });

  it('shows where a sub-word matched, without showing the index-only forms', async () => {
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('제지연')}`);
    await page.waitForSelector('.search-page .search-hit-excerpt mark');
    const excerpt = (await page.textContent('.search-page .search-hit-excerpt')) ?? '';
    // The mark sits inside the real word of the page; the bare form never stands alone.
    expect(excerpt).toMatch(/복제지연|복제 지연/);
    expect(excerpt.split(/\s+/)).not.toContain('제지연');
  });

  it('narrows results with filters and sorts them by date', async () => {
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('지연')}`);
    await expect.poll(() => page.textContent('.search-page .search-status'), SETTLE).toContain('검색 결과');
    const total = async () => Number(/(\d+)건/.exec((await page.textContent('.search-page .search-status')) ?? '')?.[1] ?? NaN);
    const all = await total();

    await page.check('.search-filters input[name="kind"][value="런북"]');
    await expect.poll(total, SETTLE).toBeLessThan(all);
    const runbooks = await total();
    expect((await hrefs('.search-page .search-hit-link')).every((p) => p.startsWith('/runbooks/'))).toBe(true);
    expect(page.url()).toContain('kind=');

    // A second value of the same filter widens; another filter narrows.
    await page.check('.search-filters input[name="kind"][value="장애"]');
    await expect.poll(total, SETTLE).toBeGreaterThan(runbooks);
    await page.check('.search-filters input[name="severity"][value="P2"]');
    await expect.poll(async () => (await hrefs('.search-page .search-hit-link')).every((p) => p.startsWith('/incidents/')), SETTLE).toBe(true);

    await page.selectOption('.search-page select[name="sort"]', 'date');
    expect(page.url()).toContain('sort=date');
    const dates = () => page.$$eval('.search-page .search-hit time', (ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    await expect.poll(async () => (await dates()).length, SETTLE).toBeGreaterThan(1);
    const shown = await dates();
    expect(shown).toEqual([...shown].sort().reverse());
  });

  it('has no serious or critical accessibility problems on the search page and in the open modal', async () => {
    const problems = async () => {
      // Evaluated, not added as a <script>: the site's CSP refuses inline scripts it has no hash for.
      await page.evaluate(AXE);
      return page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(o?: unknown): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
        const { violations } = await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] });
        return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
      });
    };
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('복제 지연')}`);
    await expect.poll(() => page.textContent('.search-page .search-status'), SETTLE).toContain('검색 결과');
    expect(await problems()).toEqual([]);

    await page.keyboard.press('Control+k');
    await page.keyboard.type('패킷');
    await expect.poll(() => page.textContent('#search-modal .search-status'), SETTLE).toContain('검색 결과');
    expect(await problems()).toEqual([]);
  });
});
