/**
 * Runbook freshness on a given day: a review stays valid for the policy's interval (or the runbook's
 * own), with a warning window before it expires. Only the last review date is recorded, so for a day
 * before that review the state is unknown; it is counted as such instead of being guessed.
 */
import type { Policy } from '../../schemas/policy.ts';
import type { HandbookDocument } from '../handbook.ts';
import { reviewExpiry, reviewStandingOnDay, type ReviewStanding } from '../sla.ts';
import { compareIsoDays, isFourDigitDay } from '../time.ts';
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

/**
 * The review windows of a set of runbooks, ready to count on any day: the regular ones
 * (reviewed ≤ warnFrom ≤ expires, four-digit years) as three sorted lists, so a day's figures are a few
 * binary searches instead of a pass over every runbook (reports count them for every day, week, month
 * and quarter of the handbook's span); the others, one by one.
 */
export interface ReviewWindows {
  total: number;
  reviewed: readonly string[];
  warnFrom: readonly string[];
  expires: readonly string[];
  /** Windows the sorted lists cannot answer for (a warning window longer than the review interval). */
  irregular: readonly ReviewWindow[];
  /** Every window, for a day the sorted lists cannot be searched with (a year beyond four digits). */
  all: readonly ReviewWindow[];
}

export function runbookReviewWindows(policy: Policy, runbooks: readonly HandbookDocument<'runbook'>[]): ReviewWindows {
  // Same expiry as the `runbook/review-expired` rule (lib/sla.ts).
  return indexReviewWindows(
    runbooks.map((doc) => {
      const { expires, warnFrom } = reviewExpiry(policy, doc.data);
      return { reviewed: doc.data.last_reviewed, expires: expires.toString(), warnFrom: warnFrom.toString() };
    }),
  );
}

export function indexReviewWindows(windows: readonly ReviewWindow[]): ReviewWindows {
  const regular: ReviewWindow[] = [];
  const irregular: ReviewWindow[] = [];
  for (const w of windows) {
    // As text, four-digit ISO days sort as dates do (compareIsoDays); then a regular window is known,
    // due soon and expired on days that the sorted lists can count apart.
    const plain = isFourDigitDay(w.reviewed) && isFourDigitDay(w.warnFrom) && isFourDigitDay(w.expires);
    (plain && w.reviewed <= w.warnFrom && w.warnFrom <= w.expires ? regular : irregular).push(w);
  }
  const sorted = (key: keyof ReviewWindow) => regular.map((w) => w[key]).sort();
  return { total: windows.length, reviewed: sorted('reviewed'), warnFrom: sorted('warnFrom'), expires: sorted('expires'), irregular, all: windows };
}

/** How many of the sorted days are before `day` (`orEqual`: on or before it). */
function countBefore(days: readonly string[], day: string, orEqual: boolean): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (days[mid]! < day || (orEqual && days[mid] === day)) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function runbookFigures(windows: ReviewWindows, day: string): RunbookFigures {
  const counts: Record<ReviewStanding | 'unknown', number> = { fresh: 0, 'due-soon': 0, expired: 0, unknown: 0 };
  // The standing the badge and runbook/review-expired use; before the last review it is not recorded.
  const oneByOne = (w: ReviewWindow) => counts[compareIsoDays(w.reviewed, day) > 0 ? 'unknown' : reviewStandingOnDay(day, w)]++;
  if (isFourDigitDay(day)) {
    // Regular windows: expired once expires < day (then known too), due soon from warnFrom on until then.
    const regular = windows.reviewed.length;
    const expired = countBefore(windows.expires, day, false);
    const dueSoon = countBefore(windows.warnFrom, day, true) - expired;
    const unknown = regular - countBefore(windows.reviewed, day, true);
    counts.expired += expired;
    counts['due-soon'] += dueSoon;
    counts.unknown += unknown;
    counts.fresh += regular - expired - dueSoon - unknown;
    windows.irregular.forEach(oneByOne);
  } else {
    windows.all.forEach(oneByOne);
  }
  const known = windows.total - counts.unknown;
  return {
    total: windows.total,
    fresh: counts.fresh,
    expiring: counts['due-soon'],
    expired: counts.expired,
    unknown: counts.unknown,
    freshPct: percent(counts.fresh + counts['due-soon'], known),
  };
}
