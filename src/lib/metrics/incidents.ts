/**
 * Incident figures of one period: counts by severity and scenario, MTTA and MTTR per severity, response
 * SLA and escalation adherence. An incident whose level changed is counted, and its MTTA and MTTR
 * averaged, under `severity`, the highest level it reached; by scenario it counts under its primary one. The records are read as they stand at build time (an incident detected
 * on the last evening of a period and acknowledged after midnight is still that period's incident, with
 * its real acknowledgement time).
 */
import type { Temporal } from 'temporal-polyfill';
import { SEVERITIES, type Policy, type SeverityLevel } from '../../schemas/policy.ts';
import type { Incident } from '../../schemas/incident.ts';
import { incidentAt } from '../as-of.ts';
import type { HandbookDocument } from '../handbook.ts';
import { primaryScenario } from '../incident.ts';
import { escalationsDue, escalationsOwed, firstEscalation, isLate, responseDeadline } from '../sla.ts';
import { instant, minutesBetween } from '../time.ts';
import { mean, median, percent } from './numbers.ts';

/** Key used for incidents that name no scenario of the policy. */
export const NO_SCENARIO = 'unclassified';

interface SeverityFigures {
  count: number;
  /** Mean minutes from detection to acknowledgement, over acknowledged incidents. */
  mttaMinutes: number | null;
  /** Mean minutes from detection to resolution, over resolved incidents. */
  mttrMinutes: number | null;
  /** Median of the same minutes (beside the mean: one multi-day outage moves the mean a lot). */
  mttrMedianMinutes: number | null;
  slaMet: number;
  slaBreached: number;
}

export type SlaOutcome = 'met' | 'breached' | 'pending';
export type EscalationOutcome = 'on-time' | 'late' | 'missing' | 'pending' | 'not-required';

export interface IncidentFigures {
  total: number;
  bySeverity: Record<SeverityLevel, SeverityFigures>;
  /** Primary scenario id (policy order, then `unclassified`) → count; every scenario is listed, zero or not. */
  byScenario: Record<string, number>;
  /** Incidents of category `security` that this audience may see. */
  security: number;
  /** Not resolved at `now` (as of it: resolved later counts as unresolved). */
  unresolved: number;
  sla: { met: number; breached: number; pending: number; adherencePct: number | null };
  escalation: { required: number; onTime: number; late: number; missing: number; pending: number; adherencePct: number | null };
}

/**
 * Response SLA: acknowledged within the severity's response time after detection. Unacknowledged and
 * past the deadline at build time is a breach; still inside it is pending. Deadlines come from
 * `lib/sla.ts`, the same code as the `incident/response-sla` rule, so figures and findings agree.
 */
function slaOutcome(policy: Policy, d: Incident, now: Temporal.Instant): SlaOutcome {
  const deadline = responseDeadline(policy, d);
  const acknowledged = d.timeline.acknowledged;
  if (acknowledged) return isLate(instant(acknowledged), deadline) ? 'breached' : 'met';
  return isLate(now, deadline) ? 'breached' : 'pending';
}

/**
 * Escalation, read exactly as the `incident/escalation` rule reads it: the roles of the severity must be
 * notified within its delay when the incident is not fixed (resolved, or else mitigated) by then; a zero
 * delay (P1, "즉시") always escalates, within the response time. "필요시" severities need none.
 */
function escalationOutcome(policy: Policy, d: Incident, now: Temporal.Instant): EscalationOutcome {
  const dues = escalationsDue(policy, d);
  if (dues.length === 0) return 'not-required';
  const owed = escalationsOwed(policy, d, now);
  if (owed.length === 0) {
    // Nothing owed yet: pending while a level's delay still runs on an unfixed incident.
    const fixed = d.timeline.resolved ?? d.timeline.mitigated;
    return !fixed && dues.some((due) => !due.immediate && !isLate(now, due.deadline)) ? 'pending' : 'not-required';
  }
  let late = false;
  for (const { role, deadline } of owed) {
    const escalation = firstEscalation(d, role);
    if (!escalation) return isLate(now, deadline) ? 'missing' : 'pending';
    if (isLate(instant(escalation.at), deadline)) late = true;
  }
  return late ? 'late' : 'on-time';
}

