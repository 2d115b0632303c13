/**
 * `npm run build` offers pages to the search index while Astro renders them (src/site/search-capture.ts);
 * whatever was not offered is read from dist/ at the end, so the index covers the same pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { measureSearch } from '../../src/bench/search.ts';
import { onlyIndexed, startIndexing, startIndexingInWorker } from '../../src/node/search-index.ts';
import { scanPage } from '../../src/lib/search/html-text.ts';
import { distFile } from '../../src/site/search-capture.ts';

/** Both ways the build can run the indexer: each behaviour holds for both. */
const INDEXERS = [
  ['in this thread', startIndexing],
  ['on a worker thread', startIndexingInWorker],
] as const;

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

  it.each(INDEXERS)('indexes offered pages and the rest of dist once each (%s)', async (_, start) => {
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
    expect(await indexer.finish(dir)).toMatchObject({ pages: 2 });
    expect(existsSync(path.join(dir, 'pagefind/pagefind.js'))).toBe(true);
  });
});

describe('startIndexingInWorker', () => {
  it("reports the indexer's errors as they read without a worker", async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), 'opsbook-stream-empty-'));
    const indexer = await startIndexingInWorker();
    await expect(indexer.finish(empty)).rejects.toThrow(/no HTML pages in .*run the site build/);
    await rm(empty, { recursive: true, force: true });
  });
});

describe('onlyIndexed', () => {
  // The scan's copy of the page (element boundaries spaced, not flattened) and where its bodies are in that copy.
  const cut = (html: string) => {
    const scanned = scanPage(html, { flatten: false });
    return { copy: scanned.html, kept: onlyIndexed(scanned.html, scanned.bodies) };
  };
  const tight = (html: string) => html.replace(/ </g, '<');
  const head = '<html lang="ko"><head><title>t</title></head>';
  it('sends pagefind the head and the indexed elements only', () => {
    const html = `${head}<body><nav>메뉴</nav><main><article data-pagefind-body><h1>복제 지연</h1><article>안쪽</article></article></main><script>x()</script></body></html>`;
    expect(tight(cut(html).kept)).toBe(`${head}<body><article data-pagefind-body><h1>복제 지연</h1><article>안쪽</article></article></body></html>`);
  });

  it('keeps only the title of the head, unless something there is read by pagefind', () => {
    const styled =
      '<html lang="ko"><head><meta charset="utf-8"><title>복제 &amp; 지연</title><style>p{color:red}</style><link rel="stylesheet" href="/a.css"></head>';
    const body = '<body><main data-pagefind-body><h1>제목</h1></main></body></html>';
    expect(tight(cut(styled + body).kept)).toBe('<html lang="ko"><head><title>복제 &amp; 지연</title></head>' + body);
    const untitled = '<html lang="ko"><head><meta charset="utf-8"></head>';
    expect(tight(cut(untitled + body).kept)).toBe('<html lang="ko"><head></head>' + body);
    const read = '<html lang="ko"><head><meta data-pagefind-meta="image[content]" content="/a.png"><title>t</title></head>';
    expect(tight(cut(read + body).kept)).toBe(read + body);
  });

  it('keeps the whole page when something outside the body is read by pagefind', () => {
    const filter = `${head}<body><span data-pagefind-filter="kind:runbook"></span><article data-pagefind-body><h1>제목</h1></article></body></html>`;
    const image = `${head}<body><img src="a.png" alt=""><article data-pagefind-body><h1>제목</h1></article></body></html>`;
    const none = `${head}<body><p>목록</p></body></html>`;
    for (const html of [filter, image, none]) {
      const { copy, kept } = cut(html);
      expect(kept).toBe(copy);
      expect(tight(copy)).toBe(html);
    }
  });
});

