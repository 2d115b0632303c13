/**
 * Builds the pagefind index of a built site (`dist/pagefind/`), with Hangul sub-word forms added as
 * index-only metadata so any Korean substring of two or more syllables finds its page. The forms are
 * added to the HTML handed to pagefind, never to the files in dist/, so no page carries them.
 * Any indexing error throws: a site whose search silently misses pages must not be published.
 */
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { glob } from 'tinyglobby';
import { hangulForms } from '../lib/search/hangul.ts';
import { indexedText, PAGEFIND_READS, scanPage, type PageText, type ScannedPage } from '../lib/search/html-text.ts';
import { ToolError } from '../lib/errors.ts';
import { copyCodeFingerprint, readCopies, removeCopies, writeCopies } from './search-copies.ts';

/** The metadata keys holding the sub-word forms of the body and of the headings; the search UI never shows them. */
export const FORMS_META_KEY = 'hangul';
export const HEADING_FORMS_META_KEY = 'hangul_head';
/** The sort key SearchMeta writes, and the value of pages without a date. */
export const SORT_KEY = 'date';
const UNDATED = '0000-00-00';

export interface IndexResult {
  /** Pages in the index. */
  pages: number;
  /** How many times the index was written: 1 when the early write already held every page. */
  writes: number;
  /** Pages given to pagefind from the previous build's copies (src/node/search-copies.ts) instead of read back. */
  reused: number;
  /** Whether a page rendered after its copy was sent showed something else, so the index was started again. */
  startedOver: boolean;
}

/** What lets an incremental build send unchanged pages' copies early (src/node/search-copies.ts). */
export interface CopyReuse {
  /** This build's cache key of each expected page, in the order of `files` (undefined: the page has none). */
  keys: readonly (string | undefined)[];
  /** For each expected page, whether the previous build's manifest has the same key: Astro restores it unless its route's code changed. */
  restorable: readonly boolean[];
  /** The copy store to read and then replace (`searchCopiesFile`). */
  store: string;
}

export async function indexSite(distDir: string): Promise<IndexResult> {
  return (await startIndexing()).finish(distDir);
}

/**
 * A search index filled while the site is built: `npm run build` offers each page as Astro renders it
 * (src/site/search-capture.ts), so pagefind parses pages on the other core during rendering instead of
 * after it, and `finish` only reads from dist/ what was not offered, then writes the index. At 10,000
 * documents the indexing after the build took ≈57 s.
 */
export interface SiteIndexer {
  /**
   * Offers a rendered page by its path in dist (`runbooks/x/index.html`). Resolves once the page is
   * handed to pagefind; it waits while too many pages are in flight, so a slow pagefind slows the build
   * instead of buffering every page in memory.
   */
  offer(file: string, html: string): Promise<void>;
  /**
   * Names the pages that will be offered first (`npm run build` renders the indexed pages before the
   * rest: src/site/render-order.ts). Once all of them are in, the index is written to
   * `distDir/pagefind` while Astro renders the other pages; `finish` writes it again only if a page
   * with indexed content arrived after that. `restoredFrom`: the folder an incremental build restores
   * pages from (src/node/build-output.ts, `restoredPagesDir`); an expected page that is never offered
   * is taken from dist/ once its copy there is complete, that is equal to the one in this folder.
   * `reuse`: the keys that let a page's stored copy be sent before Astro restores the page, and the
   * store the copies of this build are written to.
   */
  expect(distDir: string, files: readonly string[], restoredFrom?: string, reuse?: CopyReuse): void;
  /** Indexes the pages of `distDir` that were not offered and writes `distDir/pagefind`. */
  finish(distDir: string): Promise<IndexResult>;
  /** Stops pagefind without writing anything (the build failed). */
  abort(): Promise<void>;
}

/** Pages queued for pagefind and not yet answered: enough to keep it busy while Astro renders, few enough (≈20 KB each) to bound memory. */
const IN_FLIGHT = 32;
/** How often a stalled pump looks whether Astro has moved past the page it waits for. */
const POLL_MS = 20;

async function newIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ko' });
  if (!index) {
    await pagefind.close();
    throw indexError('start pagefind', errors);
  }
  return index;
}

