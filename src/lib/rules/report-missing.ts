/**
 * Every closed period of a cadence the policy requires (`reports:`) has a human-written report. Periods
 * are counted in the policy time zone from the handbook's start date; the current one is still open.
 */
import { Temporal } from 'temporal-polyfill';
import { CADENCES } from '../../schemas/policy.ts';
import { documentKey } from '../paths.ts';
import { periodsBetween } from '../periods.ts';
import { POLICY_FILE } from '../policy-source.ts';
import { today } from '../sla.ts';
import { plainDate } from '../time.ts';
import type { Rule } from './types.ts';
import { mdx, policyLine } from './util.ts';

const quarterly = mdx('author: kim-minsu', '분기 리뷰.\n');
const ONLY_QUARTERLY = { reports: { daily: false, weekly: false, monthly: false, quarterly: true } };

export const reportMissing: Rule = {
  id: 'report/missing',
  category: 'policy',
  severity: 'info',
  source: '문서화 → 보고서',
  description: 'Every closed period of a cadence the policy requires (daily, weekly, monthly, quarterly) has a report.',
  check(ctx) {
    const start = plainDate(ctx.policy.start_date);
    const lastClosed = today(ctx.policy, ctx.now).subtract({ days: 1 });
    if (Temporal.PlainDate.compare(lastClosed, start) < 0) return;
    for (const cadence of CADENCES) {
      if (!ctx.policy.reports[cadence]) continue;
      for (const period of periodsBetween(cadence, start, lastClosed)) {
        if (Temporal.PlainDate.compare(period.first, start) < 0 || Temporal.PlainDate.compare(period.last, lastClosed) > 0) continue;
        // A report that exists but fails its schema is reported by document/schema, not as missing.
        if (ctx.handbook.knownKeys.has(documentKey('report', `${cadence}/${period.id}`))) continue;
        ctx.report({
          file: POLICY_FILE,
          line: policyLine(ctx.handbook, ['reports', cadence]),
          day: period.last.toString(),
          message: `Expected a ${cadence} report for ${period.id} (${period.first} – ${period.last}), found none; write content/reports/${cadence}/${period.id}.mdx`,
        });
      }
    }
  },
  examples: [
    {
      name: 'every quarter since the start has its review',
      now: '2027-01-05T09:00:00+09:00',
      policy: ONLY_QUARTERLY,
      files: { 'reports/quarterly/2026-Q3.mdx': quarterly, 'reports/quarterly/2026-Q4.mdx': quarterly },
      expect: [],
    },
    {
      name: 'the quarter that ended at the turn of the year has none',
      now: '2027-01-05T09:00:00+09:00',
      policy: ONLY_QUARTERLY,
      files: { 'reports/quarterly/2026-Q3.mdx': quarterly },
      expect: [{ file: 'content/policy.yaml', at: ['reports', 'quarterly'], severity: 'info', message: '2026-Q4' }],
    },
  ],
};
