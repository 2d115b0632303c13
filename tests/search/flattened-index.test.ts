/**
 * The copy of a page pagefind reads leaves out what pagefind makes nothing of: everything outside the
 * indexed elements but the title (src/node/search-index.ts, `onlyIndexed`), the body's plain tags and its
 * skipped subtrees (src/lib/search/html-text.ts, `flatten`), because pagefind's parser spends most of its
 * time on elements. That is only allowed if the index comes out the same: every page of the example
 * site is indexed both ways, whole and as the build sends it, and the two indexes are compared file by file.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { glob } from 'tinyglobby';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { scanPage } from '../../src/lib/search/html-text.ts';
import { forIndex, indexedContent, pageUrl } from '../../src/node/search-index.ts';

const dist = inject('siteDist');

describe.skipIf(!dist)('the flattened copy of the example site', () => {
  let out: string;
  afterAll(async () => {
    await pagefind.close();
    if (out) await rm(out, { recursive: true, force: true });
  });

  it('gives pagefind the same index, byte for byte, as the whole pages', { timeout: 120_000 }, async () => {
    out = await mkdtemp(path.join(os.tmpdir(), 'opsbook-flattened-'));
    const files = (await glob('**/*.html', { cwd: dist, ignore: ['pagefind/**'] })).sort();
    const copies = { whole: 0, flat: 0 };
    const written: Record<keyof typeof copies, string> = { whole: path.join(out, 'whole'), flat: path.join(out, 'flat') };
    for (const kind of ['whole', 'flat'] as const) {
      const { index } = await pagefind.createIndex({ forceLanguage: 'ko' });
      for (const file of files) {
        const html = readFileSync(path.join(dist, file), 'utf8');
        // The whole page (element boundaries spaced, its sub-word forms added) against what the build sends.
        const page = scanPage(html, { flatten: kind === 'flat' });
        if (!page.hasBody) continue;
        const content = kind === 'flat' ? indexedContent(html, page) : forIndex(page.html, page);
        copies[kind] += content.length;
        expect((await index!.addHTMLFile({ url: pageUrl(file), content })).errors).toEqual([]);
      }
      expect((await index!.writeFiles({ outputPath: written[kind] })).errors).toEqual([]);
    }
    // The flattening happened (the pages carry lists, tables, code, badges, timelines)…
    expect(copies.flat).toBeLessThan(copies.whole * 0.5);
    // …and pagefind cannot tell.
    const listing = async (dir: string) => (await glob('**/*', { cwd: dir })).sort();
    const names = await listing(written.whole);
    expect(names.length).toBeGreaterThan(10);
    expect(await listing(written.flat)).toEqual(names);
    for (const name of names) {
      const [a, b] = await Promise.all([readFile(path.join(written.whole, name)), readFile(path.join(written.flat, name))]);
      expect(b.equals(a), name).toBe(true);
    }
  });
});
