/**
 * A copy of this project in a temporary folder (site code, scripts and the example handbook; packages
 * linked, not copied), for tests that change the handbook and build it without touching the checkout.
 */
import type { ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'scripts', 'public', 'content'];

export interface ProjectCopy {
  root: string;
  remove(): void;
}

export function copyProject(prefix = 'opsbook-copy-'): ProjectCopy {
  const root = mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const entry of COPIED) cpSync(path.join(ROOT, entry), path.join(root, entry), { recursive: true });
  // The packages are shared, their caches are not: Astro keeps state in node_modules/.astro and opsbook its
  // parse cache and build lock in node_modules/.cache, so each copy gets a folder of links, not one link.
  mkdirSync(path.join(root, 'node_modules'));
  for (const entry of readdirSync(path.join(ROOT, 'node_modules'))) {
    if (entry === '.astro' || entry === '.cache' || entry === '.vite') continue;
    symlinkSync(path.join(ROOT, 'node_modules', entry), path.join(root, 'node_modules', entry));
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * The environment as a developer's shell has it, for `astro dev` in a test: under vitest's variables
 * (VITEST, NODE_ENV=test) Astro's dev server answers "Cannot GET" for every page.
 */
export function developerEnv(base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(Object.entries(base).filter(([k]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(k)));
  return { ...clean, NODE_ENV: 'development' };
}

/** Stops a server started in a copy and waits until it has exited, so removing the copy cannot race its last writes. */
export function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('close', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
