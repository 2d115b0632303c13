/**
 * Every page `search.aliases` in the policy gives other names to exists: an alias for a renamed or
 * mistyped page would silently find nothing.
 */
import { documentKey } from '../paths.ts';
import { POLICY_FILE } from '../policy-source.ts';
import type { Rule } from './types.ts';
import { mdx, policyLine } from './util.ts';

const ALIASES = { search: { aliases: { 'runbooks/backup-restore': ['restore', '복원'] }, synonyms: [] } };
const runbook = mdx('title: 백업/복구 절차\nsummary: 백업에서 복구\nservices: [order-db]\nowner: jung-hayoung\nlast_reviewed: 2026-11-01');

export const policySearchAlias: Rule = {
  id: 'policy/search-alias',
  category: 'document',
  severity: 'warning',
  source: '문서화',
  description: "Every runbook or guide page named in the policy's search.aliases exists (an alias for a missing page finds nothing).",
  check(ctx) {
    for (const page of Object.keys(ctx.policy.search.aliases)) {
      const [folder, id = ''] = page.split('/');
      const kind = folder === 'runbooks' ? 'runbook' : 'guide';
      if (ctx.handbook.knownKeys.has(documentKey(kind, id))) continue;
      ctx.report({
        file: POLICY_FILE,
        line: policyLine(ctx.handbook, ['search', 'aliases', page]),
        message: `Expected the page ${page} for its search aliases, found none; write content/${page}.mdx or fix the path in search.aliases`,
      });
    }
  },
  examples: [
    { name: 'the aliased runbook exists', policy: ALIASES, files: { 'runbooks/backup-restore.mdx': runbook }, expect: [] },
    {
      name: 'the aliased runbook is missing',
      policy: ALIASES,
      files: {},
      expect: [{ file: 'content/policy.yaml', at: ['search', 'aliases', 'runbooks/backup-restore'], severity: 'warning', message: 'runbooks/backup-restore' }],
    },
  ],
};
