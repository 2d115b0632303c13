/**
 * The deadlines of the operations guide, computed from the policy: response and escalation times,
 * postmortem due days, emergency post-documentation, runbook review expiry. Pure; every calendar step
 * is taken in the policy time zone (Temporal, DST-safe). A deadline is met when the event happens at
 * or before it: exactly on time is on time.
 */
import { Temporal } from 'temporal-polyfill';
import type { Change, Incident, Policy, Runbook, SeverityLevel } from '../schemas/index.ts';
import { severityPeriods } from './incident.ts';
import { addDuration, compareIsoDays, dayIn, duration, instant, plainDate } from './time.ts';

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

/** The deadline acknowledgement is held to, and the level (and its start) that set it. */
export interface ResponseDue {
  deadline: Temporal.Instant;
  level: SeverityLevel;
  /** When the incident reached that level (detection for the first). */
  from: Temporal.Instant;
  fromText: string;
  /** The `severity_history` entry the level came from, when it did not start at detection. */
  index?: number;
}

/**
 * Acknowledgement is due within the response time of the level the incident held (guide: 대응 시간),
 * counted from when it reached that level. A level reached while still unacknowledged brings its own
 * deadline, and the earliest deadline of those levels holds: a P3 raised to P1 before anyone took it on
 * must be acknowledged within P1's response time of becoming P1, or by P3's deadline if that is sooner.
 * A level reached after acknowledgement does not restart it (someone is already on it).
 */
export function responseDue(policy: Policy, incident: Incident): ResponseDue {
  const periods = severityPeriods(incident);
  const acknowledged = incident.timeline.acknowledged ? instant(incident.timeline.acknowledged) : undefined;
  const held = periods.filter((p, i) => i === 0 || !acknowledged || !isLate(p.from, acknowledged));
  let best: ResponseDue | undefined;
  for (const p of held) {
    const deadline = addDuration(policy.timezone, p.from, policy.severities[p.level].response_time);
    if (!best || Temporal.Instant.compare(deadline, best.deadline) < 0)
      best = { deadline, level: p.level, from: p.from, fromText: p.fromText, ...(p.fromText === incident.timeline.detected ? {} : { index: p.index }) };
  }
  return best!;
}

/** Acknowledgement is due by this instant (see `responseDue`). */
export function responseDeadline(policy: Policy, incident: Incident): Temporal.Instant {
  return responseDue(policy, incident).deadline;
}

export interface EscalationDue {
  /** Roles that must be notified. */
  to: readonly string[];
  deadline: Temporal.Instant;
  /** Zero delay (P1: 즉시): required even if the incident is fixed quickly. */
  immediate: boolean;
  /** The level whose escalation this is, and when the incident reached it. */
  level: SeverityLevel;
  from: Temporal.Instant;
}

/**
 * Escalation owed by each level the incident held, counted from when it reached that level; levels
 * whose policy says "when needed" (no delay) owe none. A zero delay ("즉시") is read as "together with
 * the acknowledgement": within the level's response time, the same "immediately" the guide uses for
 * the P1 response.
 */
export function escalationsDue(policy: Policy, incident: Incident): EscalationDue[] {
  return severityPeriods(incident).flatMap((p) => {
    const severity = policy.severities[p.level];
    const after = severity.escalation.after;
    if (after === undefined) return [];
    const immediate = isZero(after);
    const deadline = addDuration(policy.timezone, p.from, immediate ? severity.response_time : after);
    return [{ to: severity.escalation.to, deadline, immediate, level: p.level, from: p.from }];
  });
}

/**
 * Whether a level's escalation is owed (as of `now`): always for a zero delay, however fast the incident
 * was fixed; otherwise when it was not mitigated or resolved by the deadline (or, still open, the deadline passed).
 */
function escalationRequired(due: EscalationDue, incident: Incident, now: Temporal.Instant): boolean {
  if (due.immediate) return true;
  const fixedAt = incident.timeline.resolved ?? incident.timeline.mitigated;
  return fixedAt ? isLate(instant(fixedAt), due.deadline) : isLate(now, due.deadline);
}

/** A role that must be escalated to, by the earliest deadline of the levels that owe it. */
export interface RoleEscalation {
  role: string;
  deadline: Temporal.Instant;
  level: SeverityLevel;
  immediate: boolean;
}

/**
 * The roles owed an escalation as of `now`, each by its earliest deadline: a role notified once (at P2)
 * counts for a later level (P1) too, so each role is owed once.
 */
