/**
 * Document bodies rendered ahead, on a worker thread, while Astro bundles the site and renders the first
 * pages. A build from nothing renders every body, and on the main thread that was ≈3 s of a 2,000-document
 * build (parse, typography, sanitising, code colouring): the second core does it instead. The worker
 * runs the same code as a page would (src/site/render-body.ts), so the HTML is the same either way, and a
 * page whose body is not ready renders nothing twice: it waits for the worker's result, or renders the body
 * itself when the worker failed. An incremental build renders few pages, so it renders their bodies in
 * place (src/integration/ decides).
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

type ToWorker = { items: { key: string; body: string }[] };
type FromWorker = { done: { key: string; result?: RenderedBody; error?: string }[] };

export interface BodyPrerender {
  /** Stops the worker (the build is done or failed); bodies not yet rendered are rendered by their pages. */
  stop(): Promise<void>;
}

/** Starts rendering `documents`' bodies in this order, and offers each result to its page. */
export function startBodyPrerender(documents: readonly AnyDocument[]): BodyPrerender {
  interface Entry {
    body: string;
    result: Promise<RenderedBody>;
    settle: (r: RenderedBody | Error) => void;
    settled: boolean;
    taken: boolean;
  }
  const entries = new Map<string, Entry>();
  for (const document of documents) {
    let settle!: (r: RenderedBody | Error) => void;
    const result = new Promise<RenderedBody>((resolve, reject) => {
      settle = (r) => (r instanceof Error ? reject(r) : resolve(r));
    });
    // A page that falls back to rendering itself has handled the rejection.
    result.catch(() => undefined);
    entries.set(document.key, { body: document.body, result, settle, settled: false, taken: false });
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
  // The worker exits by itself once every body is rendered (it listens for one message only), so a build
  // that failed half-way waits at most that long; `stop` ends it at once.
  const failAll = (error: Error) => {
    for (const key of entries.keys()) settle(key, error);
  };
  worker.on('message', ({ done }: FromWorker) => {
    for (const { key, result, error } of done) settle(key, result ?? new Error(error ?? 'not rendered'));
  });
  worker.on('error', (error) => failAll(error instanceof Error ? error : new Error(String(error))));
  worker.on('exit', () => failAll(new Error('the body renderer stopped')));
  worker.postMessage({ items: documents.map((d) => ({ key: d.key, body: d.body })) } satisfies ToWorker);
  setPrerenderedBodies({
    take(key, body) {
      const entry = entries.get(key);
      if (!entry || entry.taken || entry.body !== body) return undefined;
      entry.taken = true;
      if (entry.settled) entries.delete(key);
      return entry.result;
    },
  });
  return {
    async stop() {
      setPrerenderedBodies(undefined);
      await worker.terminate();
    },
  };
}

// This module is also the worker's entry (see startBodyPrerender).
if (!isMainThread && parentPort && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG]) {
  const port = parentPort;
  port.once('message', async ({ items }: ToWorker) => {
    let batch: FromWorker['done'] = [];
    for (const { key, body } of items) {
      try {
        batch.push({ key, result: await renderDocumentBody({ mdx: () => parseMdx(body) } as AnyDocument) });
      } catch (error) {
        batch.push({ key, error: error instanceof Error ? error.message : String(error) });
      }
      if (batch.length >= BATCH) {
        port.postMessage({ done: batch } satisfies FromWorker);
        batch = [];
      }
    }
    if (batch.length > 0) port.postMessage({ done: batch } satisfies FromWorker);
  });
}
