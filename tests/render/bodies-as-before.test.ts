/**
 * Rendering bodies as data (src/lib/render/body.ts) replaced compiling each body as an MDX module. The
 * example handbook's bodies must read as they did: tests/fixtures/bodies-before-render-as-data.json holds
 * every public document's body HTML as the site built it at the commit before that change (f7dcaaf^:
 * the inner HTML of the page's `div.prose`, or `section.narrative` on report pages, cut from the built
 * page), with the document's source at that commit. Each source is rendered again with today's renderer
 * and compared element by element and text by text.
 *
 * Allowed differences, and only these: code blocks are compared by their language and text (colours were
 * inline styles then and are classes now, with other token boundaries), and entity spelling (`&quot;`
 * and `"` are the same text). Registered components (the policy tables) are placed by the page, not by
 * the renderer: where the renderer leaves a component, the old HTML must have rendered something there.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { ElementContent, Root, RootContent } from 'hast';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnyDocument } from '../../src/lib/handbook.ts';
import { parseMdx } from '../../src/lib/mdx.ts';
import { parseSource } from '../../src/lib/source.ts';
import { renderDocumentBody } from '../../src/site/render-body.ts';

interface Captured {
  file: string;
  page: string;
  source: string;
  html: string;
}
const fixture = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../fixtures/bodies-before-render-as-data.json'), 'utf8')) as {
  commit: string;
  documents: Captured[];
};

function textOf(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** A code block as its language and text; everything else as it is. */
function normalise(node: ElementContent): ElementContent {
  if (node.type !== 'element') return node;
  if (node.tagName === 'pre') {
    const language = node.properties.dataLanguage;
    return { type: 'element', tagName: 'pre', properties: language ? { dataLanguage: language } : {}, children: [{ type: 'text', value: textOf(node) }] };
  }
  return { ...node, children: node.children.map(normalise) };
}

/** The top-level nodes of an HTML fragment, normalised, without the blank text between blocks. */
function blocks(html: string): string[] {
  const tree: Root = fromHtml(html, { fragment: true });
  return tree.children
    .filter((n): n is ElementContent => n.type !== 'doctype' && !(n.type === 'text' && n.value.trim() === '') && n.type !== 'comment')
    .map((n) => toHtml(normalise(n)));
}

const COMPONENT = Symbol('component');

async function renderedNow(source: string): Promise<(string | typeof COMPONENT)[]> {
  const { body } = parseSource(source);
  const document = { mdx: () => parseMdx(body) } as unknown as AnyDocument;
  const { parts } = await renderDocumentBody(document);
  return parts.flatMap((part): (string | typeof COMPONENT)[] => ('html' in part ? blocks(part.html) : [COMPONENT]));
}

/**
 * Walks both sequences: HTML blocks must be equal in order; a component stands for the old blocks up to
 * the next block both have (at least one: the old site rendered the table there).
 */
function compare(before: string[], now: (string | typeof COMPONENT)[]): void {
  let at = 0;
  for (const [i, block] of now.entries()) {
    if (block === COMPONENT) {
      const next = now.slice(i + 1).find((b): b is string => b !== COMPONENT);
      const end = next === undefined ? before.length : before.indexOf(next, at + 1);
      expect(end, 'a registered component rendered nothing before').toBeGreaterThan(at);
      at = end;
      continue;
    }
    expect(block).toBe(before[at]);
    at++;
  }
  expect(before.slice(at), 'blocks the old site rendered and today’s renderer does not').toEqual([]);
}

describe('document bodies render as they did before bodies were rendered as data', () => {
  it('has the capture of every public example document', () => {
    expect(fixture.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(fixture.documents.length).toBeGreaterThan(90);
    expect(new Set(fixture.documents.map((d) => d.file.split('/')[1])).size).toBe(6);
  });

  it.each(fixture.documents.map((d) => [d.file, d] as const))('%s', async (_file, captured) => {
    compare(blocks(captured.html), await renderedNow(captured.source));
  });

  it('would see a changed body (the comparison is not vacuous)', async () => {
    const captured = fixture.documents.find((d) => d.html.includes('<table'))!;
    const altered = captured.source.replace(/\n\n([^\n#|`<>-][^\n]*)\n/, '\n\n$1 (바뀜)\n');
    expect(altered).not.toBe(captured.source);
    expect(() => compare(blocks(captured.html), [])).toThrow();
    await expect(renderedNow(altered).then((now) => compare(blocks(captured.html), now))).rejects.toThrow();
  });
});
