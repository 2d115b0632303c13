/** A real temporary git repository for tests: a handbook committed on `main`. */
import { execFileSync } from 'node:child_process';

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};

export function git(root: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: root, env: ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** `git …` that may fail: its exit status and output. */
export function tryGit(root: string, ...args: string[]): { ok: boolean; output: string } {
  try {
    return { ok: true, output: git(root, ...args) };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

/** Turns a folder into a repository whose `main` holds everything in it. */
export function initRepo(root: string): void {
  git(root, 'init', '--quiet', '--initial-branch=main');
  git(root, 'add', '.');
  git(root, 'commit', '--quiet', '-m', 'handbook');
}

export function commitAll(root: string, message: string): void {
  git(root, 'add', '.');
  git(root, 'commit', '--quiet', '-m', message);
}
