/**
 * Geometry of an incident timeline drawn to scale: where each step, deadline and escalation falls on a
 * linear time axis, with ticks on round local times and labels spread over lanes so they never overlap.
 * Pure; the component only turns this into SVG.
 */
import type { Temporal } from 'temporal-polyfill';
import { responseVerdicts } from '../lib/metrics/incidents.ts';
import { escalationsDue, escalationsOwed, responseDeadline } from '../lib/sla.ts';
import { formatInstant, instant, isApproximate } from '../lib/time.ts';
import { TIMELINE_STEPS, type Incident, type Policy, type SeverityLevel } from '../schemas/index.ts';
import { TIMELINE_LABELS } from '../lib/labels.ts';

interface TimelineMark {
  key: string;
  label: string;
  /** Local time text, `02:49` (with the day when it differs from the start). */
  time: string;
  x: number;
  lane: number;
}

interface TimelineSegment {
  phase: 'undetected' | 'waiting' | 'responding' | 'recovering';
  label: string;
  x1: number;
  x2: number;
}

interface TimelineLine {
  kind: 'sla' | 'escalation-due';
  label: string;
  x: number;
  /** Whether the deadline was missed, by the verdict the check and the reports give (still running is not missed). */
  missed: boolean;
}

export interface TimelineGeometry {
  width: number;
  left: number;
  right: number;
  lanes: number;
  marks: TimelineMark[];
  segments: TimelineSegment[];
  lines: TimelineLine[];
  escalations: TimelineMark[];
  ticks: { x: number; label: string }[];
  /** Shown when the incident is still open: the axis runs to the build's now. */
  openUntil?: number;
  /** The response SLA and escalation verdicts the reports and the rules give (src/lib/metrics/incidents.ts). */
  verdicts: ReturnType<typeof responseVerdicts>;
  /** The level whose escalation the deadline line is, when one is owed (a P3 raised to P1 owes P1's). */
  escalationLevel?: SeverityLevel;
}

const TICK_STEPS_MIN = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080];
const CHAR_PX = 7.2;

export function incidentTimeline(
  incident: Incident,
  policy: Policy,
  now: Temporal.Instant,
  options: { width?: number; padding?: number; maxTicks?: number; until?: Temporal.Instant; quietUntil?: Temporal.Instant } = {},
): TimelineGeometry {
  const width = options.width ?? 800;
  const left = options.padding ?? 24;
  const right = width - left;
  const tz = policy.timezone;
  const t = incident.timeline;
  const start = instant(t.started);
  const detected = instant(t.detected);
  const ended = t.resolved ? instant(t.resolved) : undefined;

  const slaDeadline = responseDeadline(policy, incident);
  const verdicts = responseVerdicts(policy, incident, now);
  // The deadline and its verdict come from src/lib/sla.ts, as the check and the reports read them ("즉시" is
  // within the response time); the line is drawn while it is owed or still ahead of an open incident.
  // With a severity history each level owes its own escalation from when it was reached; the line is the
  // earliest deadline owed, or (open and nothing owed yet) the first one still running.
  const owed = escalationsOwed(policy, incident, now);
  const firstDue = escalationsDue(policy, incident)[0];
  const earliestOwed = owed.length ? owed.reduce((a, b) => (a.deadline.epochMilliseconds <= b.deadline.epochMilliseconds ? a : b)) : undefined;
  const escalationApplies = earliestOwed ? earliestOwed.deadline : firstDue && !(t.resolved ?? t.mitigated) ? firstDue.deadline : undefined;

  const points = [start, detected, slaDeadline, ...TIMELINE_STEPS.flatMap((s) => (t[s] ? [instant(t[s]!)] : []))];
  if (escalationApplies) points.push(escalationApplies);
  for (const e of incident.escalations) points.push(instant(e.at));
  for (const e of incident.severity_history) points.push(instant(e.at));
  if (!ended) points.push(now);
  const min = start.epochMilliseconds;
  const max = options.until ? options.until.epochMilliseconds : Math.max(...points.map((p) => p.epochMilliseconds), min + 60_000);
  // A window (`until`) clips what lies beyond it to the right edge; marks past it are left out.
  const x = (at: Temporal.Instant) => left + ((Math.max(min, Math.min(at.epochMilliseconds, max)) - min) / (max - min)) * (right - left);
  const inside = (ts: string | undefined) => ts !== undefined && instant(ts).epochMilliseconds <= max;

  const startDay = formatInstant(tz, t.started).slice(0, 10);
  const clock = (ts: string) => {
    const text = formatInstant(tz, ts);
    const rough = isApproximate(ts) ? '약 ' : '';
    return rough + (text.startsWith(startDay) ? text.slice(11) : `${text.slice(5, 10).replace('-', '/')} ${text.slice(11)}`);
  };

  const steps = TIMELINE_STEPS.filter((s) => inside(t[s])).map((s) => ({
    key: s,
    label: TIMELINE_LABELS[s],
    time: clock(t[s]!),
    x: x(instant(t[s]!)),
    lane: 0,
  }));
  // In the full view next to a close-up, steps already labelled in the close-up keep only their dot.
  const quiet = options.quietUntil?.epochMilliseconds;
  for (const step of steps) {
    if (quiet !== undefined && step.key !== 'started' && instant(t[step.key]!).epochMilliseconds <= quiet) step.label = step.time = '';
  }
  assignLanes(steps.filter((s) => s.label));

  const segments: TimelineSegment[] = [];
  const seg = (phase: TimelineSegment['phase'], label: string, a?: string, b?: string) => {
    if (a && b && inside(a)) segments.push({ phase, label, x1: x(instant(a)), x2: x(instant(b)) });
  };
  seg('undetected', '감지 전', t.started, t.detected);
  seg('waiting', '인지 대기', t.detected, t.acknowledged);
  seg('responding', '대응', t.acknowledged ?? t.detected, t.mitigated);
  seg('recovering', '복구', t.mitigated, t.resolved);

  const lines: (TimelineLine & { at: Temporal.Instant })[] = [
    {
      at: slaDeadline,
      kind: 'sla',
      label: `인지 기한 ${clock(slaDeadline.toString())}`,
      x: x(slaDeadline),
      missed: verdicts.sla === 'breached',
    },
  ];
  if (escalationApplies) {
    lines.push({
      at: escalationApplies,
      kind: 'escalation-due',
      label: `에스컬레이션 기한 ${clock(escalationApplies.toString())}`,
      x: x(escalationApplies),
      missed: verdicts.escalation === 'late' || verdicts.escalation === 'missing',
    });
  }

  const escalations = incident.escalations
    .filter((e) => inside(e.at))
    .map((e, i) => ({
      key: `escalation-${i}`,
      label: `→ ${policy.roles[e.to] ?? e.to}`,
      time: clock(e.at),
      x: x(instant(e.at)),
      lane: 0,
    }));
  // Severity changes after the first level share the escalation row, drawn as squares.
  const levels = incident.severity_history
    .map((e, i) => ({ e, i }))
    .filter(({ e, i }) => i > 0 && inside(e.at))
    .map(({ e, i }) => ({ key: `level-${i}`, label: `레벨 → ${e.level}`, time: clock(e.at), x: x(instant(e.at)), lane: 0 }));
  escalations.push(...levels);
  assignLanes(escalations);

  return {
    width,
    left,
    right,
    lanes: Math.max(1, ...steps.map((s) => s.lane + 1)),
    marks: steps,
    segments,
    lines: lines.filter((l) => l.at.epochMilliseconds <= max).map(({ at: _at, ...l }) => l),
    verdicts,
    ...(earliestOwed ? { escalationLevel: earliestOwed.level } : {}),
    escalations,
    ticks: ticks(tz, min, max, x, options.maxTicks ?? 7),
    ...(ended && inside(t.resolved) ? {} : { openUntil: x(ended ?? now) }),
  };
}

