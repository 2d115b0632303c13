/**
 * Every path under content/ is a document, an asset, the policy, or a diagnostic: nothing is skipped
 * without a word. Symlinks: a link to a file inside the repository is read as that file; a link that
 * points outside the repository, to a folder, nowhere (dangling) or to itself (a loop) is an error,
 * because the check and the build must see the same bytes the reviewers saw. See docs/security.md.
 */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { ASSET_FOLDER } from '../lib/content-profile.ts';
import { isAssetPath, type LoadProblem } from '../lib/handbook.ts';

export interface ContentListing {
  /** Document candidates (relative to content/, sorted): `.mdx`, and `.md`/`.MDX` so a wrong extension is reported. */
  documents: string[];
  /** Files under content/assets/. */
  assets: string[];
  /** Readable files that are neither (stray or hidden files): reported, and still scanned for secrets. */
  others: string[];
  /** Paths that are none of these. */
  problems: LoadProblem[];
}

/** Files that stand in folders by convention and mean nothing to the handbook. */
const PLACEHOLDERS = new Set(['.gitkeep']);
const DOCUMENT_LIKE = /\.(mdx|md|markdown)$/i;

function problem(file: string, message: string): LoadProblem {
  return { file: `content/${file}`, rule: 'document/location', line: 1, column: 1, message };
}

/** Whether `target` is `root` or inside it. */
function inside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export function listContent(root: string): ContentListing {
  const content = path.join(root, 'content');
  const repository = realpathSync(root);
  const listing: ContentListing = { documents: [], assets: [], others: [], problems: [] };
  for (const { entry, rel } of walk(content, '')) {
    if (rel === 'policy.yaml' || PLACEHOLDERS.has(entry.name)) continue;
    if (entry.isSymbolicLink()) {
      const why = symlinkProblem(path.join(content, rel), repository);
      if (why) {
        listing.problems.push(problem(rel, why));
        continue;
      }
    } else if (!entry.isFile()) {
      listing.problems.push(problem(rel, `Expected a file, found a special file (socket, pipe or device) at "${rel}"; remove it`));
      continue;
    }
    if (isAssetPath(rel)) {
      listing.assets.push(rel);
    } else if (entry.name.startsWith('.')) {
      listing.others.push(rel);
      listing.problems.push(
        problem(rel, `Expected a file name that does not start with ".", found "${entry.name}"; hidden files are not published, so rename it (or delete it)`),
      );
    } else if (DOCUMENT_LIKE.test(entry.name)) {
      listing.documents.push(rel);
    } else {
      listing.others.push(rel);
      listing.problems.push(
        problem(rel, `Expected only documents (.mdx), images in content/${ASSET_FOLDER}/ and policy.yaml under content/, found "${rel}"; move or remove it`),
      );
    }
  }
  listing.documents.sort();
  listing.assets.sort();
  listing.others.sort();
  listing.problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return listing;
}

/**
 * Every entry under `dir` except folders, without following symlinks (Node's recursive readdir follows
 * them), with its path relative to the content folder (`/`-separated: built as the walk goes down, since
 * `path.relative` per file was a tenth of loading the handbook for `check --changed`).
 */
function* walk(dir: string, rel: string): Generator<{ entry: Dirent; rel: string }> {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const entryRel = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) yield* walk(path.join(dir, entry.name), entryRel);
    else yield { entry, rel: entryRel };
  }
}

/** Why a symlink cannot be read as a handbook file, or undefined when it can. */
function symlinkProblem(link: string, repository: string): string | undefined {
  let target: string;
  try {
    target = realpathSync(link);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return 'Found a symlink loop; replace the link with the file itself';
    return 'Found a symlink that points to nothing (dangling); fix the link or remove it';
  }
  if (!inside(repository, target))
    return 'Found a symlink to a file outside the repository; reviewers cannot see what it publishes, so copy the file in instead';
  if (statSync(target).isDirectory()) return 'Found a symlink to a folder; folders are not followed, so move the documents here instead';
  return undefined;
}
