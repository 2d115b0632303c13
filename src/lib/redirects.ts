/**
 * Old URLs of renamed documents: each id in a document's `former_ids` redirects to its page, so links
 * pasted into alerts, chats and tickets keep working. Only the audience's documents give redirects (a
 * restricted document's former id is not published). Pure.
 */
import type { AnyDocument } from './handbook.ts';
import { documentKey, documentRoute } from './paths.ts';

export interface Redirect {
  from: string;
  to: string;
}

/** Site paths (`/runbooks/old/` → `/runbooks/new/`), without the site base; an id still in use is skipped (the check reports it). */
export function formerIdRedirects(documents: readonly AnyDocument[]): Redirect[] {
  const keys = new Set(documents.map((d) => d.key));
  const redirects: Redirect[] = [];
  for (const d of documents) {
    for (const id of d.data.former_ids) {
      if (keys.has(documentKey(d.kind, id))) continue;
      redirects.push({ from: `/${documentRoute(d.kind, id)}/`, to: `/${documentRoute(d.kind, d.id)}/` });
    }
  }
  return redirects.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}
