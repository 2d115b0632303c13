/**
 * The copies of indexed pages an incremental build hands pagefind without reading the pages again
 * (docs/architecture.md §6 and §13). A copy (`indexedContent`: what pagefind reads of a page, with its
 * Hangul forms) depends only on the page's HTML and on the code that cuts it, and a page Astro restores
 * is byte for byte the page it wrote under the same cache key. So each build keeps, beside Astro's cache,
 * every indexed page's key and copy, under a hash of that code; the next build sends the copy of each page
 * whose key is unchanged as soon as the keys are known, instead of waiting for Astro to restore the page,
 * reading it back and scanning it. A page rendered after all is checked against the copy that was sent
 * (src/node/search-index.ts).
 *
 * File: one header line `{"format","code","pages"}`, then one JSON line `[file, key, copy]` per page. Any problem
 * reading it (missing, cut short, another format or code) gives no copies: pages are then read back.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const FORMAT = 'opsbook-search-copies/1';

/** One indexed page as the store keeps it. */
export interface StoredCopy {
  /** The page's cache key (its `getStaticPaths` `cacheKey`). */
  key: string;
  /** What pagefind was given for it. */
  content: string;
}

/** Where an audience's copies live: beside Astro's incremental cache (src/node/build-output.ts, `siteCacheDir`). */
export function searchCopiesFile(cacheDir: string): string {
  return path.join(cacheDir, 'search-copies.jsonl');
}

const RELATIVE_IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/**
 * A hash of the code that turns a page into its copy: `entry` (src/node/search-index.ts) and every module
 * it imports by a relative path, transitively, so an edit to any of them (the scan, the Hangul forms)
 * discards every stored copy. Undefined when a module cannot be read: then nothing is stored or reused.
 */
export function copyCodeFingerprint(entry: string): string | undefined {
  const seen = new Set<string>();
  const queue = [path.resolve(entry)];
  const hash = createHash('sha256').update(FORMAT);
  const root = path.dirname(path.resolve(entry));
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
    hash.update(`\0${path.relative(root, file)}\0${text}`);
    for (const match of text.matchAll(RELATIVE_IMPORT)) queue.push(path.resolve(path.dirname(file), match[1]!));
  }
  return hash.digest('base64url');
}

/** The stored copies by page file, when the store was written by the same code; empty otherwise. */
export function readCopies(file: string, code: string): Map<string, StoredCopy> {
  const copies = new Map<string, StoredCopy>();
  try {
    const lines = readFileSync(file, 'utf8').split('\n');
    const header = JSON.parse(lines[0] ?? '') as { format?: unknown; code?: unknown; pages?: unknown };
    // The page count is written in the header, so a file cut short is noticed.
    if (header.format !== FORMAT || header.code !== code || header.pages !== lines.length - 2 || lines.at(-1) !== '') return copies;
    for (const line of lines.slice(1, -1)) {
      const [page, key, content] = JSON.parse(line) as unknown[];
      if (typeof page !== 'string' || typeof key !== 'string' || typeof content !== 'string') return new Map();
      copies.set(page, { key, content });
    }
  } catch {
    // Missing or damaged: no copies.
    return new Map();
  }
  return copies;
}

/** Replaces the store with these pages' copies (written aside and renamed, so a reader never sees half of it). */
export function writeCopies(file: string, code: string, pages: readonly (readonly [file: string, key: string, content: string])[]): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const lines = [JSON.stringify({ format: FORMAT, code, pages: pages.length }), ...pages.map((page) => JSON.stringify(page)), ''];
  try {
    writeFileSync(tmp, lines.join('\n'));
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** Removes the store (a build whose copies cannot be trusted). */
export function removeCopies(file: string): void {
  rmSync(file, { force: true });
}
