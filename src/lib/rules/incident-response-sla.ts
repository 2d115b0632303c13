/** An incident is acknowledged within its severity's response time (guide: 장애 레벨 → 대응 시간). */
import { formatDuration, formatMinutes, isLate, minutesLate, responseDeadline } from '../sla.ts';
import { dayIn, instant } from '../time.ts';
import type { Rule } from './types.ts';
import { exampleIncident } from './incident-example.ts';
import { when } from './util.ts';

/** A P2 detected at 10:05 (30-minute response time: due 10:35), acknowledged at line 11. */
const incident = (acknowledged: string) =>
  exampleIncident({ 'severity: P3': 'severity: P2', 'acknowledged: 2026-11-02T10:10:00+09:00': `acknowledged: ${acknowledged}` });

export const incidentResponseSla: Rule = {
  id: 'incident/response-sla',
  category: 'policy',
  severity: 'info',
  source: '장애 대응 → 장애 레벨',
  description: "An incident is acknowledged within its severity's response time after detection (P2: 30 minutes by default).",
  check(ctx) {
    const tz = ctx.policy.timezone;
    for (const document of ctx.targetsOf('incident')) {
      const d = document.data;
      const detected = instant(d.timeline.detected);
      const deadline = responseDeadline(ctx.policy, d);
      const allowed = formatDuration(ctx.policy.severities[d.severity].response_time);
      if (d.timeline.acknowledged) {
        const acknowledged = instant(d.timeline.acknowledged);
        if (!isLate(acknowledged, deadline)) continue;
        ctx.report({
          document,
          at: ['timeline', 'acknowledged'],
          day: dayIn(tz, deadline).toString(),
          message: `Expected a ${d.severity} incident to be acknowledged within ${allowed} of detection (by ${when(tz, deadline)}), found ${formatMinutes(minutesLate(detected, acknowledged))}`,
        });
      } else if (isLate(ctx.now, deadline)) {
        ctx.report({
          document,
          at: ['timeline', 'detected'],
          day: dayIn(tz, deadline).toString(),
          message: `Expected a ${d.severity} incident to be acknowledged within ${allowed} of detection (by ${when(tz, deadline)}); timeline.acknowledged is not recorded`,
        });
      }
    }
  },
  examples: [
    { name: 'P2 acknowledged exactly at 30 minutes', files: { 'incidents/2026/p2.mdx': incident('2026-11-02T10:35:00+09:00') }, expect: [] },
    {
      name: 'P2 acknowledged after 45 minutes',
      files: { 'incidents/2026/p2.mdx': incident('2026-11-02T10:50:00+09:00') },
      expect: [{ file: 'content/incidents/2026/p2.mdx', line: 11, severity: 'info', message: 'found 45 min' }],
    },
  ],
};
