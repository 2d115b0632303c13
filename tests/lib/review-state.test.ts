/**
 * A runbook's freshness badge (src/site/status.ts) says what runbook/review-expired reports: the same
 * expiry and warning day, also where a month-long warning and the day count read differently.
 */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { exampleRunbook } from '../../src/lib/rules/runbook-example.ts';
import { runbookReviewExpired } from '../../src/lib/rules/runbook-review-expired.ts';
import { reviewState } from '../../src/site/status.ts';
import { runRule } from '../rules/helpers.ts';

const FILE = 'runbooks/db-primary-failure.mdx';

/** The badge's state and the rule's finding (none, "due soon" or "expired") for one runbook on one day. */
async function both(lastReviewed: string, interval: string, warning: string, day: string) {
  const now = `${day}T09:00:00+09:00`;
  const text = exampleRunbook({ 'last_reviewed: 2026-10-01': `last_reviewed: ${lastReviewed}\nreview_interval: ${interval}` });
  const { handbook, findings } = await runRule(runbookReviewExpired, { [FILE]: text }, { now, policy: { runbooks: { review_warning: warning } } });
  const runbook = handbook.documents.find((d) => d.kind === 'runbook')!;
  const badge = reviewState(handbook.policy, runbook.data as never, Temporal.Instant.from(now)).state;
  const message = findings[0]?.message ?? '';
  const rule = findings.length === 0 ? 'fresh' : /expired/.test(message) ? 'expired' : 'due-soon';
  return { badge, rule };
}

describe('reviewState', () => {
  it.each([
    // Expires 2027-03-31; a month before is 2027-02-28, 31 days ahead (the old day count said "fresh").
    ['2026-12-31', 'P3M', 'P1M', '2027-02-28', 'due-soon'],
    ['2026-12-31', 'P3M', 'P1M', '2027-02-27', 'fresh'],
    ['2026-12-31', 'P3M', 'P1M', '2027-03-31', 'due-soon'],
    ['2026-12-31', 'P3M', 'P1M', '2027-04-01', 'expired'],
    ['2026-10-01', 'P90D', 'P14D', '2026-12-16', 'due-soon'],
    ['2026-10-01', 'P90D', 'P14D', '2026-12-15', 'fresh'],
    // Expires in year 10000 (+010000-01-20): a day of 2026 is before it, though "2026…" > "+010000…" as text.
    ['9999-10-22', 'P90D', 'P14D', '2026-12-15', 'fresh'],
  ])('last reviewed %s, every %s, warned %s before: on %s it is %s, badge and rule alike', async (last, interval, warning, day, expected) => {
    expect(await both(last, interval, warning, day)).toEqual({ badge: expected, rule: expected });
  });
});
