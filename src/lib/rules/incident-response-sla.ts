/** An incident is acknowledged within its severity's response time (guide: 장애 레벨 → 대응 시간). */
import { formatDuration, formatMinutes, isLate, minutesLate, responseDeadline } from '../sla.ts';
import { dayIn, instant } from '../time.ts';
import type { Rule } from './types.ts';
import { mdx, when } from './util.ts';

const incident = (acknowledged: string) =>
  mdx(`
title: 결제 API 응답 지연
severity: P2
status: resolved
services: [payment-api]
detection: monitoring
commander: kim-minsu
timeline:
  started: 2026-11-02T09:55:00+09:00
  detected: 2026-11-02T10:00:00+09:00
  acknowledged: ${acknowledged}
  resolved: 2026-11-02T12:00:00+09:00
impact: { summary: 결제 지연 }
`);

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
    { name: 'P2 acknowledged exactly at 30 minutes', files: { 'incidents/2026/p2.mdx': incident('2026-11-02T10:30:00+09:00') }, expect: [] },
    {
      name: 'P2 acknowledged after 45 minutes',
      files: { 'incidents/2026/p2.mdx': incident('2026-11-02T10:45:00+09:00') },
      expect: [{ file: 'content/incidents/2026/p2.mdx', line: 11, severity: 'info', message: 'found 45 min' }],
    },
  ],
};
