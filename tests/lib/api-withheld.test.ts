/**
 * The documents API drops references to documents this audience may not see, at whatever field the
 * schemas annotate as a reference, and leaves the document's own data as it was.
 */
import { describe, expect, it } from 'vitest';
import { exampleChange } from '../../src/lib/rules/change-example.ts';
import type { Kind } from '../../src/schemas/index.ts';
import { apiDocument } from '../../src/site/api.ts';
import { checkFiles } from '../helpers/handbook.ts';

const withheld = (hidden: readonly string[]) => (kind: Kind, id: string) => hidden.includes(`${kind}:${id}`);

describe('apiDocument', () => {
  it('drops a withheld incident from a change’s related incidents, keeping the others in order', () => {
    const text = exampleChange({}, 'related_incidents: [2026-11-03-a, 2026-11-03-secret, 2026-11-03-b]\n');
    const { handbook } = checkFiles({ 'changes/2026/deploy.mdx': text });
    const change = handbook.documents.find((d) => d.kind === 'change')!;
    const api = apiDocument(change, handbook.policy, '/', withheld(['incident:2026-11-03-secret']));
    expect(api.data).toMatchObject({ related_incidents: ['2026-11-03-a', '2026-11-03-b'] });
    // The loaded document itself is not changed (pages render from it after the API file).
    expect(change.data).toMatchObject({ related_incidents: ['2026-11-03-a', '2026-11-03-secret', '2026-11-03-b'] });
  });

  it('reads the kind a reference points at from the schema: a change id that is withheld as an incident stays', () => {
    const text = exampleChange({}, 'related_incidents: [2026-11-03-a]\n');
    const { handbook } = checkFiles({ 'changes/2026/deploy.mdx': text });
    const change = handbook.documents.find((d) => d.kind === 'change')!;
    expect(apiDocument(change, handbook.policy, '/', withheld(['change:2026-11-03-a'])).data).toMatchObject({ related_incidents: ['2026-11-03-a'] });
    expect(apiDocument(change, handbook.policy, '/', withheld(['incident:2026-11-03-a'])).data).toMatchObject({ related_incidents: [] });
  });
});
