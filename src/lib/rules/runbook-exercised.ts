/**
 * A runbook is used in an incident or a drill (a routine record citing it) within the policy's exercise
 * interval: freshness from use, not only from review. Before any use, the clock starts at the
 * handbook's start date.
 */
import { Temporal } from 'temporal-polyfill';
import { formatDuration, today } from '../sla.ts';
import { dayIn, duration, plainDate } from '../time.ts';
import type { Rule } from './types.ts';
import { exampleRunbook } from './runbook-example.ts';
import { mdx } from './util.ts';

const drill = (day: string) =>
  mdx(`
performed_at: ${day}T14:00:00+09:00
performer: han-jiwoo
outcome: pass
runbooks: [db-primary-failure]
`);

export const runbookExercised: Rule = {
  id: 'runbook/exercised',
  category: 'policy',
  severity: 'info',
  source: '장애 대응 → 주요 장애 시나리오',
  description: "A runbook is used in an incident or a drill within the policy's exercise interval (180 days by default).",
  check(ctx) {
    const tz = ctx.policy.timezone;
    // With --changed and no runbook in the change, there is nothing to index.
    if (ctx.targetsOf('runbook').length === 0) return;
    const lastUse = new Map<string, Temporal.PlainDate>();
    const use = (id: string, day: Temporal.PlainDate) => {
      const seen = lastUse.get(id);
      if (!seen || Temporal.PlainDate.compare(day, seen) > 0) lastUse.set(id, day);
    };
    for (const i of ctx.all('incident')) for (const id of i.data.runbooks) use(id, dayIn(tz, i.data.timeline.detected));
    for (const r of ctx.all('routine')) for (const id of r.data.runbooks) use(id, dayIn(tz, r.data.performed_at));
    const day = today(ctx.policy, ctx.now);
    const interval = duration(ctx.policy.runbooks.exercise_interval);
    const start = plainDate(ctx.policy.start_date);
    for (const document of ctx.targetsOf('runbook')) {
      const used = lastUse.get(document.id);
      const due = (used ?? start).add(interval);
      if (Temporal.PlainDate.compare(day, due) <= 0) continue;
      ctx.report({
        document,
        at: ['title'],
        day: due.add({ days: 1 }).toString(),
        message: used
          ? `Expected use in an incident or drill within ${formatDuration(ctx.policy.runbooks.exercise_interval)} (by ${due}), found the last use on ${used}`
          : `Expected use in an incident or drill by ${due} (${formatDuration(ctx.policy.runbooks.exercise_interval)} after ${ctx.policy.start_date}), found none`,
      });
    }
  },
  examples: [
    {
      name: 'drilled in November',
      now: '2027-03-01T09:00:00+09:00',
      files: { 'runbooks/db-primary-failure.mdx': exampleRunbook(), 'routines/failover-drill/2026-11-12.mdx': drill('2026-11-12') },
      expect: [],
    },
    {
      name: 'never used in 180 days',
      now: '2027-03-01T09:00:00+09:00',
      files: { 'runbooks/db-primary-failure.mdx': exampleRunbook() },
      expect: [{ file: 'content/runbooks/db-primary-failure.mdx', line: 2, severity: 'info', message: 'by 2026-11-28' }],
    },
  ],
};
