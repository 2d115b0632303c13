/** Open action items past their due date, and items closed after it, are recorded (guide: 재발 방지 대책). */
import { Temporal } from 'temporal-polyfill';
import { actionItemStatusOn } from '../as-of.ts';
import { today } from '../sla.ts';
import type { Rule } from './types.ts';
import { exampleIncident } from './incident-example.ts';

/** One action item from line 15; `item` adds its remaining fields from line 17. */
const incident = (item: string) => exampleIncident({}, `action_items:\n  - title: 커넥션 풀 조정\n    owner: lee-seoyeon\n${item}`);

export const incidentActionItemOverdue: Rule = {
  id: 'incident/action-item-overdue',
  category: 'policy',
  severity: 'info',
  source: '장애 대응 → 장애 대응 절차 → 사후 관리',
  description: 'Open action items are done by their due date (an item is overdue from the day after it is due).',
  check(ctx) {
    const day = today(ctx.policy, ctx.now);
    for (const document of ctx.targetsOf('incident')) {
      document.data.action_items.forEach((item, i) => {
        if (!item.due) return;
        const due = Temporal.PlainDate.from(item.due);
        const overdueFrom = due.add({ days: 1 }).toString();
        // As of --now: an item closed after it was still open then (src/lib/as-of.ts).
        const status = actionItemStatusOn(item, day);
        if (status === 'open' && Temporal.PlainDate.compare(day, due) > 0) {
          const days = due.until(day).days;
          ctx.report({
            document,
            at: ['action_items', i, 'due'],
            day: overdueFrom,
            message: `Expected action item "${item.title}" done by ${item.due}, found it open ${days} days later`,
          });
        } else if (status === 'done' && item.closed && Temporal.PlainDate.compare(Temporal.PlainDate.from(item.closed), due) > 0) {
          ctx.report({
            document,
            at: ['action_items', i, 'closed'],
            day: overdueFrom,
            message: `Expected action item "${item.title}" done by ${item.due}, found it closed on ${item.closed}`,
          });
        }
      });
    }
  },
  examples: [
    { name: 'due today', now: '2026-11-20T23:59:00+09:00', files: { 'incidents/2026/ai.mdx': incident('    due: 2026-11-20') }, expect: [] },
    {
      name: 'open a day after its due date',
      now: '2026-11-21T00:00:00+09:00',
      files: { 'incidents/2026/ai.mdx': incident('    due: 2026-11-20') },
      expect: [{ file: 'content/incidents/2026/ai.mdx', line: 17, severity: 'info', message: 'found it open 1 days later' }],
    },
    {
      name: 'closed late, but after --now: as of --now it is not yet due',
      now: '2026-11-20T12:00:00+09:00',
      files: { 'incidents/2026/ai.mdx': incident('    due: 2026-11-20\n    status: done\n    closed: 2026-11-25') },
      expect: [],
    },
    {
      name: 'closed after --now and due before it: open and overdue as of --now',
      now: '2026-11-22T12:00:00+09:00',
      files: { 'incidents/2026/ai.mdx': incident('    due: 2026-11-20\n    status: done\n    closed: 2026-11-25') },
      expect: [{ file: 'content/incidents/2026/ai.mdx', line: 17, severity: 'info', message: 'found it open 2 days later' }],
    },
  ],
};
