/**
 * Which document a link names, read every way a reader could mean it: an absolute URL's path, or a
 * relative link from the page (`/incidents/<id>/`) or from the file (`content/incidents/2026/<id>.mdx`).
 * Shared by `document/restricted-reference` and `check --changed`'s reverse references.
 */
import type { Definition, Link, Node } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { Kind } from '../schemas/kinds.ts';
import { URL_ATTRIBUTES } from './content-profile.ts';
import { documentMayLink, type AnyDocument } from './handbook.ts';
import { documentRoute } from './paths.ts';
import type { YamlPath } from './source.ts';

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

/** A link a document's page shows: where it comes from and where it sits in the file. */
export interface DocumentLink {
  url: string;
  source: 'action-item' | 'evidence' | 'body';
  /** Frontmatter field (action items, evidence). */
  at?: YamlPath;
  /** 1-based file position (body links). */
  line?: number;
  column?: number;
}

/**
 * Every link a document's page shows: action item links, routine evidence (shown as a link when it is a
 * URL), and body links, link definitions and `href`/`src` attributes of HTML in the body. One list for
 * every rule that follows links to documents, so they cannot disagree about what a page links to.
 */
export function documentLinks(document: AnyDocument): DocumentLink[] {
  const links: DocumentLink[] = [];
  const add = (url: string, link: Omit<DocumentLink, 'url'>) => {
    const target = url.trim();
    if (target && !target.startsWith('#')) links.push({ url: target, ...link });
  };
  if (document.kind === 'incident') {
    document.data.action_items.forEach((item, i) => item.link && add(item.link, { source: 'action-item', at: ['action_items', i, 'link'] }));
  }
  if (document.kind === 'routine') document.data.evidence.forEach((item, i) => add(item, { source: 'evidence', at: ['evidence', i] }));
  // Most bodies have no link syntax at all; the parser is skipped for them (and cached ones are not read).
  if (!documentMayLink(document)) return links;
  const parsed = document.mdx();
  if (!parsed.ok) return links;
  const body = (url: string, position: Node['position']) =>
    add(url, { source: 'body', line: document.bodyLine + (position?.start.line ?? 1) - 1, column: position?.start.column ?? 1 });
  visit(parsed.tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') {
      body((node as Link | Definition).url, node.position);
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      // Raw HTML links (`<a href="/incidents/<id>/">`) are rendered as links too.
      for (const attribute of (node as MdxJsxFlowElement | MdxJsxTextElement).attributes) {
        if (attribute.type === 'mdxJsxAttribute' && URL_ATTRIBUTES[attribute.name] && typeof attribute.value === 'string') body(attribute.value, node.position);
      }
    }
  });
  return links;
}
