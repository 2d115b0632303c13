/** Parses an MDX body into mdast, turning syntax errors into a positioned problem. */
import type { Root } from 'mdast';
import type remarkGfmType from 'remark-gfm';
import type remarkMdxType from 'remark-mdx';
import type remarkParseType from 'remark-parse';
import type { unified as unifiedType } from 'unified';
import { memoByKey } from './memo.ts';
import { SOURCE_LIMITS } from './source.ts';

export type MdxParse = { ok: true; tree: Root } | { ok: false; line: number; column: number; message: string };

let parser: { parse(body: string): unknown } | undefined;

/**
 * The remark/micromark stack, loaded on the first parse: it is about a third of the check's modules, and
 * most bodies never need it (the line scans below answer for plain Markdown), so `check --changed` on a
 * plain document skips loading it. Synchronous `require` of these ES modules (Node ≥ 22.12) keeps
 * `parseMdx` synchronous for the rules.
 */
function processor(): { parse(body: string): unknown } {
  if (!parser) {
    const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
    const { unified } = require('unified') as { unified: typeof unifiedType };
    const remarkParse = (require('remark-parse') as { default: typeof remarkParseType }).default;
    const remarkMdx = (require('remark-mdx') as { default: typeof remarkMdxType }).default;
    const remarkGfm = (require('remark-gfm') as { default: typeof remarkGfmType }).default;
    // GFM (tables, strikethrough, task lists, autolinks) as the site has always rendered it: the check and
    // the renderer read one tree, so what the check approves is exactly what is rendered.
    parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);
  }
  return parser;
}

interface PositionedError {
  message?: string;
  reason?: string;
  line?: number;
  column?: number;
  place?: { line?: number; column?: number; start?: { line?: number; column?: number } };
}

/** Hints for the mistakes Korean prose makes most often in MDX. */
function hint(reason: string): string {
  if (/before name|Unexpected character .* before name|after `<`|to continue/.test(reason)) {
    return '; a "<" in prose starts a tag in MDX: write "&lt;" or "미만"';
  }
  if (/expression|acorn|Could not parse/.test(reason)) {
    return '; "{" in prose starts an expression in MDX: write "\\{" or put it in `code`';
  }
  return '';
}

/** Block quotes and list items opened at the start of a line (`> > - 1. x`): what makes nesting deep. */
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))+/;

/** The first line nesting containers deeper than `limit`, which the Markdown parser handles in quadratic time. */
function tooDeep(body: string, limit: number): { line: number; depth: number } | undefined {
  let line = 0;
  for (const text of body.split('\n')) {
    line++;
    const prefix = CONTAINER_PREFIX.exec(text)?.[0];
    if (!prefix) continue;
    const depth = (prefix.match(/>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])/g) ?? []).length;
    if (depth > limit) return { line, depth };
  }
  return undefined;
}

export function parseMdx(body: string): MdxParse {
  const deep = tooDeep(body, SOURCE_LIMITS.bodyNesting);
  if (deep) {
    return {
      ok: false,
      line: deep.line,
      column: 1,
      message: `Cannot parse the MDX body: block quotes and lists nest ${deep.depth} deep here, more than ${SOURCE_LIMITS.bodyNesting}; flatten them`,
    };
  }
  try {
    return { ok: true, tree: processor().parse(body) as Root };
  } catch (error) {
    const e = error as PositionedError;
    const reason = (e.reason ?? e.message ?? String(error)).split('\n')[0] ?? 'syntax error';
    // A tag left open to the end of the body comes with no position, only its span in the message: "(3:1-3:19)".
    const span = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
    const line = e.line ?? e.place?.start?.line ?? e.place?.line ?? (span ? Number(span[1]) : 1);
    const column = e.column ?? e.place?.start?.column ?? e.place?.column ?? (span ? Number(span[2]) : 1);
    return { ok: false, line, column, message: `Cannot parse the MDX body: ${reason}${hint(reason)}` };
  }
}

