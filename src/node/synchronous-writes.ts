/**
 * Page generation with Astro's file writes made synchronously. Astro writes every page through
 * `fs.promises` (the page's folder, the page, the incremental cache's folder and copy, or a copy back from
 * that cache), and each call is a trip through libuv's thread pool and back: on this project's build
 * machines 0.06–0.27 ms with nothing else running against 0.005–0.04 ms for the same call made
 * synchronously, and 0.4–0.5 ms while the body renderer, the indexer and pagefind keep the cores busy. A
 * 10,000-document build spent ≈20 s of its main thread waiting on those trips (docs/performance.md).
 * Pages are generated one at a time (`build.concurrency: 1`), so while a page is written the main thread
 * has nothing else to do: making the same calls synchronously changes when they return, not what they
 * write, and an error still arrives as the rejected promise Astro awaits.
 *
 * Only `mkdir`, `writeFile` and `copyFile` of `fs.promises` are replaced, only for paths and plain data
 * (anything else goes to the original), only on the thread that generates pages (each worker thread has
 * its own `fs`), and only from the first path Astro asks for to the prerenderer's teardown, which Astro
 * runs whether generation succeeds or fails.
 */
import fs from 'node:fs';
import type { AstroPrerenderer } from 'astro';

type Promises = typeof fs.promises;

const isPath = (p: unknown): p is string | URL => typeof p === 'string' || p instanceof URL;

/** Replaces the three calls; returns what puts the originals back (idempotent). */
export function writeSynchronously(): () => void {
  const promises = fs.promises;
  const { mkdir, writeFile, copyFile } = promises;
  // The executor's throw becomes the rejection, as the original's error would.
  const settled = <T>(run: () => T): Promise<T> => new Promise<T>((resolve) => resolve(run()));
  promises.mkdir = ((dir: unknown, options?: unknown) =>
    isPath(dir) ? settled(() => fs.mkdirSync(dir, options as fs.MakeDirectoryOptions)) : Reflect.apply(mkdir, promises, [dir, options])) as Promises['mkdir'];
  promises.writeFile = ((file: unknown, data: unknown, options?: unknown) => {
    const plain = isPath(file) && (typeof data === 'string' || ArrayBuffer.isView(data));
    const cancellable = typeof options === 'object' && options !== null && 'signal' in options;
    if (!plain || cancellable) return Reflect.apply(writeFile, promises, [file, data, options]);
    return settled(() => fs.writeFileSync(file, data as string | NodeJS.ArrayBufferView, options as fs.WriteFileOptions));
  }) as Promises['writeFile'];
  promises.copyFile = ((from: unknown, to: unknown, mode?: number) =>
    isPath(from) && isPath(to) ? settled(() => fs.copyFileSync(from, to, mode)) : Reflect.apply(copyFile, promises, [from, to, mode])) as Promises['copyFile'];
  let restored = false;
  return () => {
    if (restored) return;
    restored = true;
    Object.assign(promises, { mkdir, writeFile, copyFile });
  };
}

/** Astro's prerenderer with its page writes made synchronously from the first path asked for until teardown. */
export function withSynchronousWrites(prerenderer: AstroPrerenderer): AstroPrerenderer {
  let restore: (() => void) | undefined;
  return {
    ...prerenderer,
    name: `${prerenderer.name}+synchronous-writes`,
    async getStaticPaths() {
      const paths = await prerenderer.getStaticPaths();
      restore ??= writeSynchronously();
      return paths;
    },
    async teardown() {
      restore?.();
      restore = undefined;
      await prerenderer.teardown?.();
    },
  };
}
