/**
 * Who changed each content file, and when: one `git log` over `content/` for the whole build, parsed
 * once into a map by file. A per-file git process would cost minutes at 10,000 documents; this costs one
 * process and a linear parse. Outside a git repository (a tarball, a shallow CI checkout without
 * history) every file simply has no history and the pages say so.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface FileCommit {
  hash: string;
  /** Author date, ISO 8601 with offset (`git log %aI`). */
  date: string;
  author: string;
  email: string;
  subject: string;
  /** Every path under the logged folder this commit touched (shared by all its files' lists). */
  files: readonly string[];
}

/** Commits per root-relative path (`content/runbooks/x.mdx`), newest first. */
export type GitHistory = ReadonlyMap<string, readonly FileCommit[]>;

const RECORD = '\x1e';
const FIELD = '\x1f';

/** Parses `git log --name-only --format=<RS>%H<US>%aI<US>%an<US>%ae<US>%s` output. Pure; exported for tests. */
export function parseGitLog(output: string): Map<string, FileCommit[]> {
  const byFile = new Map<string, FileCommit[]>();
  for (const record of output.split(RECORD)) {
    if (!record.trim()) continue;
    const newline = record.indexOf('\n');
    const header = newline === -1 ? record : record.slice(0, newline);
    const [hash, date, author, email, ...subject] = header.split(FIELD);
    if (!hash || !date) continue;
    const files = (newline === -1 ? [] : record.slice(newline + 1).split('\n')).map((f) => f.trim()).filter(Boolean);
    const commit: FileCommit = { hash, date, author: author ?? '', email: email ?? '', subject: subject.join(FIELD), files };
    for (const path of files) {
      let list = byFile.get(path);
      if (!list) byFile.set(path, (list = []));
      list.push(commit);
    }
  }
  return byFile;
}

/** Reads the history of every file under `folder` (default `content`) in one git call. */
export async function readGitHistory(root: string, folder = 'content'): Promise<GitHistory> {
  try {
    const { stdout } = await run(
      'git',
      ['-c', 'core.quotepath=off', 'log', '--no-renames', '--name-only', `--format=${RECORD}%H${FIELD}%aI${FIELD}%an${FIELD}%ae${FIELD}%s`, '--', folder],
      { cwd: root, maxBuffer: 512 * 1024 * 1024 },
    );
    return parseGitLog(stdout);
  } catch {
    // Not a git checkout, or git is missing: pages show "no history" instead of failing the build.
    return new Map();
  }
}
