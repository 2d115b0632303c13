/**
 * The text pagefind will index from a built HTML page, approximated closely enough to derive Hangul
 * sub-word forms from: the `data-pagefind-body` element (or `<body>` when the page has none), minus
 * `data-pagefind-ignore` subtrees and the elements pagefind always skips. Must not include text outside
 * the body: a nav label on every page would otherwise make every page match it.
 *
 * The same pass writes the copy of the page pagefind reads (never the file in dist/), with two changes:
 * - element boundaries become spaces: pagefind joins the text of neighbouring elements, so a label and
 *   its value (`<dt>요청자</dt><dd>정하영</dd>`, two badges side by side) became one word, in the index
 *   and in excerpts. A space goes before every block tag and between an inline element's end and the
 *   next element's start; inside a word (`복제<b>지연</b>이`) and inside code nothing changes.
 * - short command flags in code (`-z`, `-q`, `-A5`) are left out: pagefind retries an unmatched query
 *   word as ever shorter prefixes, so `zzzxq` found a runbook through its `-z`. Long flags
 *   (`--login-path`) stay searchable.
 * - inside an indexed element, the tags pagefind makes nothing of are left out (`flatten`, below): its
 *   parser spends ≈8 µs on each element, and a page's body has ≈140 of them (colour-coded code, lists,
 *   tables, definition lists), more than half of what pagefind spends on a page. The index it writes is
 *   the same, byte for byte (tests/search/flattened-index.test.ts).
 *
 * A small tag scanner rather than a DOM: it runs over every page of a 10k-document build.
 */

import { decodeHTML } from 'entities';

/** Elements pagefind leaves out of the index (pagefind's own list). */
const SKIPPED = new Set(['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template']);
/** Elements whose content is raw text: nothing inside is a tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'template']);
/** Elements whose text is code: no spaces inserted (token colouring splits words into spans), flags dropped. */
const CODE = new Set(['pre', 'code', 'kbd', 'samp']);
/** Headings whose words weigh more, also in their sub-word forms. */
const HEADING = new Set(['h1', 'h2', 'h3']);
/** A short flag as a whole token of code: one dash, one to three letters or digits (`-z`, `-A5`, `-qO-`). */
const SHORT_FLAG = /(^|[\s"'(=])-[A-Za-z][A-Za-z0-9]{0,2}-?(?=$|[\s"')=])/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/**
 * Elements pagefind reads for more than their text, so never left out: headings (weights, the title),
 * images (the result's image), `<br>` (a space) and what sits outside a body.
 */
const READ_ELEMENTS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'img', 'br', 'html', 'head', 'body', 'title', 'meta', 'link']);
/**
 * Filters, meta, sort keys, weights: an element carrying one is kept with everything inside it unchanged
 * (some take their value from the text inside). `data-pagefind-body` is not one of them: what is inside
 * a body is what gets flattened; `data-pagefind-ignore` neither (below).
 */
const PAGEFIND_ATTRIBUTE = /\sdata-pagefind-(?!(?:body|ignore)(?=[\s=/]|$))[\w-]+(?=[\s=/]|$)/i;
/** An `id` makes an element inside a body an anchor: a sub-result, with the text inside it. */
const ID_ATTRIBUTE = /\sid(?=[\s=/]|$)/i;
/** pagefind's inline elements: one inside an anchor adds its text to the anchor's (its INLINE_SELECTORS). */
const ANCHOR_INLINE = new Set(
  'a abbr acronym b bdo big br button cite code dfn em i img input kbd label map object output q samp script select small span strong sub sup textarea time tt var'.split(
    ' ',
  ),
);
/** A `data-pagefind-body` attribute somewhere in a page (the marker of the part pagefind indexes). */
const BODY_MARKER = /\sdata-pagefind-body[\s=>/]/;
/** What pagefind reads outside the indexed elements: its attributes (bar ignore) and images. */
export const PAGEFIND_READS = /data-pagefind-(?!ignore)|<img\b/i;
/** Where text is not markup: a page's start is skipped only if each of these that opens in it also closes. */
const UNPARSED = [
  [/<!--/g, /-->/g],
  [/<script\b/gi, /<\/script\b/gi],
  [/<style\b/gi, /<\/style\b/gi],
  [/<template\b/gi, /<\/template\b/gi],
  [/<textarea\b/gi, /<\/textarea\b/gi],
  [/<title\b/gi, /<\/title\b/gi],
] as const;
/** Start tags that close an open `<p>` (the HTML parsing rules). */
const CLOSES_P = new Set(
  'address article aside blockquote details dialog div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre search section table ul'.split(
    ' ',
  ),
);
/** Inline elements do not separate words (`복제<b>지연</b>` is one word); everything else does. */
const INLINE = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdo',
  'big',
  'button',
  'cite',
  'code',
  'dfn',
  'em',
  'i',
  'kbd',
  'map',
  'mark',
  'object',
  'output',
  'q',
  's',
  'samp',
  'select',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
]);

