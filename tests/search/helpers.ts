/**
 * Test helpers for search: a static server over a built site (localhost only) and pagefind's own
 * browser JS run in Node against it, so the Korean query set is checked on the real index without a
 * browser.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { excerptAround, hasHighlight, tightenMarks } from '../../src/lib/search/excerpt.ts';
import { normalizeQuery, queryTerms } from '../../src/lib/search/query.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1 (a free port), with directory URLs mapped to their index.html. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = path.join(root, pathname);
      if (!file.startsWith(path.resolve(root))) throw new Error('outside root');
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      await stat(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

interface Hit {
  url: string;
  title: string;
  excerpt: string;
  meta: Record<string, string>;
  content: string;
}

export interface NodeSearch {
  /** Runs a query as the site's UI does (Korean normalisation first); `limit` results with data. */
  search(query: string, options?: { filters?: Record<string, string[]>; sort?: 'date'; limit?: number }): Promise<Hit[]>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

interface PagefindModule {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: Record<string, unknown>): Promise<{ results: { data(): Promise<RawData> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface RawData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
}

/** Loads `<dist>/pagefind/pagefind.js` in Node, fetching the index from `serverUrl`. */
export async function pagefindInNode(dist: string, serverUrl: string): Promise<NodeSearch> {
  const moduleUrl = pathToFileURL(path.join(dist, 'pagefind', 'pagefind.js')).href;
  const pf = (await import(moduleUrl)) as PagefindModule;
  await pf.options({ basePath: `${serverUrl}/pagefind/`, excerptLength: 30 });
  await pf.init();
  return {
    async search(query, options = {}) {
      const q = normalizeQuery(query);
      const filters = Object.fromEntries(Object.entries(options.filters ?? {}).map(([k, v]) => [k, { any: v }]));
      const sort = options.sort === 'date' || q === '' ? { sort: { date: 'desc' } } : {};
      const found = await pf.search(q === '' ? null : q, { filters, ...sort });
      const data = await Promise.all(found.results.slice(0, options.limit ?? 20).map((r) => r.data()));
      return data.map((d) => ({
        url: d.url,
        title: d.meta.title ?? '',
        // The same rule as the UI: pagefind's excerpt when it marks a match, ours otherwise.
        excerpt: hasHighlight(d.excerpt) ? tightenMarks(d.excerpt) : excerptAround(d.content, queryTerms(query)),
        meta: d.meta,
        content: d.content,
      }));
    },
    filters: () => pf.filters(),
  };
}
