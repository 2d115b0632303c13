/**
 * Calendar periods of the four report cadences, counted in the policy time zone with Temporal
 * (DST-safe, ISO weeks): `2026-11-25`, `2026-W48`, `2026-11`, `2026-Q4`.
 */
import { Temporal } from 'temporal-polyfill';
import type { CadenceId } from '../schemas/policy.ts';

export interface Period {
  cadence: CadenceId;
  /** Canonical label, also the file name of a report and the URL segment of its page. */
  id: string;
  /** First day of the period (inclusive). */
  first: Temporal.PlainDate;
  /** Last day of the period (inclusive). */
  last: Temporal.PlainDate;
}

const PATTERNS: Record<CadenceId, RegExp> = {
  daily: /^(\d{4})-(\d{2})-(\d{2})$/,
  weekly: /^(\d{4})-W(\d{2})$/,
  monthly: /^(\d{4})-(\d{2})$/,
  quarterly: /^(\d{4})-Q([1-4])$/,
};

export const PERIOD_EXAMPLES: Record<CadenceId, string> = {
  daily: '2026-11-25',
  weekly: '2026-W48',
  monthly: '2026-11',
  quarterly: '2026-Q4',
};

/** The Monday of ISO week 1 of an ISO week-year. */
function isoWeekOneMonday(weekYear: number): Temporal.PlainDate {
  const jan4 = Temporal.PlainDate.from({ year: weekYear, month: 1, day: 4 });
  return jan4.subtract({ days: jan4.dayOfWeek - 1 });
}

/** Parses a period label; returns undefined when it is not a real period of that cadence. */
export function parsePeriod(cadence: CadenceId, label: string): Period | undefined {
  const match = PATTERNS[cadence].exec(label);
  if (!match) return undefined;
  const year = Number(match[1]);
  const n = Number(match[2]);
  try {
    switch (cadence) {
      case 'daily': {
        const first = Temporal.PlainDate.from({ year, month: n, day: Number(match[3]) }, { overflow: 'reject' });
        return { cadence, id: label, first, last: first };
      }
      case 'weekly': {
        const weeks = isoWeekOneMonday(year).until(isoWeekOneMonday(year + 1)).days / 7;
        if (n < 1 || n > weeks) return undefined;
        const first = isoWeekOneMonday(year).add({ weeks: n - 1 });
        return { cadence, id: label, first, last: first.add({ days: 6 }) };
      }
      case 'monthly': {
        const first = Temporal.PlainDate.from({ year, month: n, day: 1 }, { overflow: 'reject' });
        return { cadence, id: label, first, last: first.add({ months: 1 }).subtract({ days: 1 }) };
      }
      case 'quarterly': {
        const first = Temporal.PlainDate.from({ year, month: (n - 1) * 3 + 1, day: 1 });
        return { cadence, id: label, first, last: first.add({ months: 3 }).subtract({ days: 1 }) };
      }
    }
  } catch {
    return undefined;
  }
}

/** The period of a cadence that contains a day. */
export function periodOf(cadence: CadenceId, day: Temporal.PlainDate): Period {
  const pad = (n: number) => String(n).padStart(2, '0');
  let label: string;
  switch (cadence) {
    case 'daily':
      label = day.toString();
      break;
    case 'weekly':
      label = `${day.yearOfWeek}-W${pad(day.weekOfYear ?? 1)}`;
      break;
    case 'monthly':
      label = `${day.year}-${pad(day.month)}`;
      break;
    case 'quarterly':
      label = `${day.year}-Q${Math.ceil(day.month / 3)}`;
      break;
  }
  return parsePeriod(cadence, label)!;
}

/**
 * The period whose first day is `first` (the day after another period ends), built directly: going
 * through its label (`periodOf`) parses and checks it again, which was most of the time of the rules that
 * walk every day or week since the handbook's start.
 */
function periodStarting(cadence: CadenceId, first: Temporal.PlainDate): Period {
  const pad = (n: number) => String(n).padStart(2, '0');
  switch (cadence) {
    case 'daily':
      return { cadence, id: first.toString(), first, last: first };
    case 'weekly':
      return { cadence, id: `${first.yearOfWeek}-W${pad(first.weekOfYear ?? 1)}`, first, last: first.add({ days: 6 }) };
    case 'monthly':
      return { cadence, id: `${first.year}-${pad(first.month)}`, first, last: first.add({ months: 1 }).subtract({ days: 1 }) };
    case 'quarterly':
      return { cadence, id: `${first.year}-Q${Math.ceil(first.month / 3)}`, first, last: first.add({ months: 3 }).subtract({ days: 1 }) };
  }
}

const between = new Map<string, readonly Period[]>();

/** Every period of a cadence from the one containing `from` to the one containing `to`, in order. */
export function periodsBetween(cadence: CadenceId, from: Temporal.PlainDate, to: Temporal.PlainDate): Period[] {
  // Several rules ask for the same span (start date to yesterday) in one run; periods are immutable.
  const key = `${cadence}|${from}|${to}`;
  const known = between.get(key);
  if (known) return [...known];
  const periods: Period[] = [];
  for (let p = periodOf(cadence, from); Temporal.PlainDate.compare(p.first, to) <= 0; p = periodStarting(cadence, p.last.add({ days: 1 }))) {
    periods.push(p);
  }
  if (between.size > 1000) between.clear(); // bounded for long-running processes (dev server)
  between.set(key, periods);
  return [...periods];
}
