/**
 * What a browser downloads to search the built site: pagefind's own JS runs in this process with a
 * `fetch` that serves `dist/pagefind/` from disk and counts bytes, so the figures follow pagefind's real
 * loading logic (entry, meta, wasm, index chunks, then the fragments of the results a page shows).
 * Files are counted as stored: pagefind already compresses its index, wasm and fragments.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface SearchCost {
  first_query_bytes: number;
  second_query_bytes: number;
  queries: [string, string];
  /** Results found per query (0 means the query measured only the index lookup). */
  results: [number, number];
  /** Bytes per fetched file for the first query, to see what dominates. */
  first_query_files: Record<string, number>;
}

const ORIGIN = 'http://bench.invalid';
/** Pagefind's default UI shows five results, loading one fragment each. */
const SHOWN = 5;

interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
}

export async function measureSearch(distDir: string, queries: [string, string] = ['복제 지연', '메모리 누수']): Promise<SearchCost> {
  const dir = path.join(distDir, 'pagefind');
  const fetched = new Map<string, number>();
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, ORIGIN);
    const file = path.join(dir, decodeURIComponent(url.pathname.replace(/^\/pagefind\//, '')));
    try {
      const bytes = await readFile(file);
      fetched.set(path.relative(dir, file), bytes.length);
      return new Response(bytes, { status: 200, headers: { 'content-type': file.endsWith('.json') ? 'application/json' : 'application/octet-stream' } });
    } catch {
      return new Response('not found', { status: 404 });
    }
  }) as typeof fetch;
  try {
    // A fresh module instance per measurement, so nothing is cached from an earlier call.
    const api = (await import(`${pathToFileURL(path.join(dir, 'pagefind.js')).href}?bench=${Date.now()}`)) as PagefindApi;
    await api.options({ basePath: `${ORIGIN}/pagefind/` });
    const runtime = (await stat(path.join(dir, 'pagefind.js'))).size;
    const run = async (q: string) => {
      const before = new Map(fetched);
      const { results } = await api.search(q);
      await Promise.all(results.slice(0, SHOWN).map((r) => r.data()));
      const files: Record<string, number> = {};
      for (const [f, b] of fetched) if (!before.has(f)) files[f] = b;
      return { files, bytes: Object.values(files).reduce((a, b) => a + b, 0), count: results.length };
    };
    const first = await run(queries[0]);
    const second = await run(queries[1]);
    return {
      first_query_bytes: runtime + first.bytes,
      second_query_bytes: second.bytes,
      queries,
      results: [first.count, second.count],
      first_query_files: { 'pagefind.js': runtime, ...first.files },
    };
  } finally {
    globalThis.fetch = realFetch;
  }
}
