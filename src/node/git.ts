/** The few git questions the tools ask, answered by the git command line. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ToolError } from '../lib/errors.ts';

const run = promisify(execFile);

async function git(root: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run('git', args, { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new ToolError(`git ${args.join(' ')} failed${stderr ? `: ${stderr.split('\n')[0]}` : ''}`);
  }
}

/** The default base for `--changed`: origin/main when it exists, else main. */
export async function defaultBase(root: string): Promise<string> {
  for (const candidate of ['origin/main', 'main', 'origin/master', 'master']) {
    try {
      await run('git', ['rev-parse', '--verify', '--quiet', candidate], { cwd: root });
      return candidate;
    } catch {
      // try the next one
    }
  }
  throw new ToolError('Cannot find a base branch (origin/main or main); pass one with --base REF');
}

/**
 * Files (root-relative) added, modified, deleted or renamed (both names) since the merge base with `base`,
 * including uncommitted and untracked ones. Paths are read NUL-separated (`-z`): git quotes names with
 * non-ASCII characters otherwise, and a Korean file name would never match.
 */
export async function changedFiles(root: string, base: string): Promise<Set<string>> {
  await git(root, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`]).catch(() => {
    throw new ToolError(`Cannot find the git revision "${base}" given to --base`);
  });
  // --relative: paths relative to the handbook root, which need not be the repository's top level.
  // --no-renames: a rename is its deletion and its addition, so both names are in the set.
  // Independent questions, asked at once: with the parse cache, git is a good part of `--changed`'s time.
  const [committed, working, untracked] = await Promise.all([
    git(root, ['diff', '-z', '--relative', '--name-only', '--no-renames', `${base}...HEAD`]),
    git(root, ['diff', '-z', '--relative', '--name-only', '--no-renames', 'HEAD']),
    git(root, ['ls-files', '-z', '--others', '--exclude-standard']),
  ]);
  const files = new Set<string>();
  for (const name of `${committed}\0${working}\0${untracked}`.split('\0')) if (name) files.add(name);
  return files;
}

/**
 * The text of `relPath` (relative to the handbook root) in the merge base of `base` and HEAD — the version
 * a pull request started from — or undefined when the file did not exist there.
 */
export async function fileAtMergeBase(root: string, base: string, relPath: string): Promise<string | undefined> {
  const commit = (await git(root, ['merge-base', base, 'HEAD'])).trim();
  // ls-tree and show read `./path` relative to the working folder, which is the handbook root.
  const listed = await git(root, ['ls-tree', '-z', '--name-only', commit, '--', relPath]);
  if (!listed) return undefined;
  return git(root, ['show', `${commit}:./${relPath}`]);
}

/**
 * Files renamed since the merge base with `base` (committed changes), new name → old name, as git's rename
 * detection finds them, so a renamed record is compared with what it was rather than counted as new.
 */
export async function renamesSince(root: string, base: string): Promise<Map<string, string>> {
  const out = await git(root, ['diff', '-z', '--relative', '--name-status', '-M', `${base}...HEAD`]);
  const fields = out.split('\0');
  const renames = new Map<string, string>();
  for (let i = 0; i < fields.length;) {
    const status = fields[i++] ?? '';
    if (status.startsWith('R') || status.startsWith('C')) {
      const from = fields[i++]!;
      const to = fields[i++]!;
      if (status.startsWith('R')) renames.set(to, from);
    } else if (status) i++;
  }
  return renames;
}
