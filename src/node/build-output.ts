/**
 * The last good site survives: Astro empties its output folder when it starts, so the build writes into
 * a staging folder beside `dist/` and swaps it in only when everything (pages and search index) is
 * written. A failed build leaves `dist/` exactly as it was. One build at a time per project: Astro's
 * caches and intermediate chunks are per project, and two builds at once broke each other.
 */
import { mkdirSync, openSync, readFileSync, closeSync, writeSync, rmSync, renameSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { ToolError } from '../lib/errors.ts';

/** How long a second build waits for the first before giving up (exit 2). */
const LOCK_WAIT_MS = 15 * 60 * 1000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the project's build lock, waiting while another live build holds it; returns its release. */
export async function acquireBuildLock(root: string, log: (line: string) => void, waitMs = LOCK_WAIT_MS): Promise<() => void> {
  const dir = path.join(root, 'node_modules', '.cache', 'opsbook');
  mkdirSync(dir, { recursive: true });
  const lock = path.join(dir, 'build.lock');
  const deadline = Date.now() + waitMs;
  let told = false;
  for (;;) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(readFileSync(lock, 'utf8').trim());
    if (!Number.isInteger(holder) || holder <= 0 || !alive(holder)) {
      // Left by a build that was killed: nobody is writing.
      rmSync(lock, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new ToolError(
        `Another build (process ${holder}) has been running in this project for too long; wait for it to finish, or stop it, then build again`,
      );
    }
    if (!told) {
      log(`opsbook: another build (process ${holder}) is running in this project; waiting for it to finish…`);
      told = true;
    }
    await sleep(500);
  }
}

/** Where a build writes before it is published: beside the output folder, so the swap is a rename. */
export function stagingFolder(outDir: string): string {
  return `${outDir}.staging`;
}

/** Where the site a build replaced waits, beside the output folder, until the next build removes it. */
function retiredFolder(outDir: string): string {
  return `${outDir}.previous`;
}

/**
 * Removes the site the previous build replaced while this build works. Removing ≈30,000 files took
 * 4.7 s at 10,000 documents, and the swap used to wait for it at the end of every build. It runs on a
 * worker thread with the synchronous call, so it issues no requests to the libuv pool that Astro's own
 * page writes would queue behind, and mostly while Astro starts up on the main thread. Settles when
 * the folder is gone; on failure `publishStaging` tries again and reports the error.
 */
export function startRemovingRetiredSite(outDir: string): Promise<void> {
  const retired = retiredFolder(outDir);
  if (!existsSync(retired)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const worker = new Worker("require('node:fs').rmSync(require('node:worker_threads').workerData, { recursive: true, force: true });", {
      eval: true,
      workerData: retired,
    });
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`removing ${retired} stopped with exit code ${code}`))));
  });
}

/**
 * Replaces `outDir` by the finished staging folder: two renames, so readers see the old site or the new
 * one, never a mix. The old site is kept as `retiredFolder(outDir)` for the next build to remove.
 */
export function publishStaging(staging: string, outDir: string): void {
  const retired = retiredFolder(outDir);
  // Normally gone already (startRemovingRetiredSite); this throws the real reason if it is not.
  rmSync(retired, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, retired);
  renameSync(staging, outDir);
}

export function discardStaging(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
}

/**
 * Where an audience's incremental build cache lives (Astro's `cacheDir`): `.cache/opsbook/site/<audience>/`
 * in the project, which `npm ci` keeps and the workflows restore between runs.
 */
export function siteCacheDir(root: string, audience: string): string {
  return path.join(root, '.cache', 'opsbook', 'site', audience);
}

/**
 * Where Astro keeps the pages an incremental build restores: `<cacheDir>/dist/`, the same relative
 * paths as in the output folder (astro/dist/core/build/incremental.js, `INCREMENTAL_OUTPUT_DIR`). The
 * search indexer compares a restored page's copy with it to know the copy is complete
 * (tests/site/incremental.test.ts fails if Astro moves it: restored pages would then reach the index
 * only at the end).
 */
export function restoredPagesDir(cacheDir: string): string {
  return path.join(cacheDir, 'dist');
}

const MANIFEST = 'incremental-build.json';

/**
 * The cache key each page had in the previous build, from Astro's manifest (`<cacheDir>/incremental-build.json`,
 * astro/dist/core/build/incremental.js: `routes[component].paths[pathname].cacheKey`), read before Astro
 * replaces it at the end of this build. Astro restores a page whose key and route code are unchanged; the
 * route code is not known here, so a page whose key is unchanged is one Astro restores unless that code
 * changed. An unreadable manifest gives no keys.
 */
export function previousPageKeys(cacheDir: string): (component: string, pathname: string) => string | undefined {
  let routes: Record<string, { paths?: Record<string, { cacheKey?: unknown }> }> = {};
  try {
    const manifest = JSON.parse(readFileSync(path.join(cacheDir, MANIFEST), 'utf8')) as { routes?: typeof routes };
    routes = manifest.routes ?? {};
  } catch {
    // No previous build (or a damaged manifest, which Astro ignores as well).
  }
  return (component, pathname) => {
    const key = routes[component]?.paths?.[pathname]?.cacheKey;
    return typeof key === 'string' ? key : undefined;
  };
}
const UNFINISHED = 'build-unfinished';

/**
 * Called when a build starts. Astro writes each page it renders into its cache as it goes, but the
 * manifest that says which key each cached page has only at the end; a build that failed in between
 * leaves pages newer than the manifest says, which a later build could restore under an old key. So a
 * build that finds the previous one unfinished starts from no cache, and marks itself unfinished until
 * `buildFinished`.
 */
export function buildStarting(cacheDir: string): { restoresPages: boolean } {
  mkdirSync(cacheDir, { recursive: true });
  const marker = path.join(cacheDir, UNFINISHED);
  if (existsSync(marker)) rmSync(path.join(cacheDir, MANIFEST), { force: true });
  writeFileSync(marker, String(process.pid));
  // Whether this build may restore pages: a previous build's manifest is there to restore them from.
  return { restoresPages: existsSync(path.join(cacheDir, MANIFEST)) };
}

export function buildFinished(cacheDir: string): void {
  rmSync(path.join(cacheDir, UNFINISHED), { force: true });
}
