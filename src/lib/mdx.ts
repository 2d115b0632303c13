/** Parses an MDX body into mdast, turning syntax errors into a positioned problem. */
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export type MdxParse = { ok: true; tree: Root } | { ok: false; line: number; column: number; message: string };

const processor = unified().use(remarkParse).use(remarkMdx);

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

export function parseMdx(body: string): MdxParse {
  try {
    return { ok: true, tree: processor.parse(body) as Root };
  } catch (error) {
    const e = error as PositionedError;
    const reason = (e.reason ?? e.message ?? String(error)).split('\n')[0] ?? 'syntax error';
    const line = e.line ?? e.place?.start?.line ?? e.place?.line ?? 1;
    const column = e.column ?? e.place?.start?.column ?? e.place?.column ?? 1;
    return { ok: false, line, column, message: `Cannot parse the MDX body: ${reason}${hint(reason)}` };
  }
}
