/**
 * Document bodies rendered on a worker thread beside the pages. A build from nothing renders every body
 * (parse, typography, sanitising, code colouring: ≈2.4 ms a body, ≈24 s of a 10,000-document build), so
 * the two cores share the work: the worker starts while Astro bundles the site and renders from the
 * last body backwards, the pages render theirs from the first onwards, and whichever comes to a body
 * first claims it (one shared word per body), so each is rendered once and neither waits for the other.
 * When the worker rendered the bodies in render order, the pages caught up with it at 10,000 documents
 * and the main thread sat idle for ≈8 s. The worker runs the same code as a page would
 * (src/site/render-body.ts), so the HTML is the same either way; a page whose body the worker has
 * claimed waits for it, or renders it itself when the worker failed. An incremental build renders few
 * pages, so it renders their bodies in place (src/integration/ decides).
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { AnyDocument } from '../lib/handbook.ts';
import { parseMdx } from '../lib/mdx.ts';
import type { RenderedBody } from '../lib/render/body.ts';
import { setPrerenderedBodies } from '../site/prerendered-bodies.ts';
import { renderDocumentBody } from '../site/render-body.ts';

const WORKER_FLAG = 'opsbookBodyPrerenderWorker';
/** Results go back in batches: one message per body cost more than the rendering of a short one. */
const BATCH = 16;

/** Who renders a body: the word at its index in the shared claims (the word after the last asks for a flush). */
const UNCLAIMED = 0;
const BY_WORKER = 1;
const BY_PAGE = 2;

type ToWorker = { items: { key: string; body: string }[]; claims: Int32Array };
type FromWorker = { done: { key: string; result?: RenderedBody; error?: string }[] };

export interface BodyPrerender {
  /** Stops the worker (the build is done or failed); bodies not yet rendered are rendered by their pages. */
  stop(): Promise<void>;
  /** Settles when the worker has gone through every body (or stopped): how many it rendered. */
  finished: Promise<{ rendered: number }>;
}

/** Starts rendering `documents`' bodies in this order, and offers each result to its page. */
export function startBodyPrerender(documents: readonly AnyDocument[]): BodyPrerender {
  interface Entry {
    index: number;
    body: string;
    result: Promise<RenderedBody>;
    settle: (r: RenderedBody | Error) => void;
    settled: boolean;
    taken: boolean;
  }
  const entries = new Map<string, Entry>();
  const claims = new Int32Array(new SharedArrayBuffer(4 * (documents.length + 1)));
  const flushAsked = documents.length;
  for (const [index, document] of documents.entries()) {
    let settle!: (r: RenderedBody | Error) => void;
    const result = new Promise<RenderedBody>((resolve, reject) => {
      settle = (r) => (r instanceof Error ? reject(r) : resolve(r));
    });
    // A page that falls back to rendering itself has handled the rejection.
    result.catch(() => undefined);
    entries.set(document.key, { index, body: document.body, result, settle, settled: false, taken: false });
  }
  // Each body is shown once per build: an entry is let go once it is both rendered and taken.
  const settle = (key: string, outcome: RenderedBody | Error) => {
    const entry = entries.get(key);
    if (!entry || entry.settled) return;
    entry.settled = true;
    entry.settle(outcome);
    if (entry.taken) entries.delete(key);
  };
  const worker = new Worker(new URL(import.meta.url), { workerData: { [WORKER_FLAG]: true } });
  // The worker exits by itself once it has gone through every body (it listens for one message only), so
  // a build that failed half-way waits at most that long; `stop` ends it at once.
  const failAll = (error: Error) => {
    for (const key of entries.keys()) settle(key, error);
  };
  let rendered = 0;
  worker.on('message', ({ done }: FromWorker) => {
    rendered += done.length;
    for (const { key, result, error } of done) settle(key, result ?? new Error(error ?? 'not rendered'));
  });
  worker.on('error', (error) => failAll(error instanceof Error ? error : new Error(String(error))));
  const finished = new Promise<{ rendered: number }>((resolve) =>
    worker.on('exit', () => {
      failAll(new Error('the body renderer stopped'));
      resolve({ rendered });
    }),
  );
  worker.postMessage({ items: documents.map((d) => ({ key: d.key, body: d.body })), claims } satisfies ToWorker);
  setPrerenderedBodies({
    take(key, body) {
      const entry = entries.get(key);
      if (!entry || entry.taken || entry.body !== body) return undefined;
      entry.taken = true;
      if (Atomics.compareExchange(claims, entry.index, UNCLAIMED, BY_PAGE) === UNCLAIMED) {
        // Not started by the worker, and now it never will be: the page renders it.
        entries.delete(key);
        return undefined;
      }
      if (entry.settled) entries.delete(key);
      // A page waits for it: the worker sends what it has after the body it is rendering.
      else Atomics.store(claims, flushAsked, 1);
      return entry.result;
    },
  });
  return {
    async stop() {
      setPrerenderedBodies(undefined);
      await worker.terminate();
    },
    finished,
  };
}

// This module is also the worker's entry (see startBodyPrerender).
if (!isMainThread && parentPort && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG]) {
  const port = parentPort;
  port.once('message', async ({ items, claims }: ToWorker) => {
    let batch: FromWorker['done'] = [];
    const flush = () => {
      if (batch.length > 0) port.postMessage({ done: batch } satisfies FromWorker);
      batch = [];
    };
    // From the last body backwards: the pages take theirs from the first onwards.
    for (let index = items.length - 1; index >= 0; index--) {
      if (Atomics.compareExchange(claims, index, UNCLAIMED, BY_WORKER) !== UNCLAIMED) continue;
      const { key, body } = items[index]!;
      try {
        batch.push({ key, result: await renderDocumentBody({ mdx: () => parseMdx(body) } as AnyDocument) });
      } catch (error) {
        batch.push({ key, error: error instanceof Error ? error.message : String(error) });
      }
      if (batch.length >= BATCH || Atomics.exchange(claims, items.length, 0) === 1) flush();
    }
    flush();
  });
}
