/**
 * Vitest globalSetup: builds the example handbook's site once per test run (astro build, which with the
 * opsbook integration checks, renders and indexes as `npm run build` does) into a temporary folder, and hands its path to the
 * tests as `inject('siteDist')`. The developer's own dist/ is left alone.
 *
 * The build takes a while on a small machine, so it is skipped when the run names only test files or
 * folders that do not read the site (e.g. `vitest run tests/check`, or a test file that never calls
 * `siteDist`: `inject('siteDist')` or tests/site/dist.ts's `siteDist()`). Set OPSBOOK_TEST_DIST to reuse a built site.
 */
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the built site, or '' when this run did not build one. */
    siteDist: string;
  }
}

/** Test folders whose files read the built site. */
const NEEDS_SITE = /tests\/(search|site|build|browser|reports\/pages)\b/;

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  if (process.env.OPSBOOK_TEST_DIST) {
    project.provide('siteDist', path.resolve(process.env.OPSBOOK_TEST_DIST));
    return;
  }
  const filters = process.argv.slice(2).filter((a) => !a.startsWith('-') && a !== 'run' && a !== 'watch');
  if (filters.length > 0 && !filters.some(needsSite)) {
    project.provide('siteDist', '');
    return;
  }
  const dist = await mkdtemp(path.join(os.tmpdir(), 'opsbook-site-'));
  const root = path.resolve(import.meta.dirname, '../..');
  // `astro build` alone: the opsbook integration checks, renders and writes the search index as
  // `npm run build` does (tests/integration/astro-build.test.ts holds the two to the same bytes).
  await run(path.join(root, 'node_modules/.bin/astro'), ['build', '--outDir', dist], root);
  project.provide('siteDist', dist);
  return () => rm(dist, { recursive: true, force: true });
}

/** A named test file needs the site when it reads it; a folder or pattern when it is one of NEEDS_SITE. */
function needsSite(filter: string): boolean {
  try {
    if (statSync(filter).isFile()) return readFileSync(filter, 'utf8').includes('siteDist');
  } catch {
    // Not a path: a name pattern.
  }
  return NEEDS_SITE.test(filter.replace(/\\/g, '/'));
}

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`Site build for the tests failed (exit ${code}):\n${output.slice(-4000)}`))));
  });
}
