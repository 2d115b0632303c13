/** A change records impact analysis, rollback plan, execution plan and monitoring (guide: 변경 프로세스). */
import type { Change } from '../../schemas/change.ts';
import type { Rule } from './types.ts';
import { exampleChange } from './change-example.ts';
import { headingsOf, missingSections } from './util.ts';

const SECTIONS = [
  { id: 'impact_analysis', name: 'impact analysis (영향도 분석)', headings: ['영향도', '영향 분석', 'impact'] },
  { id: 'rollback_plan', name: 'rollback plan (롤백 계획)', headings: ['롤백', 'rollback'] },
  { id: 'execution_plan', name: 'execution plan (실행 계획)', headings: ['실행 계획', 'execution'] },
  { id: 'monitoring_plan', name: 'monitoring plan (모니터링)', headings: ['모니터링', 'monitoring'] },
] as const;

export const changeRequiredSections: Rule = {
  id: 'change/required-sections',
  category: 'document',
  severity: 'error',
  source: '변경 관리 → 변경 프로세스',
  description: 'A change has an impact analysis, rollback plan, execution plan and monitoring plan (frontmatter field or ## section).',
  check(ctx) {
    for (const document of ctx.targetsOf('change')) {
      const data: Change = document.data;
      const absent = SECTIONS.filter((s) => !data[s.id]?.trim());
      if (!absent.length) continue;
      const headings = headingsOf(document) ?? [];
      for (const section of missingSections(headings, absent)) {
        const s = SECTIONS.find((x) => x.id === section.id)!;
        ctx.report({
          document,
          at: ['risk'],
          message: `Expected the ${s.name}: a "${s.id}" field or a "## ${s.headings[0]}" section, found neither`,
        });
      }
    }
  },
  examples: [
    { name: 'every plan written', files: { 'changes/2026/deploy.mdx': exampleChange() }, expect: [] },
    {
      name: 'no rollback plan',
      files: { 'changes/2026/deploy.mdx': exampleChange({ 'rollback_plan: 이전 이미지로 롤백\n': '' }) },
      expect: [{ file: 'content/changes/2026/deploy.mdx', line: 7, severity: 'error', message: 'rollback plan' }],
    },
  ],
};
