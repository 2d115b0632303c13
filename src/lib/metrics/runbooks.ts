/**
 * Runbook freshness on a given day: a review stays valid for the policy's interval (or the runbook's
 * own), with a warning window before it expires. Only the last review date is recorded, so for a day
 * before that review the state is unknown; it is counted as such instead of being guessed.
 */
import type { Policy } from '../../schemas/policy.ts';
import type { HandbookDocument } from '../handbook.ts';
import { reviewExpiry, reviewStandingOnDay, type ReviewStanding } from '../sla.ts';
import { compareIsoDays } from '../time.ts';
import { percent } from './numbers.ts';

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
  /** ISO days (`YYYY-MM-DD`), compared by `compareIsoDays` (as text, cheap enough for every day of years, while years have four digits). */
  reviewed: string;
  warnFrom: string;
  expires: string;
}

export function runbookReviewWindows(policy: Policy, runbooks: readonly HandbookDocument<'runbook'>[]): ReviewWindow[] {
  // Same expiry as the `runbook/review-expired` rule (lib/sla.ts).
  return runbooks.map((doc) => {
    const { expires, warnFrom } = reviewExpiry(policy, doc.data);
    return { reviewed: doc.data.last_reviewed, expires: expires.toString(), warnFrom: warnFrom.toString() };
  });
}

export function runbookFigures(windows: readonly ReviewWindow[], day: string): RunbookFigures {
  const counts: Record<ReviewStanding | 'unknown', number> = { fresh: 0, 'due-soon': 0, expired: 0, unknown: 0 };
  // The standing the badge and runbook/review-expired use; before the last review it is not recorded.
  for (const w of windows) counts[compareIsoDays(w.reviewed, day) > 0 ? 'unknown' : reviewStandingOnDay(day, w)]++;
  const known = windows.length - counts.unknown;
  return {
    total: windows.length,
    fresh: counts.fresh,
    expiring: counts['due-soon'],
    expired: counts.expired,
    unknown: counts.unknown,
    freshPct: percent(counts.fresh + counts['due-soon'], known),
  };
}
