/**
 * Which document a link names, read every way a reader could mean it: an absolute URL's path, or a
 * relative link from the page (`/incidents/<id>/`) or from the file (`content/incidents/2026/<id>.mdx`).
 * Shared by `document/restricted-reference` and `check --changed`'s reverse references.
 */
import type { Kind } from '../schemas/kinds.ts';
import { documentRoute } from './paths.ts';

/** The paths that name a document: its page route, its file and its file without the extension. */
export function namingPaths(kind: Kind, id: string, file: string): string[] {
  return [documentRoute(kind, id), file, file.replace(/\.mdx$/, '')];
}

/** The entry a URL path ends in (any prefix: a site base, a host, a repository blob path). */
export function endsIn<T>(paths: ReadonlyMap<string, T>, pathname: string): T | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    decoded = pathname;
  }
  const segments = decoded.replace(/\.md$/, '.mdx').split('/').filter(Boolean);
  // `/incidents/<id>/index.html` is the page's own file in the build: the same page as `/incidents/<id>/`.
  if (segments.at(-1) === 'index.html') segments.pop();
  for (let i = 0; i < segments.length; i++) {
    const hit = paths.get(segments.slice(i).join('/'));
    if (hit !== undefined) return hit;
  }
  return undefined;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The paths a link in `document` may mean: an absolute URL's path, or a relative link read from the page and from the file. */
export function linkPaths(document: { kind: Kind; id: string; file: string }, target: string): string[] {
  if (SCHEME.test(target)) {
    try {
      return [new URL(target).pathname];
    } catch {
      return [];
    }
  }
  const pathPart = target.split(/[?#]/)[0]!;
  if (!pathPart) return [];
  try {
    const page = new URL(`https://handbook.invalid/${documentRoute(document.kind, document.id)}/`);
    const file = new URL(`file:///${document.file}`);
    return [new URL(pathPart, page).pathname, new URL(pathPart, file).pathname];
  } catch {
    return [];
  }
}
