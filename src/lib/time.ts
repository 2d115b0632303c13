/** Instants, days and durations in the policy time zone, with Temporal (DST-safe). */
import { Temporal } from 'temporal-polyfill';

/** Parses a schema-validated timestamp (`2026-11-25T14:03:00+09:00`). */
export function instant(timestamp: string): Temporal.Instant {
  return Temporal.Instant.from(timestamp);
}

/** The calendar day an instant falls on in a time zone. */
export function dayIn(timeZone: string, at: string | Temporal.Instant): Temporal.PlainDate {
  const i = typeof at === 'string' ? instant(at) : at;
  return i.toZonedDateTimeISO(timeZone).toPlainDate();
}

export function plainDate(date: string): Temporal.PlainDate {
  return Temporal.PlainDate.from(date);
}

export function duration(iso: string): Temporal.Duration {
  return Temporal.Duration.from(iso);
}

/** Adds an ISO duration to an instant; calendar units (days, months) are counted in the time zone. */
export function addDuration(timeZone: string, at: Temporal.Instant, iso: string): Temporal.Instant {
  return at.toZonedDateTimeISO(timeZone).add(duration(iso)).toInstant();
}

/** Minutes from `a` to `b` (negative when b is earlier). */
export function minutesBetween(a: Temporal.Instant, b: Temporal.Instant): number {
  return (b.epochMilliseconds - a.epochMilliseconds) / 60_000;
}

/** Korean wording of a duration: `PT15M` → "15분", `PT1H30M` → "1시간 30분", `P1D` → "1일". */
export function formatDurationKo(iso: string): string {
  const d = duration(iso);
  const parts: string[] = [];
  if (d.years) parts.push(`${d.years}년`);
  if (d.months) parts.push(`${d.months}개월`);
  if (d.weeks) parts.push(`${d.weeks}주`);
  if (d.days) parts.push(`${d.days}일`);
  if (d.hours) parts.push(`${d.hours}시간`);
  if (d.minutes) parts.push(`${d.minutes}분`);
  if (d.seconds) parts.push(`${d.seconds}초`);
  return parts.length ? parts.join(' ') : '즉시';
}

/** Formats an instant for people in the policy time zone: `2026-11-25 14:03`. */
export function formatInstant(timeZone: string, timestamp: string): string {
  const z = instant(timestamp).toZonedDateTimeISO(timeZone);
  return `${z.toPlainDate().toString()} ${String(z.hour).padStart(2, '0')}:${String(z.minute).padStart(2, '0')}`;
}
