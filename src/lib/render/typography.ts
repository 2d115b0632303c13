/**
 * Typographic punctuation in a body ("…" → “…”, -- → —, ... → …), exactly as remark-smartypants 3
 * renders it (the typography Astro's Markdown always gave these documents), without its cost.
 *
 * remark-smartypants parses the document's whole text with retext once for quotes, then every text node
 * again for dashes, ellipses and backticks: at 2,000 documents that was 1.7 s of a build's main thread,
 * nearly all spent on text with nothing to change. Here a pass runs only when its text holds a character
 * it could change, and otherwise leaves the text as it is, which is what the pass would have returned
 * (retext is lossless, and smartypants touches only those characters). Same algorithm otherwise:
 * `tests/render/typography.test.ts` holds it to remark-smartypants on every example body and on
 * generated text.
 */
import type { Nodes, Parents, Root } from 'mdast';
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';
import { visit } from 'unist-util-visit';

/** The nodes remark-smartypants reads: literals whose text it changes or stands in for, and the blocks it separates. */
const VISITED: ReadonlySet<string> = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
/** Blocks whose text starts fresh: a space is put before them so a quote at their start opens. */
const BLOCKS: ReadonlySet<string> = new Set(['paragraph', 'heading', 'tableCell']);
const IGNORED_ELEMENTS: ReadonlySet<string> = new Set(['style', 'script']);

/** What the quote pass can change: the straight quotes. */
const QUOTES = /["']/;
/** What the second pass can change: `--`, runs of dots (spaced or not), ``` `` ``` and `''`. */
const DASHES_ELLIPSES_BACKTICKS = /--|\.\s*\.|``|''/;

// Two processors, as remark-smartypants: quotes across the whole text first, then the replacements that
// change a string's length on each text node alone.
const quotes = retext().use(retextSmartypants, { ellipses: false, dashes: false, backticks: false });
const others = retext().use(retextSmartypants, { quotes: false });

type Literal = Extract<Nodes, { value: string }>;

function isLiteral(node: Nodes): node is Literal {
  return 'value' in node && typeof node.value === 'string';
}

function visited(node: Nodes, parent: Parents | undefined): boolean {
  if (!parent || !VISITED.has(node.type)) return false;
  if (parent.type === 'mdxJsxTextElement' && (typeof parent.name !== 'string' || IGNORED_ELEMENTS.has(parent.name))) return false;
  return isLiteral(node) || BLOCKS.has(node.type);
}

/** Applies the typography to the tree in place. */
export function smartTypography(tree: Root): void {
  let allText = '';
  const nodes: Nodes[] = [];
  visit(tree, (node: Nodes, _index, parent: Parents | undefined) => {
    if (!visited(node, parent)) return;
    if (isLiteral(node)) allText += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
    else allText += ' ';
    nodes.push(node);
  });
  if (QUOTES.test(allText)) allText = quotes.processSync(allText).toString();
  let start = 0;
  for (const node of nodes) {
    if (!isLiteral(node)) {
      start += 1;
      continue;
    }
    const end = start + node.value.length;
    if (node.type === 'text') {
      const text = allText.slice(start, end);
      node.value = DASHES_ELLIPSES_BACKTICKS.test(text) ? others.processSync(text).toString() : text;
    }
    start = end;
  }
}
