/** An incident not resolved long after detection is stale: close it or record why it stays open. */
import { incidentStatusAt } from '../as-of.ts';
import { addDuration, instant, isoDayIn } from '../time.ts';
import { formatDuration, isLate } from '../sla.ts';
import { policyDay } from './util.ts';
import type { Rule } from './types.ts';
import { exampleIncident } from './incident-example.ts';

/** Detected 2026-11-02 10:05, mitigated but never resolved; status at line 4. */
const incident = exampleIncident({ 'status: resolved': 'status: mitigated', 'resolved: 2026-11-02T12:00:00+09:00': 'mitigated: 2026-11-02T11:00:00+09:00' });

export const incidentStaleOpen: Rule = {
  id: 'incident/stale-open',
  category: 'policy',
  severity: 'info',
  source: '장애 대응 → 장애 대응 절차 → 장애 해결',
  description: "An incident is resolved within the policy's stale_after of its detection (default 14 days).",
  check(ctx) {
    const tz = ctx.policy.timezone;
    for (const document of ctx.targetsOf('incident')) {
      const d = document.data;
      // As of --now: resolved after it was still open then (src/lib/as-of.ts).
      const status = incidentStatusAt(d, tz, ctx.now);
      if (status !== 'investigating' && status !== 'mitigated') continue;
      const stale = addDuration(tz, instant(d.timeline.detected), ctx.policy.incidents.stale_after);
      if (!isLate(ctx.now, stale)) continue;
      ctx.report({
        document,
        at: ['status'],
        day: isoDayIn(tz, stale),
        message: `Expected this incident resolved within ${formatDuration(ctx.policy.incidents.stale_after)} of detection, found it still "${status}" since ${policyDay(ctx.policy.timezone, d.timeline.detected)}`,
      });
    }
  },
  examples: [
    { name: 'exactly 14 days open', now: '2026-11-16T10:05:00+09:00', files: { 'incidents/2026/open.mdx': incident }, expect: [] },
    {
      name: 'open one minute past 14 days',
      now: '2026-11-16T10:06:00+09:00',
      files: { 'incidents/2026/open.mdx': incident },
      expect: [{ file: 'content/incidents/2026/open.mdx', line: 4, severity: 'info', message: 'still "mitigated"' }],
    },
  ],
};