export async function startIndexing(): Promise<SiteIndexer> {
  let index = await newIndex();
  // Pages handed to pagefind, and expected pages offered before their turn.
  const added = new Set<string>();
  const waiting = new Map<string, string>();
  // Pagefind indexes only pages with `data-pagefind-body` once any page has one; mirror that and
  // fall back to every page when none has (so a layout that forgot the marker still gets search).
  const withoutBody: string[] = [];
  let pages = 0;
  let failure: unknown;
  const inFlight = new Set<Promise<void>>();
  // The early write: started once every expected page is in; `stale` once a page added after that
  // start may be missing from it (then finish writes again, so the index never misses a page).
  let expected: { distDir: string; restoredFrom?: string; order: readonly string[]; inOrder: ReadonlySet<string>; next: number } | undefined;
  let early: { distDir: string; written: Promise<boolean> } | undefined;
  let stale = false;
  let writes = 0;
  // Copies of the previous build sent for pages not seen yet (`reuse`), what each expected page was given
  // as (for the store), and whether a page rendered after its copy was sent said something else.
  let reuse: { store: string; code: string; keys: ReadonlyMap<string, string> } | undefined;
  const storedCopies = new Map<string, string>();
  const sentCopies = new Map<string, string>();
  const given = new Map<string, string>();
  let mismatched = false;
  let startedOver = false;
  const writeIndex = async (distDir: string) => {
    writes++;
    const written = await index.writeFiles({ outputPath: path.join(path.resolve(distDir), 'pagefind') });
    if (written.errors.length > 0) throw indexError(`write ${path.join(distDir, 'pagefind')}`, written.errors);
  };
  const startEarlyWrite = () => {
    if (!expected || expected.next < expected.order.length || early) return;
    const { distDir } = expected;
    // Pages still in flight are waited for; an error here only means finish writes (and reports) again.
    early = {
      distDir,
      written: drain()
        .then(() => writeIndex(distDir))
        .then(
          () => true,
          () => false,
        ),
    };
  };

  // Pagefind's files depend on the order pages reach it (page numbers, word and filter indexes; with
  // pages added in a varying order two builds of one site differed in 15 files). So pages go to it in one
  // order whatever was rendered: the expected pages in the order `expect` named them, then the other
  // files of dist/ sorted. An incremental build renders only some pages and restores the rest, so the
  // order pages are offered in is not that order. A page is sent as soon as its turn comes, without
  // waiting for pagefind's answer to the one before: pagefind's wrapper writes each page to the service's
  // stdin when called, and the service takes its messages one at a time in the order they came
  // (pagefind/src/service/mod.rs), so the order holds while pagefind reads the next page during this
  // one. Waiting for each answer made this thread and pagefind take turns, each ≈50 % busy.
  const enqueue = (work: () => Promise<void>): Promise<void> => {
    if (early) stale = true;
    const job = work().then(
      () => void pages++,
      (error: unknown) => void (failure ??= error),
    );
    inFlight.add(job);
    void job.finally(() => inFlight.delete(job));
    return job;
  };
  const add = async (file: string, html: string): Promise<void> => {
    // Scanned once: the same text says whether the page has a body and gives its sub-word forms.
    const page = scanPage(html);
    if (!page.hasBody) {
      withoutBody.push(file);
      return;
    }
    // What pagefind reads is worked out here, not in the queued job: this page's scan and Hangul forms
    // then run while pagefind is still adding the pages before it, instead of after each of them.
    const content = indexedContent(html, page);
    if (expected?.inOrder.has(file)) given.set(file, content);
    void enqueue(() => addContent(index, file, content));
    // Backpressure: the page is queued; its offer returns once the queue is short enough.
    while (inFlight.size > IN_FLIGHT) await Promise.race(inFlight);
  };
  // The expected pages in their order, as far as they are known: offered, or restored from the
  // incremental build's cache (never offered) and completely copied to dist/. One pump at a time, so
  // pages reach `add` in order.
  let pumping: Promise<void> = Promise.resolve();
  // A restored page is looked for again every POLL_MS, so it is read as soon as its copy is complete,
  // even when no rendered page follows it for a long while (an incremental build renders a few dozen of
  // 10,000 pages).
  let polling: ReturnType<typeof setTimeout> | undefined;
  const pumpNow = async (all: boolean) => {
    while (expected && expected.next < expected.order.length) {
      const file = expected.order[expected.next]!;
      let html = waiting.get(file);
      const copy = html === undefined ? storedCopies.get(file) : undefined;
      if (html !== undefined) waiting.delete(file);
      else if (copy !== undefined) {
        // Unchanged since the previous build: its copy goes now, and the page is never read.
        expected.next++;
        added.add(file);
        sentCopies.set(file, copy);
        given.set(file, copy);
        void enqueue(() => addContent(index, file, copy));
        while (inFlight.size > IN_FLIGHT) await Promise.race(inFlight);
        continue;
      } else if (all) {
        // At finish Astro is done: dist/ is complete, and a page not in it was not built.
        const onDisk = path.join(expected.distDir, file);
        if (existsSync(onDisk)) html = readFileSync(onDisk, 'utf8');
      } else if ((html = restoredPage(expected.distDir, expected.restoredFrom, file)) === undefined) {
        polling ??= setTimeout(() => {
          polling = undefined;
          void pump();
        }, POLL_MS);
        return;
      }
      expected.next++;
      if (html === undefined || added.has(file)) continue;
      added.add(file);
      await add(file, html);
    }
    // At finish the index is written once, after the rest of dist/.
    if (!all) startEarlyWrite();
  };
  const pump = (all = false) => (pumping = pumping.then(() => pumpNow(all)));
  const drain = async () => {
    await Promise.all(inFlight);
    if (failure) throw failure;
  };
  const result = (): IndexResult => ({ pages, writes, reused: sentCopies.size, startedOver });
  // Best effort: a store that cannot be written is removed, and the next build reads its pages back.
  const saveCopies = () => {
    if (!reuse || !expected) return;
    const { store, code, keys } = reuse;
    const kept = expected.order.flatMap((file) => {
      const key = keys.get(file);
      const content = given.get(file);
      return key !== undefined && content !== undefined ? [[file, key, content] as const] : [];
    });
    try {
      writeCopies(store, code, kept);
    } catch {
      removeCopies(store);
    }
  };

  return {
    async offer(file, html) {
      if (failure) return;
      const sent = sentCopies.get(file);
      if (sent !== undefined) {
        // Rendered after all (its route's code changed): the copy sent must be what this page gives.
        const page = scanPage(html);
        if (!page.hasBody || indexedContent(html, page) !== sent) mismatched = true;
        return;
      }
      if (added.has(file) || waiting.has(file)) return;
      if (expected === undefined || !expected.inOrder.has(file)) {
        // Astro renders the expected pages first: the last of them may just have been restored.
        if (expected && expected.next < expected.order.length) void pump();
        // Not expected: most such pages have nothing to index (lists, reports) and are done with now;
        // one that has is read back from dist/ by `finish`, in sorted order.
        if (!scanPage(html).hasBody) {
          added.add(file);
          withoutBody.push(file);
        }
        return;
      }
      waiting.set(file, html);
      await pump();
    },
    expect(distDir, files, restoredFrom, reuseWith) {
      if (files.length === 0 || expected) return;
      const order = [...new Set(files)];
      expected = { distDir, restoredFrom, order, inOrder: new Set(order), next: 0 };
      const code = reuseWith && copyCodeFingerprint(fileURLToPath(import.meta.url));
      if (reuseWith && code) {
        const keys = new Map<string, string>();
        const restorable = new Set<string>();
        files.forEach((file, i) => {
          const key = reuseWith.keys[i];
          if (key === undefined) return;
          keys.set(file, key);
          if (reuseWith.restorable[i]) restorable.add(file);
        });
        reuse = { store: reuseWith.store, code, keys };
        if (restorable.size > 0) {
          for (const [file, stored] of readCopies(reuseWith.store, code)) {
            if (restorable.has(file) && stored.key === keys.get(file)) storedCopies.set(file, stored.content);
          }
        }
      }
      void pump();
    },
    async finish(distDir) {
      try {
        const root = path.resolve(distDir);
        const files = (await glob('**/*.html', { cwd: root, ignore: ['pagefind/**'] })).sort();
        if (files.length === 0) {
          throw new ToolError(`Cannot build the search index: no HTML pages in ${distDir}; run the site build (astro build) first`);
        }
        clearTimeout(polling);
        const addTheRest = async () => {
          await pump(true);
          // In sorted order, one after the other: the order reaches pagefind (see enqueue).
          for (const file of files) {
            if (added.has(file)) continue;
            added.add(file);
            await add(file, readFileSync(path.join(root, file), 'utf8'));
          }
          await drain();
        };
        await addTheRest();
        if (mismatched) {
          // A copy sent early was not what its page gives: start the index again from the pages in dist/,
          // which is complete now (a build whose route code changed renders most pages anyway).
          if (early) {
            await early.written;
            await rm(path.join(path.resolve(early.distDir), 'pagefind'), { recursive: true, force: true });
            early = undefined;
          }
          await index.deleteIndex();
          index = await newIndex();
          for (const set of [added, storedCopies, sentCopies, given]) set.clear();
          withoutBody.length = 0;
          pages = 0;
          stale = false;
          mismatched = false;
          startedOver = true;
          if (expected) expected.next = 0;
          await addTheRest();
        }
        saveCopies();
        if (pages === 0) {
          if (early) stale = true;
          for (const file of withoutBody.sort()) {
            const html = readFileSync(path.join(root, file), 'utf8');
            await enqueue(() => addContent(index, file, indexedContent(html)));
          }
          await drain();
        }
        if (early) {
          const written = await early.written;
          if (written && !stale && path.resolve(early.distDir) === root) return result();
          // Written without some pages, or elsewhere: start again, so no file of that write is left behind.
          await rm(path.join(path.resolve(early.distDir), 'pagefind'), { recursive: true, force: true });
        }
        await writeIndex(root);
        return result();
      } finally {
        await pagefind.close();
      }
    },
    async abort() {
      clearTimeout(polling);
      await Promise.allSettled(inFlight);
      await early?.written;
      await pagefind.close();
    },
  };
}

