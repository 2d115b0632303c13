/**
 * Hands each page Astro renders to the search indexer while the site is being built, so pagefind works
 * on the other core during rendering instead of re-reading every page from dist/ afterwards.
 *
 * The opsbook integration (src/integration/) registers a sink and adds this file as Astro middleware for
 * builds only. The middleware runs from Astro's bundle, not the integration's module instance, hence the
 * hand-off through `globalThis`. In `astro dev` the middleware is not added; were it added without a sink,
 * it would pass every response through untouched. The page written to dist/ is exactly the HTML the
 * indexer was offered.
 */
import type { MiddlewareHandler } from 'astro';

export interface PageSink {
  /** Offers a page by its path in dist (`runbooks/x/index.html`); resolves when the next page may render. */
  offer(file: string, html: string): Promise<void>;
}

const KEY = Symbol.for('opsbook.search-page-sink');
type Holder = { [KEY]?: PageSink };

export function setPageSink(sink: PageSink | undefined): void {
  (globalThis as Holder)[KEY] = sink;
}

/** The file Astro writes for a page path with `build.format: 'directory'`, or undefined if not an HTML page. */
export function distFile(base: string, pathname: string): string | undefined {
  let rel = decodeURIComponent(pathname);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (rel.startsWith(prefix)) rel = rel.slice(prefix.length);
  else if (rel === base) rel = '';
  else rel = rel.replace(/^\//, '');
  if (rel === '' || rel.endsWith('/')) return `${rel}index.html`;
  return rel.endsWith('.html') ? rel : undefined;
}

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const sink = (globalThis as Holder)[KEY];
  if (!sink || response.status !== 200 || !response.headers.get('content-type')?.includes('text/html')) return response;
  const file = distFile(import.meta.env.BASE_URL, context.url.pathname);
  if (!file) return response;
  const html = await response.text();
  await sink.offer(file, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
};
