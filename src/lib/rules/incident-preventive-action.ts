/**
 * A postmortem of a severe incident (P1/P2 by default, policy `postmortems.preventive_action_for`) has at
 * least one preventive action item (`type: prevent`, not cancelled): the guide's 재발 방지 대책.
 */
import type { Rule } from './types.ts';
import { exampleIncident } from './incident-example.ts';
import { policyDay } from './util.ts';

/** A P2 with a postmortem (line 14) and action items from line 15. */
const incident = (items: string) =>
  exampleIncident({ 'severity: P3': 'severity: P2' }, `postmortem: { author: kim-minsu, published: 2026-11-05 }\naction_items:\n${items}`);

export const incidentPreventiveAction: Rule = {
  id: 'incident/preventive-action',
  category: 'policy',
  severity: 'info',
  source: '장애 대응 → 장애 대응 절차 → 사후 관리',
  description: 'A P1/P2 postmortem has at least one action item of type `prevent` that is not cancelled.',
  check(ctx) {
    const severities = ctx.policy.postmortems.preventive_action_for;
    for (const document of ctx.targetsOf('incident')) {
      const d = document.data;
      if (!d.postmortem || !severities.includes(d.severity)) continue;
      if (d.action_items.some((a) => a.type === 'prevent' && a.status !== 'cancelled')) continue;
      const typed = d.action_items.filter((a) => a.type).map((a) => a.type);
      ctx.report({
        document,
        at: d.action_items.length ? ['action_items'] : ['postmortem'],
        day: d.postmortem.published ?? (d.timeline.resolved ? policyDay(ctx.policy.timezone, d.timeline.resolved) : undefined),
        message: `Expected a ${d.severity} postmortem to have at least one action item with "type: prevent", found ${d.action_items.length === 0 ? 'no action items' : typed.length ? `only ${[...new Set(typed)].join(', ')}` : `${d.action_items.length} without a type`}`,
      });
    }
  },
  examples: [
    {
      name: 'a preventive action item',
      files: { 'incidents/2026/a.mdx': incident('  - { title: 설정 검증 추가, type: prevent, owner: kim-minsu }') },
      expect: [],
    },
    {
      name: 'only detection work',
      files: { 'incidents/2026/a.mdx': incident('  - { title: 알림 추가, type: detect, owner: kim-minsu }') },
      expect: [{ file: 'content/incidents/2026/a.mdx', line: 15, severity: 'info', message: 'found only detect' }],
    },
  ],
};
