/** Runs `npm run new` and `npm run check` as child processes on a temporary handbook. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const NEW = path.resolve('scripts/new.ts');
const CHECK = path.resolve('scripts/check.ts');

export const NOW = '2026-11-26T14:03:27+09:00';

/** A handbook folder holding only the example policy (the roster, scenarios and routines of content/). */
export function emptyHandbook(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'opsbook-new-'));
  mkdirSync(path.join(root, 'content'), { recursive: true });
  copyFileSync(path.resolve('content/policy.yaml'), path.join(root, 'content', 'policy.yaml'));
  return root;
}

function node(script: string, cwd: string, args: string[], env: Record<string, string> = {}) {
  // stdin is not a terminal here, so `new` runs from flags only.
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd,
    encoding: 'utf8',
    input: '',
    env: { ...process.env, NO_COLOR: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const runNew = (root: string, args: string[], env?: Record<string, string>) =>
  node(NEW, root, args.includes('--now') ? args : [...args, '--now', NOW], env);

export function runCheck(root: string, args: string[] = []) {
  const { code, stdout, stderr } = node(CHECK, root, ['--format', 'json', '--now', NOW, ...args]);
  let report:
    | {
        summary: { error: number; warning: number; info: number };
        diagnostics: { file: string; rule: string; severity: string; line: number; message: string }[];
      }
    | undefined;
  try {
    report = JSON.parse(stdout);
  } catch {
    throw new Error(`check did not print JSON (exit ${code}): ${stdout}\n${stderr}`);
  }
  return { code, report: report!, stderr };
}
