/**
 * The deadlines of the operations guide, computed from the policy: response and escalation times,
 * postmortem due days, emergency post-documentation, runbook review expiry. Pure; every calendar step
 * is taken in the policy time zone (Temporal, DST-safe). A deadline is met when the event happens at
 * or before it: exactly on time is on time.
 */
import { Temporal } from 'temporal-polyfill';
import type { Change, Incident, Policy, Runbook } from '../schemas/index.ts';
import { addDuration, dayIn, duration, instant, plainDate } from './time.ts';

/** The day `now` falls on in the policy time zone. */
export function today(policy: Policy, now: Temporal.Instant): Temporal.PlainDate {
  return dayIn(policy.timezone, now);
}

function isZero(iso: string): boolean {
  return duration(iso).sign === 0;
}

/** True when `at` is later than `deadline`. */
export function isLate(at: Temporal.Instant, deadline: Temporal.Instant): boolean {
  return Temporal.Instant.compare(at, deadline) > 0;
}

/** Acknowledgement is due this long after detection (guide: 대응 시간). */
export function responseDeadline(policy: Policy, incident: Incident): Temporal.Instant {
  return addDuration(policy.timezone, instant(incident.timeline.detected), policy.severities[incident.severity].response_time);
}

export interface EscalationDue {
  /** Roles that must be notified. */
  to: readonly string[];
  deadline: Temporal.Instant;
  /** Zero delay (P1: 즉시): required even if the incident is fixed quickly. */
  immediate: boolean;
}

/**
 * When escalation is due, or undefined when the policy says "when needed" (no delay). A zero delay
 * ("즉시") is read as "together with the acknowledgement": within the severity's response time, the
 * same "immediately" the guide uses for the P1 response.
 */
export function escalationDue(policy: Policy, incident: Incident): EscalationDue | undefined {
  const severity = policy.severities[incident.severity];
  const after = severity.escalation.after;
  if (after === undefined) return undefined;
  const immediate = isZero(after);
  const detected = instant(incident.timeline.detected);
  const deadline = addDuration(policy.timezone, detected, immediate ? severity.response_time : after);
  return { to: severity.escalation.to, deadline, immediate };
}

/**
 * Whether escalation is owed (as of `now`): always for a zero delay, however fast the incident was fixed;
 * otherwise when it was not mitigated or resolved by the deadline (or, still open, the deadline passed).
 */
export function escalationRequired(due: EscalationDue, incident: Incident, now: Temporal.Instant): boolean {
  if (due.immediate) return true;
  const fixedAt = incident.timeline.resolved ?? incident.timeline.mitigated;
  return fixedAt ? isLate(instant(fixedAt), due.deadline) : isLate(now, due.deadline);
}

/** The roles whose escalation is late, or missing once the deadline has passed: what incident/escalation reports. */
export function escalationsMissed(due: EscalationDue, incident: Incident, now: Temporal.Instant): string[] {
  if (!escalationRequired(due, incident, now)) return [];
  return due.to.filter((role) => {
    const escalation = incident.escalations.find((e) => e.to === role);
    return escalation ? isLate(instant(escalation.at), due.deadline) : isLate(now, due.deadline);
  });
}

/** The last day a postmortem may be published, or undefined when none is required or not yet resolved. */
export function postmortemDue(policy: Policy, incident: Incident): Temporal.PlainDate | undefined {
  const rule = policy.severities[incident.severity].postmortem;
  if (!rule.required || !incident.timeline.resolved) return undefined;
  return dayIn(policy.timezone, incident.timeline.resolved).add({ days: rule.due_days ?? 0 });
}

/** An emergency change must be written up by this instant after it ran (guide: 사후 문서화). */
export function emergencyDocumentationDeadline(policy: Policy, change: Change): Temporal.Instant | undefined {
  if (!change.executed_at) return undefined;
  return addDuration(policy.timezone, instant(change.executed_at), policy.changes.emergency.documentation_deadline);
}

/** Approvals a change needs before it runs: per risk for normal changes, the minimum for emergencies, none for standard (pre-approved) ones. */
export function requiredApprovals(policy: Policy, change: Change): number {
  if (change.type === 'emergency') return policy.changes.emergency.min_approvals;
  if (change.type === 'standard') return 0;
  return policy.changes.approvals[change.risk];
}

/** The last day a runbook review is valid, and the day the early warning starts. */
export function reviewExpiry(policy: Policy, runbook: Runbook): { expires: Temporal.PlainDate; warnFrom: Temporal.PlainDate } {
  const expires = plainDate(runbook.last_reviewed).add(duration(runbook.review_interval ?? policy.runbooks.review_interval));
  return { expires, warnFrom: expires.subtract(duration(policy.runbooks.review_warning)) };
}

/** Whole minutes from a to b, for messages ("45분"). */
export function minutesLate(a: Temporal.Instant, b: Temporal.Instant): number {
  return Math.round((b.epochMilliseconds - a.epochMilliseconds) / 60_000);
}

/** A number of minutes for messages: 45 → "45 min", 90 → "1 h 30 min", 1500 → "1 d 1 h". */
export function formatMinutes(minutes: number): string {
  const m = Math.abs(Math.round(minutes));
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const mins = m % 60;
  const parts = [days ? `${days} d` : '', hours ? `${hours} h` : '', mins ? `${mins} min` : ''].filter(Boolean);
  return parts.length ? parts.join(' ') : '0 min';
}

/** A policy duration as written, for messages: `PT30M` → "30 min", `P1D` → "1 d", `PT1H30M` → "1 h 30 min". */
export function formatDuration(iso: string): string {
  const d = duration(iso);
  const parts = [
    d.years ? `${d.years} y` : '',
    d.months ? `${d.months} mo` : '',
    d.weeks ? `${d.weeks} w` : '',
    d.days ? `${d.days} d` : '',
    d.hours ? `${d.hours} h` : '',
    d.minutes ? `${d.minutes} min` : '',
    d.seconds ? `${d.seconds} s` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' ') : '0 min';
}
