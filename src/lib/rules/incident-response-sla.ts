/**
 * An incident is acknowledged within its severity's response time (guide: 장애 레벨 → 대응 시간). With a
 * severity history, each level's clock starts when the incident reached it (src/lib/sla.ts `responseDue`).
 */
import { formatDuration, formatMinutes, isLate, minutesLate, responseDue } from '../sla.ts';
import { instant, isoDayIn } from '../time.ts';
import type { Rule } from './types.ts';
import { exampleIncident } from './incident-example.ts';
import { approximateNote, when } from './util.ts';
import { incidentAt } from '../as-of.ts';

/** A P2 detected at 10:05 (30-minute response time: due 10:35), acknowledged at line 11. */
const incident = (acknowledged: string) =>
  exampleIncident({ 'severity: P3': 'severity: P2', 'acknowledged: 2026-11-02T10:10:00+09:00': `acknowledged: ${acknowledged}` });

/** Detected at 10:05 as a P3 (2 h), raised to P1 (15 min) at 11:00 while unacknowledged: due 11:15. */
const raised = (acknowledged: string) =>
  exampleIncident(
    { 'severity: P3': 'severity: P1', 'acknowledged: 2026-11-02T10:10:00+09:00': `acknowledged: ${acknowledged}` },
    `severity_history:
  - { level: P3, at: 2026-11-02T10:05:00+09:00 }
  - { level: P1, at: 2026-11-02T11:00:00+09:00 }`,
  );

export const incidentResponseSla: Rule = {
  id: 'incident/response-sla',
  category: 'policy',
  severity: 'info',
  source: '장애 대응 → 장애 레벨',
  description:
    "An incident is acknowledged within its severity's response time after detection (P2: 30 minutes by default); a level reached before acknowledgement starts its own clock when it is reached.",
  check(ctx) {
    const tz = ctx.policy.timezone;
    for (const document of ctx.targetsOf('incident')) {
      // As of --now (src/lib/as-of.ts): an acknowledgement or escalation stamped after it has not happened yet.
      const d = incidentAt(document.data, ctx.policy.timezone, ctx.now);
      const due = responseDue(ctx.policy, d);
      const { deadline } = due;
      const allowed = formatDuration(ctx.policy.severities[due.level].response_time);
      const times = {
        'timeline.detected': d.timeline.detected,
        'timeline.acknowledged': d.timeline.acknowledged,
        ...(due.index === undefined ? {} : { [`severity_history[${due.index}].at`]: due.fromText }),
      };
      const since = due.index === undefined ? 'detection' : `becoming ${due.level} at ${when(tz, due.from)}`;
      if (d.timeline.acknowledged) {
        const acknowledged = instant(d.timeline.acknowledged);
        if (!isLate(acknowledged, deadline)) continue;
        ctx.report({
          document,
          at: ['timeline', 'acknowledged'],
          day: isoDayIn(tz, deadline),
          message: `Expected a ${due.level} incident to be acknowledged within ${allowed} of ${since} (by ${when(tz, deadline)}), found ${formatMinutes(minutesLate(due.from, acknowledged))}${approximateNote(tz, times)}`,
        });
      } else if (isLate(ctx.now, deadline)) {
        ctx.report({
          document,
          at: ['timeline', 'detected'],
          day: isoDayIn(tz, deadline),
          message: `Expected a ${due.level} incident to be acknowledged within ${allowed} of ${since} (by ${when(tz, deadline)}); timeline.acknowledged is not recorded${approximateNote(tz, times)}`,
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
    {
      name: 'acknowledged around 45 minutes: the finding says the time is approximate',
      files: { 'incidents/2026/p2.mdx': incident('~2026-11-02T10:50+09:00') },
      expect: [
        {
          file: 'content/incidents/2026/p2.mdx',
          line: 11,
          severity: 'info',
          message: 'computed from approximate times (timeline.acknowledged ~2026-11-02 10:50)',
        },
      ],
    },
    {
      name: 'a P3 that became P1: acknowledged 10 minutes after it became P1 is on time',
      files: { 'incidents/2026/p1.mdx': raised('2026-11-02T11:10:00+09:00') },
      expect: [],
    },
    {
      name: 'a P3 that became P1: acknowledged 30 minutes after it became P1 is late under P1',
      files: { 'incidents/2026/p1.mdx': raised('2026-11-02T11:30:00+09:00') },
      expect: [
        {
          file: 'content/incidents/2026/p1.mdx',
          line: 11,
          severity: 'info',
          message: 'within 15 min of becoming P1 at 2026-11-02 11:00 (by 2026-11-02 11:15), found 30 min',
        },
      ],
    },
  ],
};
