/**
 * What a browser downloads to search the built site: pagefind's own JS runs in this process with a
 * `fetch` that serves `dist/pagefind/` from disk and counts bytes, so the figures follow pagefind's real
 * loading logic (entry, meta, wasm, index chunks, then the fragments of the results a page shows).
 * Bytes are counted as transferred: pagefind's index, wasm and fragments are stored compressed and go
 * over the wire as they are; its JavaScript is sent gzip-compressed, as every static host this site is
 * deployed to does for text (GitHub Pages, nginx's gzip). The stored sizes are reported too.
 */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROCEDURE_KINDS } from '../lib/search/filters.ts';

export interface SearchCost {
  /** Bytes transferred for the first query (text files gzip-compressed, pagefind's own files as stored). */
  first_query_bytes: number;
  second_query_bytes: number;
  /** The same files at their size on disk (no HTTP compression). */
  first_query_stored_bytes: number;
  second_query_stored_bytes: number;
  queries: [string, string];
  /** Results found per query (0 means the query measured only the index lookup). */
  results: [number, number];
  /** Bytes transferred per fetched file for the first query, to see what dominates. */
  first_query_files: Record<string, number>;
}

const ORIGIN = 'http://bench.invalid';
/** Pagefind's default UI shows five results, loading one fragment each. */
const SHOWN = 5;

interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: { data(): Promise<unknown> }[] }>;
}

export async function measureSearch(distDir: string, queries: [string, string] = ['복제 지연', '메모리 누수']): Promise<SearchCost> {
  const dir = path.join(distDir, 'pagefind');
  // file → [transferred, stored] bytes
  const fetched = new Map<string, [number, number]>();
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, ORIGIN);
    const file = path.join(dir, decodeURIComponent(url.pathname.replace(/^\/pagefind\//, '')));
    try {
      const bytes = await readFile(file);
      fetched.set(path.relative(dir, file), [transferSize(file, bytes), bytes.length]);
      return new Response(bytes, { status: 200, headers: { 'content-type': file.endsWith('.json') ? 'application/json' : 'application/octet-stream' } });
    } catch {
      return new Response('not found', { status: 404 });
    }
  }) as typeof fetch;
  try {
    // A fresh module instance per measurement, so nothing is cached from an earlier call.
    const api = (await import(`${pathToFileURL(path.join(dir, 'pagefind.js')).href}?bench=${Date.now()}`)) as PagefindApi;
    await api.options({ basePath: `${ORIGIN}/pagefind/` });
    // The page loads pagefind.js itself (an import, not pagefind's fetch).
    const runtimeFile = path.join(dir, 'pagefind.js');
    const runtimeBytes = await readFile(runtimeFile);
    const runtime: [number, number] = [transferSize(runtimeFile, runtimeBytes), runtimeBytes.length];
    const run = async (q: string) => {
      const before = new Map(fetched);
      // As the search UI runs it (src/scripts/search/engine.ts): the query, and the same query filtered
      // to the procedure kinds for the re-ranking (it adds the kind filter's chunk).
      const [{ results }] = await Promise.all([api.search(q), api.search(q, { filters: { kind: { any: [...PROCEDURE_KINDS] } } })]);
      await Promise.all(results.slice(0, SHOWN).map((r) => r.data()));
      const files: Record<string, [number, number]> = {};
      for (const [f, b] of fetched) if (!before.has(f)) files[f] = b;
      const sum = (i: 0 | 1) => Object.values(files).reduce((a, b) => a + b[i], 0);
      return { files, bytes: sum(0), stored: sum(1), count: results.length };
    };
    // The UI also loads the typo/initials vocabulary once (src/pages/search/vocabulary.json.ts).
    const vocabularyFile = path.join(distDir, 'search', 'vocabulary.json');
    const vocabularyBytes = await readFile(vocabularyFile).catch(() => Buffer.alloc(0));
    const vocabulary: [number, number] = [vocabularyBytes.length ? transferSize(vocabularyFile, vocabularyBytes) : 0, vocabularyBytes.length];
    const first = await run(queries[0]);
    const second = await run(queries[1]);
    return {
      first_query_bytes: runtime[0] + vocabulary[0] + first.bytes,
      second_query_bytes: second.bytes,
      first_query_stored_bytes: runtime[1] + vocabulary[1] + first.stored,
      second_query_stored_bytes: second.stored,
      queries,
      results: [first.count, second.count],
      first_query_files: Object.fromEntries([
        ['pagefind.js', runtime[0]],
        ['../search/vocabulary.json', vocabulary[0]],
        ...Object.entries(first.files).map(([f, b]) => [f, b[0]] as const),
      ]),
    };
  } finally {
    globalThis.fetch = realFetch;
  }
}

/** Text a static host compresses on the way out; pagefind's `.pf_*` and wasm files are gzip already. */
const COMPRESSED_IN_TRANSIT = /\.(js|mjs|json|css)$/;

/** What `file` costs on the wire: gzip (level 6, the usual server default) for text, else its size. */
export function transferSize(file: string, bytes: Buffer): number {
  return COMPRESSED_IN_TRANSIT.test(file) ? gzipSync(bytes, { level: 6 }).length : bytes.length;
}
