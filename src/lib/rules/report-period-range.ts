/**
 * A report narrative belongs to a period the site has a page for: one that has begun. A narrative for a
 * period ahead (`reports/weekly/2030-W01.mdx`) was silently shown nowhere. A narrative from before
 * `start_date` is history: its period gets a page because it holds a record (src/lib/reports/periods.ts).
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
  description: 'A report narrative is for a period that has begun (periods before start_date are history and have pages too).',
  check(ctx) {
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
      }
    }
  },
  examples: [
    { name: 'a review of the last quarter', files: { 'reports/quarterly/2026-Q3.mdx': review }, expect: [] },
    {
      name: 'a review of a quarter years ahead (one from before the start date is history, and fine)',
      files: { 'reports/quarterly/2030-Q1.mdx': review, 'reports/quarterly/2020-Q1.mdx': review },
      expect: [{ file: 'content/reports/quarterly/2030-Q1.mdx', line: 1, severity: 'error', message: 'has begun' }],
    },
  ],
};
