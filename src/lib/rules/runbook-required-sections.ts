/** A runbook has the sections symptoms, diagnosis, mitigation, verification and rollback (## headings). */
import { RUNBOOK_SECTIONS } from '../../schemas/runbook.ts';
import type { Rule } from './types.ts';
import { exampleRunbook, RUNBOOK_BODY } from './runbook-example.ts';
import { headingsOf, missingSections } from './util.ts';

export const runbookRequiredSections: Rule = {
  id: 'runbook/required-sections',
  category: 'document',
  severity: 'error',
  source: '장애 대응 → 장애 대응 절차',
  description: 'A runbook has ## sections for symptoms (증상), diagnosis (진단), mitigation (조치), verification (확인) and rollback (롤백).',
  check(ctx) {
    for (const document of ctx.targetsOf('runbook')) {
      const headings = headingsOf(document);
      if (!headings) continue;
      for (const section of missingSections(headings, RUNBOOK_SECTIONS)) {
        ctx.report({
          document,
          line: document.bodyLine,
          message: `Expected a runbook section "## ${section.headings[0]}" (${section.id}), found none; accepted headings: ${section.headings.join(', ')}`,
        });
      }
    }
  },
  examples: [
    { name: 'all five sections', files: { 'runbooks/db-primary-failure.mdx': exampleRunbook() }, expect: [] },
    {
      name: 'no rollback section',
      files: { 'runbooks/db-primary-failure.mdx': exampleRunbook({}, RUNBOOK_BODY.replace('## 롤백\n', '')) },
      expect: [{ file: 'content/runbooks/db-primary-failure.mdx', line: 9, severity: 'error', message: '## 롤백' }],
    },
  ],
};
