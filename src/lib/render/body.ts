/**
 * Renders a document body as data: the check's own MDX parse (mdast) becomes HTML through hast, with
 * no module compiled and nothing evaluated. ESM and expressions are dropped (comments included), JSX
 * elements become HTML only when the content profile allows them, registered components become
 * placeholders the page fills in, and the result is sanitised from the same profile. Pure: the code
 * highlighter is passed in.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Code, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import {
  ALLOWED_HTML,
  browserUrl,
  checkEmbedUrl,
  checkLinkUrl,
  DROPPED_WITH_CONTENT,
  isRegisteredComponent,
  URL_ATTRIBUTES,
  type RegisteredComponent,
} from '../content-profile.ts';
import { propertyOf, SANITIZE_SCHEMA } from './sanitize-schema.ts';
import { smartTypography } from './typography.ts';

/** Turns a fenced code block into a `<pre>` element (sync: the caller loads its languages first). */
export type Highlighter = (code: string, lang: string | undefined) => Element;

interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
}

/** HTML to insert as is, or a registered component for the page to render in its place. */
export type BodyPart = { html: string } | { component: RegisteredComponent };

export interface RenderedBody {
  parts: BodyPart[];
  headings: RenderedHeading[];
}

const DROPPED: ReadonlySet<string> = new Set(DROPPED_WITH_CONTENT);

/** The languages of a tree's fenced code blocks, so the caller can load them before rendering. */
export function codeLanguages(tree: Root): string[] {
  const langs = new Set<string>();
  visit(tree, 'code', (node: Code) => void (node.lang && langs.add(node.lang.toLowerCase())));
  return [...langs];
}

function jsxElement(state: State, node: MdxJsxFlowElement | MdxJsxTextElement): ElementContent[] | undefined {
  const name = node.name;
  // A fragment (`<>…</>`) is its children; components are placed by `renderBody` and dropped elsewhere.
  if (name === null) return state.all(node) as ElementContent[];
  if (DROPPED.has(name.toLowerCase()) || /[A-Z.:]/.test(name)) return undefined;
  const allowed = ALLOWED_HTML[name];
  if (!allowed) return state.all(node) as ElementContent[];
  const properties: Record<string, string | true> = {};
  for (const attribute of node.attributes) {
    // Only literal attributes: `{…}` values and spreads are expressions, never evaluated.
    if (attribute.type !== 'mdxJsxAttribute') continue;
    const { name: attr, value } = attribute as MdxJsxAttribute;
    if (!allowed.includes(attr) || (value !== null && value !== undefined && typeof value !== 'string')) continue;
    properties[propertyOf(attr)] = typeof value === 'string' ? (URL_ATTRIBUTES[attr] ? browserUrl(value) : value) : true;
  }
  return [{ type: 'element', tagName: name, properties, children: state.all(node) as ElementContent[] }];
}

const dropped: Handler = () => undefined;

function handlers(highlight: Highlighter): Record<string, Handler> {
  return {
    mdxjsEsm: dropped,
    mdxFlowExpression: dropped,
    mdxTextExpression: dropped,
    mdxJsxFlowElement: (state, node) => jsxElement(state, node as MdxJsxFlowElement),
    mdxJsxTextElement: (state, node) => jsxElement(state, node as MdxJsxTextElement),
    code: (_state, node) => highlight((node as Code).value, (node as Code).lang ?? undefined),
  };
}

/**
 * After the sanitiser, URLs are held to the profile itself: a link must pass `checkLinkUrl` and anything
 * the page loads must be one of the site's assets (`checkEmbedUrl`), which also refuses protocol-relative
 * `//host/` URLs that carry no scheme for the sanitiser to refuse.
 */
function clean(tree: HastRoot): HastRoot {
  const safe = sanitize(tree, SANITIZE_SCHEMA) as HastRoot;
  visit(safe, 'element', (node: Element) => {
    const { href, src } = node.properties;
    if (href !== undefined && !(typeof href === 'string' && checkLinkUrl(href).ok)) delete node.properties.href;
    if (src !== undefined && !(typeof src === 'string' && checkEmbedUrl(src).ok)) delete node.properties.src;
  });
  return safe;
}

/** Heading ids as Astro gives them (github-slugger over the heading text), once per document. */
function addHeadingIds(tree: HastRoot, slugger: GithubSlugger, headings: RenderedHeading[]): void {
  visit(tree, 'element', (node: Element) => {
    const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
    if (!depth) return;
    const text = hastText(node);
    const slug = slugger.slug(text);
    node.properties.id = slug;
    headings.push({ depth: Number(depth), slug, text });
  });
}

function hastText(node: HastNodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((c) => hastText(c as HastNodes)).join('') : '';
}

function componentOf(node: RootContent): RegisteredComponent | undefined {
  return node.type === 'mdxJsxFlowElement' && node.name && isRegisteredComponent(node.name) ? node.name : undefined;
}

/**
 * The body as HTML parts. Registered components are honoured only at the top level of the body (where
 * the profile allows them); everywhere else they are dropped.
 */
export function renderBody(parsed: Root, highlight: Highlighter): RenderedBody {
  // The parse is the check's and is shared: typography works on a copy.
  const tree = structuredClone(parsed);
  // Typographic quotes, as Astro's Markdown has always rendered prose ("…" → “…”).
  smartTypography(tree);
  const parts: BodyPart[] = [];
  const headings: RenderedHeading[] = [];
  const slugger = new GithubSlugger();
  const options = { handlers: handlers(highlight), allowDangerousHtml: false };
  let pending: RootContent[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const hast = toHast({ type: 'root', children: pending }, options) as HastRoot;
    const safe = clean(hast);
    addHeadingIds(safe, slugger, headings);
    const html = toHtml(safe);
    if (html.trim()) parts.push({ html });
    pending = [];
  };
  for (const node of tree.children) {
    const component = componentOf(node);
    if (component) {
      flush();
      parts.push({ component });
    } else {
      pending.push(node);
    }
  }
  flush();
  return { parts, headings };
}
