/**
 * Bodies rendered ahead on a worker (src/node/body-prerender.ts) are the bodies a page renders itself:
 * the same parts and headings for every example document, offered only for the very text they were
 * rendered from, and no longer once the renderer has stopped.
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

  it('are not offered once the renderer has stopped', async () => {
    const again = startBodyPrerender(documents.slice(0, 1));
    await again.stop();
    expect(prerenderedBodies()).toBeUndefined();
  });
});
