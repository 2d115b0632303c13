/**
 * The marks a scaffolded document carries where a person still has to write something. The scaffolder
 * writes them and the rule `document/placeholder` finds the ones left behind, so "what is still missing"
 * is listed by the check instead of being remembered by the author.
 *
 * - Body: an MDX comment `{/* 작성 필요: … *\/}` under each heading. Comments render as nothing, so a
 *   forgotten one never shows placeholder prose on the site.
 * - Frontmatter: a required text field holding `작성 필요: …`, or the id `todo` in a list of ids
 *   (services) the author has not named yet.
 */
import type { YamlPath } from '../source.ts';

const PLACEHOLDER_PREFIX = '작성 필요';
/** Stand-in id for a required list of ids (e.g. services) that was not given. */
export const PLACEHOLDER_ID = 'todo';

const BODY_MARK = /\{\/\*\s*작성 필요\s*:?\s*([\s\S]*?)\s*\*\/\}/;

/** An MDX comment asking for text: `{/* 작성 필요: 원인을 적으세요 *\/}`. */
export function bodyPlaceholder(guidance: string): string {
  return `{/* ${PLACEHOLDER_PREFIX}: ${guidance.replace(/\*\//g, '* /')} */}`;
}

/** A frontmatter text value asking for text: `작성 필요: 롤백 절차`. */
export function fieldPlaceholder(guidance: string): string {
  return `${PLACEHOLDER_PREFIX}: ${guidance}`;
}

export interface PlaceholderHit {
  /** 0-based line within the text it was found in. */
  line: number;
  column: number;
  guidance: string;
  /** The heading above it, when there is one. */
  section?: string;
}

/** Placeholders left in an MDX body, one per line that holds one. */
export function bodyPlaceholders(body: string): PlaceholderHit[] {
  const hits: PlaceholderHit[] = [];
  // Every mark holds the prefix as written; most bodies have none, and splitting them into lines was most of the rule's time.
  if (!body.includes(PLACEHOLDER_PREFIX)) return hits;
  let section: string | undefined;
  body.split('\n').forEach((text, line) => {
    const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(text);
    if (heading) section = heading[1];
    const match = BODY_MARK.exec(text);
    if (match) hits.push({ line, column: match.index + 1, guidance: match[1] ?? '', ...(section ? { section } : {}) });
  });
  return hits;
}

function isFieldPlaceholder(value: unknown): value is string {
  return typeof value === 'string' && (value === PLACEHOLDER_ID || value.trimStart().startsWith(PLACEHOLDER_PREFIX));
}

/** Frontmatter values still holding a placeholder, with their paths. */
export function fieldPlaceholders(data: unknown, path: YamlPath = []): { path: YamlPath; value: string }[] {
  if (isFieldPlaceholder(data)) return [{ path, value: data }];
  if (Array.isArray(data)) return data.flatMap((item, i) => fieldPlaceholders(item, [...path, i]));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => fieldPlaceholders(value, [...path, key]));
  }
  return [];
}
