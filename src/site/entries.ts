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

function normalise(filePath: string): string {
  return filePath.replace(/\\/g, '/').replace(/^\.\//, '');
}
