/**
 * Derived states the pages show as badges: runbook review freshness and overdue action items. Pure:
 * measured against the build's `now` in the policy time zone, as of it (src/lib/as-of.ts).
 */
import type { Temporal } from 'temporal-polyfill';
import { actionItemStatusOn, incidentStatusAt } from '../lib/as-of.ts';
import type { HandbookDocument } from '../lib/handbook.ts';
import { reviewStandingOn, type ReviewStanding } from '../lib/sla.ts';
import { dayIn, plainDate } from '../lib/time.ts';
import type { ActionItem, Change, Incident, Policy, Runbook } from '../schemas/index.ts';

export interface ReviewState {
  state: ReviewStanding;
  /** Last day the review is valid. */
  due: Temporal.PlainDate;
  /** Days from today to `due` (negative when expired). */
  daysLeft: number;
}

export function reviewState(policy: Policy, runbook: Runbook, now: Temporal.Instant): ReviewState {
  // The badge says what runbook/review-expired says: both ask reviewStandingOn.
  const today = dayIn(policy.timezone, now);
  const { standing, expires } = reviewStandingOn(policy, runbook, today);
  return { state: standing, due: expires, daysLeft: today.until(expires, { largestUnit: 'days' }).days };
}

export interface OverdueItem {
  incident: HandbookDocument<'incident'>;
  item: ActionItem;
  /** Days past due. */
  daysLate: number;
}

/** Open at `now` (an item closed after it was still open then) and past its due day. */
export function isOverdue(policy: Policy, item: ActionItem, now: Temporal.Instant): boolean {
  const today = dayIn(policy.timezone, now);
  if (actionItemStatusOn(item, today) !== 'open' || !item.due) return false;
  return plainDate(item.due).until(today, { largestUnit: 'days' }).days > 0;
}

/** Open action items past their due day, most overdue first. */
export function overdueActionItems(policy: Policy, incidents: readonly HandbookDocument<'incident'>[], now: Temporal.Instant): OverdueItem[] {
  const today = dayIn(policy.timezone, now);
  const items: OverdueItem[] = [];
  for (const incident of incidents) {
    for (const item of incident.data.action_items) {
      if (!isOverdue(policy, item, now)) continue;
      items.push({ incident, item, daysLate: plainDate(item.due!).until(today, { largestUnit: 'days' }).days });
    }
  }
  return items.sort((a, b) => b.daysLate - a.daysLate);
}

/** An incident's status as of the build's `now`, from its timestamps (the stored status may be later). */
export function incidentStatus(policy: Policy, incident: HandbookDocument<'incident'>, now: Temporal.Instant): Incident['status'] {
  return incidentStatusAt(incident.data, policy.timezone, now);
}

/** An action item's status as of the build's `now` (closed after it: still open then). */
export function actionItemStatus(policy: Policy, item: ActionItem, now: Temporal.Instant): ActionItem['status'] {
  return actionItemStatusOn(item, dayIn(policy.timezone, now));
}

/** The badge tone of a change's result (none yet: neutral), for the change list and page alike. */
export function changeResultTone(result: Change['result']): 'good' | 'bad' | 'warn' | 'neutral' {
  return result === 'succeeded' ? 'good' : result === 'failed' ? 'bad' : result === 'rolled-back' ? 'warn' : 'neutral';
}
