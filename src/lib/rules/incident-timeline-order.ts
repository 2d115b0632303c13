/** started ≤ detected ≤ acknowledged ≤ mitigated ≤ resolved, and the status agrees with the timeline. */
import { TIMELINE_STEPS } from '../../schemas/incident.ts';
import { instant, isoDayIn } from '../time.ts';
import type { Rule } from './types.ts';

const NEEDS: Record<string, (typeof TIMELINE_STEPS)[number][]> = {
  investigating: [],
  mitigated: ['acknowledged', 'mitigated'],
  resolved: ['acknowledged', 'resolved'],
  postmortem: ['acknowledged', 'resolved'],
  closed: ['acknowledged', 'resolved'],
};

export const incidentTimelineOrder: Rule = {
  id: 'incident/timeline-order',
  category: 'document',
  severity: 'error',
  source: '장애 대응 → 장애 대응 절차',
  description:
    'Timeline steps are in order (started ≤ detected ≤ acknowledged ≤ mitigated ≤ resolved), match the status, and no action item is closed before the incident began.',
  check(ctx) {
    for (const document of ctx.targetsOf('incident')) {
      const timeline = document.data.timeline;
      let previous: { step: string; at: string } | undefined;
      for (const step of TIMELINE_STEPS) {
        const at = timeline[step];
        if (!at) continue;
        if (previous && instant(at).epochMilliseconds < instant(previous.at).epochMilliseconds) {
          ctx.report({
            document,
            at: ['timeline', step],
            message: `Expected timeline.${step} (${at}) to be no earlier than timeline.${previous.step} (${previous.at})`,
          });
        }
        previous = { step, at };
      }
      // An action item cannot be closed before the incident it follows from began (a mistyped year).
      const startedDay = isoDayIn(ctx.policy.timezone, timeline.started);
      document.data.action_items.forEach((item, i) => {
        if (item.closed && item.closed < startedDay) {
          ctx.report({
            document,
            at: ['action_items', i, 'closed'],
            message: `Expected the action item to be closed on or after the incident began (${startedDay}), found ${item.closed}`,
          });
        }
      });
      for (const step of NEEDS[document.data.status] ?? []) {
        if (!timeline[step]) {
          ctx.report({
            document,
            at: ['status'],
            message: `Expected timeline.${step} for an incident with status "${document.data.status}"; add it or change the status`,
          });
        }
      }
    }
  },
};
