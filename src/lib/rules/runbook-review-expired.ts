/**
 * A runbook is reviewed within its review interval (policy, or the runbook's own override). From
 * `review_warning` before expiry the finding says it is due soon; after expiry, that it expired.
 */
import { formatDuration, reviewStandingOn, today } from '../sla.ts';
import type { Rule } from './types.ts';
import { exampleRunbook } from './runbook-example.ts';

export const runbookReviewExpired: Rule = {
  id: 'runbook/review-expired',
  category: 'policy',
  severity: 'info',
  source: '문서화 → 운영 문서',
  description: "A runbook's last review is within its review interval (90 days by default); a notice starts 14 days before it expires.",
  check(ctx) {
    const day = today(ctx.policy, ctx.now);
    for (const document of ctx.targetsOf('runbook')) {
      const { standing, expires } = reviewStandingOn(ctx.policy, document.data, day);
      const interval = formatDuration(document.data.review_interval ?? ctx.policy.runbooks.review_interval);
      if (standing === 'expired') {
        ctx.report({
          document,
          at: ['last_reviewed'],
          day: expires.add({ days: 1 }).toString(),
          message: `Expected a review within ${interval} of ${document.data.last_reviewed} (by ${expires}), found none: expired ${expires.until(day).days} days ago`,
        });
      } else if (standing === 'due-soon') {
        ctx.report({
          document,
          at: ['last_reviewed'],
          message: `Review due by ${expires} (${day.until(expires).days} days left; last reviewed ${document.data.last_reviewed})`,
        });
      }
    }
  },
  examples: [
    { name: 'reviewed two months ago', files: { 'runbooks/db-primary-failure.mdx': exampleRunbook() }, expect: [] },
    {
      name: 'review due within the warning period',
      now: '2026-12-20T09:00:00+09:00',
      files: { 'runbooks/db-primary-failure.mdx': exampleRunbook() },
      expect: [{ file: 'content/runbooks/db-primary-failure.mdx', line: 7, severity: 'info', message: 'Review due by 2026-12-30' }],
    },
    {
      name: 'expired the day after the interval',
      now: '2026-12-31T00:00:00+09:00',
      files: { 'runbooks/db-primary-failure.mdx': exampleRunbook() },
      expect: [{ file: 'content/runbooks/db-primary-failure.mdx', line: 7, severity: 'info', message: 'expired 1 days ago' }],
    },
  ],
};