export function escalationsOwed(policy: Policy, incident: Incident, now: Temporal.Instant): RoleEscalation[] {
  const byRole = new Map<string, RoleEscalation>();
  for (const due of escalationsDue(policy, incident)) {
    if (!escalationRequired(due, incident, now)) continue;
    for (const role of due.to) {
      const known = byRole.get(role);
      if (!known || Temporal.Instant.compare(due.deadline, known.deadline) < 0)
        byRole.set(role, { role, deadline: due.deadline, level: due.level, immediate: due.immediate });
    }
  }
  return [...byRole.values()];
}

/** The earliest escalation to a role, with its index in `escalations`. */
export function firstEscalation(incident: Incident, role: string): (Incident['escalations'][number] & { index: number }) | undefined {
  let first: (Incident['escalations'][number] & { index: number }) | undefined;
  incident.escalations.forEach((e, index) => {
    if (e.to === role && (!first || isLate(instant(first.at), instant(e.at)))) first = { ...e, index };
  });
  return first;
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

/** Why a person's approval does not count towards the four eyes (rule `change/four-eyes`). */
type UncountedApproval = 'own-change' | 'no-approver-role' | 'repeated';

/** How a change's approvals stand: each person's approval, counted or why not; the gates; how many count and are needed. */
export interface ApprovalStanding {
  people: { index: number; approver: string; at: string; uncounted?: UncountedApproval }[];
  /** The automated gates (recorded, never a person's approval), with their index in `approvals`. */
  gates: { index: number; gate: string; at: string }[];
  /** Distinct people whose approval counts. */
  counted: number;
  needed: number;
}

/**
 * The four eyes as the rule reads them: an approval counts when it is not the requester's and its approver
 * holds an approver role, each person once; gates never count. The change page shows this, not its own count.
 */
export function approvalStanding(policy: Policy, change: Change): ApprovalStanding {
  const roles = new Map(policy.people.map((p) => [p.id, p.roles]));
  const approverRoles = policy.changes.approver_roles;
  const counted = new Set<string>();
  const people: ApprovalStanding['people'] = [];
  const gates: ApprovalStanding['gates'] = [];
  change.approvals.forEach((a, index) => {
    if (a.approver === undefined) {
      gates.push({ index, gate: a.gate!, at: a.at });
      return;
    }
    const uncounted: UncountedApproval | undefined =
      a.approver === change.requester
        ? 'own-change'
        : !(roles.get(a.approver) ?? []).some((r) => approverRoles.includes(r))
          ? 'no-approver-role'
          : counted.has(a.approver)
            ? 'repeated'
            : undefined;
    if (!uncounted) counted.add(a.approver);
    people.push({ index, approver: a.approver, at: a.at, ...(uncounted ? { uncounted } : {}) });
  });
  return { people, gates, counted: counted.size, needed: requiredApprovals(policy, change) };
}

/** The last day a runbook review is valid, and the day the early warning starts. */
export function reviewExpiry(policy: Policy, runbook: Runbook): { expires: Temporal.PlainDate; warnFrom: Temporal.PlainDate } {
  const expires = plainDate(runbook.last_reviewed).add(duration(runbook.review_interval ?? policy.runbooks.review_interval));
  return { expires, warnFrom: expires.subtract(duration(policy.runbooks.review_warning)) };
}

export type ReviewStanding = 'fresh' | 'due-soon' | 'expired';

/**
 * Where a review stands on `day`: valid through its expiry day, due soon from `warnFrom` on. ISO days
 * (`YYYY-MM-DD`) compare as text while years have four digits (`compareIsoDays`), cheap for every day of a report's span.
 */
export function reviewStandingOnDay(day: string, window: { expires: string; warnFrom: string }): ReviewStanding {
  return compareIsoDays(day, window.expires) > 0 ? 'expired' : compareIsoDays(day, window.warnFrom) >= 0 ? 'due-soon' : 'fresh';
}

/** Where a runbook's review stands on `day` (`reviewStandingOnDay`), with its expiry and warning day. */
export function reviewStandingOn(
  policy: Policy,
  runbook: Runbook,
  day: Temporal.PlainDate,
): { standing: ReviewStanding; expires: Temporal.PlainDate; warnFrom: Temporal.PlainDate } {
  const { expires, warnFrom } = reviewExpiry(policy, runbook);
  const standing = reviewStandingOnDay(day.toString(), { expires: expires.toString(), warnFrom: warnFrom.toString() });
  return { standing, expires, warnFrom };
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
