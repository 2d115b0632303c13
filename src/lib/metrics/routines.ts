/**
 * Routine completion (정기 점검): each routine of the policy is due once per period of its own cadence,
 * from the handbook's start date (before it, only the occurrences that have records). An occurrence is listed in the report period in which it ends (a
 * monthly restore test shows in that month's report and three times in the quarter's; a quarterly
 * access review only in the report of the period holding the quarter's last day).
 */
import { Temporal } from 'temporal-polyfill';
import type { CadenceId, Policy } from '../../schemas/policy.ts';
import type { HandbookDocument } from '../handbook.ts';
import { parsePeriod, periodOf, periodsBetween, type Period } from '../periods.ts';
import { periodIdOf } from './period-ids.ts';
import { dayIn, plainDate } from '../time.ts';
import { routineInstant } from './when.ts';

type OccurrenceStatus = 'done' | 'failed' | 'missed' | 'pending';

export interface RoutineOccurrence {
  routine: string;
  name: string;
  /** The routine's own period, e.g. `2026-11` for a monthly routine. */
  period: string;
  /** done: a passing record; failed: records, none passing; missed: none and the period is over; pending: none yet. */
  status: OccurrenceStatus;
  /** Record ids (`<routine>/<date>`). */
  records: string[];
}

export interface RoutineFigures {
  /** Occurrences ending in the period: done + failed + missed + pending. */
  due: number;
  done: number;
  failed: number;
  missed: number;
  pending: number;
  occurrences: RoutineOccurrence[];
}

/** Report period id (of `cadence`) → the routine occurrences that end in it. */
export function routineOccurrencesByPeriod(
  policy: Policy,
  records: readonly HandbookDocument<'routine'>[],
  today: Temporal.PlainDate,
  cadence: CadenceId,
): Map<string, RoutineOccurrence[]> {
  const cadenceOf = new Map(policy.routines.map((r) => [r.id, r.cadence]));
  const recordsOf = new Map<string, HandbookDocument<'routine'>[]>();
  for (const record of records) {
    const routine = record.location.routine;
    const routineCadence = routine ? cadenceOf.get(routine) : undefined;
    if (!routine || !routineCadence) continue;
    const key = `${routine}|${periodIdOf(routineCadence, dayIn(policy.timezone, routineInstant(record)))}`;
    recordsOf.set(key, [...(recordsOf.get(key) ?? []), record]);
  }
  const byPeriod = new Map<string, RoutineOccurrence[]>();
  const start = plainDate(policy.start_date);
  for (const routine of policy.routines) {
    // Before the start date a routine was not yet required: only the occurrences someone recorded count
    // (never "missed"), so importing history shows what was done without inventing what was not.
    const firstRequired = periodOf(routine.cadence, start).first;
    const history = [...recordsOf.keys()]
      .filter((key) => key.startsWith(`${routine.id}|`))
      .map((key) => parsePeriod(routine.cadence, key.slice(routine.id.length + 1)))
      .filter((p): p is Period => !!p && Temporal.PlainDate.compare(p.last, firstRequired) < 0)
      .sort((a, b) => Temporal.PlainDate.compare(a.first, b.first));
    for (const p of [...history, ...periodsBetween(routine.cadence, start, today)]) {
      const found = recordsOf.get(`${routine.id}|${p.id}`) ?? [];
      const over = p.last.until(today).days > 0;
      const status: OccurrenceStatus = found.length === 0 ? (over ? 'missed' : 'pending') : found.some((r) => r.data.outcome === 'pass') ? 'done' : 'failed';
      const reportPeriod = periodIdOf(cadence, p.last);
      const list = byPeriod.get(reportPeriod) ?? [];
      list.push({ routine: routine.id, name: routine.name, period: p.id, status, records: found.map((r) => r.id) });
      byPeriod.set(reportPeriod, list);
    }
  }
  return byPeriod;
}

export function routineFigures(occurrences: readonly RoutineOccurrence[]): RoutineFigures {
  const count = (s: OccurrenceStatus) => occurrences.filter((o) => o.status === s).length;
  return {
    due: occurrences.length,
    done: count('done'),
    failed: count('failed'),
    missed: count('missed'),
    pending: count('pending'),
    occurrences: [...occurrences],
  };
}
