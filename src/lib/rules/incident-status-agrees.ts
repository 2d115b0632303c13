/**
 * The stored `status:` agrees with the timestamps: an incident whose resolution (or mitigation) is
 * stamped on or before `--now` is not still "investigating", and an action item with a `closed` day is
 * not "open". (The other direction, a status whose step has no timestamp, is `incident/timeline-order`.)
 * A timestamp after `--now` is no contradiction: the record was written later than the point in time
 * the check is asked about, and the status as of `--now` is derived from the timestamps (src/lib/as-of.ts).
 */
import { happened } from '../as-of.ts';
import type { Rule } from './types.ts';
import { exampleIncident } from './incident-example.ts';
import { when } from './util.ts';

const RANK = { investigating: 0, mitigated: 1, resolved: 2, postmortem: 2, closed: 2 } as const;

export const incidentStatusAgrees: Rule = {
  id: 'incident/status-agrees',
  category: 'document',
  severity: 'error',
  source: '장애 대응 → 장애 대응 절차',
  description:
    'The stored status is not behind the timestamps: resolved (or mitigated) by --now is not "investigating", and an action item with a closed day is not "open".',
  check(ctx) {
    const tz = ctx.policy.timezone;
    for (const document of ctx.targetsOf('incident')) {
      const d = document.data;
      const { mitigated, resolved } = d.timeline;
      const reached = happened(resolved, ctx.now)
        ? { step: 'resolved', at: resolved, rank: 2 }
        : happened(mitigated, ctx.now)
          ? { step: 'mitigated', at: mitigated, rank: 1 }
          : undefined;
      if (reached && RANK[d.status] < reached.rank) {
        ctx.report({
          document,
          at: ['status'],
          message: `Expected status "${reached.step}" or later: timeline.${reached.step} is ${when(tz, reached.at)}, on or before --now (${when(tz, ctx.now)}), found "${d.status}"; update the status or the timestamp`,
        });
      }
      d.action_items.forEach((item, i) => {
        if (item.status === 'open' && item.closed) {
          ctx.report({
            document,
            at: ['action_items', i, 'status'],
            message: `Expected status: done (or no closed day) for action item "${item.title}", found status "open" with closed: ${item.closed}`,
          });
        }
      });
    }
  },
  examples: [
    { name: 'resolved, and says so', files: { 'incidents/2026/ok.mdx': exampleIncident() }, expect: [] },
    {
      name: 'resolved after --now: the record is from later, no contradiction',
      now: '2026-11-02T11:00:00+09:00',
      files: { 'incidents/2026/later.mdx': exampleIncident() },
      expect: [],
    },
    {
      name: 'still "investigating" though resolved before --now',
      files: { 'incidents/2026/stale.mdx': exampleIncident({ 'status: resolved': 'status: investigating' }) },
      expect: [{ file: 'content/incidents/2026/stale.mdx', line: 4, severity: 'error', message: 'Expected status "resolved" or later' }],
    },
    {
      name: 'an open action item with a closed day',
      files: {
        'incidents/2026/item.mdx': exampleIncident(
          {},
          'action_items:\n  - title: 알림 임계치 조정\n    owner: kim-minsu\n    status: open\n    closed: 2026-11-10',
        ),
      },
      expect: [{ file: 'content/incidents/2026/item.mdx', line: 17, severity: 'error', message: 'found status "open" with closed: 2026-11-10' }],
    },
  ],
};
