/**
 * The text pagefind will index from a built HTML page, approximated closely enough to derive Hangul
 * sub-word forms from: the `data-pagefind-body` element (or `<body>` when the page has none), minus
 * `data-pagefind-ignore` subtrees and the elements pagefind always skips. Must not include text outside
 * the body: a nav label on every page would otherwise make every page match it.
 *
 * A small tag scanner rather than a DOM: it runs over every page of a 10k-document build.
 */

/** Elements pagefind leaves out of the index (pagefind's own list). */
const SKIPPED = new Set(['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template']);
/** Elements whose content is raw text: nothing inside is a tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'template']);
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
}

export interface ScannedPage extends PageText {
  /** Where each outermost `data-pagefind-body` element starts and ends in the HTML (end exclusive). */
  bodies: [number, number][];
}

interface Open {
  name: string;
  body: boolean;
  skip: boolean;
}

export function indexedText(html: string): PageText {
  const { hasBody, text } = scanPage(html);
  return { hasBody, text };
}

/** `indexedText` plus where the page's indexed elements are, in one pass. */
export function scanPage(html: string): ScannedPage {
  const hasBody = /\sdata-pagefind-body[\s=>/]/.test(html);
  const stack: Open[] = [];
  const parts: string[] = [];
  let bodyDepth = 0;
  let skipDepth = 0;
  let last = 0;
  const bodies: [number, number][] = [];
  let bodyStart = -1;
  TOKEN.lastIndex = 0;

  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    const inScope = hasBody ? bodyDepth > 0 : stack.some((o) => o.name === 'body');
    if (inScope && skipDepth === 0 && m.index > last) parts.push(html.slice(last, m.index));
    last = TOKEN.lastIndex;
    const [, closing, rawName, attrs = ''] = m;
    if (!rawName) continue; // comment or doctype
    const name = rawName.toLowerCase();

    if (closing) {
      const at = stack.findLastIndex((o) => o.name === name);
      if (at < 0) continue;
      for (const o of stack.splice(at)) {
        if (o.body && --bodyDepth === 0) bodies.push([bodyStart, TOKEN.lastIndex]);
        if (o.skip) skipDepth--;
      }
      if (!INLINE.has(name)) parts.push('\n');
      continue;
    }

    if (!INLINE.has(name)) parts.push('\n');
    if (VOID.has(name) || attrs.trimEnd().endsWith('/')) continue;
    if (RAW_TEXT.has(name)) {
      const end = html.indexOf(`</${name}`, last);
      last = TOKEN.lastIndex = end < 0 ? html.length : end;
      // The closing tag is read next and pops nothing; raw text never counts.
      continue;
    }
    const open: Open = {
      name,
      body: /\sdata-pagefind-body(?=[\s=/]|$)/.test(` ${attrs}`),
      skip: SKIPPED.has(name) || /\sdata-pagefind-ignore(?=[\s=/]|$)/.test(` ${attrs}`),
    };
    if (open.body && bodyDepth++ === 0) bodyStart = m.index;
    if (open.skip) skipDepth++;
    stack.push(open);
  }
  // Block boundaries stay as line breaks, so a word is never joined with the first word of the next block.
  const text = decodeEntities(parts.join(''))
    .split(/\s*\n\s*/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  return { hasBody, text, bodies };
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}
