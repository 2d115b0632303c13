/**
 * Astro collection entries (the compiled MDX bodies) matched to handbook documents by file, once per
 * collection. Collections already leave out what the build's audience may not see.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Kind } from '../schemas/index.ts';

type Entry = CollectionEntry<'guide'> | CollectionEntry<'runbook'> | CollectionEntry<'incident'> | CollectionEntry<'change'> | CollectionEntry<'routine'>;

const cache = new Map<string, Promise<Map<string, Entry>>>();

/** Entries of a kind's collection by `content/...` path. */
export function entriesByFile(kind: Exclude<Kind, 'report'>): Promise<Map<string, Entry>> {
  let found = cache.get(kind);
  if (!found) {
    found = getCollection(kind).then((entries) => new Map((entries as Entry[]).map((e) => [normalise(e.filePath ?? ''), e])));
    cache.set(kind, found);
  }
  return found;
}

const reportCache = new Map<string, Promise<Map<string, unknown>>>();

/**
 * Report entries of a cadence's collection by `content/...` path, read once per cadence: a
 * `getCollection` plus a scan per report page was quadratic in reports.
 */
export function reportEntriesByFile(cadence: string): Promise<Map<string, unknown>> {
  let found = reportCache.get(cadence);
  if (!found) {
    found = getCollection(`report-${cadence}` as never).then((entries) => new Map((entries as { filePath?: string }[]).map((e) => [normalise(e.filePath ?? ''), e])));
    reportCache.set(cadence, found);
  }
  return found;
}

function normalise(filePath: string): string {
  return filePath.replace(/\\/g, '/').replace(/^\.\//, '');
}
