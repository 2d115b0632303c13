/**
 * Which report pages exist: every period of every cadence from the policy's start date to the build
 * day (the period in progress included), whether or not a person wrote a narrative for it; and, before
 * the start date, only the periods that hold a record (history brought in from before the handbook).
 * Requirements (a missing report, a missed routine) start at `start_date`: a history period has a page
 * for what happened in it, never for what was not written then.
 */
import { Temporal } from 'temporal-polyfill';
import { CADENCES, type CadenceId, type Policy } from '../../schemas/policy.ts';
import { parsePeriod, periodOf, periodsBetween, type Period } from '../periods.ts';
import { plainDate } from '../time.ts';

/** Cadence → ids of the periods that hold at least one record (any period; only those before the start are used). */
export type PeriodsWithRecords = Partial<Record<CadenceId, Iterable<string>>>;

export function reportPeriods(
  policy: Pick<Policy, 'start_date'>,
  today: Temporal.PlainDate,
  withRecords: PeriodsWithRecords = {},
): Record<CadenceId, Period[]> {
  const start = plainDate(policy.start_date);
  const empty = Temporal.PlainDate.compare(today, start) < 0;
  return Object.fromEntries(
    CADENCES.map((c) => {
      const regular = empty ? [] : periodsBetween(c, start, today);
      const firstRegular = periodOf(c, start).first;
      const history = [...(withRecords[c] ?? [])]
        .map((id) => parsePeriod(c, id))
        .filter((p): p is Period => !!p && Temporal.PlainDate.compare(p.last, firstRegular) < 0 && Temporal.PlainDate.compare(p.first, today) <= 0)
        .sort((a, b) => Temporal.PlainDate.compare(a.first, b.first));
      return [c, [...history, ...regular]];
    }),
  ) as Record<CadenceId, Period[]>;
}

/** Whether a period is one the policy's requirements apply to (it ends on or after the start date). */
export function isRequiredPeriod(policy: Pick<Policy, 'start_date'>, period: Period): boolean {
  return Temporal.PlainDate.compare(period.last, plainDate(policy.start_date)) >= 0;
}

/** Whether `next` begins the day after `previous` ends (history periods are sparse, so neighbours may not be). */
export function isAdjacent(previous: Period, next: Period): boolean {
  return Temporal.PlainDate.compare(previous.last.add({ days: 1 }), next.first) === 0;
}

/** The last day figures of a period can speak for: its last day, or today while it is in progress. */
export function asOfDay(period: Period, today: Temporal.PlainDate): Temporal.PlainDate {
  return Temporal.PlainDate.compare(period.last, today) > 0 ? today : period.last;
}

/** Days of a period from the start date to today (the days a daily report could have been written). */
export function countedDays(period: Period, start: Temporal.PlainDate, today: Temporal.PlainDate): number {
  const from = Temporal.PlainDate.compare(period.first, start) < 0 ? start : period.first;
  const to = asOfDay(period, today);
  return Temporal.PlainDate.compare(from, to) > 0 ? 0 : from.until(to).days + 1;
}