/** What one incident contributes to the figures; worked out once per incident, whatever the cadence. */
export interface IncidentAssessment {
  /** Status as of `now`, derived from the timestamps. */
  status: Incident['status'];
  sla: SlaOutcome;
  escalation: EscalationOutcome;
  /** Detection → acknowledgement, when acknowledged. */
  ackMinutes?: number;
  /** Detection → resolution, when resolved. */
  resolveMinutes?: number;
}

/**
 * The response SLA and escalation verdicts of an incident as known at `now` (already read as of `now`,
 * src/lib/as-of.ts): what the reports count and the incident page says, from the rules' own deadlines.
 */
export function responseVerdicts(policy: Policy, known: Incident, now: Temporal.Instant): { sla: SlaOutcome; escalation: EscalationOutcome } {
  return { sla: slaOutcome(policy, known, now), escalation: escalationOutcome(policy, known, now) };
}

/** As of `now` (src/lib/as-of.ts): an acknowledgement, resolution or escalation after it has not happened yet. */
export function assessIncident(policy: Policy, doc: HandbookDocument<'incident'>, now: Temporal.Instant): IncidentAssessment {
  const known = incidentAt(doc.data, policy.timezone, now);
  const { timeline } = known;
  const detected = instant(timeline.detected);
  return {
    status: known.status,
    ...responseVerdicts(policy, known, now),
    ...(timeline.acknowledged ? { ackMinutes: minutesBetween(detected, instant(timeline.acknowledged)) } : {}),
    ...(timeline.resolved ? { resolveMinutes: minutesBetween(detected, instant(timeline.resolved)) } : {}),
  };
}

/** `assess` lets a caller that reports many periods reuse each incident's assessment. */
export function incidentFigures(
  policy: Policy,
  incidents: readonly HandbookDocument<'incident'>[],
  now: Temporal.Instant,
  assess: (doc: HandbookDocument<'incident'>) => IncidentAssessment = (doc) => assessIncident(policy, doc, now),
): IncidentFigures {
  const bySeverity = {} as Record<SeverityLevel, SeverityFigures>;
  const acks = new Map<SeverityLevel, number[]>();
  const fixes = new Map<SeverityLevel, number[]>();
  for (const s of SEVERITIES) {
    bySeverity[s] = { count: 0, mttaMinutes: null, mttrMinutes: null, mttrMedianMinutes: null, slaMet: 0, slaBreached: 0 };
    acks.set(s, []);
    fixes.set(s, []);
  }
  const byScenario: Record<string, number> = {};
  for (const s of policy.scenarios) byScenario[s.id] = 0;
  byScenario[NO_SCENARIO] = 0;
  const sla = { met: 0, breached: 0, pending: 0 };
  const esc = { required: 0, onTime: 0, late: 0, missing: 0, pending: 0 };
  let security = 0;
  let unresolved = 0;

  for (const doc of incidents) {
    const d = doc.data;
    const row = bySeverity[d.severity];
    row.count++;
    const primary = primaryScenario(d);
    const scenario = primary && primary in byScenario ? primary : NO_SCENARIO;
    byScenario[scenario] = (byScenario[scenario] ?? 0) + 1;
    if (d.category === 'security') security++;
    const a = assess(doc);
    if (a.ackMinutes !== undefined) acks.get(d.severity)!.push(a.ackMinutes);
    if (a.resolveMinutes !== undefined) fixes.get(d.severity)!.push(a.resolveMinutes);
    else unresolved++;

    const s = a.sla;
    sla[s]++;
    if (s === 'met') row.slaMet++;
    if (s === 'breached') row.slaBreached++;

    const e = a.escalation;
    if (e !== 'not-required') esc.required++;
    if (e === 'on-time') esc.onTime++;
    else if (e === 'late') esc.late++;
    else if (e === 'missing') esc.missing++;
    else if (e === 'pending') esc.pending++;
  }
  for (const s of SEVERITIES) {
    bySeverity[s].mttaMinutes = mean(acks.get(s)!);
    bySeverity[s].mttrMinutes = mean(fixes.get(s)!);
    bySeverity[s].mttrMedianMinutes = median(fixes.get(s)!);
  }
  return {
    total: incidents.length,
    bySeverity,
    byScenario,
    security,
    unresolved,
    sla: { ...sla, adherencePct: percent(sla.met, sla.met + sla.breached) },
    escalation: { ...esc, adherencePct: percent(esc.onTime, esc.onTime + esc.late + esc.missing) },
  };
}
