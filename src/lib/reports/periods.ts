/**
 * Which report pages exist: every period of every cadence from the policy's start date to the build
 * day (the period in progress included), whether or not a person wrote a narrative for it.
 */
import { Temporal } from 'temporal-polyfill';
import { CADENCES, type CadenceId, type Policy } from '../../schemas/policy.ts';
import { periodsBetween, type Period } from '../periods.ts';
import { plainDate } from '../time.ts';

export function reportPeriods(policy: Pick<Policy, 'start_date'>, today: Temporal.PlainDate): Record<CadenceId, Period[]> {
  const start = plainDate(policy.start_date);
  const empty = Temporal.PlainDate.compare(today, start) < 0;
  return Object.fromEntries(CADENCES.map((c) => [c, empty ? [] : periodsBetween(c, start, today)])) as Record<CadenceId, Period[]>;
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
