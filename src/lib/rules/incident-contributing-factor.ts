/** A postmortem's contributing factors come from the taxonomy in policy (`postmortems.contributing_factors`), so they can be counted. */
import type { Rule } from './types.ts';
import { exampleIncident } from './incident-example.ts';

const TAXONOMY = {
  postmortems: {
    contributing_factors: [
      { id: 'config-change', name: '설정 변경' },
      { id: 'capacity', name: '용량 부족' },
    ],
  },
};

const incident = (factor: string) =>
  exampleIncident({}, `postmortem:\n  author: kim-minsu\n  contributing_factors:\n    - { factor: ${factor}, note: 캐시 TTL 설정 배포 }`);

export const incidentContributingFactor: Rule = {
  id: 'incident/contributing-factor',
  category: 'document',
  severity: 'error',
  source: '장애 대응 → 장애 대응 절차 → 사후 관리',
  description: "A postmortem's contributing factors are ids from the policy's `postmortems.contributing_factors` taxonomy.",
  check(ctx) {
    const known = ctx.policy.postmortems.contributing_factors;
    for (const document of ctx.targetsOf('incident')) {
      document.data.postmortem?.contributing_factors.forEach((f, i) => {
        if (known.some((k) => k.id === f.factor)) return;
        const close = known.find((k) => k.id.startsWith(f.factor.slice(0, 3)));
        ctx.report({
          document,
          at: ['postmortem', 'contributing_factors', i, 'factor'],
          message: `Expected a contributing factor from policy postmortems.contributing_factors (${known.map((k) => k.id).join(', ') || 'none declared'}), found "${f.factor}"${close ? `; did you mean "${close.id}"?` : ''}`,
        });
      });
    }
  },
  examples: [
    { name: 'a factor of the taxonomy', policy: TAXONOMY, files: { 'incidents/2026/a.mdx': incident('config-change') }, expect: [] },
    {
      name: 'a factor the taxonomy does not have',
      policy: TAXONOMY,
      files: { 'incidents/2026/a.mdx': incident('config-push') },
      expect: [{ file: 'content/incidents/2026/a.mdx', line: 17, severity: 'error', message: 'did you mean "config-change"?' }],
    },
  ],
};
