/**
 * Change figures of one period: counts by type and result, change failure rate and time to restore,
 * emergency share and late post-documentation (guide: 변경 관리, 긴급 변경 → 사후 문서화).
 */
import type { Temporal } from 'temporal-polyfill';
import { CHANGE_RESULTS, CHANGE_TYPES } from '../../schemas/change.ts';
import type { Policy } from '../../schemas/policy.ts';
import { executionAt, happened, timelineAt } from '../as-of.ts';
import type { HandbookDocument } from '../handbook.ts';
import { emergencyDocumentationDeadline, isLate } from '../sla.ts';
import { instant, minutesBetween } from '../time.ts';
import { mean, median, percent } from './numbers.ts';

export interface ChangeFigures {
  total: number;
  byType: Record<(typeof CHANGE_TYPES)[number], number>;
  /** Outcome recorded; `pending` has no result yet. */
  byResult: Record<(typeof CHANGE_RESULTS)[number] | 'pending', number>;
  /** Changes that failed, were rolled back, or caused an incident (among those with a result). */
  failures: number;
  /** failures / changes with a result. */
  failureRatePct: number | null;
  /** Mean minutes from the start of the incidents a failing change caused until they were mitigated. */
  restoreMinutes: number | null;
  /** Median of the same minutes. */
  restoreMedianMinutes: number | null;
  /** Lead time for changes: mean minutes from `requested_at` to `executed_at`, over the executed changes. */
  leadTimeMinutes: number | null;
  /** Median of the same minutes. */
  leadTimeMedianMinutes: number | null;
  emergencySharePct: number | null;
  /** Emergency changes documented after the policy's deadline, or not at all and past it. */
  emergencyLate: number;
}

/** Change id → the incidents that name it in `caused_by`; built once over every visible incident. */
export type CausedIncidents = ReadonlyMap<string, readonly HandbookDocument<'incident'>[]>;

export function causedIncidentsIndex(incidents: readonly HandbookDocument<'incident'>[]): CausedIncidents {
  const index = new Map<string, HandbookDocument<'incident'>[]>();
  for (const incident of incidents) {
    for (const change of incident.data.caused_by) {
      const id = change.replace(/^changes\//, '');
      index.set(id, [...(index.get(id) ?? []), incident]);
    }
  }
  return index;
}

/**
 * Late when written up after `executed_at + documentation_deadline`, or not yet written up with that
 * deadline past: the `change/emergency-documented` rule's reading, from the same `lib/sla.ts` deadline.
 */
export function emergencyDocumentedLate(policy: Policy, doc: HandbookDocument<'change'>, now: Temporal.Instant): boolean {
  const d = doc.data;
  if (d.type !== 'emergency') return false;
  const deadline = emergencyDocumentationDeadline(policy, d);
  if (!deadline) return false;
  const documented = d.emergency?.documented_at;
  // Written up after `now` is not written up yet as of `now`.
  return isLate(happened(documented, now) ? instant(documented) : now, deadline);
}

/**
 * Time to restore of a failing change: from when the failure it caused began (the earliest start of its
 * incidents) until service was back (the latest mitigation, or resolution). A failure with no incident
 * records neither moment, so it is left out rather than guessed.
 */
function restoreMinutes(caused: readonly HandbookDocument<'incident'>[], now: Temporal.Instant): number | undefined {
  if (caused.length === 0) return undefined;
  const ends = caused.map((i) => {
    const t = timelineAt(i.data.timeline, now);
    return t.mitigated ?? t.resolved;
  });
  if (ends.some((t) => !t)) return undefined;
  const began = Math.min(...caused.map((i) => instant(i.data.timeline.started).epochMilliseconds));
  const restored = Math.max(...ends.map((t) => instant(t!).epochMilliseconds));
  return (restored - began) / 60_000;
}

export function changeFigures(policy: Policy, changes: readonly HandbookDocument<'change'>[], caused: CausedIncidents, now: Temporal.Instant): ChangeFigures {
  const byType = Object.fromEntries(CHANGE_TYPES.map((t) => [t, 0])) as ChangeFigures['byType'];
  const byResult = Object.fromEntries([...CHANGE_RESULTS, 'pending'].map((r) => [r, 0])) as ChangeFigures['byResult'];
  let failures = 0;
  let emergencyLate = 0;
  const restores: number[] = [];
  const leadTimes: number[] = [];
  for (const doc of changes) {
    // As of `now`: a change run after it is not executed yet, and has no result (src/lib/as-of.ts).
    const d = { ...doc.data, executed_at: undefined, result: undefined, ...executionAt(doc.data, now) };
    if (d.executed_at) leadTimes.push(minutesBetween(instant(d.requested_at), instant(d.executed_at)));
    byType[d.type]++;
    byResult[d.result ?? 'pending']++;
    const incidents = caused.get(doc.id) ?? [];
    if (d.result && (d.result !== 'succeeded' || incidents.length > 0)) {
      failures++;
      const minutes = restoreMinutes(incidents, now);
      if (minutes !== undefined) restores.push(minutes);
    }
    if (emergencyDocumentedLate(policy, doc, now)) emergencyLate++;
  }
  const withResult = changes.length - byResult.pending;
  return {
    total: changes.length,
    byType,
    byResult,
    failures,
    failureRatePct: percent(failures, withResult),
    restoreMinutes: mean(restores),
    restoreMedianMinutes: median(restores),
    leadTimeMinutes: mean(leadTimes),
    leadTimeMedianMinutes: median(leadTimes),
    emergencySharePct: percent(byType.emergency, changes.length),
    emergencyLate,
  };
}
