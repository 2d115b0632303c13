/**
 * The `documents` content collection (src/content.config.ts), fed from the build's one load of the
 * handbook (src/integration/one-load.ts) instead of a second reading of `content/`: one entry per
 * document the build's audience may see, so a public build's collection never holds a restricted
 * document. Pages enumerate documents from it (src/site/document-entries.ts); what a page shows comes
 * from the loaded documents themselves, with their parse and positions.
 *
 * Entries say which pages exist, not what they show: kind, id, file and visibility, no frontmatter and no
 * body (bodies are rendered as data by the page, src/site/render-body.ts). Astro bundles the collection's
 * store into the build, so its bytes are part of every route's code hash for incremental builds
 * (docs/architecture.md §13): were an edit to a document to change its entry, every page of the site would
 * render again. An entry changes only when its document is added, removed, renamed or made restricted,
 * which changes the navigation counts on every page anyway. In `astro dev` the integration re-runs this
 * loader after every edit (`refreshContent`), once the edited handbook has been checked.
 */
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { fileURLToPath } from 'node:url';
import { forAudience } from '../lib/audience.ts';
import type { AnyDocument } from '../lib/handbook.ts';
import { KINDS } from '../schemas/kinds.ts';
import { loadHandbook } from '../node/load-handbook.ts';
import { currentAudience } from '../site/audience.ts';
import { preloadedHandbook } from '../site/preloaded.ts';

export const DOCUMENTS_LOADER = 'opsbook-documents';

/** A `documents` entry; its id is `<kind>/<id>` (`runbook/db-failover`). */
export const DocumentEntrySchema = z.strictObject({
  /** The document's kind (src/schemas/kinds.ts). */
  kind: z.enum(KINDS),
  /** The document's id within its kind: its page is at `/<kind>s/<id>/`. */
  id: z.string(),
  /** Its file, from the project root (`content/runbooks/db-failover.mdx`). */
  file: z.string(),
  visibility: z.enum(['public', 'restricted']),
});

function entryId(document: Pick<AnyDocument, 'kind' | 'id'>): string {
  return `${document.kind}/${document.id}`;
}

export function documentsLoader(): Loader {
  return {
    name: DOCUMENTS_LOADER,
    schema: DocumentEntrySchema,
    async load({ store, config }) {
      const root = fileURLToPath(config.root);
      // The integration has loaded (and checked) the handbook before any collection syncs; only
      // `astro sync`, which runs no build, reads it here.
      const handbook = preloadedHandbook(root)?.handbook ?? (await loadHandbook(root));
      const { documents } = forAudience(handbook, currentAudience());
      const kept = new Set<string>();
      for (const document of documents) {
        const id = entryId(document);
        kept.add(id);
        const data = { kind: document.kind, id: document.id, file: document.file, visibility: document.visibility };
        store.set({ id, data, digest: `${document.file}\0${document.visibility}`, filePath: document.file });
      }
      for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
    },
  };
}
