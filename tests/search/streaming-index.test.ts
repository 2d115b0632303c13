/**
 * `npm run build` offers pages to the search index while Astro renders them (src/site/search-capture.ts);
 * whatever was not offered is read from dist/ at the end, so the index covers the same pages.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onlyIndexed, startIndexing, startIndexingInWorker } from '../../src/node/search-index.ts';
import { scanPage } from '../../src/lib/search/html-text.ts';
import { distFile } from '../../src/site/search-capture.ts';

describe('distFile', () => {
  it('maps a page path to the file Astro writes for it', () => {
    expect(distFile('/', '/')).toBe('index.html');
    expect(distFile('/', '/runbooks/a/')).toBe('runbooks/a/index.html');
    expect(distFile('/ops/', '/ops/')).toBe('index.html');
    expect(distFile('/ops/', '/ops/tags/%EB%AA%A8%EB%8B%88%ED%84%B0%EB%A7%81/')).toBe('tags/모니터링/index.html');
    expect(distFile('/ops', '/ops/incidents/x/')).toBe('incidents/x/index.html');
  });

  it('leaves out what is not an HTML page', () => {
    expect(distFile('/', '/api/runbooks.json')).toBeUndefined();
  });
});

describe('startIndexing', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'opsbook-stream-index-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each([
    ['in this thread', startIndexing],
    ['on a worker thread', startIndexingInWorker],
  ])('indexes offered pages and the rest of dist once each (%s)', async (_, start) => {
    const page = (title: string) => `<html lang="ko"><body><nav>메뉴</nav><main data-pagefind-body><h1>${title}</h1><p>${title} 본문</p></main></body></html>`;
    await mkdir(path.join(dir, 'runbooks/a'), { recursive: true });
    await mkdir(path.join(dir, 'runbooks/b'), { recursive: true });
    await writeFile(path.join(dir, 'index.html'), '<html lang="ko"><body><p>목록 페이지</p></body></html>');
    await writeFile(path.join(dir, 'runbooks/a/index.html'), page('복제 지연'));
    await writeFile(path.join(dir, 'runbooks/b/index.html'), page('메모리 누수'));

    await rm(path.join(dir, 'pagefind'), { recursive: true, force: true });
    const indexer = await start();
    await indexer.offer('runbooks/a/index.html', page('복제 지연'));
    await indexer.offer('runbooks/a/index.html', page('복제 지연'));
    await indexer.offer('index.html', '<html lang="ko"><body><p>목록 페이지</p></body></html>');
    // runbooks/b was never offered: it is read from disk.
    expect(await indexer.finish(dir)).toEqual({ pages: 2 });
    expect(existsSync(path.join(dir, 'pagefind/pagefind.js'))).toBe(true);
  });
});

describe('startIndexingInWorker', () => {
  it('reports the indexer\'s errors as they read without a worker', async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), 'opsbook-stream-empty-'));
    const indexer = await startIndexingInWorker();
    await expect(indexer.finish(empty)).rejects.toThrow(/no HTML pages in .*run the site build/);
    await rm(empty, { recursive: true, force: true });
  });
});

describe('onlyIndexed', () => {
  const head = '<html lang="ko"><head><title>t</title></head>';
  it('sends pagefind the head and the indexed elements only', () => {
    const html = `${head}<body><nav>메뉴</nav><main><article data-pagefind-body><h1>복제 지연</h1><article>안쪽</article></article></main><script>x()</script></body></html>`;
    expect(onlyIndexed(html, scanPage(html).bodies)).toBe(`${head}<body><article data-pagefind-body><h1>복제 지연</h1><article>안쪽</article></article></body></html>`);
  });

  it('keeps the whole page when something outside the body is read by pagefind', () => {
    const filter = `${head}<body><span data-pagefind-filter="kind:runbook"></span><article data-pagefind-body><h1>제목</h1></article></body></html>`;
    expect(onlyIndexed(filter, scanPage(filter).bodies)).toBe(filter);
    const image = `${head}<body><img src="a.png" alt=""><article data-pagefind-body><h1>제목</h1></article></body></html>`;
    expect(onlyIndexed(image, scanPage(image).bodies)).toBe(image);
    const none = `${head}<body><p>목록</p></body></html>`;
    expect(onlyIndexed(none, scanPage(none).bodies)).toBe(none);
  });
});
