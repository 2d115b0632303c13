/**
 * Every kind of page read in real Chromium on a 390 px phone and a desktop, measured on the rendered page
 * rather than in the CSS: no text wraps a syllable or two per line (the title columns of list tables),
 * list titles get a readable width, and no text — HTML, or SVG text scaled by its viewBox in the incident
 * timeline and the report charts — renders below 11 px. The phone cards pass axe; report pages show no
 * raw enum value. Phone screenshots of each page kind are kept under test-results/ for review by eye.
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { glob } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  ACTION_STATUS_LABELS,
  CHANGE_OUTCOME_LABELS,
  CHANGE_TYPE_LABELS,
  DETECTION_LABELS,
  ESCALATION_LABELS,
  INCIDENT_STATUS_LABELS,
  OUTCOME_LABELS,
  ROUTINE_STATUS_LABELS,
  SLA_LABELS,
  SYSTEM_STATUS_LABELS,
} from '../../src/lib/labels.ts';
import { haveChromium, launchChromium } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../search/helpers.ts';
import { ROOT } from './dist.ts';

const dist = inject('siteDist');
const ready = Boolean(dist) && haveChromium();
const RESULTS = path.join(ROOT, 'test-results');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Smallest text, in CSS pixels as rendered (font size × the SVG's scale for SVG text). */
const MIN_TEXT_PX = 11;
/** Fewer characters than this per line is a column squeezed to a syllable or two. */
const MIN_CHARS_PER_LINE = 4;
/** A list title link at least this wide, or as wide as its text needs. */
const MIN_TITLE_PX = 120;

interface Measured {
  /** Text rendered below MIN_TEXT_PX: `size px "text"` (`svg` marks SVG text). */
  small: string[];
  /** Text nodes of 6+ characters wrapped into lines shorter than MIN_CHARS_PER_LINE. */
  squeezed: string[];
  /** Widths of the list-title links (`.cell-title a`), with their text when too narrow. */
  narrowTitles: string[];
  titles: number;
  svgTexts: number;
  overflow: number;
}

/** Runs in the page: measures every visible text node of <main>. */
function measure(limits: { minText: number; minChars: number; minTitle: number }): Measured {
  const out: Measured = { small: [], squeezed: [], narrowTitles: [], titles: 0, svgTexts: 0, overflow: 0 };
  const main = document.querySelector('main')!;
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden' && el.closest('.visually-hidden, [hidden]') === null;
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').replace(/\s+/g, '');
    const el = node.parentElement;
    if (!text || !el || !visible(el) || el.closest('title, desc, style, script')) continue;
    const snippet = `"${(node.textContent ?? '').trim().slice(0, 40)}"`;
    if (el instanceof SVGElement) {
      const textEl = el.closest('text');
      if (!textEl) continue;
      out.svgTexts++;
      const size = parseFloat(getComputedStyle(textEl).fontSize) * (textEl.getScreenCTM()?.a ?? 1);
      if (size < limits.minText - 0.01) out.small.push(`${size.toFixed(1)} px svg ${snippet}`);
      continue;
    }
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < limits.minText - 0.01) out.small.push(`${size.toFixed(1)} px ${snippet}`);
    if (text.length >= 6 && !el.closest('pre')) {
      const range = document.createRange();
      range.selectNodeContents(node);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
      // Squeezed means a narrow column: prose that wraps a short run between two inline code spans
      // in a wide paragraph is ordinary line breaking, not a column one syllable wide.
      const block = el.closest('td, th, dd, dt, li, p, figcaption, caption, div') ?? el;
      const narrow = block.getBoundingClientRect().width < limits.minChars * 3 * size;
      if (lines > 1 && text.length / lines < limits.minChars && narrow) out.squeezed.push(`${lines} lines ${snippet}`);
    }
  }
  for (const a of main.querySelectorAll<HTMLElement>('.list-table .cell-title a')) {
    if (!visible(a)) continue;
    out.titles++;
    const width = a.getBoundingClientRect().width;
    // A short title needs less than the minimum: compare with the width its text takes on one line.
    const probe = document.createElement('span');
    probe.style.whiteSpace = 'nowrap';
    probe.style.font = getComputedStyle(a).font;
    probe.style.fontVariantNumeric = getComputedStyle(a).fontVariantNumeric;
    probe.textContent = a.textContent;
    document.body.append(probe);
    const natural = probe.getBoundingClientRect().width;
    probe.remove();
    if (width < Math.min(limits.minTitle, natural) - 2) out.narrowTitles.push(`${Math.round(width)} px "${a.textContent?.trim().slice(0, 40)}"`);
  }
  out.overflow = document.documentElement.scrollWidth - window.innerWidth;
  return out;
}

