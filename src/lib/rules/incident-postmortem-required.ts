/** Severities that need a postmortem have one published within the due days after resolution (guide: 사후 관리). */
import { happenedOn } from '../as-of.ts';
import { Temporal } from 'temporal-polyfill';
import { postmortemDue, today } from '../sla.ts';
import type { Rule } from './types.ts';
import { exampleIncident } from './incident-example.ts';
import { approximateNote } from './util.ts';

/** A P2 (postmortem due 7 days after resolution on 11-02: by 11-09); `postmortem` from line 14. */
const p2 = (postmortem: string) => exampleIncident({ 'severity: P3': 'severity: P2' }, postmortem);

export const incidentPostmortemRequired: Rule = {
  id: 'incident/postmortem-required',
  category: 'policy',
  severity: 'info',
  source: '장애 대응 → 장애 대응 절차 → 사후 관리',
  description: 'Severities whose policy requires a postmortem have one published within the due days after resolution.',
  check(ctx) {
    const day = today(ctx.policy, ctx.now);
    for (const document of ctx.targetsOf('incident')) {
      const d = document.data;
      const due = postmortemDue(ctx.policy, d);
      if (!due) continue;
      const days = ctx.policy.severities[d.severity].postmortem.due_days ?? 0;
      // As of --now: published after it is not published yet (src/lib/as-of.ts).
      const published = happenedOn(d.postmortem?.published, day) ? d.postmortem?.published : undefined;
      if (published) {
        if (Temporal.PlainDate.compare(Temporal.PlainDate.from(published), due) > 0) {
          ctx.report({
            document,
            at: ['postmortem', 'published'],
            day: due.toString(),
            message: `Expected the ${d.severity} postmortem published within ${days} days of resolution (by ${due}), found ${published}${approximateNote(ctx.policy.timezone, { 'timeline.resolved': d.timeline.resolved })}`,
          });
        }
      } else if (Temporal.PlainDate.compare(day, due) > 0) {
        ctx.report({
          document,
          at: d.postmortem ? ['postmortem'] : ['timeline', 'resolved'],
          day: due.toString(),
          message: `Expected a published postmortem for this ${d.severity} incident by ${due} (${days} days after resolution); postmortem.published is not recorded${approximateNote(ctx.policy.timezone, { 'timeline.resolved': d.timeline.resolved })}`,
        });
      }
    }
  },
  examples: [
    {
      name: 'published on the due day',
      files: { 'incidents/2026/p2.mdx': p2('postmortem: { author: kim-minsu, published: 2026-11-09 }') },
      expect: [],
    },
    {
      name: 'published a day late',
      files: { 'incidents/2026/p2.mdx': p2('postmortem:\n  author: kim-minsu\n  published: 2026-11-10') },
      expect: [{ file: 'content/incidents/2026/p2.mdx', line: 16, severity: 'info', message: 'by 2026-11-09' }],
    },
    {
      name: 'never published',
      files: { 'incidents/2026/p2.mdx': p2('') },
      expect: [{ file: 'content/incidents/2026/p2.mdx', line: 12, severity: 'info', message: 'not recorded' }],
    },
  ],
};
