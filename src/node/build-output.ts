/**
 * The last good site survives: Astro empties its output folder when it starts, so the build writes into
 * a staging folder beside `dist/` and swaps it in only when everything (pages and search index) is
 * written. A failed build leaves `dist/` exactly as it was. One build at a time per project: Astro's
 * caches and intermediate chunks are per project, and two builds at once broke each other.
 */
import { mkdirSync, openSync, readFileSync, closeSync, writeSync, rmSync, renameSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
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

/** Replaces `outDir` by the finished staging folder (the previous site is removed only after the swap). */
export function publishStaging(staging: string, outDir: string): void {
  const previous = `${outDir}.previous`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
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

const MANIFEST = 'incremental-build.json';
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