// Timing-sensitive (a worker thread and pagefind's writes): repeated so a race shows up here, not in CI.
describe('the early write (expect)', { repeats: 3 }, () => {
  const page = (title: string) => `<html lang="ko"><body><main data-pagefind-body><h1>${title}</h1><p>${title} 본문</p></main></body></html>`;
  const list = '<html lang="ko"><body><p>목록 페이지</p></body></html>';
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'opsbook-early-index-'));
    await writeFile(path.join(dir, 'index.html'), list);
  });
  // As Astro does: a rendered page is offered, then written to dist/.
  const write = async (file: string, html: string) => {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), html);
  };
  const render = async (indexer: Awaited<ReturnType<typeof startIndexing>>, file: string, html: string) => {
    await indexer.offer(file, html);
    await write(file, html);
  };
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
    await rm(`${dir}-cache`, { recursive: true, force: true });
  });
  const entry = () => path.join(dir, 'pagefind', 'pagefind-entry.json');
  // Written, not only created (a busy machine shows the file a moment before its content lands). Whether
  // finish wrote again is read from its result, never from file times: those made this test flaky.
  const entryWritten = () => expect(JSON.parse(readFileSync(entry(), 'utf8'))).toBeTruthy();

  it.each(INDEXERS)('writes the index as soon as the expected pages are in, and not again at finish (%s)', async (_, start) => {
    const indexer = await start();
    indexer.expect(dir, ['runbooks/a/index.html', 'runbooks/b/index.html']);
    await render(indexer, 'runbooks/a/index.html', page('복제 지연'));
    expect(existsSync(entry())).toBe(false);
    await render(indexer, 'runbooks/b/index.html', page('메모리 누수'));
    await vi.waitFor(entryWritten, { timeout: 20_000, interval: 50 });
    // A page without indexed content changes nothing: the early write is the index.
    await indexer.offer('index.html', list);
    expect(await indexer.finish(dir)).toEqual({ pages: 2, writes: 1, reused: 0, startedOver: false });
    expect((await measureSearch(dir, ['복제', '누수'])).results).toEqual([1, 1]);
  });

  it.each(INDEXERS)('writes again when an indexed page arrives after the early write (%s)', async (_, start) => {
    const indexer = await start();
    indexer.expect(dir, ['runbooks/a/index.html']);
    await render(indexer, 'runbooks/a/index.html', page('복제 지연'));
    await vi.waitFor(entryWritten, { timeout: 20_000, interval: 50 });
    // runbooks/b was not expected and is not offered either: finish reads it from dist/ and writes again.
    await write('runbooks/b/index.html', page('메모리 누수'));
    expect(await indexer.finish(dir)).toEqual({ pages: 2, writes: 2, reused: 0, startedOver: false });
    expect((await measureSearch(dir, ['복제', '누수'])).results).toEqual([1, 1]);
  });

  it('writes at finish as before when an expected page never comes', async () => {
    const indexer = await startIndexing();
    indexer.expect(dir, ['runbooks/a/index.html', 'runbooks/gone/index.html']);
    await render(indexer, 'runbooks/a/index.html', page('복제 지연'));
    await write('runbooks/b/index.html', page('메모리 누수'));
    expect(await indexer.finish(dir)).toEqual({ pages: 2, writes: 1, reused: 0, startedOver: false });
    expect((await measureSearch(dir, ['복제', '누수'])).results).toEqual([1, 1]);
  });

  it.each(INDEXERS)('a page restored by an incremental build (in dist/, never offered) takes its expected place (%s)', async (_, start) => {
    const files = ['runbooks/a/index.html', 'runbooks/b/index.html', 'runbooks/c/index.html'];
    const html = [page('복제 지연'), page('메모리 누수'), page('디스크 부족')];
    // Astro's cache of the previous build: what a restored page is copied from.
    const cache = `${dir}-cache`;
    for (const [i, file] of files.entries()) {
      await mkdir(path.dirname(path.join(cache, file)), { recursive: true });
      await writeFile(path.join(cache, file), html[i]!);
    }
    const build = async (restored: number | undefined) => {
      await rm(path.join(dir, 'runbooks'), { recursive: true, force: true });
      await rm(path.join(dir, 'pagefind'), { recursive: true, force: true });
      const indexer = await start();
      indexer.expect(dir, files, cache);
      for (const [i, file] of files.entries()) {
        if (i === restored) await write(file, html[i]!);
        else await render(indexer, file, html[i]!);
      }
      await indexer.finish(dir);
      return readFileSync(entry(), 'utf8');
    };
    const rendered = await build(undefined);
    expect(await build(0)).toBe(rendered);
    expect(await build(1)).toBe(rendered);
  });

  const indexFiles = async () => {
    const written = await glob('**', { cwd: path.join(dir, 'pagefind') });
    return Object.fromEntries(written.sort().map((f) => [f, readFileSync(path.join(dir, 'pagefind', f)).toString('base64')]));
  };
  /** A build of `html` (one page each of `files`): the pages not in `rendered` are restored, copied to dist/ as Astro does, never offered. */
  const buildWithStore = async (
    start: (typeof INDEXERS)[number][1],
    html: readonly string[],
    keys: readonly string[],
    restorable: readonly boolean[],
    rendered: ReadonlySet<number>,
  ) => {
    const files = ['runbooks/a/index.html', 'runbooks/b/index.html', 'runbooks/c/index.html'];
    await rm(path.join(dir, 'runbooks'), { recursive: true, force: true });
    await rm(path.join(dir, 'pagefind'), { recursive: true, force: true });
    const indexer = await start();
    indexer.expect(dir, files, `${dir}-cache`, { keys, restorable, store: path.join(`${dir}-cache`, 'copies.jsonl') });
    // Astro starts rendering a moment later: the stored copies have gone by then (a page offered first is taken as offered).
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (const [i, file] of files.entries()) await (rendered.has(i) ? render(indexer, file, html[i]!) : write(file, html[i]!));
    const result = await indexer.finish(dir);
    return { result, index: await indexFiles() };
  };
  const all = new Set([0, 1, 2]);

  it.each(INDEXERS)(
    "sends an unchanged page's stored copy without reading the page, and writes the index a build reading every page writes (%s)",
    async (_, start) => {
      const before = [page('복제 지연'), page('메모리 누수'), page('디스크 부족')];
      const after = [before[0]!, page('메모리 누수 재발'), before[2]!];
      const first = await buildWithStore(start, before, ['ka', 'kb', 'kc'], [false, false, false], all);
      expect(first.result).toMatchObject({ pages: 3, reused: 0 });
      // Only b's key changed: a and c go from the store, not read back from dist/.
      const incremental = await buildWithStore(start, after, ['ka', 'kb2', 'kc'], [true, false, true], new Set([1]));
      expect(incremental.result).toMatchObject({ pages: 3, reused: 2, startedOver: false });
      await rm(`${dir}-cache`, { recursive: true, force: true });
      const clean = await buildWithStore(start, after, ['ka', 'kb2', 'kc'], [false, false, false], all);
      expect(clean.result).toMatchObject({ reused: 0 });
      expect(incremental.index).toEqual(clean.index);
    },
  );

  it.each(INDEXERS)('starts the index again when a page whose copy was sent is rendered after all and gives another copy (%s)', async (_, start) => {
    const before = [page('복제 지연'), page('메모리 누수'), page('디스크 부족')];
    await buildWithStore(start, before, ['ka', 'kb', 'kc'], [false, false, false], all);
    // Same keys, so every copy is sent; but a route's code changed and Astro renders a anew.
    const after = [page('복제 지연 (새 화면)'), before[1]!, before[2]!];
    const incremental = await buildWithStore(start, after, ['ka', 'kb', 'kc'], [true, true, true], new Set([0]));
    expect(incremental.result).toMatchObject({ pages: 3, startedOver: true });
    // Rendered again with the same copy: nothing to start again.
    const same = await buildWithStore(start, after, ['ka', 'kb', 'kc'], [true, true, true], new Set([1]));
    expect(same.result).toMatchObject({ pages: 3, reused: 3, startedOver: false });
    await rm(`${dir}-cache`, { recursive: true, force: true });
    const clean = await buildWithStore(start, after, ['ka', 'kb', 'kc'], [false, false, false], all);
    expect(incremental.index).toEqual(clean.index);
    expect(same.index).toEqual(clean.index);
  });

  it('the index is the same whether pagefind gets the pages in one burst or one answer at a time', async () => {
    // Pages are sent without waiting for pagefind's answer to the one before; pagefind handles them in
    // the order they came, so a burst (every page offered early, released at once when the first comes)
    // gives the files the same pages sent one at a time give.
    const files = Array.from({ length: 40 }, (_, i) => `runbooks/p${String(i).padStart(2, '0')}/index.html`);
    const html = files.map((_, i) => page(`장애 ${i} 복제 지연 메모리 누수 ${'디스크 '.repeat(i % 7)}`));
    const build = async (burst: boolean) => {
      await rm(path.join(dir, 'pagefind'), { recursive: true, force: true });
      const indexer = await startIndexing();
      indexer.expect(dir, files);
      const order = burst ? [...files.keys()].reverse() : [...files.keys()];
      for (const i of order) {
        await indexer.offer(files[i]!, html[i]!);
        // One at a time: the page is answered before the next is offered.
        if (!burst) await new Promise((resolve) => setTimeout(resolve, 15));
      }
      expect(await indexer.finish(dir)).toMatchObject({ pages: 40 });
      const written = await glob('**', { cwd: path.join(dir, 'pagefind') });
      return Object.fromEntries(written.sort().map((f) => [f, readFileSync(path.join(dir, 'pagefind', f)).toString('base64')]));
    };
    const oneAtATime = await build(false);
    expect(Object.keys(oneAtATime).length).toBeGreaterThan(40);
    expect(await build(true)).toEqual(oneAtATime);
  });

  it.each(INDEXERS)('a restored page whose copy is not complete yet is waited for, even when later pages are in (%s)', async (_, start) => {
    // Astro renders and restores several pages at once: page b is offered while a's copy is half written.
    const files = ['runbooks/a/index.html', 'runbooks/b/index.html'];
    const whole = page('복제 지연 데이터베이스 장애 조치');
    const cache = `${dir}-cache`;
    await mkdir(path.join(cache, 'runbooks/a'), { recursive: true });
    await writeFile(path.join(cache, files[0]!), whole);
    const indexer = await start();
    indexer.expect(dir, files, cache);
    await write(files[0]!, whole.slice(0, whole.indexOf('복제')));
    await render(indexer, files[1]!, page('메모리 누수'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(existsSync(entry())).toBe(false);
    await write(files[0]!, whole);
    await vi.waitFor(entryWritten, { timeout: 20_000, interval: 50 });
    expect(await indexer.finish(dir)).toEqual({ pages: 2, writes: 1, reused: 0, startedOver: false });
    expect((await measureSearch(dir, ['복제', '누수'])).results).toEqual([1, 1]);
  });
});