/**
 * A page Astro restored from the incremental build's cache instead of rendering (it is never offered),
 * once its copy in dist/ is complete: equal to the cached one. Astro may render and restore several
 * pages at once (`build.concurrency` above 1), so a page later in the order being in dist/ says nothing
 * about this one; and a rendered page is written to dist/ right after its offer was sent, which may not have
 * arrived yet (then the copy differs from the cache, or equals it and is the same page).
 * Read synchronously, like every page this module reads: it runs on the index worker (or in `indexSite`,
 * with nothing else to do), and a promise read is four trips through libuv's pool (open, stat, read,
 * close), ≈0.4 ms each while both cores are busy; with one page after the other the worker waited on them.
 */
function restoredPage(distDir: string, restoredFrom: string | undefined, file: string): string | undefined {
  if (restoredFrom === undefined) return undefined;
  const onDisk = path.join(distDir, file);
  const cached = path.join(restoredFrom, file);
  if (!existsSync(onDisk) || !existsSync(cached)) return undefined;
  const copy = readFileSync(onDisk);
  return copy.equals(readFileSync(cached)) ? copy.toString('utf8') : undefined;
}

/** The HTML pagefind is given for a page: the scan's copy (element boundaries spaced, short flags dropped, plain tags of the body left out: src/lib/search/html-text.ts), cut to what it indexes, with the Hangul forms. */
export function indexedContent(html: string, page: ScannedPage = scanPage(html)): string {
  return forIndex(onlyIndexed(page.html, page.bodies), page);
}

