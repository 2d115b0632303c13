/**
 * A report narrative belongs to a period the site has a page for: from the policy's start date to today.
 * A narrative outside that range (`reports/weekly/2030-W01.mdx`, or a week before `start_date`) was
 * silently shown nowhere.
 */
import { Temporal } from 'temporal-polyfill';
import { parsePeriod } from '../periods.ts';
import { dayIn } from '../time.ts';
import type { Rule } from './types.ts';
import { mdx } from './util.ts';

const review = mdx('author: kim-minsu', '## 요약\n\n분기 리뷰.\n');

export const reportPeriodRange: Rule = {
  id: 'report/period-range',
  category: 'document',
  severity: 'error',
  source: '문서화',
  description: "A report narrative is for a period between the policy's start_date and today, the periods the site has pages for.",
  check(ctx) {
    const start = Temporal.PlainDate.from(ctx.policy.start_date);
    const today = dayIn(ctx.policy.timezone, ctx.now);
    for (const document of ctx.targetsOf('report')) {
      const { cadence, period: label } = document.location;
      const period = cadence && label ? parsePeriod(cadence, label) : undefined;
      if (!period) continue;
      if (Temporal.PlainDate.compare(period.first, today) > 0) {
        ctx.report({
          document,
          line: 1,
          message: `Expected a report for a period that has begun, found ${label}, which starts ${period.first.toString()} (today is ${today.toString()}); write it when the period has started`,
        });
      } else if (Temporal.PlainDate.compare(period.last, start) < 0) {
        ctx.report({
          document,
          line: 1,
          message: `Expected a report for a period from start_date (${ctx.policy.start_date}) on, found ${label}, which ended ${period.last.toString()}; the site has no page for it, so move start_date in content/policy.yaml back or remove the file`,
        });
      }
    }
  },
  examples: [
    { name: 'a review of the last quarter', files: { 'reports/quarterly/2026-Q3.mdx': review }, expect: [] },
    {
      name: 'a review of a quarter years ahead, and one before the start date',
      files: { 'reports/quarterly/2030-Q1.mdx': review, 'reports/quarterly/2020-Q1.mdx': review },
      expect: [
        { file: 'content/reports/quarterly/2020-Q1.mdx', line: 1, severity: 'error', message: 'from start_date' },
        { file: 'content/reports/quarterly/2030-Q1.mdx', line: 1, severity: 'error', message: 'has begun' },
      ],
    },
  ],
};
