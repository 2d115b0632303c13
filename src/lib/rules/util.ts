/** Small helpers the compliance rules share: body headings, wording of instants, example documents. */
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Temporal } from 'temporal-polyfill';
import type { AnyDocument } from '../handbook.ts';
import { plainHeadings } from '../mdx.ts';
import { formatInstant, isApproximate, isoDayIn } from '../time.ts';

export interface BodyHeading {
  /** Lower-cased text with spaces collapsed. */
  text: string;
  /** 1-based line in the file. */
  line: number;
}

const cache = new WeakMap<AnyDocument, BodyHeading[] | undefined>();

/** `##` (and deeper) headings of the body, or undefined when the body is not valid MDX (document/mdx reports that). */
export function headingsOf(document: AnyDocument): BodyHeading[] | undefined {
  if (cache.has(document)) return cache.get(document);
  // Plain-Markdown bodies skip the MDX parser (see plainHeadings); the answer is the same.
  const plain = plainHeadings(document.body);
  if (plain) {
    const headings = plain.filter((h) => h.depth >= 2).map((h) => ({ text: normalize(h.text), line: document.bodyLine + h.line - 1 }));
    cache.set(document, headings);
    return headings;
  }
  const parsed = document.mdx();
  let headings: BodyHeading[] | undefined;
  if (parsed.ok) {
    headings = parsed.tree.children
      .filter((n): n is Heading => n.type === 'heading' && n.depth >= 2)
      .map((h) => ({ text: normalize(toString(h)), line: document.bodyLine + (h.position?.start.line ?? 1) - 1 }));
  }
  cache.set(document, headings);
  return headings;
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The section ids whose heading names appear in no heading (a heading matches when it contains a name). */
export function missingSections(
  headings: readonly BodyHeading[],
  sections: readonly { id: string; headings: readonly string[] }[],
): { id: string; headings: readonly string[] }[] {
  return sections.filter((s) => !headings.some((h) => s.headings.some((name) => h.text.includes(normalize(name)))));
}

/** The day (`YYYY-MM-DD`) an instant falls on in the policy time zone: what findings are dated by in the reports. */
export function policyDay(timeZone: string, at: string): string {
  return isoDayIn(timeZone, at);
}

/** An instant as people read it in the policy time zone: `2026-11-25 14:03`. */
export function when(timeZone: string, at: Temporal.Instant | string): string {
  return formatInstant(timeZone, typeof at === 'string' ? at : at.toString());
}

/** Builds an example document: frontmatter lines between `---` and an optional body (line 1 is `---`). */
export function mdx(frontmatter: string, body = ''): string {
  return `---\n${frontmatter.trim()}\n---\n${body}`;
}

/** Line of a field of `content/policy.yaml`, for handbook-wide findings (1 when the loader gave no positions). */
export function policyLine(handbook: { policyLocate?: (path: readonly (string | number)[]) => { line: number } }, path: readonly (string | number)[]): number {
  return handbook.policyLocate?.(path).line ?? 1;
}

/**
 * What a finding computed from approximate times (`~…`, schemas/common.ts `ApproxTimestamp`) adds to its
 * message, naming the fields: "; computed from approximate times (timeline.acknowledged ~10:50)"; empty
 * when every time is exact.
 */
export function approximateNote(timeZone: string, fields: Readonly<Record<string, string | undefined>>): string {
  const rough = Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined && isApproximate(entry[1]));
  if (rough.length === 0) return '';
  return `; computed from approximate times (${rough.map(([name, at]) => `${name} ~${when(timeZone, at)}`).join(', ')})`;
}