/** Greedy lanes: a label goes to the first lane where it does not overlap the previous one. */
function assignLanes(marks: TimelineMark[]): void {
  const ends: number[] = [];
  for (const mark of [...marks].sort((a, b) => a.x - b.x)) {
    const half = (Math.max(mark.label.length * 2, mark.time.length) * CHAR_PX) / 2 + 4;
    let lane = ends.findIndex((end) => end < mark.x - half);
    if (lane === -1) lane = ends.length;
    ends[lane] = mark.x + half;
    mark.lane = lane;
  }
}

/** Ticks on round local times (e.g. every 30 minutes on the half hour, Seoul time). */
function ticks(tz: string, min: number, max: number, x: (at: Temporal.Instant) => number, maxTicks: number) {
  const spanMin = (max - min) / 60_000;
  const step = TICK_STEPS_MIN.find((s) => spanMin / s <= maxTicks) ?? TICK_STEPS_MIN.at(-1)!;
  const offsetMs = instant(new Date(min).toISOString()).toZonedDateTimeISO(tz).offsetNanoseconds / 1e6;
  const stepMs = step * 60_000;
  const first = Math.ceil((min + offsetMs) / stepMs) * stepMs - offsetMs;
  const out: { x: number; label: string }[] = [];
  for (let at = first; at <= max && out.length < 50; at += stepMs) {
    const text = formatInstant(tz, new Date(at).toISOString());
    const label = step >= 1440 ? text.slice(5, 10).replace('-', '/') : text.slice(11);
    out.push({ x: x(instant(new Date(at).toISOString())), label });
  }
  return out;
}

/**
 * When the whole incident is much longer than its first response (a 20-minute outage resolved hours
 * later), the response is unreadable at full scale; this returns the end of a close-up window covering
 * start → mitigation, deadlines and escalations, or undefined when the full view is readable.
 */
export function responseWindow(incident: Incident, policy: Policy): Temporal.Instant | undefined {
  const t = incident.timeline;
  const detected = instant(t.detected);
  const early = [
    detected,
    responseDeadline(policy, incident),
    ...incident.escalations.map((e) => instant(e.at)),
    ...incident.severity_history.map((e) => instant(e.at)),
  ];
  for (const s of ['acknowledged', 'mitigated'] as const) if (t[s]) early.push(instant(t[s]!));
  const start = instant(t.started).epochMilliseconds;
  const earlyEnd = Math.max(...early.map((p) => p.epochMilliseconds));
  const fullEnd = t.resolved ? instant(t.resolved).epochMilliseconds : earlyEnd;
  if (fullEnd - start < 4 * (earlyEnd - start)) return undefined;
  const padded = earlyEnd + Math.max(60_000, (earlyEnd - start) * 0.08);
  return instant(new Date(padded).toISOString());
}
