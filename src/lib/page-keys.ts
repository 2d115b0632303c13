/**
 * The parts of an incremental build's page keys (docs/architecture.md §13): a page may be restored from
 * the previous build only when its key, a digest of everything it shows, is unchanged. This module knows
 * what a document page can show of other documents (those it refers to and those that refer to it) and
 * how a value is digested; src/site/page-keys.ts puts the parts together for each route. Pure.
 */
import { createHash } from 'node:crypto';
import type { AnyDocument } from './handbook.ts';
import { namingPaths, referencedKeys } from './link-targets.ts';

/** A stable digest of plain data: object keys sorted, Maps and Sets as sorted entries, Temporal values as text. */
export function digest(value: unknown): string {
  return createHash('sha256').update(stableJson(value)).digest('base64url');
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Map) return { '<map>': [...v.entries()].sort(([a], [b]) => String(a).localeCompare(String(b))) };
    if (v instanceof Set) return { '<set>': [...v].map(String).sort() };
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, (v as Record<string, unknown>)[k]]),
      );
    }
    return v;
  });
}

/** What a document is: its place, its visibility and its text (frontmatter and body). */
export function documentFingerprint(document: AnyDocument): string {
  return createHash('sha256')
    .update(`${document.key}\0${document.file}\0${document.visibility}\0${document.frontmatter}\0${document.body}`)
    .digest('base64url');
}

/**
 * For each document (by key), the documents its page can show something of: the ones it names in a
 * reference field or links to, and the ones that name or link to it (a runbook page lists the incidents
 * that used it; a change page the incidents it caused). Only documents in `documents` count, so a
 * public build's keys never depend on a restricted document.
 */
export function documentNeighbours(documents: readonly AnyDocument[]): Map<string, Set<string>> {
  const byKey = new Map(documents.map((d) => [d.key, d]));
  const paths = new Map<string, string>();
  for (const d of documents) for (const p of namingPaths(d.kind, d.id, d.file)) paths.set(p, d.key);
  const neighbours = new Map<string, Set<string>>(documents.map((d) => [d.key, new Set<string>()]));
  const link = (from: string, to: string) => {
    if (to === from || !byKey.has(to)) return;
    neighbours.get(from)!.add(to);
    neighbours.get(to)!.add(from);
  };
  for (const document of documents) for (const key of referencedKeys(document, paths)) link(document.key, key);
  return neighbours;
}
