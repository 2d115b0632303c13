/**
 * Action items (재발 방지 대책) per period: opened (items of the period's incidents: items carry no
 * creation date, so they open with their incident), closed (by their `closed` day) and overdue (due
 * date passed and not closed, counted on the period's last day, or today for the period in progress).
 *
 * Overdue is a state that spans many periods. Instead of testing every item against every period, each
 * item marks the range of period indices in which it is overdue (two binary searches) and a running sum
 * over a difference array gives every period's count: O(items × log periods + periods).
 */
import type { CadenceId } from '../../schemas/policy.ts';
import type { HandbookDocument } from '../handbook.ts';
import { periodIdOf } from './period-ids.ts';

export interface ActionItemFigures {
  opened: number;
  closed: number;
  overdue: number;
}

/** Index of the first day in the sorted `days` that satisfies `pred` (monotone), or days.length. */
function firstIndex(days: readonly string[], pred: (d: string) => boolean): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pred(days[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Overdue counts at each evaluation day (ascending). An item is overdue on day D when `due < D`, it is
 * not cancelled, and it was not closed by D (done without a `closed` day counts as closed all along,
 * because when it was closed is unknown and calling it overdue would be a guess).
 */
export function overdueCounts(incidents: readonly HandbookDocument<'incident'>[], days: readonly string[]): number[] {
  const diff = new Array<number>(days.length + 1).fill(0);
  for (const incident of incidents) {
    for (const item of incident.data.action_items) {
      if (!item.due || item.status === 'cancelled') continue;
      if (item.status === 'done' && !item.closed) continue;
      // ISO days (YYYY-MM-DD) compare correctly as strings.
      const due = item.due;
      const start = firstIndex(days, (d) => d > due);
      const closed = item.status === 'done' ? item.closed : undefined;
      const end = closed ? firstIndex(days, (d) => d >= closed) : days.length;
      if (start < end) {
        diff[start]!++;
        diff[end]!--;
      }
    }
  }
  const counts: number[] = [];
  let running = 0;
  for (let i = 0; i < days.length; i++) counts.push((running += diff[i]!));
  return counts;
}

/** Items opened with the period's incidents. */
export function openedCount(periodIncidents: readonly HandbookDocument<'incident'>[]): number {
  return periodIncidents.reduce((n, i) => n + i.data.action_items.filter((a) => a.status !== 'cancelled').length, 0);
}

/** Period id → items closed in it, over every incident (closing is dated by the item's `closed` day). */
export function closedByPeriod(incidents: readonly HandbookDocument<'incident'>[], cadence: CadenceId): Map<string, number> {
  const byPeriod = new Map<string, number>();
  for (const incident of incidents) {
    for (const item of incident.data.action_items) {
      if (item.status !== 'done' || !item.closed) continue;
      const id = periodIdOf(cadence, item.closed);
      byPeriod.set(id, (byPeriod.get(id) ?? 0) + 1);
    }
  }
  return byPeriod;
}
