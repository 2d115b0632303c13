/**
 * `npm run build` renders the documents (the pages search indexes) before everything else, so the search
 * index is written while the rest render (src/site/render-order.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_KINDS_IN_RENDER_ORDER,
  SEARCH_INDEXED_ROUTES,
  searchPagesFirst,
  stoppingAtFirstFailure,
  withSearchPagesFirst,
} from '../../src/site/render-order.ts';
import type { AstroPrerenderer } from 'astro';

const root = path.resolve(import.meta.dirname, '../..');
type Entry = Parameters<typeof searchPagesFirst>[0][number];
const entry = (pathname: string, component: string, cacheKey?: string) => ({ pathname, route: { component }, cacheKey }) as unknown as Entry;

describe('searchPagesFirst', () => {
  const paths = [
    entry('/api/reports/daily/2026-11-01.json', 'src/pages/api/reports/[cadence]/[period].json.ts'),
    entry('/changes/c1/', 'src/pages/changes/[id].astro'),
    entry('/reports/daily/2026-11-01/', 'src/pages/reports/[cadence]/[period].astro'),
    entry('/runbooks/r1', 'src/pages/runbooks/[id].astro'),
    entry('/changes/c2/', 'src/pages/changes/[id].astro'),
    entry('/', 'src/pages/index.astro'),
  ];

  it('puts the indexed routes first and keeps every path once, each group in its order', () => {
    const { ordered } = searchPagesFirst(paths, '/');
    expect(ordered.map((p) => p.pathname)).toEqual([
      '/changes/c1/',
      '/reports/daily/2026-11-01/',
      '/runbooks/r1',
      '/changes/c2/',
      '/api/reports/daily/2026-11-01.json',
      '/',
    ]);
  });

  it('names the files the indexed pages are written to, under the site base', () => {
    expect(searchPagesFirst(paths, '/').indexed.map((p) => p.file)).toEqual([
      'changes/c1/index.html',
      'reports/daily/2026-11-01/index.html',
      'runbooks/r1/index.html',
      'changes/c2/index.html',
    ]);
    const based = [entry('/ops/runbooks/r1/', 'src/pages/runbooks/[id].astro')];
    expect(searchPagesFirst(based, '/ops/').indexed.map((p) => p.file)).toEqual(['runbooks/r1/index.html']);
  });

  it('renders the indexed pages whose key changed before those the previous build had with the same key, and names them in the same order', () => {
    const keyed = [
      entry('/runbooks/r1/', 'src/pages/runbooks/[id].astro', 'k1'),
      entry('/runbooks/r2/', 'src/pages/runbooks/[id].astro', 'k2-new'),
      entry('/', 'src/pages/index.astro', 'k0'),
      entry('/incidents/i1/', 'src/pages/incidents/[id].astro', 'k3'),
      entry('/incidents/i2/', 'src/pages/incidents/[id].astro'),
    ];
    const previous: Record<string, string> = { '/runbooks/r1/': 'k1', '/runbooks/r2/': 'k2', '/': 'k0', '/incidents/i1/': 'k3' };
    const { ordered, indexed } = searchPagesFirst(keyed, '/', (_component, pathname) => previous[pathname]);
    expect(ordered.map((p) => p.pathname)).toEqual(['/runbooks/r2/', '/incidents/i2/', '/runbooks/r1/', '/incidents/i1/', '/']);
    expect(indexed).toEqual([
      { file: 'runbooks/r1/index.html', key: 'k1', restorable: true },
      { file: 'runbooks/r2/index.html', key: 'k2-new', restorable: false },
      { file: 'incidents/i1/index.html', key: 'k3', restorable: true },
      { file: 'incidents/i2/index.html', key: undefined, restorable: false },
    ]);
    // A build from nothing keeps Astro's order.
    expect(searchPagesFirst(keyed, '/').ordered.map((p) => p.pathname)).toEqual(['/runbooks/r1/', '/runbooks/r2/', '/incidents/i1/', '/incidents/i2/', '/']);
  });

  it("wraps Astro's prerenderer: same pages and renderer, new order, told before rendering", async () => {
    const rendered: string[] = [];
    const astros = {
      name: 'astro:default',
      getStaticPaths: async () => paths,
      render: async (request: Request) => (rendered.push(new URL(request.url).pathname), new Response('ok')),
    };
    let told: unknown[] = [];
    const wrapped = withSearchPagesFirst(
      astros,
      '/',
      () => undefined,
      (pages) => (told = pages),
    );
    const ordered = await wrapped.getStaticPaths();
    expect(told).toHaveLength(4);
    expect(ordered).toHaveLength(paths.length);
    await wrapped.render(new Request('http://x/changes/c1/'), { routeData: ordered[0]!.route });
    expect(rendered).toEqual(['/changes/c1/']);
  });
});

describe('SEARCH_INDEXED_ROUTES', () => {
  it('lists exactly the pages with indexed content: the Document layout or their own data-pagefind-body', async () => {
    const pages = await glob('src/pages/**/*.astro', { cwd: root });
    const indexed = pages.filter((p) => /layouts\/Document\.astro['"]|\sdata-pagefind-body[\s=>]/.test(readFileSync(path.join(root, p), 'utf8')));
    expect([...SEARCH_INDEXED_ROUTES].sort()).toEqual(indexed.sort());
  });
});

describe('the document kinds in render order', () => {
  it('follow the document routes of SEARCH_INDEXED_ROUTES, in their order', () => {
    const folders = { runbook: 'runbooks', incident: 'incidents', change: 'changes', routine: 'routines', guide: 'guide', report: 'reports' } as const;
    const routeFolders = SEARCH_INDEXED_ROUTES.map((r) => r.split('/')[2]);
    const positions = DOCUMENT_KINDS_IN_RENDER_ORDER.map((k) => routeFolders.indexOf(folders[k]));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});

describe('stoppingAtFirstFailure', () => {
  it('renders nothing more once a page has failed: later renders never settle and never reach Astro', async () => {
    const asked: string[] = [];
    const astros: AstroPrerenderer = {
      name: 'astro',
      getStaticPaths: async () => [],
      render: async (request) => {
        asked.push(new URL(request.url).pathname);
        if (request.url.endsWith('/boom/')) throw new Error('a page that cannot render');
        return new Response('ok');
      },
    };
    const stopping = stoppingAtFirstFailure(astros);
    const render = (pathname: string) => stopping.render(new Request(`http://localhost${pathname}`), { routeData: {} as never });
    expect(await render('/a/')).toBeInstanceOf(Response);
    await expect(render('/boom/')).rejects.toThrow('a page that cannot render');
    const after = await Promise.race([render('/b/').then(() => 'settled'), new Promise((resolve) => setTimeout(() => resolve('pending'), 50))]);
    expect(after).toBe('pending');
    expect(asked).toEqual(['/a/', '/boom/']);
  });
});
