/**
 * What an incident record says once its richer fields are read together: its scenarios (the primary
 * first, the deprecated `scenario` accepted), the levels it held and from when, and how long the impact
 * really lasted (outage and degradation windows). Pure.
 */
import type { Temporal } from 'temporal-polyfill';
import type { Incident, ImpactWindow } from '../schemas/incident.ts';
import { SEVERITIES, type SeverityLevel } from '../schemas/policy.ts';
import { instant, isApproximate } from './time.ts';

/** Scenario ids, the primary one first: `scenarios`, or the deprecated single `scenario`. */
export function incidentScenarios(incident: Pick<Incident, 'scenarios' | 'scenario'>): string[] {
  if (incident.scenarios.length > 0) return incident.scenarios;
  return incident.scenario ? [incident.scenario] : [];
}

/** The scenario an incident is counted under in the reports. */
export function primaryScenario(incident: Pick<Incident, 'scenarios' | 'scenario'>): string | undefined {
  return incidentScenarios(incident)[0];
}

/** A level the incident held, from when its clocks run (never before detection: nobody could respond earlier). */
export interface SeverityPeriod {
  level: SeverityLevel;
  /** When the incident reached this level (detection for the level it was detected at). */
  from: Temporal.Instant;
  /** The text it was read from, for "approximate" notes. */
  fromText: string;
  /** Index in `severity_history`, or undefined when the incident has no history (one level throughout). */
  index?: number;
}

/**
 * The levels in time order. Without `severity_history` the incident held `severity` from detection;
 * with it, each entry's level from its `at`, or from detection when it was recorded earlier.
 */
export function severityPeriods(incident: Pick<Incident, 'severity' | 'severity_history' | 'timeline'>): SeverityPeriod[] {
  const detected = instant(incident.timeline.detected);
  if (incident.severity_history.length === 0) return [{ level: incident.severity, from: detected, fromText: incident.timeline.detected }];
  return incident.severity_history
    .map((entry, index) => {
      const at = instant(entry.at);
      const early = at.epochMilliseconds < detected.epochMilliseconds;
      return { level: entry.level, from: early ? detected : at, fromText: early ? incident.timeline.detected : entry.at, index };
    })
    .sort((a, b) => a.from.epochMilliseconds - b.from.epochMilliseconds);
}

/** The most severe level in the history (P1 before P2), or `severity` without one. */
export function highestSeverity(incident: Pick<Incident, 'severity' | 'severity_history'>): SeverityLevel {
  if (incident.severity_history.length === 0) return incident.severity;
  return SEVERITIES.find((s) => incident.severity_history.some((e) => e.level === s)) ?? incident.severity;
}

/** A window of impact as instants; an open end runs to `until`. */
interface Span {
  start: number;
  end: number;
}

function spans(windows: readonly ImpactWindow[], until: Temporal.Instant): Span[] {
  return windows.map((w) => ({ start: instant(w.start).epochMilliseconds, end: (w.end ? instant(w.end) : until).epochMilliseconds }));
}

/** Total minutes covered by the spans, overlaps counted once. */
function coveredMinutes(list: Span[]): number {
  const sorted = list.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  let total = 0;
  let current: Span | undefined;
  for (const s of sorted) {
    if (current && s.start <= current.end) current.end = Math.max(current.end, s.end);
    else {
      if (current) total += current.end - current.start;
      current = { ...s };
    }
  }
  if (current) total += current.end - current.start;
  return total / 60_000;
}

export interface ImpactDuration {
  /** Minutes of impact of any kind (outage or degradation, overlaps once). */
  total: number;
  outage: number;
  degradation: number;
  /** `windows`: from the recorded windows; `timeline`: started → mitigated, for records without windows. */
  source: 'windows' | 'timeline';
  /** Whether a time it is computed from is approximate. */
  approximate: boolean;
}

/**
 * How long users were affected. From the outage and degradation windows when recorded (an open window
 * runs to resolution, else `now`); otherwise started → mitigated (undefined while not mitigated).
 */
export function impactDuration(incident: Pick<Incident, 'impact' | 'timeline'>, now: Temporal.Instant): ImpactDuration | undefined {
  const { outages, degradations } = incident.impact;
  const t = incident.timeline;
  if (outages.length === 0 && degradations.length === 0) {
    if (!t.mitigated) return undefined;
    const minutes = (instant(t.mitigated).epochMilliseconds - instant(t.started).epochMilliseconds) / 60_000;
    return { total: minutes, outage: 0, degradation: 0, source: 'timeline', approximate: isApproximate(t.started) || isApproximate(t.mitigated) };
  }
  const until = t.resolved ? instant(t.resolved) : now;
  const out = spans(outages, until);
  const deg = spans(degradations, until);
  const texts = [...outages, ...degradations].flatMap((w) => [w.start, w.end ?? t.resolved ?? '']);
  return {
    total: coveredMinutes([...out, ...deg]),
    outage: coveredMinutes(out),
    degradation: coveredMinutes(deg),
    source: 'windows',
    approximate: texts.some(isApproximate),
  };
}

/** Latest start first, by instant (the text may be approximate or in any offset, so it does not sort as written). */
/** An incident's outage and degradation windows in the order they began (as instants: offsets and `~` times included). */
export function impactWindows(incident: Pick<Incident, 'impact'>): (ImpactWindow & { kind: 'outage' | 'degradation' })[] {
  return [
    ...incident.impact.outages.map((w) => ({ ...w, kind: 'outage' as const })),
    ...incident.impact.degradations.map((w) => ({ ...w, kind: 'degradation' as const })),
  ].sort((a, b) => instant(a.start).epochMilliseconds - instant(b.start).epochMilliseconds);
}

export function byStartedDesc(a: { data: Pick<Incident, 'timeline'> }, b: { data: Pick<Incident, 'timeline'> }): number {
  return instant(b.data.timeline.started).epochMilliseconds - instant(a.data.timeline.started).epochMilliseconds;
}
