/**
 * Bodies rendered on a worker (src/node/body-prerender.ts) are the bodies a page renders itself: the
 * same parts and headings for every example document, each rendered once (by the worker or by its
 * page, whichever claims it first), offered only for the very text they were rendered from, and no
 * longer once the renderer has stopped.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startBodyPrerender } from '../../src/node/body-prerender.ts';
import { loadHandbook } from '../../src/node/load-handbook.ts';
import { prerenderedBodies } from '../../src/site/prerendered-bodies.ts';
import { renderDocumentBody } from '../../src/site/render-body.ts';

const handbook = await loadHandbook(path.resolve(import.meta.dirname, '../..'));
const documents = handbook.documents.filter((d) => d.body.trim() !== '');
const prerender = startBodyPrerender(documents);
afterAll(() => prerender.stop());

describe('bodies rendered ahead', () => {
  it('are what the page would render itself, for every example document', async () => {
    expect(documents.length).toBeGreaterThan(50);
    // Once the worker has gone through the list, it has rendered every body nobody claimed.
    expect(await prerender.finished).toEqual({ rendered: documents.length });
    const ahead = documents.map((d) => prerenderedBodies()!.take(d.key, d.body));
    expect(ahead.every((p) => p !== undefined)).toBe(true);
    // Rendered in place: nothing is offered twice, so this renders on this thread.
    for (const [i, d] of documents.entries()) expect(await ahead[i], d.file).toEqual(await renderDocumentBody(d));
  });

  it('are not offered for another text, nor once taken', () => {
    const [first] = documents;
    expect(prerenderedBodies()!.take(first!.key, `${first!.body}\n바뀐 문장.`)).toBeUndefined();
    expect(prerenderedBodies()!.take(first!.key, first!.body)).toBeUndefined();
  });

  it('are rendered once: a body its page claims first is not rendered by the worker, which starts from the last', async () => {
    const shared = startBodyPrerender(documents);
    try {
      // The first half of the pages take theirs at once: the worker is still starting, then works from the end.
      const half = Math.floor(documents.length / 2);
      const first = documents.slice(0, half).map((d) => prerenderedBodies()!.take(d.key, d.body));
      const byPages = first.filter((p) => p === undefined).length;
      expect(first[0]).toBeUndefined();
      expect(await shared.finished).toEqual({ rendered: documents.length - byPages });
      // Everything nobody had claimed was rendered by the worker.
      const rest = documents.slice(half).map((d) => prerenderedBodies()!.take(d.key, d.body));
      expect(rest.every((p) => p !== undefined)).toBe(true);
      for (const [i, d] of documents.entries()) {
        const ahead = i < half ? first[i] : rest[i - half];
        if (ahead) expect(await ahead, d.file).toEqual(await renderDocumentBody(d));
      }
    } finally {
      await shared.stop();
    }
  });

  it('are not offered once the renderer has stopped', async () => {
    const again = startBodyPrerender(documents.slice(0, 1));
    await again.stop();
    expect(prerenderedBodies()).toBeUndefined();
  });
});
