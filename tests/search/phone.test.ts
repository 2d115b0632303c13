/**
 * The search page on a 390 × 844 phone (issue 15): the filter groups start folded, so the first result
 * is on the first screen without scrolling, and they still work once opened.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { haveChromium, launchChromium } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from './helpers.ts';

const dist = inject('siteDist');
const ready = Boolean(dist) && haveChromium();
const SETTLE = { timeout: 20_000, interval: 100 };
const PHONE = { width: 390, height: 844 };

describe.skipIf(!ready)('search on a phone', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await serveStatic(dist);
    browser = await launchChromium();
    page = await browser.newPage({ locale: 'ko-KR', viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the first result on the first screen, with the filters folded', async () => {
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('복제 지연')}`);
    await expect.poll(() => page.textContent('.search-page .search-status'), SETTLE).toContain('검색 결과');
    const first = await page.locator('.search-page .search-hit').first().boundingBox();
    expect(first, 'a first result').not.toBeNull();
    // Measured on the rendered page: the whole first result fits in the viewport before any scroll.
    expect(first!.y).toBeGreaterThanOrEqual(0);
    expect(first!.y + first!.height).toBeLessThanOrEqual(PHONE.height);
    expect(await page.evaluate(() => document.scrollingElement?.scrollTop)).toBe(0);
    expect(await page.locator('.search-filter-panel').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
  });

  it('opens the filters on demand and narrows the results with them', async () => {
    await page.click('.search-filter-panel > summary');
    await page.check('.search-filters input[name="kind"][value="런북"]');
    await expect
      .poll(
        async () =>
          page.$$eval('.search-page .search-hit-link', (as) => as.every((a) => new URL((a as HTMLAnchorElement).href).pathname.startsWith('/runbooks/'))),
        SETTLE,
      )
      .toBe(true);
    expect(page.url()).toContain('kind=');
    // With a filter on, a reload keeps the panel open so the reader sees why results are fewer.
    await page.reload();
    await expect.poll(() => page.locator('.search-filter-panel').evaluate((d) => (d as HTMLDetailsElement).open), SETTLE).toBe(true);
  });
});
