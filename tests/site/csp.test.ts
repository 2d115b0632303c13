/**
 * The Content-Security-Policy (astro.config.mjs, docs/security.md) on the built site:
 * - in the HTML: one CSP <meta> on every page, before every script and style, with the policy's
 *   directives; every inline script's hash listed (the theme-init script's from src/site/theme-init.ts);
 *   no inline event handlers and no style attributes anywhere (code is coloured by class);
 * - in Debian's chromium, with the policy enforced (no bypassCSP): search, the theme toggle, a copy
 *   button, the incident filters and a report's charts work and cause no violation at all;
 * - against an attack: a page with an injected inline script, an inline event handler and off-origin
 *   images runs none of them and sends nothing off-origin (a second server on another loopback address
 *   stands for the other origin, so no real network is needed).
 */
import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { glob } from 'tinyglobby';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { THEME_INIT_HASH, THEME_INIT_SCRIPT } from '../../src/site/theme-init.ts';
import { haveChromium, launchChromium } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../search/helpers.ts';

const dist = inject('siteDist');
const haveSite = Boolean(dist);
const ready = haveSite && haveChromium();
/** How long to wait for the UI to settle: the machine running the tests may be busy. */
const SETTLE = { timeout: 20_000, interval: 100 };

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/g;

/** The policy of a built page: directive name → its sources. */
function policyOf(html: string): Map<string, string[]> {
  const metas = [...html.matchAll(CSP_META)];
  expect(metas, 'exactly one CSP <meta>').toHaveLength(1);
  const policy = new Map<string, string[]>();
  for (const part of metas[0]![1]!.replace(/&#39;/g, "'").split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name, sources);
  }
  return policy;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** HTML with the Markdown code highlighter's blocks cut out: they are the body renderer's, not the site's. */
describe.skipIf(!haveSite)('the CSP in the built HTML', () => {
  let pages: string[] = [];
  beforeAll(async () => {
    pages = (await glob('**/*.html', { cwd: dist, ignore: ['pagefind/**'] })).sort();
  });

  it('puts one policy on every page, before any script or style, with every directive of the policy', async () => {
    expect(pages.length).toBeGreaterThan(50);
    for (const file of pages) {
      const html = await readFile(path.join(dist, file), 'utf8');
      const policy = policyOf(html);
      expect(policy.get('default-src'), file).toEqual(["'self'"]);
      expect(policy.get('img-src'), file).toEqual(["'self'"]);
      expect(policy.get('object-src'), file).toEqual(["'none'"]);
      expect(policy.get('base-uri'), file).toEqual(["'self'"]);
      expect(policy.get('form-action'), file).toEqual(["'self'"]);
      const scripts = policy.get('script-src') ?? [];
      expect(scripts.slice(0, 2), file).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(scripts.filter((s) => !s.startsWith("'sha256-")).length, `${file}: script-src has only 'self', wasm and hashes`).toBe(2);
      expect(policy.get('style-src')?.[0], file).toBe("'self'");
      for (const directive of policy.values()) expect(directive, file).not.toContain("'unsafe-inline'");
      // A <meta> policy covers only what follows it.
      const at = html.search(CSP_META);
      expect(html.slice(0, at), `${file}: nothing runs or styles before the policy`).not.toMatch(/<script|<style|<link rel="stylesheet"/);
    }
  });

  it('lists the hash of every inline script, and the theme-init script is exactly the text its hash is of', async () => {
    expect(THEME_INIT_HASH).toBe(sha256(THEME_INIT_SCRIPT).slice(1, -1));
    for (const file of pages) {
      const html = await readFile(path.join(dist, file), 'utf8');
      const scriptSrc = policyOf(html).get('script-src') ?? [];
      expect(scriptSrc, file).toContain(`'${THEME_INIT_HASH}'`);
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
      if (file.endsWith('index.html') && html.includes('id="theme-toggle"')) expect(inline, `${file}: theme init`).toContain(THEME_INIT_SCRIPT);
      for (const body of inline) expect(scriptSrc, `${file}: inline script ${body.slice(0, 60)}`).toContain(sha256(body));
    }
  });

  it('has no inline event handlers and no style attributes, highlighted code included (it colours by class)', async () => {
    const offenders: string[] = [];
    for (const file of pages) {
      const html = await readFile(path.join(dist, file), 'utf8');
      for (const m of html.matchAll(/<[a-z][^>]*\s(style|on[a-z]+)=["'][^>]*>/gi)) offenders.push(`${file}: ${m[0].slice(0, 120)}`);
    }
    expect(offenders).toEqual([]);
  });
});

interface Violation {
  directive: string;
  blocked: string;
  page: string;
}

/**
 * Reports every CSP violation on the context's pages to `sink`, as it happens (the listener is
 * registered before any page script, and neither it nor the binding is subject to the page's CSP).
 */
async function watchViolations(context: BrowserContext, sink: Violation[]): Promise<void> {
  await context.exposeBinding('__cspViolation', (_source, v: Violation) => {
    sink.push(v);
  });
  await context.addInitScript(() => {
    const report = (window as unknown as { __cspViolation(v: unknown): void }).__cspViolation;
    document.addEventListener('securitypolicyviolation', (e) => {
      void report({ directive: e.effectiveDirective, blocked: e.blockedURI, page: location.pathname });
    });
  });
}

/** Violations grouped for a readable failure: "style-src-attr inline ×89 on /runbooks/x/". */
function summary(violations: readonly Violation[]): string[] {
  const counts = new Map<string, number>();
  for (const v of violations) {
    const key = `${v.directive} ${v.blocked} on ${v.page}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => key.replace(' on ', ` ×${n} on `));
}

describe.skipIf(!ready)('the site works with the CSP enforced', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const violations: Violation[] = [];
  let consoleErrors: string[] = [];
  let outside: string[] = [];

  async function visit(url: string) {
    await page.goto(`${server.url}${url}`, { waitUntil: 'load' });
  }

  beforeAll(async () => {
    server = await serveStatic(dist);
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'ko-KR', viewport: { width: 1280, height: 900 } });
    await watchViolations(context, violations);
    // Nothing may leave the origin; if the CSP failed to stop a request, it is aborted here, never sent.
    await context.route(
      (url) => url.origin !== server.url,
      (route) => {
        outside.push(route.request().url());
        return route.abort();
      },
    );
    page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
  });
  afterEach(async () => {
    // Let violations of the last page's final moments arrive.
    await page.waitForTimeout(100);
    const found = summary(violations.splice(0));
    const errors = consoleErrors;
    const off = outside;
    consoleErrors = [];
    outside = [];
    // Zero violations of any kind: a style-src-attr one means a style attribute the CSP ignored.
    expect(found, 'CSP violations').toEqual([]);
    expect(errors, 'console errors').toEqual([]);
    expect(off, 'requests outside the site origin').toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('searches in the modal: a Korean query finds results', async () => {
    await visit('/');
    await page.keyboard.press('Control+k');
    await page.locator('#search-modal .search-input').pressSequentially('복제 지연');
    await expect.poll(() => page.textContent('#search-modal .search-status'), SETTLE).toContain('“복제 지연” 검색 결과');
    expect(await page.locator('#search-modal .search-hit-link').count()).toBeGreaterThan(0);
  });

  it('searches on the search page: a Korean query typed into the field finds results', async () => {
    await visit('/search/');
    await page.locator('#search-page-input').pressSequentially('패킷');
    await expect.poll(() => page.textContent('.search-page .search-status'), SETTLE).toContain('검색 결과');
    expect(await page.locator('.search-page .search-hit-link').count()).toBeGreaterThan(0);
    // The filters come from the index as well.
    expect(await page.locator('.search-filters input[type="checkbox"]').count()).toBeGreaterThan(0);
  });

  it('switches the theme, and the hashed theme-init script applies the saved theme on the next page', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await visit('/');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.locator('#theme-toggle').click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await background()).not.toBe(light);
    await visit('/changes/');
    expect(await page.evaluate(() => document.documentElement.dataset.theme), 'theme init ran').toBe('dark');
    expect(await page.locator('#theme-toggle').getAttribute('aria-pressed')).toBe('true');
    await page.locator('#theme-toggle').click();
    expect(await background()).toBe(light);
  });

  // Runbook code blocks are coloured by class (src/site/render-body.ts): a style attribute there would
  // be a style-src-attr violation, which this test counts.
  it('copies a runbook command with its copy button', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await visit('/runbooks/db-replication-lag/');
    const button = page.locator('.prose .code-block > .copy-button').first();
    await button.click();
    await expect.poll(() => button.textContent(), SETTLE).toBe('복사됨');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('.prose pre code').first().innerText());
  });

  it('narrows the incident list with the filters', async () => {
    await visit('/incidents/');
    expect(await page.locator('form[data-filter-for="incident-table"]').isVisible()).toBe(true);
    const visible = () => page.locator('#incident-table tbody tr:not([hidden])').count();
    const all = await visible();
    await page.selectOption('select[data-filter="severity"]', 'P1');
    const p1 = await visible();
    expect(p1).toBeGreaterThan(0);
    expect(p1).toBeLessThan(all);
    expect(page.url()).toContain('severity=P1');
    expect(await page.textContent('form[data-filter-for="incident-table"] output')).toBe(`${p1} / ${all}건`);
  });

  it('draws a report page with its charts styled', async () => {
    const withCharts = [];
    for (const file of (await glob('reports/*/*/index.html', { cwd: dist })).sort()) {
      if ((await readFile(path.join(dist, file), 'utf8')).includes('class="chart"')) withCharts.push(file);
    }
    expect(withCharts.length).toBeGreaterThan(0);
    await visit(`/${withCharts[0]!.replace(/index\.html$/, '')}`);
    expect(await page.locator('figure.chart svg').count()).toBeGreaterThan(0);
    // The charts' own <style> (bundled and hashed) applies: bars and lines are not the default black.
    const fills = await page.$$eval('figure.chart .bar rect, figure.chart .line', (els) =>
      els.map((el) => (el.classList.contains('line') ? getComputedStyle(el).stroke : getComputedStyle(el).fill)),
    );
    expect(fills.length).toBeGreaterThan(0);
    for (const fill of fills) expect(fill).not.toBe('rgb(0, 0, 0)');
  });

  it('loads one page of every kind with no violation', async () => {
    const kinds = [
      '/',
      '/runbooks/',
      '/incidents/2026-08-04-order-db-primary-failure/',
      '/changes/',
      '/routines/',
      '/reports/',
      '/compliance/',
      '/rules/',
      '/reference/frontmatter/',
      '/services/',
      '/tags/',
      '/guide/',
    ];
    for (const url of kinds) await visit(url);
  });
});

/** A server on another loopback address: the "other origin", counting every request that reaches it. */
async function otherOrigin(): Promise<{ url: string; hits: string[]; close(): Promise<void> }> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'image/svg+xml' }).end('<svg xmlns="http://www.w3.org/2000/svg"/>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.2:${port}`, hits, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe.skipIf(!ready)('the CSP stops injected content', () => {
  let root: string;
  let server: StaticServer;
  let other: Awaited<ReturnType<typeof otherOrigin>>;
  let browser: Browser;

  beforeAll(async () => {
    other = await otherOrigin();
    // The site as built, plus one copied page with content an attacker managed to inject.
    root = await mkdtemp(path.join(os.tmpdir(), 'opsbook-csp-'));
    for (const entry of await readdir(dist)) await symlink(path.join(dist, entry), path.join(root, entry));
    const original = await readFile(path.join(dist, 'changes/index.html'), 'utf8');
    const injected = [
      '<script>window.__injectedScript = true;</script>',
      '<img src="x" alt="" onerror="window.__injectedHandler = true">',
      '<img src="https://example.com/x.png" alt="">',
      `<img src="${other.url}/x.png" alt="">`,
    ].join('');
    expect(original).toContain('<main id="main"');
    await mkdir(path.join(root, 'injected'));
    await writeFile(path.join(root, 'injected/index.html'), original.replace(/(<main id="main"[^>]*>)/, `$1${injected}`));
    server = await serveStatic(root);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await other?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('runs no injected script or handler and sends no request off-origin', async () => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const violations: Violation[] = [];
    await watchViolations(context, violations);
    const offOrigin: string[] = [];
    // A request the CSP let through would show here, and is aborted, never sent to the real network.
    await context.route(
      (url) => url.origin !== server.url,
      (route) => {
        offOrigin.push(route.request().url());
        return route.abort();
      },
    );
    const page = await context.newPage();
    // Playwright sees a request the browser refused under the CSP too, as one that failed with the
    // reason "csp" without being sent; any other outcome off-origin would be a leak.
    const offOriginOutcomes: string[] = [];
    page.on('requestfinished', (r) => {
      if (!r.url().startsWith(server.url)) offOriginOutcomes.push(`finished ${r.url()}`);
    });
    page.on('requestfailed', (r) => {
      if (!r.url().startsWith(server.url)) offOriginOutcomes.push(`${r.failure()?.errorText} ${r.url()}`);
    });
    await page.goto(`${server.url}/injected/`, { waitUntil: 'load' });
    await page.waitForTimeout(300);

    const ran = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return { script: w.__injectedScript ?? false, handler: w.__injectedHandler ?? false };
    });
    expect(ran).toEqual({ script: false, handler: false });
    // The site's own, bundled scripts still ran (so the test is not passing on a page where nothing runs).
    expect(await page.locator('form[data-filter-for="change-table"]').isVisible()).toBe(true);

    expect(offOriginOutcomes.sort(), 'off-origin requests (playwright)').toEqual([`csp ${other.url}/x.png`, 'csp https://example.com/x.png'].sort());
    expect(offOrigin, 'requests off-origin (route)').toEqual([]);
    expect(other.hits, 'requests that reached the other origin').toEqual([]);

    const blocked = (directive: string) => violations.filter((v) => v.directive === directive);
    expect(blocked('script-src-elem').map((v) => v.blocked)).toEqual(['inline']);
    expect(blocked('script-src-attr').map((v) => v.blocked)).toEqual(['inline']);
    expect(
      blocked('img-src')
        .map((v) => v.blocked)
        .sort(),
    ).toEqual([`${other.url}/x.png`, 'https://example.com/x.png'].sort());
    await context.close();
  });
});
