/**
 * Which document a link names, read every way a reader could mean it: an absolute URL's path, or a
 * relative link from the page (`/incidents/<id>/`) or from the file (`content/incidents/2026/<id>.mdx`).
 * Shared by `document/restricted-reference` and `check --changed`'s reverse references.
 */
import type { Definition, Link, Node, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { Kind } from '../schemas/kinds.ts';
import { URL_ATTRIBUTES } from './content-profile.ts';
import { cachedBodyLinks, cachedFrontmatterNames, documentMayLink, type AnyDocument } from './handbook.ts';
import { documentRoute } from './paths.ts';
import { documentKindsOf, referencesOf } from './rules/document-reference.ts';
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

/** A link target as pages follow it: trimmed, and not an in-page anchor. */
function target(url: string): string | undefined {
  const t = url.trim();
  return t && !t.startsWith('#') ? t : undefined;
}

/** Links in frontmatter fields: action item links, and routine evidence (shown as a link when it is a URL). */
function fieldLinks(document: AnyDocument): DocumentLink[] {
  const links: DocumentLink[] = [];
  const add = (url: string, at: YamlPath, source: DocumentLink['source']) => {
    const t = target(url);
    if (t) links.push({ url: t, source, at });
  };
  if (document.kind === 'incident') document.data.action_items.forEach((item, i) => item.link && add(item.link, ['action_items', i, 'link'], 'action-item'));
  if (document.kind === 'routine') document.data.evidence.forEach((item, i) => add(item, ['evidence', i], 'evidence'));
  return links;
}

/** Each link a parsed body renders: links, link definitions and `href`/`src` of HTML elements. */
function eachBodyLink(tree: Root, visitLink: (url: string, position: Node['position']) => void): void {
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') {
      const t = target((node as Link | Definition).url);
      if (t) visitLink(t, node.position);
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      // Raw HTML links (`<a href="/incidents/<id>/">`) are rendered as links too.
      for (const attribute of (node as MdxJsxFlowElement | MdxJsxTextElement).attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || !URL_ATTRIBUTES[attribute.name] || typeof attribute.value !== 'string') continue;
        const t = target(attribute.value);
        if (t) visitLink(t, node.position);
      }
    }
  });
}

/** The link targets of a parsed body, as the parse cache keeps them (src/lib/handbook.ts). */
export function bodyLinkUrls(tree: Root): string[] {
  const urls: string[] = [];
  eachBodyLink(tree, (url) => urls.push(url));
  return urls;
}

/**
 * Every link a document's page shows, with where it sits in the file: frontmatter link fields, and body
 * links, link definitions and `href`/`src` attributes of HTML in the body. One list for every rule that
 * follows links to documents, so they cannot disagree about what a page links to.
 */
export function documentLinks(document: AnyDocument): DocumentLink[] {
  const links = fieldLinks(document);
  // Most bodies have no link syntax at all; the parser is skipped for them (and cached ones are not read).
  if (!documentMayLink(document)) return links;
  const parsed = document.mdx();
  if (!parsed.ok) return links;
  eachBodyLink(parsed.tree, (url, position) =>
    links.push({ url, source: 'body', line: document.bodyLine + (position?.start.line ?? 1) - 1, column: position?.start.column ?? 1 }),
  );
  return links;
}

/**
 * Where a document links, without positions. A document from the parse cache gives its body's links from
 * the cache, so `check --changed` follows every document's links without reading or parsing their bodies.
 */
function documentLinkUrls(document: AnyDocument): string[] {
  const cached = cachedBodyLinks(document);
  if (!cached) return documentLinks(document).map((l) => l.url);
  return [...(cachedFrontmatterNames(document)?.fieldLinks ?? fieldLinks(document).map((l) => l.url)), ...cached];
}

/** What a document's frontmatter names: the documents its reference fields name (as keys), and its link fields. */
export interface FrontmatterNames {
  refs: string[];
  fieldLinks: string[];
}

/** The names of `frontmatterNames`, worked out from the document's data (a parse cache keeps them). */
export function frontmatterNames(document: AnyDocument): FrontmatterNames {
  return { refs: referenceKeys(document), fieldLinks: fieldLinks(document).map((l) => l.url) };
}

function referenceKeys(document: AnyDocument): string[] {
  return referencesOf(document).flatMap((ref) => documentKindsOf(ref.target).map((kind) => `${kind}:${ref.id}`));
}

/**
 * The documents (by key) a document names: its reference fields, and its links that end in one of
 * `paths` (naming path → key, from `namingPaths`). Which documents count is the caller's: those of the
 * handbook (page keys), or those a change touched, deleted ones included (`check --changed`).
 */
export function referencedKeys(document: AnyDocument, paths: ReadonlyMap<string, string>): string[] {
  // A cached document answers from the cache, so `check --changed` does not parse every document's data.
  const keys = [...(cachedFrontmatterNames(document)?.refs ?? referenceKeys(document))];
  for (const url of documentLinkUrls(document)) {
    for (const p of linkPaths(document, url)) {
      const key = endsIn(paths, p);
      if (key !== undefined) keys.push(key);
    }
  }
  return keys;
}