async function addContent(index: pagefind.PagefindIndex, file: string, content: string): Promise<void> {
  const { errors } = await index.addHTMLFile({ url: pageUrl(file), content });
  if (errors.length > 0) throw indexError(`index ${file}`, errors);
}

/**
 * The page without what pagefind would skip anyway, when that is certain: the language, the title and
 * the `data-pagefind-body` elements, as long as nothing left out carries a pagefind attribute other than
 * `data-pagefind-ignore` or an image. Navigation, header, footer and scripts are ≈40 % of a page, and
 * every byte sent is JSON- and base64-encoded, then parsed again by pagefind. Of the head only the
 * `<title>` counts (the fallback title); its styles, the CSP and the links are ≈3 KB a page, kept only
 * when something there carries a pagefind attribute.
 */
export function onlyIndexed(html: string, bodies: readonly (readonly [number, number])[]): string {
  if (bodies.length === 0) return html;
  const body = /<body\b[^>]*>/i.exec(html);
  if (!body || body.index + body[0].length > bodies[0]![0]) return html;
  const keptFrom = body.index + body[0].length;
  const left: string[] = [html.slice(keptFrom, bodies[0]![0])];
  for (const [i, [, end]] of bodies.entries()) left.push(html.slice(end, bodies[i + 1]?.[0] ?? html.length));
  if (left.some((part) => PAGEFIND_READS.test(part))) return html;
  return onlyTitle(html.slice(0, keptFrom)) + bodies.map(([start, end]) => html.slice(start, end)).join('') + '</body></html>';
}

