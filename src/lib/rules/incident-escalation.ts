/**
 * An incident still unresolved when its severity's escalation delay runs out is escalated to the roles
 * the policy names (guide: 장애 레벨 → 에스컬레이션). P1 escalates at once, however fast it is fixed.
 */
import { escalationDue, escalationRequired, isLate } from '../sla.ts';
import { dayIn, instant } from '../time.ts';
import type { Rule } from './types.ts';
import { exampleIncident } from './incident-example.ts';
import { when } from './util.ts';

/** A P1 detected at 10:05, so escalation is due within its 15-minute response time (by 10:20). */
const p1 = (escalations: string) => exampleIncident({ 'severity: P3': 'severity: P1' }, escalations);

export const incidentEscalation: Rule = {
  id: 'incident/escalation',
  category: 'policy',
  severity: 'info',
  source: '장애 대응 → 장애 레벨',
  description: "An incident unresolved after its severity's escalation delay is escalated to the required roles in time (P1: at once, to CTO and team lead).",
  check(ctx) {
    const tz = ctx.policy.timezone;
    for (const document of ctx.targetsOf('incident')) {
      const d = document.data;
      const due = escalationDue(ctx.policy, d);
      if (!due) continue;
      // Fixed before the delay ran out: nothing to escalate (a zero delay always escalates).
      if (!escalationRequired(due, d, ctx.now)) continue;
      const day = dayIn(tz, due.deadline).toString();
      for (const role of due.to) {
        const index = d.escalations.findIndex((e) => e.to === role);
        const escalation = d.escalations[index];
        if (!escalation) {
          if (due.immediate && !isLate(ctx.now, due.deadline)) continue;
          ctx.report({
            document,
            at: d.escalations.length ? ['escalations'] : ['severity'],
            day,
            message: `Expected escalation to ${ctx.policy.roles[role] ?? role} (${role}) by ${when(tz, due.deadline)} for a ${d.severity} incident, found none`,
          });
        } else if (isLate(instant(escalation.at), due.deadline)) {
          ctx.report({
            document,
            at: ['escalations', index, 'at'],
            day,
            message: `Expected escalation to ${role} by ${when(tz, due.deadline)} for a ${d.severity} incident, found it at ${when(tz, escalation.at)}`,
          });
        }
      }
    }
  },
  examples: [
    {
      name: 'P1 escalated to CTO and team lead at once',
      files: {
        'incidents/2026/p1.mdx': p1(`escalations:
  - { to: cto, at: 2026-11-02T10:06:00+09:00 }
  - { to: team-lead, at: 2026-11-02T10:06:00+09:00 }`),
      },
      expect: [],
    },
    {
      name: 'P1 with no escalation',
      files: { 'incidents/2026/p1.mdx': p1('') },
      expect: [
        { file: 'content/incidents/2026/p1.mdx', line: 3, severity: 'info', message: 'escalation to CTO (cto)' },
        { file: 'content/incidents/2026/p1.mdx', line: 3, severity: 'info', message: 'escalation to 팀장 (team-lead)' },
      ],
    },
  ],
};
