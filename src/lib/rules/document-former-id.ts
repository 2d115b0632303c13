/**
 * A former id (`former_ids`, kept so an old URL redirects to the renamed document) names no document that
 * exists now, and no two documents of a kind claim the same one: either would make the old URL ambiguous.
 */
import { documentKey } from '../paths.ts';
import type { Rule } from './types.ts';
import { mdx } from './util.ts';

const runbook = (extra: string) =>
  mdx(`title: 캐시 장애\nsummary: 캐시 노드 장애 대응\nservices: [cache]\nowner: jung-hayoung\nlast_reviewed: 2026-11-01\n${extra}`);

export const documentFormerId: Rule = {
  id: 'document/former-id',
  category: 'document',
  severity: 'error',
  source: '문서화',
  description: 'A former id (former_ids, whose URL redirects to the renamed document) is not the id of another document, nor claimed twice.',
  check(ctx) {
    // Only the former ids the checked documents claim can be reported; most documents have none, and on
    // `check --changed` reading every other document's data for nothing was a tenth of the run.
    const wanted = new Set(ctx.targets.flatMap((d) => d.data.former_ids.map((id) => documentKey(d.kind, id))));
    if (wanted.size === 0) return;
    const claimed = new Map<string, string[]>();
    for (const d of ctx.handbook.documents) {
      for (const id of new Set(d.data.former_ids)) {
        const key = documentKey(d.kind, id);
        if (wanted.has(key)) claimed.set(key, [...(claimed.get(key) ?? []), d.file]);
      }
    }
    for (const document of ctx.targets) {
      document.data.former_ids.forEach((id, i) => {
        const key = documentKey(document.kind, id);
        if (ctx.handbook.knownKeys.has(key)) {
          ctx.report({
            document,
            at: ['former_ids', i],
            message: `Expected a former id that no document has now, found "${id}", which is a current document; remove it from former_ids`,
          });
        } else if ((claimed.get(key)?.length ?? 0) > 1) {
          const others = claimed
            .get(key)!
            .filter((f) => f !== document.file)
            .join(', ');
          ctx.report({
            document,
            at: ['former_ids', i],
            message: `Expected each former id claimed once, found "${id}" also in ${others}; keep it on the document the old URL should open`,
          });
        }
      });
    }
  },
  examples: [
    { name: 'a renamed runbook keeps its old id', files: { 'runbooks/cache-node-failure.mdx': runbook('former_ids: [cache-failure]') }, expect: [] },
    {
      name: 'a former id that is a current document, and one claimed twice',
      files: {
        'runbooks/cache-node-failure.mdx': runbook('former_ids: [cache-outage]'),
        'runbooks/cache-outage.mdx': runbook(''),
        'runbooks/redis-failure.mdx': runbook('former_ids: [cache-old]'),
        'runbooks/redis-down.mdx': runbook('former_ids: [cache-old]'),
      },
      expect: [
        { file: 'content/runbooks/cache-node-failure.mdx', line: 7, severity: 'error', message: 'which is a current document' },
        { file: 'content/runbooks/redis-down.mdx', line: 7, severity: 'error', message: 'also in content/runbooks/redis-failure.mdx' },
        { file: 'content/runbooks/redis-failure.mdx', line: 7, severity: 'error', message: 'also in content/runbooks/redis-down.mdx' },
      ],
    },
  ],
};
