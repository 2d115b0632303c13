/**
 * Print for auditors: the compliance page, a quarterly report and an incident postmortem print from
 * Chromium to clean A4 PDFs: a sensible page count, their text there, no navigation, link targets shown.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveChromium, launchChromium } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../search/helpers.ts';
import { exampleHandbook, siteDist } from './dist.ts';

async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string; size: number[] }> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
  let text = '';
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const content = await page.getTextContent();
    text += `${content.items.map((item) => ('str' in item ? item.str : '')).join('')}\n`;
  }
  const first = await pdf.getPage(1);
  const [, , width, height] = first.view;
  return { pages: pdf.numPages, text, size: [Math.round(width!), Math.round(height!)] };
}

describe.skipIf(!haveChromium())('print', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    browser = await launchChromium();
    server = await serveStatic(siteDist());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function print(url: string) {
    const page = await browser.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${server.url}${url}`);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    await page.close();
    return pdfText(new Uint8Array(pdf));
  }

  it.each([
    ['/compliance/', '컴플라이언스', 1, 12],
    ['/reports/quarterly/2026-Q3/', '2026년 3분기', 1, 12],
  ])(
    '%s prints to A4 with its text and without the navigation',
    async (url, heading, min, max) => {
      const { pages, text, size } = await print(url);
      // A4 is 595.28 × 841.89 pt.
      expect(Math.abs(size[0]! - 595)).toBeLessThanOrEqual(1);
      expect(Math.abs(size[1]! - 842)).toBeLessThanOrEqual(1);
      expect(pages).toBeGreaterThanOrEqual(min);
      expect(pages).toBeLessThanOrEqual(max);
      expect(text).toContain(heading);
      expect(text).not.toContain('사이트 탐색');
      expect(text).not.toContain('테마 전환');
    },
    120_000,
  );

  it('an incident postmortem prints with its title and the targets of its links', async () => {
    const handbook = await exampleHandbook();
    const incident = handbook.documents.find((d) => d.kind === 'incident' && d.visibility === 'public' && d.data.postmortem && /\]\(/.test(d.body));
    expect(incident).toBeDefined();
    const { pages, text } = await print(`/incidents/${incident!.id}/`);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(12);
    expect(text.replace(/\s+/g, '')).toContain((incident!.data as { title: string }).title.replace(/\s+/g, ''));
    // A printed link says where it goes: its target follows it in brackets.
    const target = /\]\(([^)\s]+)\)/.exec(incident!.body)![1]!;
    expect(text.replace(/\s+/g, '')).toContain(`(${target})`.replace(/\s+/g, ''));
  }, 120_000);
});