describe.skipIf(!ready)('every page kind is readable on a phone and a desktop', () => {
  let server: StaticServer;
  let browser: Browser;
  const pages: [kind: string, url: string][] = [];

  beforeAll(async () => {
    server = await serveStatic(dist);
    browser = await launchChromium();
    await mkdir(RESULTS, { recursive: true });
    const first = async (pattern: string) => {
      const found = (await glob(pattern, { cwd: dist })).sort();
      expect(found.length, pattern).toBeGreaterThan(0);
      return `/${found.at(-1)!.replace(/index\.html$/, '')}`;
    };
    pages.push(
      ['home', '/'],
      ['runbooks', '/runbooks/'],
      ['incidents', '/incidents/'],
      ['changes', '/changes/'],
      ['routines', '/routines/'],
      ['services', '/services/'],
      ['tags', '/tags/'],
      ['rules', '/rules/'],
      ['reports', '/reports/'],
      ['guide-index', '/guide/'],
      ['runbook', '/runbooks/db-replication-lag/'],
      ['incident', '/incidents/2026-08-04-order-db-primary-failure/'],
      ['change', await first('changes/*/index.html')],
      ['routine', await first('routines/*/*/index.html')],
      ['report-daily', await first('reports/daily/*/index.html')],
      ['report-weekly', await first('reports/weekly/*/index.html')],
      ['report-monthly', await first('reports/monthly/*/index.html')],
      ['report-quarterly', await first('reports/quarterly/*/index.html')],
      ['guide', '/guide/incident-response/'],
      ['service', await first('services/*/index.html')],
      ['tag', await first('tags/*/index.html')],
      ['rule', '/rules/incident/escalation/'],
      ['compliance', '/compliance/'],
      ['frontmatter-reference', '/reference/frontmatter/'],
    );
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(width: number): Promise<Page> {
    return browser.newPage({ viewport: { width, height: 844 }, isMobile: width < 600, locale: 'ko-KR' });
  }

  for (const width of [390, 1280]) {
    it(`has no squeezed, undersized or sideways text at ${width} px on any page kind`, async () => {
      const page = await open(width);
      const problems: string[] = [];
      try {
        for (const [kind, url] of pages) {
          await page.goto(`${server.url}${url}`, { waitUntil: 'load' });
          const m = await page.evaluate(measure, { minText: MIN_TEXT_PX, minChars: MIN_CHARS_PER_LINE, minTitle: MIN_TITLE_PX });
          for (const s of m.small) problems.push(`${kind} ${url}: small text ${s}`);
          for (const s of m.squeezed) problems.push(`${kind} ${url}: squeezed ${s}`);
          for (const s of m.narrowTitles) problems.push(`${kind} ${url}: narrow title ${s}`);
          if (m.overflow > 1) problems.push(`${kind} ${url}: scrolls sideways by ${m.overflow} px`);
          // The measures saw what they are about: list titles on list pages, drawn text where there are drawings.
          if (['runbooks', 'incidents', 'changes', 'rules'].includes(kind)) expect(m.titles, `${kind} titles`).toBeGreaterThan(3);
          if (kind === 'incident' || kind === 'report-weekly' || kind === 'report-quarterly') expect(m.svgTexts, `${kind} SVG text`).toBeGreaterThan(5);
          if (width === 390) await page.screenshot({ path: path.join(RESULTS, `phone-${kind}.png`), fullPage: true });
        }
      } finally {
        await page.close();
      }
      expect(problems).toEqual([]);
    });
  }

  it('draws the timeline and charts at 11 px or more between phone and desktop widths', async () => {
    // The drawings switch at container widths; the widths around each switch are where text is smallest.
    const problems: string[] = [];
    for (const width of [360, 600, 700, 901, 1000, 1100]) {
      const page = await open(width);
      try {
        for (const url of ['/incidents/2026-08-04-order-db-primary-failure/', pages.find(([k]) => k === 'report-weekly')![1]]) {
          await page.goto(`${server.url}${url}`, { waitUntil: 'load' });
          const m = await page.evaluate(measure, { minText: MIN_TEXT_PX, minChars: MIN_CHARS_PER_LINE, minTitle: MIN_TITLE_PX });
          expect(m.svgTexts, `${url} at ${width}`).toBeGreaterThan(5);
          for (const s of m.small.filter((x) => x.includes(' svg '))) problems.push(`${url} at ${width} px: ${s}`);
        }
      } finally {
        await page.close();
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps the phone cards accessible: no serious or critical axe violations at 390 px', async () => {
    const page = await open(390);
    const found: string[] = [];
    try {
      for (const [kind, url] of pages.filter(([k]) =>
        ['runbooks', 'incidents', 'changes', 'incident', 'report-weekly', 'guide', 'frontmatter-reference'].includes(k),
      )) {
        await page.goto(`${server.url}${url}`, { waitUntil: 'load' });
        await page.evaluate(AXE);
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
          return (await axe.run()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
        });
        for (const v of violations) found.push(`${kind} ${url}: ${v}`);
      }
    } finally {
      await page.close();
    }
    expect(found).toEqual([]);
  });

  it('shows no raw enum value on a report page', async () => {
    const raw = [
      INCIDENT_STATUS_LABELS,
      CHANGE_TYPE_LABELS,
      CHANGE_OUTCOME_LABELS,
      OUTCOME_LABELS,
      SLA_LABELS,
      ESCALATION_LABELS,
      ROUTINE_STATUS_LABELS,
      SYSTEM_STATUS_LABELS,
      ACTION_STATUS_LABELS,
      DETECTION_LABELS,
    ].flatMap((labels) => Object.keys(labels));
    const word = new RegExp(`(?<![\\w/.-])(${raw.map((v) => v.replace(/-/g, '\\-')).join('|')})(?![\\w/.-])`, 'g');
    const page = await open(1280);
    const found: string[] = [];
    try {
      for (const [kind, url] of pages.filter(([k]) => k.startsWith('report'))) {
        await page.goto(`${server.url}${url}`, { waitUntil: 'load' });
        // What a reader sees, leaving out the narrative people wrote and code (rule ids, file paths).
        const text = await page.evaluate(() => {
          const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
          for (const el of main.querySelectorAll('.prose, code, pre, .visually-hidden')) el.remove();
          return main.textContent ?? '';
        });
        expect(text.length, url).toBeGreaterThan(200);
        for (const m of text.matchAll(word)) found.push(`${kind} ${url}: "${m[0]}" in …${text.slice(Math.max(0, m.index - 30), m.index + 30)}…`);
      }
    } finally {
      await page.close();
    }
    expect(found).toEqual([]);
  });
});
