/**
 * Where a document body leaves the safe content profile (src/lib/content-profile.ts): one walk over the
 * check's MDX parse, shared by the `content/*` rules, each of which reports its own kind. Positions are
 * file lines (the body's offset applied). Pure.
 */
import type { Definition, Image, Link, Nodes } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { closest } from 'fastest-levenshtein';
import { visit } from 'unist-util-visit';
import {
  ALLOWED_HTML,
  assetPathOf,
  checkEmbedUrl,
  checkLinkUrl,
  isCommentExpression,
  isRegisteredComponent,
  REGISTERED_COMPONENTS,
  URL_ATTRIBUTES,
} from './content-profile.ts';
import type { AnyDocument } from './handbook.ts';
import { mayHaveLinks } from './mdx.ts';

export type ViolationKind = 'esm' | 'expression' | 'component' | 'html' | 'url' | 'embed';

export interface Violation {
  kind: ViolationKind;
  line: number;
  column: number;
  message: string;
}

interface ContentAnalysis {
  violations: Violation[];
  /** Asset files (`assets/x.png`, relative to content/) the body shows as images. */
  embeds: string[];
}

const cache = new WeakMap<AnyDocument, ContentAnalysis>();

/**
 * Every place a body leaves the profile. `assets` are the files under content/ (`assets/x.png`) that
 * embeds may name; without it asset existence is not checked.
 */
export function contentViolations(document: AnyDocument, assets?: ReadonlySet<string>): Violation[] {
  return analyseContent(document, assets).violations;
}

/** The violations and the embedded assets of a body, from one walk (cached per document). */
function analyseContent(document: AnyDocument, assets?: ReadonlySet<string>): ContentAnalysis {
  const cached = cache.get(document);
  if (cached) return cached;
  const found: Violation[] = [];
  const embeds: string[] = [];
  const analysis = { violations: found, embeds };
  cache.set(document, analysis);
  // Only MDX syntax or links can leave the profile; most bodies have neither and skip the parser.
  if (!mayHaveLinks(document.body)) return analysis;
  const parsed = document.mdx();
  if (!parsed.ok) return analysis;
  const at = (node: Nodes) => ({ line: document.bodyLine + (node.position?.start.line ?? 1) - 1, column: node.position?.start.column ?? 1 });
  const add = (kind: ViolationKind, node: Nodes, message: string) => found.push({ kind, ...at(node), message });

  const url = (node: Nodes, raw: string, use: 'link' | 'embed', what: string) => {
    const verdict = use === 'embed' ? checkEmbedUrl(raw) : checkLinkUrl(raw);
    if (!verdict.ok) {
      add(use === 'embed' && checkLinkUrl(raw).ok ? 'embed' : 'url', node, `Expected a safe ${what} URL, found "${raw}": ${verdict.reason}`);
      return;
    }
    const file = use === 'embed' ? assetPathOf(raw) : undefined;
    if (!file) return;
    embeds.push(file);
    if (assets && !assets.has(file)) add('embed', node, `Cannot find content/${file} that this image shows; add the file or fix the path`);
  };
  // Image references load from their definition's URL: definitions used by an image are embeds.
  const imageLabels = new Set<string>();
  visit(parsed.tree, 'imageReference', (node) => void imageLabels.add(node.identifier));

  visit(parsed.tree, (node: Nodes, _index, parent) => {
    switch (node.type) {
      case 'mdxjsEsm':
        add(
          'esm',
          node,
          'Found import/export in a document; documents are data and cannot import or run code. Remove the line (tables from the policy are components such as <SeverityTable />)',
        );
        return 'skip';
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentExpression(node.value)) {
          add(
            'expression',
            node,
            `Found a JavaScript expression {${node.value.trim().slice(0, 40)}}; documents cannot run code. Write "\\{" for a literal brace, or {/* … */} for a comment`,
          );
        }
        return 'skip';
      case 'link':
        url(node, (node as Link).url, 'link', 'link');
        return;
      case 'image':
        url(node, (node as Image).url, 'embed', 'image');
        return;
      case 'definition': {
        const d = node as Definition;
        url(node, d.url, imageLabels.has(d.identifier) ? 'embed' : 'link', imageLabels.has(d.identifier) ? 'image' : 'link');
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        jsx(node, parent?.type === 'root' && node.type === 'mdxJsxFlowElement');
        return;
      default:
        return;
    }
  });

  function jsx(node: MdxJsxFlowElement | MdxJsxTextElement, topLevel: boolean): void {
    const name = node.name;
    if (name === null) return;
    if (/^[A-Z]/.test(name) || /[.:]/.test(name)) {
      if (!isRegisteredComponent(name)) {
        const hint = closest(name, [...REGISTERED_COMPONENTS]);
        add(
          'component',
          node,
          `Cannot find the component <${name}>; did you mean <${hint} />? Documents may use only ${REGISTERED_COMPONENTS.map((c) => `<${c} />`).join(', ')}`,
        );
        return;
      }
      if (node.attributes.length > 0 || node.children.length > 0)
        add('component', node, `Expected <${name} /> with no attributes or content; it renders its table from content/policy.yaml`);
      else if (!topLevel) add('component', node, `Expected <${name} /> on a line of its own, not inside other content`);
      return;
    }
    const allowed = ALLOWED_HTML[name];
    if (!allowed) {
      add('html', node, `Found <${name}>, which documents may not use; allowed HTML elements: ${Object.keys(ALLOWED_HTML).join(', ')} (or write Markdown)`);
      return;
    }
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute') {
        add('expression', node, `Found a spread {…} in <${name}>; documents cannot run code. Write attributes as name="value"`);
        continue;
      }
      const a = attribute as MdxJsxAttribute;
      if (!allowed.includes(a.name)) {
        const why = /^on/i.test(a.name)
          ? 'event handlers run script'
          : a.name === 'style'
            ? 'styles can load from other sites and imitate the page'
            : 'it is not on the allowlist';
        add('html', node, `Found the attribute ${a.name} on <${name}> (${why}); allowed on <${name}>: ${allowed.join(', ') || 'none'}`);
        continue;
      }
      if (a.value !== null && a.value !== undefined && typeof a.value !== 'string') {
        add('expression', node, `Found an expression in ${a.name}={…} on <${name}>; documents cannot run code. Write ${a.name}="value"`);
        continue;
      }
      const use = URL_ATTRIBUTES[a.name];
      if (use && typeof a.value === 'string') url(node, a.value, use, use === 'embed' ? 'image' : 'link');
    }
  }
  return analysis;
}

/**
 * The assets these documents show, that exist: what a build publishes under /assets/. An asset only
 * restricted documents show is not in a public build's list, because the caller passes the audience's
 * documents only.
 */
export function assetsShownBy(documents: readonly AnyDocument[], assets: ReadonlySet<string> | undefined): string[] {
  if (!assets || assets.size === 0) return [];
  const shown = new Set<string>();
  for (const document of documents) for (const file of analyseContent(document, assets).embeds) if (assets.has(file)) shown.add(file);
  return [...shown].sort();
}
