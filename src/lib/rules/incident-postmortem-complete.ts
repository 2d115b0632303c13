/**
 * A postmortem has every section the guide's 사후 관리 asks for (impact, timeline, root cause,
 * resolution, prevention, process improvement), found by `##` heading in the MDX body. The root cause
 * may be told the field's way instead: a `## 트리거` / contributing-factors section, or `postmortem.trigger`
 * with at least one of `postmortem.contributing_factors` in the frontmatter.
 */
import { POSTMORTEM_SECTIONS } from '../../schemas/incident.ts';
import type { Rule } from './types.ts';
import { exampleIncident } from './incident-example.ts';
import { headingsOf, missingSections } from './util.ts';

/** A recorded postmortem (line 14) makes the body a postmortem, whatever the severity. */
const incident = (body: string) => exampleIncident({}, 'postmortem: { author: kim-minsu, published: 2026-11-05 }', body);

const COMPLETE = '## 영향\n\n## 타임라인\n\n## 근본 원인\n\n## 해결\n\n## 재발 방지\n\n## 프로세스 개선\n';

export const incidentPostmortemComplete: Rule = {
  id: 'incident/postmortem-complete',
  category: 'document',
  severity: 'error',
  source: '장애 대응 → 장애 대응 절차 → 사후 관리',
  description:
    'A postmortem has the sections impact, timeline, root cause (or trigger and contributing factors), resolution, prevention and process improvement (## headings).',
  check(ctx) {
    for (const document of ctx.targetsOf('incident')) {
      // The body is a postmortem when one is recorded (postmortem block), or when the severity needs one
      // and the incident has reached its postmortem/closed phase. Other bodies are free-form notes.
      const d = document.data;
      const required = ctx.policy.severities[d.severity].postmortem.required && (d.status === 'postmortem' || d.status === 'closed');
      if (!d.postmortem && !required) continue;
      const headings = headingsOf(document);
      if (!headings) continue;
      const structured = Boolean(d.postmortem?.trigger) && (d.postmortem?.contributing_factors.length ?? 0) > 0;
      for (const section of missingSections(headings, POSTMORTEM_SECTIONS)) {
        if (section.id === 'root-cause' && structured) continue;
        ctx.report({
          document,
          at: d.postmortem ? ['postmortem'] : ['status'],
          message: `Expected a postmortem section "## ${section.headings[0]}" (${section.id}) in the body, found none; accepted headings: ${section.headings.join(', ')}`,
        });
      }
    }
  },
  examples: [
    { name: 'all six sections', files: { 'incidents/2026/pm.mdx': incident(COMPLETE) }, expect: [] },
    {
      name: 'process improvement missing',
      files: { 'incidents/2026/pm.mdx': incident(COMPLETE.replace('## 프로세스 개선\n', '')) },
      expect: [{ file: 'content/incidents/2026/pm.mdx', line: 14, severity: 'error', message: '프로세스 개선' }],
    },
    {
      name: 'trigger and contributing factors in the frontmatter instead of a root-cause section',
      policy: { postmortems: { contributing_factors: [{ id: 'config-change', name: '설정 변경' }] } },
      files: {
        'incidents/2026/pm.mdx': exampleIncident(
          {},
          'postmortem:\n  author: kim-minsu\n  trigger: 캐시 TTL 설정 배포\n  contributing_factors: [{ factor: config-change, note: 검증 없이 전체 배포 }]',
          COMPLETE.replace('## 근본 원인\n\n', ''),
        ),
      },
      expect: [],
    },
    {
      name: 'a trigger alone does not replace the root cause',
      files: {
        'incidents/2026/pm.mdx': exampleIncident(
          {},
          'postmortem:\n  author: kim-minsu\n  trigger: 캐시 TTL 설정 배포',
          COMPLETE.replace('## 근본 원인\n\n', ''),
        ),
      },
      expect: [{ file: 'content/incidents/2026/pm.mdx', line: 14, severity: 'error', message: 'root-cause' }],
    },
  ],
};
