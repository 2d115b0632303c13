/**
 * A runbook used in a severe incident (P1/P2 by default) is reviewed within N days of the incident's
 * resolution (policy `runbooks.review_after_incident`), whatever its calendar expiry says: it was just
 * tried under fire, and may have been part of the cause.
 */
import { Temporal } from 'temporal-polyfill';
import { today } from '../sla.ts';
import { dayIn, plainDate } from '../time.ts';
import type { Rule } from './types.ts';
import { exampleIncident } from './incident-example.ts';
import { exampleRunbook } from './runbook-example.ts';

/** The example runbook (last reviewed 2026-10-01, line 7) and a P1 that used it, resolved 2026-11-02. */
const files = (runbookReplace: Record<string, string> = {}) => ({
  'runbooks/db-primary-failure.mdx': exampleRunbook(runbookReplace),
  'incidents/2026/p1.mdx': exampleIncident({ 'severity: P3': 'severity: P1' }, 'runbooks: [db-primary-failure]'),
});

export const runbookReviewedAfterIncident: Rule = {
  id: 'runbook/reviewed-after-incident',
  category: 'policy',
  severity: 'info',
  source: '장애 대응 → 장애 대응 절차 → 사후 관리',
  description: "A runbook used in a P1/P2 incident is reviewed within 14 days (policy) of the incident's resolution, whatever its review interval says.",
  check(ctx) {
    const { severities, within_days: days } = ctx.policy.runbooks.review_after_incident;
    const tz = ctx.policy.timezone;
    const day = today(ctx.policy, ctx.now);
    const checked = new Set(ctx.targetsOf('runbook').map((r) => r.id));
    // `check --changed` of an incident: no runbook to report on, and no reason to read every incident.
    if (checked.size === 0) return;
    // The latest such incident per runbook: one review after it answers every earlier one too.
    const latest = new Map<string, { incident: string; resolved: Temporal.PlainDate }>();
    for (const incident of ctx.all('incident')) {
      const d = incident.data;
      if (!d.timeline.resolved || !severities.includes(d.severity) || !d.runbooks.some((id) => checked.has(id))) continue;
      const resolved = dayIn(tz, d.timeline.resolved);
      for (const id of d.runbooks) {
        if (!checked.has(id)) continue;
        const known = latest.get(id);
        if (!known || Temporal.PlainDate.compare(resolved, known.resolved) > 0) latest.set(id, { incident: incident.id, resolved });
      }
    }
    for (const document of ctx.targetsOf('runbook')) {
      const used = latest.get(document.id);
      if (!used) continue;
      const reviewed = plainDate(document.data.last_reviewed);
      if (Temporal.PlainDate.compare(reviewed, used.resolved) >= 0) continue;
      const due = used.resolved.add({ days });
      if (Temporal.PlainDate.compare(day, due) <= 0) continue;
      ctx.report({
        document,
        at: ['last_reviewed'],
        day: due.add({ days: 1 }).toString(),
        message: `Expected a review within ${days} days of incident ${used.incident} (resolved ${used.resolved}), by ${due}, which used this runbook; last reviewed ${document.data.last_reviewed}`,
      });
    }
  },
  examples: [
    { name: 'reviewed after the incident', files: files({ 'last_reviewed: 2026-10-01': 'last_reviewed: 2026-11-10' }), expect: [] },
    { name: 'within the 14 days after resolution', now: '2026-11-16T09:00:00+09:00', files: files(), expect: [] },
    {
      name: 'not reviewed 14 days after, though its calendar review is valid until 2026-12-30',
      now: '2026-11-17T09:00:00+09:00',
      files: files(),
      expect: [{ file: 'content/runbooks/db-primary-failure.mdx', line: 7, severity: 'info', message: 'by 2026-11-16' }],
    },
  ],
};