/** The start of a page up to its body with nothing in the head but the title, unless the head holds a pagefind attribute. */
function onlyTitle(start: string): string {
  const head = /(<head\b[^>]*>)([\s\S]*?)(<\/head\s*>)/i.exec(start);
  if (!head || /data-pagefind-/i.test(head[2]!)) return start;
  const title = /<title\b[^>]*>[\s\S]*?<\/title\s*>/i.exec(head[2]!)?.[0] ?? '';
  return start.slice(0, head.index) + head[1] + title + head[3] + start.slice(head.index + head[0].length);
}

/**
 * What pagefind reads instead of the file: the page plus a hidden, pagefind-ignored element holding
 * its Hangul sub-word forms, and an empty sort date when the page has none (pagefind drops pages
 * without the sort key from date-sorted results; `0000-00-00` puts them last under 최신순).
 */
export function forIndex(html: string, page: PageText = indexedText(html)): string {
  // Heading forms in their own field, weighted like a title (src/scripts/search/engine.ts, metaWeights);
  // a form is sent once, in the heading field when a heading has it.
  const headingForms = hangulForms(page.headings);
  const inHeadings = new Set(headingForms);
  // Spacing variants from headings only: body text joins mostly phrases, not compounds, and costs bytes.
  const forms = hangulForms(page.text, { join: false }).filter((form) => !inHeadings.has(form));
  // One element per attribute: an element holds one inline `key:value` meta. Forms are Hangul only:
  // nothing in them needs escaping in an attribute, and no comma can split the meta.
  const attrs: string[] = [];
  if (headingForms.length > 0) attrs.push(`data-pagefind-meta="${HEADING_FORMS_META_KEY}:${headingForms.join(' ')}"`);
  if (forms.length > 0) attrs.push(`data-pagefind-meta="${FORMS_META_KEY}:${forms.join(' ')}"`);
  if (!/\sdata-pagefind-sort=["']?date:/.test(html)) attrs.push(`data-pagefind-sort="${SORT_KEY}:${UNDATED}"`);
  if (attrs.length === 0) return html;
  const element = attrs.map((attr) => `<div hidden data-pagefind-ignore ${attr}></div>`).join('');
  const end = html.toLowerCase().lastIndexOf('</body>');
  return end < 0 ? html + element : html.slice(0, end) + element + html.slice(end);
}

/** The URL pagefind would give the file: `runbooks/x/index.html` → `/runbooks/x/` (site base added by the client). */
export function pageUrl(file: string): string {
  const slashed = file.split(path.sep).join('/');
  const url = slashed === 'index.html' ? '' : slashed.endsWith('/index.html') ? slashed.slice(0, -'index.html'.length) : slashed;
  return '/' + url.split('/').map(encodeURIComponent).join('/');
}

function indexError(step: string, errors: string[]): ToolError {
  return new ToolError(
    `Search index failed: could not ${step}: ${errors.join('; ') || 'pagefind gave no reason'}. ` +
      'The site was not published; fix the page or report the pagefind error.',
  );
}

/**
 * `startIndexing` on a worker thread: the page scan, the Hangul forms and pagefind's JSON/base64
 * encoding of every page (≈15 s of main-thread CPU at 10,000 documents) run beside Astro's rendering
 * instead of inside it. The page text is copied to the worker once; up to IN_FLIGHT pages are
 * unanswered at a time, so rendering only waits when the worker falls behind. Errors come back as the
 * same ToolError messages.
 */
export async function startIndexingInWorker(): Promise<SiteIndexer> {
  const worker = new Worker(new URL(import.meta.url), { workerData: { [WORKER_FLAG]: true } });
  let failure: Error | undefined;
  let pending = 0;
  const waiting: (() => void)[] = [];
  let settle: ((message: FromWorker) => void) | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const wake of waiting.splice(0)) wake();
    settle?.({ type: 'error', message: failure.message });
  };
  worker.on('error', (error) => fail(error instanceof Error ? error : new Error(String(error))));
  worker.on('exit', (code) => {
    if (code !== 0) fail(new ToolError(`Search index failed: the indexing worker stopped (exit code ${code}). The site was not published.`));
  });
  worker.on('message', (message: FromWorker) => {
    if (message.type === 'ack') {
      pending--;
      waiting.shift()?.();
    } else if (message.type === 'error' && !settle) {
      fail(new ToolError(message.message));
    } else settle?.(message);
  });
  const request = (message: ToWorker) =>
    new Promise<FromWorker>((resolve) => {
      settle = resolve;
      worker.postMessage(message);
    });
  const started = await request({ type: 'start' });
  settle = undefined;
  if (started.type === 'error') {
    await worker.terminate();
    throw new ToolError(started.message);
  }
  const settled = async () => {
    while (pending > 0 && !failure) await new Promise<void>((wake) => waiting.push(wake));
  };

  return {
    async offer(file, html) {
      if (failure) return;
      while (pending >= IN_FLIGHT && !failure) await new Promise<void>((wake) => waiting.push(wake));
      pending++;
      worker.postMessage({ type: 'offer', file, html } satisfies ToWorker);
    },
    expect(distDir, files, restoredFrom, reuse) {
      if (!failure) worker.postMessage({ type: 'expect', distDir, files: [...files], restoredFrom, reuse } satisfies ToWorker);
    },
    async finish(distDir) {
      try {
        await settled();
        if (failure) throw failure;
        const done = await request({ type: 'finish', distDir });
        if (done.type === 'error') throw new ToolError(done.message);
        if (done.type !== 'done') throw new ToolError('Search index failed: the indexing worker gave no result. The site was not published.');
        return done.result;
      } finally {
        await worker.terminate();
      }
    },
    async abort() {
      await request({ type: 'abort' }).catch(() => undefined);
      await worker.terminate();
    },
  };
}

