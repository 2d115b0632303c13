/**
 * Geometry of an incident timeline drawn to scale: where each step, deadline and escalation falls on a
 * linear time axis, with ticks on round local times and labels spread over lanes so they never overlap.
 * Pure; the component only turns this into SVG.
 */
import type { Temporal } from 'temporal-polyfill';
import { addDuration, formatInstant, instant } from '../lib/time.ts';
import { TIMELINE_STEPS, type Incident, type Policy } from '../schemas/index.ts';
import { TIMELINE_LABELS } from './labels.ts';

export interface TimelineMark {
  key: string;
  label: string;
  /** Local time text, `02:49` (with the day when it differs from the start). */
  time: string;
  x: number;
  lane: number;
}

export interface TimelineSegment {
  phase: 'undetected' | 'waiting' | 'responding' | 'recovering';
  label: string;
  x1: number;
  x2: number;
}

export interface TimelineLine {
  kind: 'sla' | 'escalation-due';
  label: string;
  x: number;
  /** Whether the deadline was missed (the step it governs happened after it, or never). */
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
}

const TICK_STEPS_MIN = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080];
const CHAR_PX = 7.2;

export function incidentTimeline(
  incident: Incident,
  policy: Policy,
  now: Temporal.Instant,
  options: { width?: number; padding?: number; maxTicks?: number } = {},
): TimelineGeometry {
  const width = options.width ?? 800;
  const left = options.padding ?? 24;
  const right = width - left;
  const tz = policy.timezone;
  const t = incident.timeline;
  const severity = policy.severities[incident.severity];
  const start = instant(t.started);
  const detected = instant(t.detected);
  const ended = t.resolved ? instant(t.resolved) : undefined;

  const slaDeadline = addDuration(tz, detected, severity.response_time);
  const escalationDue = severity.escalation.after ? addDuration(tz, detected, severity.escalation.after) : undefined;
  const escalationApplies = escalationDue && (!ended || Temporal_lt(escalationDue, ended));

  const points = [start, detected, slaDeadline, ...TIMELINE_STEPS.flatMap((s) => (t[s] ? [instant(t[s]!)] : []))];
  if (escalationApplies) points.push(escalationDue);
  for (const e of incident.escalations) points.push(instant(e.at));
  if (!ended) points.push(now);
  const min = start.epochMilliseconds;
  const max = Math.max(...points.map((p) => p.epochMilliseconds), min + 60_000);
  const x = (at: Temporal.Instant) => left + ((at.epochMilliseconds - min) / (max - min)) * (right - left);

  const startDay = formatInstant(tz, t.started).slice(0, 10);
  const clock = (ts: string) => {
    const text = formatInstant(tz, ts);
    return text.startsWith(startDay) ? text.slice(11) : `${text.slice(5, 10).replace('-', '/')} ${text.slice(11)}`;
  };

  const steps = TIMELINE_STEPS.filter((s) => t[s]).map((s) => ({
    key: s,
    label: TIMELINE_LABELS[s],
    time: clock(t[s]!),
    x: x(instant(t[s]!)),
    lane: 0,
  }));
  assignLanes(steps);

  const segments: TimelineSegment[] = [];
  const seg = (phase: TimelineSegment['phase'], label: string, a?: string, b?: string) => {
    if (a && b) segments.push({ phase, label, x1: x(instant(a)), x2: x(instant(b)) });
  };
  seg('undetected', '감지 전', t.started, t.detected);
  seg('waiting', '인지 대기', t.detected, t.acknowledged);
  seg('responding', '대응', t.acknowledged ?? t.detected, t.mitigated);
  seg('recovering', '복구', t.mitigated, t.resolved);

  const acknowledged = t.acknowledged ? instant(t.acknowledged) : undefined;
  const lines: TimelineLine[] = [
    {
      kind: 'sla',
      label: `인지 기한 ${clock(slaDeadline.toString())}`,
      x: x(slaDeadline),
      missed: !acknowledged || Temporal_lt(slaDeadline, acknowledged),
    },
  ];
  if (escalationApplies) {
    const firstEscalation = incident.escalations.map((e) => instant(e.at)).sort((a, b) => a.epochMilliseconds - b.epochMilliseconds)[0];
    lines.push({
      kind: 'escalation-due',
      label: `에스컬레이션 기한 ${clock(escalationDue.toString())}`,
      x: x(escalationDue),
      missed: !firstEscalation || Temporal_lt(escalationDue, firstEscalation),
    });
  }

  const escalations = incident.escalations.map((e, i) => ({
    key: `escalation-${i}`,
    label: `→ ${policy.roles[e.to] ?? e.to}`,
    time: clock(e.at),
    x: x(instant(e.at)),
    lane: 0,
  }));
  assignLanes(escalations);

  return {
    width,
    left,
    right,
    lanes: Math.max(1, ...steps.map((s) => s.lane + 1)),
    marks: steps,
    segments,
    lines,
    escalations,
    ticks: ticks(tz, min, max, x, options.maxTicks ?? 7),
    ...(ended ? {} : { openUntil: x(now) }),
  };
}

function Temporal_lt(a: Temporal.Instant, b: Temporal.Instant): boolean {
  return a.epochMilliseconds < b.epochMilliseconds;
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