// Attributes as an unrolled loop (runs of plain characters between quoted values): the same strings as
// `(?:[^>"']|"[^"]*"|'[^']*')*`, without one alternation per character.
const TOKEN = /<!--[\s\S]*?-->|<!\w[^>]*>|<(\/?)([a-zA-Z][\w:-]*)([^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*)>/g;

export interface PageText {
  /** Whether the page marks its indexed part with `data-pagefind-body`. */
  hasBody: boolean;
  /** The text, one line per block element (paragraph, heading, list item, cell…). */
  text: string;
  /** The text of the page's h1–h3 headings, one line each (also part of `text`). */
  headings: string;
}

export interface ScannedPage extends PageText {
  /** The copy of the page pagefind reads: element boundaries spaced, short flags in code dropped, plain tags of the body left out. */
  html: string;
  /** Where each outermost `data-pagefind-body` element starts and ends in `html` (end exclusive). */
  bodies: [number, number][];
}

interface Open {
  name: string;
  body: boolean;
  skip: boolean;
  /** Its tags are left out of the flattened copy. */
  dropped: boolean;
  /** Carries a filter, meta, sort or weight: nothing inside it is flattened. */
  read: boolean;
  /** Text inside it is part of an anchor's text (pagefind's rule: an id, or inline inside an anchored element). */
  anchored: boolean;
  /** A skipped subtree (ignored, or an element pagefind skips) that may be left out whole: where it began in the flattened copy. */
  cut?: { pieces: number; length: number; possible: boolean };
}

export interface ScanOptions {
  /**
   * Leave out of the copy what pagefind makes nothing of inside `data-pagefind-body` (default true):
   * - the tags of elements it reads nothing from (no heading, image, `<br>`, no id, no `data-pagefind-*`,
   *   not inside an element with a filter or meta, not the child of an anchored element). Their text
   *   joins the parent's in the same place, and the spaces this scan puts at every block boundary are
   *   still there, so the words, their positions, the anchors' texts and the excerpts are the same.
   *   (The only other thing pagefind does at a block's end, adding a full stop after a last word
   *   character, never happens here: the block's text always ends with that space.)
   * - skipped subtrees whole (`data-pagefind-ignore`, `svg`, `nav`, `form`…): pagefind drops their text,
   *   so only what it reads besides text keeps one: a filter, meta or sort key, an image, an h1, a
   *   `<title>` before the page's own, an id on the skipped element itself.
   * Where the scan cannot be sure the tags nest as pagefind's parser will see them (a closing tag that
   * closes others, an unclosed element, `<div/>`, a block inside `<p>`), the page is copied unflattened.
   */
  flatten?: boolean;
}

export function indexedText(html: string): PageText {
  const { hasBody, text, headings } = scanPage(html);
  return { hasBody, text, headings };
}

/** `indexedText` plus the copy for pagefind and where its indexed elements are, in one pass. */
export function scanPage(html: string, { flatten = true }: ScanOptions = {}): ScannedPage {
  const hasBody = BODY_MARKER.test(html);
  const stack: Open[] = [];
  const parts: string[] = [];
  const headingParts: string[] = [];
  // The copy for pagefind, built as the scan goes, twice: whole (`out`) and flattened (`flat`, without
  // the dropped tags and cut subtrees). Positions are recorded in both; which copy is returned is known
  // only at the end.
  const out: string[] = [];
  const flat: string[] = [];
  let outLength = 0;
  let flatLength = 0;
  const emit = (piece: string, dropped = false) => {
    out.push(piece);
    outLength += piece.length;
    if (dropped) return;
    flat.push(piece);
    flatLength += piece.length;
  };
  let flattenable = flatten && hasBody;
  let readDepth = 0;
  let bodyDepth = 0;
  let skipDepth = 0;
  let codeDepth = 0;
  let headingDepth = 0;
  let sawTitle = false;
  let last = 0;
  /** Whether the previous token was a closing tag with no text after it. */
  let afterClose = false;
  const bodies: [number, number][] = [];
  const flatBodies: [number, number][] = [];
  let bodyStart = -1;
  let flatBodyStart = -1;
  TOKEN.lastIndex = 0;
  // What comes before the first body and after the last one is copied as it is, not scanned (≈half of a
  // page's tags: head, header, navigation, footer, the search dialog, scripts), when nothing there is read
  // by pagefind: only the bodies' text counts and `onlyIndexed` drops the rest. Not when unflattened, so
  // that copy stays the whole page spaced.
  if (flattenable) {
    const start = firstBodyTag(html);
    if (start > 0) {
      const before = html.slice(0, start);
      if (!PAGEFIND_READS.test(before)) {
        sawTitle = /<title\b/i.test(before);
        emit(before);
        last = TOKEN.lastIndex = start;
      }
    }
  }

  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    const inScope = hasBody ? bodyDepth > 0 : stack.some((o) => o.name === 'body');
    if (m.index > last) {
      let between = html.slice(last, m.index);
      if (codeDepth > 0) between = between.replace(SHORT_FLAG, '$1');
      if (inScope && skipDepth === 0) {
        parts.push(between);
        if (headingDepth > 0) headingParts.push(between);
      }
      emit(between);
      afterClose = false;
    }
    last = TOKEN.lastIndex;
    const [whole, closing, rawName, attrs = ''] = m;
    if (!rawName) {
      emit(whole); // comment or doctype
      continue;
    }
    const name = rawName.toLowerCase();
    const inline = INLINE.has(name);
    if (!inline || (!closing && afterClose && codeDepth === 0)) emit(' ');

    if (closing) {
      const at = stack.findLastIndex((o) => o.name === name);
      let bodyEnded = false;
      // Closing more than the innermost element, or nothing open: parsers differ on what that means.
      if (bodyDepth > 0 && (at < 0 ? !RAW_TEXT.has(name) : at !== stack.length - 1)) flattenable = false;
      const closed = at >= 0 ? stack[at] : undefined;
      if (at >= 0) {
        for (const o of stack.splice(at)) {
          if (o.body && --bodyDepth === 0) bodyEnded = true;
          if (o.skip) skipDepth--;
          if (o.read) readDepth--;
          if (CODE.has(o.name)) codeDepth--;
          if (HEADING.has(o.name)) {
            headingDepth--;
            headingParts.push('\n');
          }
        }
        if (!inline) parts.push('\n');
      }
      if (closed?.cut?.possible) {
        // The whole subtree goes, from its start tag to here.
        flat.length = closed.cut.pieces;
        flatLength = closed.cut.length;
        emit(whole, true);
      } else emit(whole, closed?.dropped);
      if (bodyEnded) {
        bodies.push([bodyStart, outLength]);
        flatBodies.push([flatBodyStart, flatLength]);
        // The last body: the rest is copied as it is (see above).
        const rest = flattenable ? html.slice(last) : '';
        if (flattenable && !BODY_MARKER.test(rest) && !PAGEFIND_READS.test(rest)) break;
      }
      afterClose = true;
      continue;
    }

    if (!inline) parts.push('\n');
    afterClose = false;
    const parent = stack.at(-1);
    const inBody = bodyDepth > 0;
    const read = PAGEFIND_ATTRIBUTE.test(` ${attrs}`);
    const body = /\sdata-pagefind-body(?=[\s=/]|$)/.test(` ${attrs}`);
    const skip = SKIPPED.has(name) || /\sdata-pagefind-ignore(?=[\s=/]|$)/.test(` ${attrs}`);
    // A second body keeps the anchor of its own id (pagefind only drops the first's with the text before it).
    const id = (inBody || body) && ID_ATTRIBUTE.test(` ${attrs}`);
    const anchored = id || (ANCHOR_INLINE.has(name) && parent?.anchored === true);
    if (skipDepth > 0) {
      // Inside a skipped subtree: what would make pagefind read something from it.
      const cut = stack.findLast((o) => o.cut)?.cut;
      if (cut && (read || name === 'img' || name === 'h1' || (name === 'title' && !sawTitle))) cut.possible = false;
    }
    if (name === 'title') sawTitle = true;
    // A block inside a paragraph closes the paragraph, for an HTML parser: not the nesting seen here.
    if (inBody && CLOSES_P.has(name) && stack.some((o) => o.name === 'p')) flattenable = false;
    // Left out of the flattened copy: a tag in a body that pagefind reads nothing from.
    const droppable = inBody && skipDepth === 0 && readDepth === 0 && !read && !id && !skip && !body && parent?.anchored !== true && !READ_ELEMENTS.has(name);
    if (VOID.has(name) || attrs.trimEnd().endsWith('/')) {
      // `<div/>` opens a div that never closes, for an HTML parser.
      if (!VOID.has(name) && inBody) flattenable = false;
      emit(whole, droppable && VOID.has(name));
      continue;
    }
    const tagStart = outLength;
    const flatTagStart = flatLength;
    const flatPieces = flat.length;
    const dropped = droppable && !RAW_TEXT.has(name);
    emit(whole, dropped);
    if (RAW_TEXT.has(name)) {
      const end = html.indexOf(`</${name}`, last);
      const stop = end < 0 ? html.length : end;
      emit(html.slice(last, stop));
      last = TOKEN.lastIndex = stop;
      // The closing tag is read next and pops nothing; raw text never counts.
      continue;
    }
    const open: Open = { name, body, skip, dropped, read, anchored };
    // The outermost skipped element of a body, not an anchor itself, with nothing read on it.
    if (skip && inBody && skipDepth === 0 && !body && !id && !read && readDepth === 0) {
      open.cut = { pieces: flatPieces, length: flatTagStart, possible: true };
    }
    if (open.body && bodyDepth++ === 0) {
      bodyStart = tagStart;
      flatBodyStart = flatTagStart;
    }
    if (open.skip) skipDepth++;
    if (open.read) readDepth++;
    if (CODE.has(name)) codeDepth++;
    if (HEADING.has(name)) headingDepth++;
    stack.push(open);
  }
  emit(html.slice(last));
  // A body left open: where it ends is up to the parser.
  if (bodyDepth > 0) flattenable = false;
  const copy = flattenable ? { html: flat.join(''), bodies: flatBodies } : { html: out.join(''), bodies };
  return { hasBody, text: lines(parts), headings: lines(headingParts), ...copy };
}

/**
 * Where the first `data-pagefind-body` element's start tag begins, or -1 when that is not certain: the
 * marker must be inside a start tag, with every comment and raw-text element before it closed.
 */
function firstBodyTag(html: string): number {
  const marker = html.search(BODY_MARKER);
  const start = html.lastIndexOf('<', marker);
  if (marker < 0 || start < 0) return -1;
  TOKEN.lastIndex = start;
  const tag = TOKEN.exec(html);
  TOKEN.lastIndex = 0;
  if (!tag || tag.index !== start || !tag[2] || tag[1] || start + tag[0].length <= marker) return -1;
  const before = html.slice(0, start);
  const count = (re: RegExp) => before.match(re)?.length ?? 0;
  return UNPARSED.every(([open, close]) => count(open) === count(close)) ? start : -1;
}

/** Block boundaries stay as line breaks, so a word is never joined with the first word of the next block. */
function lines(parts: string[]): string {
  return decodeHTML(parts.join(''))
    .split(/\s*\n\s*/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
