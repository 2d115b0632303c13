/**
 * A copy of this project in a temporary folder (site code, scripts and the example handbook; node_modules
 * linked, not copied), for tests that change the handbook and build it without touching the checkout.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
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
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
