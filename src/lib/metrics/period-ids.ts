/**
 * The label of the period holding a day, without building the period (`periods.ts` parses and checks
 * labels, which is right for user input but costs too much when done for every record and every day
 * of a large handbook). Memoised per cadence and day: a report build asks for the same days again and
 * again.
 */
import { Temporal } from 'temporal-polyfill';
import type { CadenceId } from '../../schemas/policy.ts';

const pad = (n: number) => String(n).padStart(2, '0');

function label(cadence: CadenceId, day: Temporal.PlainDate): string {
  switch (cadence) {
    case 'daily':
      return day.toString();
    case 'weekly':
      return `${day.yearOfWeek}-W${pad(day.weekOfYear ?? 1)}`;
    case 'monthly':
      return `${day.year}-${pad(day.month)}`;
    case 'quarterly':
      return `${day.year}-Q${Math.ceil(day.month / 3)}`;
  }
}

const memo = new Map<string, string>();

/** Same label as `periodOf(cadence, day).id`; `day` as a PlainDate or `YYYY-MM-DD`. */
export function periodIdOf(cadence: CadenceId, day: Temporal.PlainDate | string): string {
  const iso = typeof day === 'string' ? day : day.toString();
  const key = `${cadence}|${iso}`;
  let id = memo.get(key);
  if (id === undefined) {
    id = label(cadence, typeof day === 'string' ? Temporal.PlainDate.from(day) : day);
    if (memo.size > 100_000) memo.clear(); // bounded: a long-running dev server must not grow forever
    memo.set(key, id);
  }
  return id;
}
