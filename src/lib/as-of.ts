/**
 * What a record said at a point in time. `--now` (the check's and build's "now") means "as of": an event
 * stamped after it (resolved, closed, published, executed) has not happened yet, so the figures, findings
 * and badges measured at `now` read the record without it. The stored `status:` describes the record as
 * written, which may be later than `now`; the status as of `now` is derived from the timestamps
 * (`incident/status-agrees` makes sure the two never contradict each other).
 */
import { Temporal } from 'temporal-polyfill';
import type { ActionItem, Change, Incident } from '../schemas/index.ts';
import { dayIn, instant, plainDate } from './time.ts';

type IncidentStatus = Incident['status'];
type ActionItemStatus = ActionItem['status'];

/** Whether an event stamped `at` had happened by `now` (an event never recorded has not). */
export function happened(at: string | undefined, now: Temporal.Instant): at is string {
  return at !== undefined && Temporal.Instant.compare(instant(at), now) <= 0;
}

/** Whether an event dated `day` (a plain date of the policy zone) had happened by `today`. */
export function happenedOn(day: string | undefined, today: Temporal.PlainDate): day is string {
  return day !== undefined && Temporal.PlainDate.compare(plainDate(day), today) <= 0;
}

/**
 * An action item's state on `today`: done only once its `closed` day has come (an item closed after
 * `--now` was still open then). Done without a `closed` day counts as done all along, and cancelled as
 * cancelled: when that happened is not recorded, and calling it open would be a guess.
 */
export function actionItemStatusOn(item: Pick<ActionItem, 'status' | 'closed'>, today: Temporal.PlainDate): ActionItemStatus {
  if (item.status === 'done' && item.closed && !happenedOn(item.closed, today)) return 'open';
  return item.status;
}

/**
 * The incident's timeline as known at `now`: the response steps (acknowledged, mitigated, resolved)
 * stamped after it are left out. `started` and `detected` stay: they say which period the incident
 * belongs to, and a record detected after `now` is counted in a period after `now`.
 */
export function timelineAt(timeline: Incident['timeline'], now: Temporal.Instant): Incident['timeline'] {
  const { started, detected, acknowledged, mitigated, resolved } = timeline;
  return {
    ...timeline,
    started,
    detected,
    acknowledged: happened(acknowledged, now) ? acknowledged : undefined,
    mitigated: happened(mitigated, now) ? mitigated : undefined,
    resolved: happened(resolved, now) ? resolved : undefined,
  };
}

/** The incident as known at `now`: response steps and escalations after it left out, status derived. */
export function incidentAt<T extends Pick<Incident, 'status' | 'timeline' | 'postmortem' | 'escalations'>>(
  incident: T,
  timeZone: string,
  now: Temporal.Instant,
): T {
  return {
    ...incident,
    timeline: timelineAt(incident.timeline, now),
    escalations: escalationsAt(incident, now),
    status: incidentStatusAt(incident, timeZone, now),
  };
}

/** The escalations made by `now`. */
function escalationsAt(incident: Pick<Incident, 'escalations'>, now: Temporal.Instant): Incident['escalations'] {
  return incident.escalations.filter((e) => happened(e.at, now));
}

const RANK: Record<IncidentStatus, number> = { investigating: 0, mitigated: 1, resolved: 2, postmortem: 3, closed: 4 };

/**
 * The status at `now`, from the timestamps: investigating until mitigated, mitigated until resolved;
 * once resolved, the stored status if it is later (postmortem, closed), except that an incident closed
 * with a postmortem published after `now` was still in postmortem then. With `now` at or after every
 * timestamp this is the stored status (for a record that `incident/status-agrees` accepts).
 */
export function incidentStatusAt(incident: Pick<Incident, 'status' | 'timeline' | 'postmortem'>, timeZone: string, now: Temporal.Instant): IncidentStatus {
  const { timeline } = incident;
  if (!happened(timeline.resolved, now)) return happened(timeline.mitigated, now) ? 'mitigated' : 'investigating';
  if (RANK[incident.status] <= RANK.resolved) return 'resolved';
  const published = incident.postmortem?.published;
  if (incident.status === 'closed' && published && !happenedOn(published, dayIn(timeZone, now))) return 'postmortem';
  return incident.status;
}

/** A change as known at `now`: not yet executed (and so without a result) when it ran after `now`. */
export function executionAt(change: Pick<Change, 'executed_at' | 'result'>, now: Temporal.Instant): Pick<Change, 'executed_at' | 'result'> {
  if (happened(change.executed_at, now)) return { executed_at: change.executed_at, ...(change.result ? { result: change.result } : {}) };
  return {};
}
