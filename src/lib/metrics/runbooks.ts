/**
 * Runbook freshness on a given day: a review stays valid for the policy's interval (or the runbook's
 * own), with a warning window before it expires. Only the last review date is recorded, so for a day
 * before that review the state is unknown; it is counted as such instead of being guessed.
 */
import { Temporal } from 'temporal-polyfill';
import type { Policy } from '../../schemas/policy.ts';
import type { HandbookDocument } from '../handbook.ts';
import { reviewExpiry } from '../sla.ts';
import { plainDate } from '../time.ts';
import { percent } from './numbers.ts';

export type Freshness = 'fresh' | 'expiring' | 'expired' | 'unknown';

export interface RunbookFigures {
  total: number;
  fresh: number;
  /** Valid, but expires within the policy's warning window. */
  expiring: number;
  expired: number;
  /** Last reviewed after this day: how fresh it was then is not recorded. */
  unknown: number;
  freshPct: number | null;
}

/** When a runbook's last review was, when its warning starts and when it expires: worked out once. */
export interface ReviewWindow {
  reviewed: Temporal.PlainDate;
  warnFrom: Temporal.PlainDate;
  expires: Temporal.PlainDate;
}

export function runbookReviewWindows(policy: Policy, runbooks: readonly HandbookDocument<'runbook'>[]): ReviewWindow[] {
  // Same expiry as the `runbook/review-expired` rule (lib/sla.ts).
  return runbooks.map((doc) => ({ reviewed: plainDate(doc.data.last_reviewed), ...reviewExpiry(policy, doc.data) }));
}

/** A review is valid through its expiry day; the warning starts `review_warning` before it. */
export function freshnessOn(w: ReviewWindow, day: Temporal.PlainDate): Freshness {
  if (Temporal.PlainDate.compare(w.reviewed, day) > 0) return 'unknown';
  if (Temporal.PlainDate.compare(day, w.expires) > 0) return 'expired';
  return Temporal.PlainDate.compare(day, w.warnFrom) >= 0 ? 'expiring' : 'fresh';
}

export function runbookFigures(windows: readonly ReviewWindow[], day: Temporal.PlainDate): RunbookFigures {
  const counts = { fresh: 0, expiring: 0, expired: 0, unknown: 0 };
  for (const w of windows) counts[freshnessOn(w, day)]++;
  const known = windows.length - counts.unknown;
  return {
    total: windows.length,
    ...counts,
    freshPct: percent(counts.fresh + counts.expiring, known),
  };
}
