/**
 * The one instant (and day) each record counts on in the periodic reports, so every figure puts a record
 * in the same period. Days are read in the policy time zone: an incident detected at 23:30 KST on
 * 31 December belongs to Q4 of that year, even though it is 14:30 UTC.
 */
import type { Temporal } from 'temporal-polyfill';
import type { HandbookDocument } from '../handbook.ts';
import { parsePeriod } from '../periods.ts';
import { dayIn, instant } from '../time.ts';

/**
 * Incidents count when they were detected: that is when the team knew, when the response clock (MTTA,
 * SLA) starts, and what the examples name their files after. A failure that began before midnight and
 * was noticed after it is the next day's incident.
 */
function incidentInstant(doc: HandbookDocument<'incident'>): Temporal.Instant {
  return instant(doc.data.timeline.detected);
}

/** Changes count when they ran; not yet run: when planned; not yet planned: when requested. */
function changeInstant(doc: HandbookDocument<'change'>): Temporal.Instant {
  const d = doc.data;
  return instant(d.executed_at ?? d.window?.start ?? d.requested_at);
}

export function routineInstant(doc: HandbookDocument<'routine'>): Temporal.Instant {
  return instant(doc.data.performed_at);
}

/** Newest change first, by the instant it counts on (`changeInstant`), as the reports order them. */
export function byChangeInstantDesc(a: HandbookDocument<'change'>, b: HandbookDocument<'change'>): number {
  return changeInstant(b).epochMilliseconds - changeInstant(a).epochMilliseconds;
}

/** Newest routine record first, by the instant it was performed (offsets and `~` times compare as instants, not as text). */
export function byPerformedDesc(a: HandbookDocument<'routine'>, b: HandbookDocument<'routine'>): number {
  return routineInstant(b).epochMilliseconds - routineInstant(a).epochMilliseconds;
}

/** The day a record counts on, in the policy time zone; reports count on the first day of their period. */
export function documentDay(timeZone: string, doc: HandbookDocument): Temporal.PlainDate | undefined {
  switch (doc.kind) {
    case 'incident':
      return dayIn(timeZone, incidentInstant(doc as HandbookDocument<'incident'>));
    case 'change':
      return dayIn(timeZone, changeInstant(doc as HandbookDocument<'change'>));
    case 'routine':
      return dayIn(timeZone, routineInstant(doc as HandbookDocument<'routine'>));
    case 'report': {
      const { cadence, period } = doc.location;
      return cadence && period ? parsePeriod(cadence, period)?.first : undefined;
    }
    default:
      return undefined;
  }
}
