/**
 * Incident figures of one period: counts by severity and scenario, MTTA and MTTR per severity, response
 * SLA and escalation adherence. The records are read as they stand at build time (an incident detected
 * on the last evening of a period and acknowledged after midnight is still that period's incident, with
 * its real acknowledgement time).
 */
import type { Temporal } from 'temporal-polyfill';
import { SEVERITIES, type Policy, type SeverityLevel } from '../../schemas/policy.ts';
import type { HandbookDocument } from '../handbook.ts';
import { addDuration, instant, minutesBetween } from '../time.ts';
import { mean, percent } from './numbers.ts';

/** Key used for incidents that name no scenario of the policy. */
export const NO_SCENARIO = 'unclassified';

export interface SeverityFigures {
  count: number;
  /** Mean minutes from detection to acknowledgement, over acknowledged incidents. */
  mttaMinutes: number | null;
  /** Mean minutes from detection to resolution, over resolved incidents. */
  mttrMinutes: number | null;
  slaMet: number;
  slaBreached: number;
}

export type SlaOutcome = 'met' | 'breached' | 'pending';
export type EscalationOutcome = 'on-time' | 'late' | 'missing' | 'pending' | 'not-required';

export interface IncidentFigures {
  total: number;
  bySeverity: Record<SeverityLevel, SeverityFigures>;
  /** Scenario id (policy order, then `unclassified`) → count; every scenario is listed, zero or not. */
  byScenario: Record<string, number>;
  /** Incidents of category `security` that this audience may see. */
  security: number;
  /** Not resolved at build time. */
  unresolved: number;
  sla: { met: number; breached: number; pending: number; adherencePct: number | null };
  escalation: { required: number; onTime: number; late: number; missing: number; pending: number; adherencePct: number | null };
}

/**
 * Response SLA: acknowledged within the severity's response time after detection. Unacknowledged and
 * past the deadline at build time is a breach; still inside it is pending.
 */
export function slaOutcome(policy: Policy, doc: HandbookDocument<'incident'>, now: Temporal.Instant): SlaOutcome {
  const { severity, timeline } = doc.data;
  const deadline = addDuration(policy.timezone, instant(timeline.detected), policy.severities[severity].response_time);
  if (timeline.acknowledged) return instant(timeline.acknowledged).epochMilliseconds <= deadline.epochMilliseconds ? 'met' : 'breached';
  return now.epochMilliseconds > deadline.epochMilliseconds ? 'breached' : 'pending';
}

/**
 * Escalation: every role the severity names must be notified within its delay after detection, if the
 * incident is still unresolved by then. A delay of zero ("즉시", P1) cannot be met to the second, so
 * "at once" is read as within the severity's response time, the same clock as acknowledging it.
 * Severities without a delay ("필요시") need no escalation.
 */
export function escalationOutcome(policy: Policy, doc: HandbookDocument<'incident'>, now: Temporal.Instant): EscalationOutcome {
  const { severity, timeline, escalations } = doc.data;
  const rule = policy.severities[severity];
  const after = rule.escalation.after;
  if (!after) return 'not-required';
  const detected = instant(timeline.detected);
  const deadline = addDuration(policy.timezone, detected, isZero(after) ? rule.response_time : after);
  const resolved = timeline.resolved ? instant(timeline.resolved) : undefined;
  if (resolved && resolved.epochMilliseconds <= deadline.epochMilliseconds) return 'not-required';
  let late = false;
  for (const role of rule.escalation.to) {
    const times = escalations.filter((e) => e.to === role).map((e) => instant(e.at).epochMilliseconds);
    if (times.length === 0) return now.epochMilliseconds > deadline.epochMilliseconds ? 'missing' : 'pending';
    if (Math.min(...times) > deadline.epochMilliseconds) late = true;
  }
  return late ? 'late' : 'on-time';
}

function isZero(iso: string): boolean {
  return !/[1-9]/.test(iso);
}

export function incidentFigures(policy: Policy, incidents: readonly HandbookDocument<'incident'>[], now: Temporal.Instant): IncidentFigures {
  const bySeverity = {} as Record<SeverityLevel, SeverityFigures>;
  const acks = new Map<SeverityLevel, number[]>();
  const fixes = new Map<SeverityLevel, number[]>();
  for (const s of SEVERITIES) {
    bySeverity[s] = { count: 0, mttaMinutes: null, mttrMinutes: null, slaMet: 0, slaBreached: 0 };
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
    const scenario = d.scenario && d.scenario in byScenario ? d.scenario : NO_SCENARIO;
    byScenario[scenario] = (byScenario[scenario] ?? 0) + 1;
    if (d.category === 'security') security++;
    const detected = instant(d.timeline.detected);
    if (d.timeline.acknowledged) acks.get(d.severity)!.push(minutesBetween(detected, instant(d.timeline.acknowledged)));
    if (d.timeline.resolved) fixes.get(d.severity)!.push(minutesBetween(detected, instant(d.timeline.resolved)));
    else unresolved++;

    const s = slaOutcome(policy, doc, now);
    sla[s]++;
    if (s === 'met') row.slaMet++;
    if (s === 'breached') row.slaBreached++;

    const e = escalationOutcome(policy, doc, now);
    if (e !== 'not-required') esc.required++;
    if (e === 'on-time') esc.onTime++;
    else if (e === 'late') esc.late++;
    else if (e === 'missing') esc.missing++;
    else if (e === 'pending') esc.pending++;
  }
  for (const s of SEVERITIES) {
    bySeverity[s].mttaMinutes = mean(acks.get(s)!);
    bySeverity[s].mttrMinutes = mean(fixes.get(s)!);
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