export interface PlainHeading {
  depth: number;
  /** The heading's text as written (no inline markup: such headings go to the full parser). */
  text: string;
  /** 1-based line in the body. */
  line: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const INDENTED_ATX = /^[ \t]+#{1,6}(?:[ \t]|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const ESM = /^[ \t]*(?:import|export)\b/;
const INLINE_MARKUP = /[*_`[\]!\\&]/;

/** Whether a fence-like line (`FENCE`-style match: indent and run in [0], run in [1]) closes `fence`: same character, at least as long, nothing after. */
function closesFence(match: RegExpExecArray | null, line: string, fence: string): match is RegExpExecArray {
  return !!match && match[1]![0] === fence[0] && match[1]!.length >= fence.length && line.slice(match[0].length).trim() === '';
}

/** Whether a fence-like line opens a fence: a backtick fence's info string may not contain backticks. */
function opensFence(match: RegExpExecArray, line: string): boolean {
  return !(match[1]![0] === '`' && line.slice(match[0].length).includes('`'));
}

/**
 * The top-level headings of a body that uses no MDX syntax, found line by line; undefined when the body
 * needs the real parser. Why: micromark is most of the check's time, and most bodies are plain Markdown
 * (no `<`, `{` or import/export outside fenced code), which cannot fail to parse as MDX and whose
 * headings a line scan finds exactly. Anything ambiguous (indented or setext headings, inline markup in
 * a heading) falls back to `parseMdx`, so answers never differ from the full parse.
 */
export function plainHeadings(body: string): readonly PlainHeading[] | undefined {
  return plainHeadingsOnce(body) ?? undefined;
}

/**
 * Six rules and the parse cache ask these questions of every body; each answer is a scan of every line,
 * so it is worked out once per body text. Bodies are held by their documents anyway; the bound keeps a
 * long `astro dev` session from collecting old texts.
 */
const BODIES_REMEMBERED = 50_000;
const plainHeadingsOnce = memoByKey((body) => scanPlainHeadings(body) ?? null, BODIES_REMEMBERED);

function scanPlainHeadings(body: string): PlainHeading[] | undefined {
  const headings: PlainHeading[] = [];
  const lines = body.split('\n');
  let fence: string | undefined;
  let previousBlank = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence) {
      if (closesFence(FENCE.exec(line), line, fence)) fence = undefined;
      continue;
    }
    const open = FENCE.exec(line);
    if (open) {
      if (!opensFence(open, line)) return undefined;
      fence = open[1];
      previousBlank = false;
      continue;
    }
    if (line.includes('<') || line.includes('{') || ESM.test(line) || INDENTED_ATX.test(line)) return undefined;
    if (!previousBlank && SETEXT_UNDERLINE.test(line)) return undefined;
    const atx = ATX.exec(line);
    if (atx) {
      const text = (atx[2] ?? '').trim();
      if (INLINE_MARKUP.test(text)) return undefined;
      headings.push({ depth: atx[1]!.length, text, line: i + 1 });
    }
    previousBlank = line.trim() === '';
  }
  return headings;
}

/** Whether the body must go through the MDX parser to know it is valid (see `plainHeadings`). */
export function needsMdxParse(body: string): boolean {
  return needsMdxParseOnce(body);
}

const needsMdxParseOnce = memoByKey((body) => plainHeadings(body) === undefined || tooDeep(body, SOURCE_LIMITS.bodyNesting) !== undefined, BODIES_REMEMBERED);

/** Text that can start a link outside code: inline links and images, definitions, GFM's bare URLs. */
const LINK_MARKER = /\]\(|\]:|:\/\/|www\./i;
/** A line that may open or close a fence: one the scan below must understand exactly. */
const FENCE_LIKE = /^[ \t]*(`{3,}|~{3,})/;

/**
 * Whether the body can hold a link or link definition. A plain body (see `plainHeadings`) without "](",
 * "]:" or a bare URL has none (autolinks need "<"), so link rules skip the parser. GFM turns bare
 * http(s):// and www. URLs into links; they matter too: one to a restricted document's page
 * (`https://handbook.example.com/incidents/<id>/`) is what document/restricted-reference refuses.
 * Fenced code is skipped: runbooks quote `curl https://…` in code blocks, and sending every such body
 * through micromark was the largest part of the check after YAML. Only fences opened at the start of a
 * line are followed (those are always top level, never inside a list item or quote, so they close
 * exactly where the parser closes them); any other fence-like line leaves the answer to the parser.
 */
export function mayHaveLinks(body: string): boolean {
  return mayHaveLinksOnce(body);
}

const mayHaveLinksOnce = memoByKey(scanForLinks, BODIES_REMEMBERED);

function scanForLinks(body: string): boolean {
  if (needsMdxParse(body)) return true;
  if (!LINK_MARKER.test(body)) return false;
  let fence: string | undefined;
  for (const line of body.split('\n')) {
    const fenceLike = FENCE_LIKE.exec(line);
    if (fence) {
      if (closesFence(fenceLike, line, fence)) {
        // A closer indented by 4 columns or more is code, not a closer; leave that to the parser.
        const indent = fenceLike[0].slice(0, -fenceLike[1]!.length);
        if (indent.length > 3 || indent.includes('\t')) return true;
        fence = undefined;
      }
      continue;
    }
    if (fenceLike) {
      if (fenceLike[0] !== fenceLike[1] || !opensFence(fenceLike, line)) return true;
      fence = fenceLike[1];
      continue;
    }
    if (LINK_MARKER.test(line)) return true;
  }
  return false;
}
