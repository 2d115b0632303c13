/**
 * An incident still unresolved when its severity's escalation delay runs out is escalated to the roles
 * the policy names (guide: 장애 레벨 → 에스컬레이션). P1 escalates at once, however fast it is fixed.
 */
import { escalationsOwed, firstEscalation, isLate } from '../sla.ts';
import { instant, isoDayIn } from '../time.ts';
import type { Rule } from './types.ts';
import { exampleIncident } from './incident-example.ts';
import { approximateNote, when } from './util.ts';
import { incidentAt } from '../as-of.ts';

/** A P1 detected at 10:05, so escalation is due within its 15-minute response time (by 10:20). */
const p1 = (escalations: string) => exampleIncident({ 'severity: P3': 'severity: P1' }, escalations);

/** A P3 detected at 10:05 that became P1 at 11:00 (line 15): the P1 escalation is due by 11:15, not 10:20. */
const raised = (escalations: string) =>
  exampleIncident(
    { 'severity: P3': 'severity: P1' },
    `severity_history:
  - { level: P3, at: 2026-11-02T10:05:00+09:00 }
  - { level: P1, at: 2026-11-02T11:00:00+09:00 }
${escalations}`,
  );

export const incidentEscalation: Rule = {
  id: 'incident/escalation',
  category: 'policy',
  severity: 'info',
  source: '장애 대응 → 장애 레벨',
  description: "An incident unresolved after its severity's escalation delay is escalated to the required roles in time (P1: at once, to CTO and team lead).",
  check(ctx) {
    const tz = ctx.policy.timezone;
    for (const document of ctx.targetsOf('incident')) {
      // As of --now (src/lib/as-of.ts): an acknowledgement or escalation stamped after it has not happened yet.
      const d = incidentAt(document.data, ctx.policy.timezone, ctx.now);
      // Each level the incident held owes its roles from when it was reached; fixed before a level's
      // delay ran out, that level owes nothing (a zero delay always escalates).
      for (const owed of escalationsOwed(ctx.policy, d, ctx.now)) {
        const { role, deadline } = owed;
        const day = isoDayIn(tz, deadline);
        const escalation = firstEscalation(d, role);
        const level = d.severity_history.length ? `the incident once it was ${owed.level}` : `a ${d.severity} incident`;
        if (!escalation) {
          if (owed.immediate && !isLate(ctx.now, deadline)) continue;
          ctx.report({
            document,
            at: d.escalations.length ? ['escalations'] : d.severity_history.length ? ['severity_history'] : ['severity'],
            day,
            message: `Expected escalation to ${ctx.policy.roles[role] ?? role} (${role}) by ${when(tz, deadline)} for ${level}, found none${approximateNote(tz, { 'timeline.detected': d.timeline.detected })}`,
          });
        } else if (isLate(instant(escalation.at), deadline)) {
          ctx.report({
            document,
            at: ['escalations', escalation.index, 'at'],
            day,
            message: `Expected escalation to ${role} by ${when(tz, deadline)} for ${level}, found it at ${when(tz, escalation.at)}${approximateNote(tz, { [`escalations[${escalation.index}].at`]: escalation.at, 'timeline.detected': d.timeline.detected })}`,
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
    {
      name: 'became P1 at 11:00 and escalated at 11:10: on time for P1',
      files: {
        'incidents/2026/p1.mdx': raised(`escalations:
  - { to: cto, at: 2026-11-02T11:10:00+09:00 }
  - { to: team-lead, at: 2026-11-02T11:10:00+09:00 }`),
      },
      expect: [],
    },
    {
      name: 'became P1 at 11:00 and escalated to the CTO around 11:40: late for P1',
      files: {
        'incidents/2026/p1.mdx': raised(`escalations:
  - { to: cto, at: ~2026-11-02T11:40+09:00 }
  - { to: team-lead, at: 2026-11-02T11:10:00+09:00 }`),
      },
      expect: [
        {
          file: 'content/incidents/2026/p1.mdx',
          line: 18,
          severity: 'info',
          message:
            'by 2026-11-02 11:15 for the incident once it was P1, found it at 2026-11-02 11:40; computed from approximate times (escalations[0].at ~2026-11-02 11:40)',
        },
      ],
    },
  ],
};
