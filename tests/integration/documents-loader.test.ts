/**
 * The `documents` collection is fed from the one load of the handbook (src/integration/documents-loader.ts):
 * one entry per document the build's audience may see, entries that an edit to a document leaves as they
 * are (the store is part of every route's code hash, so an entry that changed with an edit would render
 * the whole site again), and entries removed when their document is gone.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { documentsLoader, DocumentEntrySchema } from '../../src/integration/documents-loader.ts';
import { loadHandbook } from '../../src/node/load-handbook.ts';
import { preloadHandbook } from '../../src/site/preloaded.ts';

const root = path.resolve(import.meta.dirname, '../..');
type Entry = { id: string; data: Record<string, unknown>; digest?: string | number; filePath?: string };

/** The part of Astro's DataStore the loader uses. */
function memoryStore(initial: Entry[] = []) {
  const entries = new Map(initial.map((e) => [e.id, e]));
  return {
    entries,
    set(entry: Entry) {
      const same = entries.get(entry.id)?.digest === entry.digest && entry.digest !== undefined;
      entries.set(entry.id, entry);
      return !same;
    },
    keys: () => [...entries.keys()],
    delete: (id: string) => void entries.delete(id),
  };
}

async function load(store: ReturnType<typeof memoryStore>) {
  await documentsLoader().load({ store, config: { root: pathToFileURL(`${root}/`) } } as never);
}

const audience = process.env.OPSBOOK_AUDIENCE;
afterEach(() => {
  if (audience === undefined) delete process.env.OPSBOOK_AUDIENCE;
  else process.env.OPSBOOK_AUDIENCE = audience;
});

describe('the documents loader', () => {
  it('gives the public build one entry per public document, and none for a restricted one', async () => {
    const handbook = await loadHandbook(root);
    const restricted = handbook.documents.filter((d) => d.visibility === 'restricted');
    expect(restricted.length).toBeGreaterThan(0);
    process.env.OPSBOOK_AUDIENCE = 'public';
    const store = memoryStore();
    await load(store);
    const ids = [...store.entries.keys()];
    expect(ids).toEqual(handbook.documents.filter((d) => d.visibility === 'public').map((d) => `${d.kind}/${d.id}`));
    for (const d of restricted) expect(ids).not.toContain(`${d.kind}/${d.id}`);
    const runbook = handbook.documents.find((d) => d.kind === 'runbook')!;
    const entry = store.entries.get(`runbook/${runbook.id}`)!;
    expect(DocumentEntrySchema.parse(entry.data)).toEqual({ kind: 'runbook', id: runbook.id, file: runbook.file, visibility: 'public' });
    expect(entry.filePath).toBe(runbook.file);
  });

  it("leaves every entry as it was when a document's body and frontmatter are edited", async () => {
    process.env.OPSBOOK_AUDIENCE = 'public';
    const handbook = await loadHandbook(root);
    const before = memoryStore();
    preloadHandbook({ root, now: '2026-11-26T00:00:00Z', handbook, diagnostics: [] });
    await load(before);
    const edited = handbook.documents.map((d) => ({
      ...d,
      body: `${d.body}\n추가 문장.\n`,
      frontmatter: `${d.frontmatter}\n# 주석`,
      data: { ...d.data, title: '바뀐 제목' },
    }));
    preloadHandbook({ root, now: '2026-11-26T00:00:00Z', handbook: { ...handbook, documents: edited as never }, diagnostics: [] });
    try {
      const after = memoryStore();
      await load(after);
      expect([...after.entries.values()]).toEqual([...before.entries.values()]);
      expect(after.entries.size).toBeGreaterThan(0);
    } finally {
      preloadHandbook({ root: '/nowhere', now: '', handbook, diagnostics: [] });
    }
  });

  it('gives the restricted build every document', async () => {
    const handbook = await loadHandbook(root);
    process.env.OPSBOOK_AUDIENCE = 'restricted';
    const store = memoryStore();
    await load(store);
    expect(store.entries.size).toBe(handbook.documents.length);
  });

  it('takes the handbook the build has already loaded, and drops entries whose document is gone', async () => {
    const handbook = await loadHandbook(root);
    const [kept, ...gone] = handbook.documents.filter((d) => d.visibility === 'public');
    preloadHandbook({ root, now: '2026-11-26T00:00:00Z', handbook: { ...handbook, documents: [kept!] }, diagnostics: [] });
    try {
      process.env.OPSBOOK_AUDIENCE = 'public';
      const store = memoryStore(gone.map((d) => ({ id: `${d.kind}/${d.id}`, data: {} })));
      await load(store);
      expect([...store.entries.keys()]).toEqual([`${kept!.kind}/${kept!.id}`]);
    } finally {
      preloadHandbook({ root: '/nowhere', now: '', handbook, diagnostics: [] });
    }
  });
});