const WORKER_FLAG = 'opsbookSearchIndexWorker';
type ToWorker =
  | { type: 'start' }
  | { type: 'offer'; file: string; html: string }
  | { type: 'expect'; distDir: string; files: string[]; restoredFrom: string | undefined; reuse: CopyReuse | undefined }
  | { type: 'finish'; distDir: string }
  | { type: 'abort' };
type FromWorker = { type: 'ack' } | { type: 'started' } | { type: 'done'; result: IndexResult } | { type: 'aborted' } | { type: 'error'; message: string };

// This module is also the worker's entry (see startIndexingInWorker).
if (!isMainThread && parentPort && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG]) {
  const port = parentPort;
  const post = (message: FromWorker) => port.postMessage(message);
  const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
  let indexer: SiteIndexer | undefined;
  port.on('message', (message: ToWorker) => {
    if (message.type === 'start') {
      startIndexing().then(
        (started) => {
          indexer = started;
          post({ type: 'started' });
        },
        (error: unknown) => post({ type: 'error', message: messageOf(error) }),
      );
    } else if (message.type === 'offer') {
      indexer!.offer(message.file, message.html).then(
        () => post({ type: 'ack' }),
        (error: unknown) => post({ type: 'error', message: messageOf(error) }),
      );
    } else if (message.type === 'expect') {
      indexer!.expect(message.distDir, message.files, message.restoredFrom, message.reuse);
    } else if (message.type === 'finish') {
      indexer!.finish(message.distDir).then(
        (result) => post({ type: 'done', result }),
        (error: unknown) => post({ type: 'error', message: messageOf(error) }),
      );
    } else {
      void indexer?.abort().finally(() => post({ type: 'aborted' }));
    }
  });
}
