/** The documents the guide's 문서화 section names exist as pages of the handbook (listed in policy `required_documents`). */
import { KIND_FOLDERS, type Kind } from '../../schemas/kinds.ts';
import { documentKey } from '../paths.ts';
import { POLICY_FILE } from '../policy-source.ts';
import type { Rule } from './types.ts';
import { mdx, policyLine } from './util.ts';

const KIND_OF_FOLDER = new Map(Object.entries(KIND_FOLDERS).map(([kind, folder]) => [folder, kind as Kind]));
const REQUIRED = { required_documents: [{ id: 'monitoring-guide', title: '모니터링 가이드', pages: ['guide/monitoring'] }] };

export const handbookRequiredDocuments: Rule = {
  id: 'handbook/required-documents',
  category: 'policy',
  severity: 'info',
  source: '문서화',
  description:
    'Every document the guide requires (operating procedures, incident manual, monitoring guide, backup/restore, diagrams, API docs, data model) exists as a page.',
  check(ctx) {
    ctx.policy.required_documents.forEach((required, i) => {
      required.pages.forEach((page, j) => {
        const slash = page.indexOf('/');
        const kind = KIND_OF_FOLDER.get(page.slice(0, slash));
        if (kind && slash > 0 && ctx.handbook.knownKeys.has(documentKey(kind, page.slice(slash + 1)))) return;
        ctx.report({
          file: POLICY_FILE,
          line: policyLine(ctx.handbook, ['required_documents', i, 'pages', j]),
          message: `Expected the page ${page} for "${required.title}" (${required.id}), found none; write content/${page}.mdx or fix the page id`,
        });
      });
    });
  },
  examples: [
    {
      name: 'the monitoring guide exists',
      policy: REQUIRED,
      files: { 'guide/monitoring.mdx': mdx('title: 모니터링 가이드\norder: 3\nsection: 일상 운영') },
      expect: [],
    },
    {
      name: 'the monitoring guide is missing',
      policy: REQUIRED,
      files: {},
      expect: [{ file: 'content/policy.yaml', at: ['required_documents', 0, 'pages', 0], severity: 'info', message: 'guide/monitoring' }],
    },
  ],
};
