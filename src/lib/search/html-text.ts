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
  /** The copy of the page pagefind reads: element boundaries spaced, short flags in code dropped. */
  html: string;
  /** Where each outermost `data-pagefind-body` element starts and ends in `html` (end exclusive). */
  bodies: [number, number][];
}

interface Open {
  name: string;
  body: boolean;
  skip: boolean;
}

export function indexedText(html: string): PageText {
  const { hasBody, text, headings } = scanPage(html);
  return { hasBody, text, headings };
}

/** `indexedText` plus the copy for pagefind and where its indexed elements are, in one pass. */
export function scanPage(html: string): ScannedPage {
  const hasBody = /\sdata-pagefind-body[\s=>/]/.test(html);
  const stack: Open[] = [];
  const parts: string[] = [];
  const headingParts: string[] = [];
  // The copy for pagefind, built as the scan goes; positions in it are `out` lengths.
  const out: string[] = [];
  let outLength = 0;
  const emit = (piece: string) => {
    out.push(piece);
    outLength += piece.length;
  };
  let bodyDepth = 0;
  let skipDepth = 0;
  let codeDepth = 0;
  let headingDepth = 0;
  let last = 0;
  /** Whether the previous token was a closing tag with no text after it. */
  let afterClose = false;
  const bodies: [number, number][] = [];
  let bodyStart = -1;
  TOKEN.lastIndex = 0;

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
      if (at >= 0) {
        for (const o of stack.splice(at)) {
          if (o.body && --bodyDepth === 0) bodyEnded = true;
          if (o.skip) skipDepth--;
          if (CODE.has(o.name)) codeDepth--;
          if (HEADING.has(o.name)) {
            headingDepth--;
            headingParts.push('\n');
          }
        }
        if (!inline) parts.push('\n');
      }
      emit(whole);
      if (bodyEnded) bodies.push([bodyStart, outLength]);
      afterClose = true;
      continue;
    }

    if (!inline) parts.push('\n');
    afterClose = false;
    if (VOID.has(name) || attrs.trimEnd().endsWith('/')) {
      emit(whole);
      continue;
    }
    const tagStart = outLength;
    emit(whole);
    if (RAW_TEXT.has(name)) {
      const end = html.indexOf(`</${name}`, last);
      const stop = end < 0 ? html.length : end;
      emit(html.slice(last, stop));
      last = TOKEN.lastIndex = stop;
      // The closing tag is read next and pops nothing; raw text never counts.
      continue;
    }
    const open: Open = {
      name,
      body: /\sdata-pagefind-body(?=[\s=/]|$)/.test(` ${attrs}`),
      skip: SKIPPED.has(name) || /\sdata-pagefind-ignore(?=[\s=/]|$)/.test(` ${attrs}`),
    };
    if (open.body && bodyDepth++ === 0) bodyStart = tagStart;
    if (open.skip) skipDepth++;
    if (CODE.has(name)) codeDepth++;
    if (HEADING.has(name)) headingDepth++;
    stack.push(open);
  }
  emit(html.slice(last));
  return { hasBody, text: lines(parts), headings: lines(headingParts), html: out.join(''), bodies };
}

/** Block boundaries stay as line breaks, so a word is never joined with the first word of the next block. */
function lines(parts: string[]): string {
  return decodeHTML(parts.join(''))
    .split(/\s*\n\s*/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
