/**
 * The site in a real browser (Debian's chromium through playwright-core): no serious or critical axe
 * violations on the main page types, nothing requested outside the origin, copy buttons on runbook
 * commands, the theme toggle, incident filters, a phone-width layout without sideways scrolling, and
 * screenshots of the home and a runbook page kept under test-results/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, haveChromium } from '../helpers/browser.ts';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { glob } from 'tinyglobby';
import { serveStatic, type StaticServer } from '../search/helpers.ts';
import { ROOT } from './dist.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const RESULTS = path.join(ROOT, 'test-results');

const dist = inject('siteDist');
const ready = Boolean(dist) && haveChromium();

describe.skipIf(!ready)('site pages in the browser', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let outside: string[] = [];
  let reportPage: string | undefined;

  beforeAll(async () => {
    server = await serveStatic(dist);
    browser = await launchChromium();
    page = await browser.newPage({ locale: 'ko-KR', viewport: { width: 1280, height: 900 } });
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
    });
    const reports = await glob('reports/*/*/index.html', { cwd: dist });
    reportPage = reports.sort()[0]?.replace(/index\.html$/, '');
    await mkdir(RESULTS, { recursive: true });
  });
  afterEach(() => {
    expect(outside, 'requests outside the site origin').toEqual([]);
    outside = [];
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function seriousViolations(url: string, theme?: 'dark') {
    await page.emulateMedia({ colorScheme: theme ?? 'light' });
    await page.goto(`${server.url}${url}`, { waitUntil: 'load' });
    // Evaluated, not added as a <script>: the site's CSP refuses inline scripts it has no hash for.
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const result = await (
        window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }
      ).axe.run();
      return result.violations;
    });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
  }

  const pages = ['/', '/runbooks/db-replication-lag/', '/incidents/2026-08-04-order-db-primary-failure/', '/changes/', '/compliance/'];
  for (const url of pages) {
    it(`has no serious or critical accessibility violations on ${url}`, async () => {
      expect(await seriousViolations(url)).toEqual([]);
    });
  }

  it('has no serious or critical accessibility violations in the dark theme', async () => {
    for (const url of ['/', '/runbooks/db-replication-lag/', '/incidents/2026-08-04-order-db-primary-failure/']) {
      expect(await seriousViolations(url, 'dark'), url).toEqual([]);
    }
  });

  it('has no serious or critical accessibility violations on a report page', async (ctx) => {
    if (!reportPage) ctx.skip();
    expect(await seriousViolations(`/${reportPage}`)).toEqual([]);
  });

  it('puts a copy button on every command block of a runbook and copies the command', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.goto(`${server.url}/runbooks/db-replication-lag/`);
    const blocks = await page.locator('.prose pre').count();
    expect(blocks).toBeGreaterThan(0);
    expect(await page.locator('.prose .code-block > .copy-button').count()).toBe(blocks);
    await page.locator('.copy-button').first().click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator('.prose pre code').first().innerText());
    await expect.poll(() => page.locator('.copy-button').first().textContent()).toBe('복사됨');
  });

  it('switches between light and dark and remembers the choice', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${server.url}/`);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.locator('#theme-toggle').click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await background()).not.toBe(light);
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.locator('#theme-toggle').click();
    expect(await background()).toBe(light);
  });

  it('narrows the incident list with the filters', async () => {
    await page.goto(`${server.url}/incidents/`);
    const visible = () => page.locator('#incident-table tbody tr:not([hidden])').count();
    const all = await visible();
    await page.selectOption('select[data-filter="severity"]', 'P1');
    const p1 = await visible();
    expect(p1).toBeGreaterThan(0);
    expect(p1).toBeLessThan(all);
    const severities = await page.$$eval('#incident-table tbody tr:not([hidden])', (rows) => rows.map((r) => (r as HTMLElement).dataset.severity));
    expect(new Set(severities)).toEqual(new Set(['P1']));
    expect(page.url()).toContain('severity=P1');
    await page.selectOption('select[data-filter="severity"]', '');
    expect(await visible()).toBe(all);
  });

  it('is readable on a phone: no sideways scrolling, navigation in a menu', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'ko-KR' });
    try {
      for (const url of ['/', '/runbooks/db-replication-lag/', '/incidents/2026-08-04-order-db-primary-failure/']) {
        await phone.goto(`${server.url}${url}`);
        const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, url).toBeLessThanOrEqual(1);
      }
      expect(await phone.locator('.sidebar').isVisible()).toBe(false);
      await phone.locator('.mobile-nav summary').click();
      const link = phone.locator('.mobile-nav a[href="/runbooks/"]');
      expect(await link.isVisible()).toBe(true);
      // The open menu covers the page below the header (not clipped to the header bar).
      const box = await phone.locator('.mobile-nav-panel').boundingBox();
      expect(box!.height).toBeGreaterThan(500);
      await phone.screenshot({ path: path.join(RESULTS, 'home-phone.png'), fullPage: false });
    } finally {
      await phone.close();
    }
  });

  it('saves screenshots of the home page and a runbook page', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    for (const [name, url] of [
      ['home', '/'],
      ['runbook', '/runbooks/db-replication-lag/'],
    ] as const) {
      await page.goto(`${server.url}${url}`);
      const file = path.join(RESULTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      expect(existsSync(file)).toBe(true);
    }
  });
});
