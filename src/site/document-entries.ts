/**
 * The documents a route gives pages to, from the `documents` collection (src/content.config.ts), in
 * handbook order: the collection says which documents this build publishes, the site handbook holds
 * each one as loaded (data, parse, positions) for the page to show.
 */
import { getCollection } from 'astro:content';
import type { HandbookDocument } from '../lib/handbook.ts';
import type { Kind } from '../schemas/kinds.ts';
import { getHandbook } from './handbook.ts';

export async function documentsOfKind<K extends Kind>(kind: K): Promise<HandbookDocument<K>[]> {
  const [handbook, entries] = await Promise.all([getHandbook(), getCollection('documents', (entry) => entry.data.kind === kind)]);
  return entries.flatMap((entry) => {
    const document = handbook.byKey(kind, entry.data.id);
    return document ? [document as HandbookDocument<K>] : [];
  });
}
