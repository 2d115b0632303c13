/** Instants, days and durations in the policy time zone, with Temporal (DST-safe). */
import { Temporal } from 'temporal-polyfill';
import { memoByKey } from './memo.ts';

// Parsing and zone conversion with the Temporal polyfill are slow (≈4.5 s of the main thread in a
// 10,000-document build) and the same strings come back again and again; Temporal values are
// immutable, so one parsed value serves every caller.
const LIMIT = 200_000;
const memo = <T>(parse: (key: string) => T) => memoByKey(parse, LIMIT);

// The ISO form every engine's Date.parse reads the same way (ECMA-262 date-time string format, with an
// offset, at most millisecond precision): for these, Date.parse gives the same instant as Temporal at a
// fraction of the polyfill's cost. Anything else (nanoseconds, a leap second, another layout) goes to Temporal.
const DATE_PARSE_EXACT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch of an exact timestamp, when Date.parse reads it as Temporal does. */
function fastEpochMs(text: string): number | undefined {
  if (!DATE_PARSE_EXACT.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Milliseconds since the epoch of a schema-validated timestamp, without building an Instant when Date.parse reads it exactly. */
function epochMsOf(timestamp: string): number {
  return fastEpochMs(exactText(timestamp)) ?? instant(timestamp).epochMilliseconds;
}

/** Parses a schema-validated timestamp (`2026-11-25T14:03:00+09:00`, or approximate: `~2026-11-25T14:03+09:00`). */
export const instant: (timestamp: string) => Temporal.Instant = memo((timestamp) => {
  const text = exactText(timestamp);
  const ms = fastEpochMs(text);
  return ms === undefined ? Temporal.Instant.from(text) : Temporal.Instant.fromEpochMilliseconds(ms);
});

/** Whether a timestamp is marked approximate (`~2026-11-25T14:03+09:00`, schemas/common.ts `ApproxTimestamp`). */
export function isApproximate(timestamp: string): boolean {
  return timestamp.startsWith('~');
}

/** The timestamp without its approximate mark. */
export function exactText(timestamp: string): string {
  return timestamp.startsWith('~') ? timestamp.slice(1).trimStart() : timestamp;
}

/**
 * The author's clock when it differs from the policy zone's at that instant: `00:40Z` for
 * `2024-05-01T00:40:00Z` read in Seoul, `16:40-08:00`; undefined when the offset written is the zone's.
 */
export const writtenClock = (timeZone: string, timestamp: string): string | undefined => writtenClockOf(`${timeZone}|${timestamp}`) ?? undefined;

// Memoised (null for "the zone's own", as the memo keeps no undefined): a timestamp is shown on its page,
// in lists and in reports, and the zone's offset is a ZonedDateTime each time.
const writtenClockOf = memo((key): string | null => {
  const bar = key.indexOf('|');
  const timeZone = key.slice(0, bar);
  const text = exactText(key.slice(bar + 1));
  const match = /T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(text);
  if (!match) return null;
  const [, hh, mm, offset] = match;
  const zoneOffset = instant(text).toZonedDateTimeISO(timeZone).offset;
  const written = offset === 'Z' ? '+00:00' : offset!;
  return written === zoneOffset ? null : `${hh}:${mm}${offset}`;
});

// The wall clock of an instant in a zone, from Intl (the zone data the Temporal polyfill itself reads, so
// the same answer) without building a ZonedDateTime: that was most of the time the check and the pages
// spent in Temporal.
// A zone Intl cannot read (the policy may name one as Temporal does, `2020-01-01T00:00+09:00[Asia/Seoul]`)
// gets null, and Temporal answers for it.
const wallFormats = new Map<string, Intl.DateTimeFormat | null>();
function wallFormat(timeZone: string): Intl.DateTimeFormat | null {
  let format = wallFormats.get(timeZone);
  if (format === undefined) {
    try {
      format = intlWallFormat(timeZone);
    } catch {
      format = null;
    }
    wallFormats.set(timeZone, format);
  }
  return format;
}

function intlWallFormat(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    calendar: 'iso8601',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  });
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

// Intl and Temporal write years alike only well inside 1000–9999 (no era, no year 0, no five digits),
// whatever a zone's offset does to the day.
const WALL_CLOCK_FROM = Date.UTC(1000, 0, 2);
const WALL_CLOCK_TO = Date.UTC(9999, 11, 30);

/** `YYYY-MM-DD` and `HH:MM` of an instant (milliseconds since the epoch) on the wall clock of a zone. */
function wallClock(timeZone: string, epochMs: number): { day: string; time: string } {
  const format = epochMs < WALL_CLOCK_FROM || epochMs > WALL_CLOCK_TO ? null : wallFormat(timeZone);
  if (!format) {
    const z = Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone);
    return { day: z.toPlainDate().toString(), time: `${pad(z.hour)}:${pad(z.minute)}` };
  }
  const f = { year: 0, month: 0, day: 0, hour: 0, minute: 0 };
  for (const part of format.formatToParts(epochMs)) if (part.type in f) f[part.type as keyof typeof f] = Number(part.value);
  return { day: `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}`, time: `${pad(f.hour)}:${pad(f.minute)}` };
}

const dayOfInstant = memo((key) => {
  const bar = key.indexOf('|');
  return wallClock(key.slice(0, bar), Number(key.slice(bar + 1))).day;
});

/** The calendar day (`YYYY-MM-DD`) an instant falls on in a time zone. */
export function isoDayIn(timeZone: string, at: string | Temporal.Instant): string {
  const epochMs = typeof at === 'string' ? epochMsOf(at) : at.epochMilliseconds;
  // Sub-millisecond parts cannot move an instant to another day in any real time zone (offsets are whole seconds).
  return dayOfInstant(`${timeZone}|${epochMs}`);
}

/** The calendar day an instant falls on in a time zone. */
export function dayIn(timeZone: string, at: string | Temporal.Instant): Temporal.PlainDate {
  return plainDate(isoDayIn(timeZone, at));
}

/**
 * Whether `day` is `YYYY-MM-DD` with a four-digit year (/^\d{4}-\d{2}-\d{2}$/): such days sort as text as
 * they do as dates. Checked by character, not by a regular expression: it runs twice per comparison, and
 * reports compare days millions of times.
 */
export function isFourDigitDay(day: string): boolean {
  if (day.length !== 10 || day.charCodeAt(4) !== 45 || day.charCodeAt(7) !== 45) return false;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = day.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Compares ISO days (`YYYY-MM-DD`, or Temporal's `+010000-01-20` past year 9999): as text when both have four-digit years. */
export function compareIsoDays(a: string, b: string): number {
  if (isFourDigitDay(a) && isFourDigitDay(b)) return a < b ? -1 : a > b ? 1 : 0;
  return Temporal.PlainDate.compare(plainDate(a), plainDate(b));
}

export const plainDate: (date: string) => Temporal.PlainDate = memo((date) => Temporal.PlainDate.from(date));

export const duration: (iso: string) => Temporal.Duration = memo((iso) => Temporal.Duration.from(iso));

/** Adds an ISO duration to an instant; calendar units (days, months) are counted in the time zone. */
export function addDuration(timeZone: string, at: Temporal.Instant, iso: string): Temporal.Instant {
  const d = duration(iso);
  // Hours and smaller are exact time in any zone: no need to go through the wall clock.
  if (d.years === 0 && d.months === 0 && d.weeks === 0 && d.days === 0) return at.add(d);
  return at.toZonedDateTimeISO(timeZone).add(d).toInstant();
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
export const formatInstant = (timeZone: string, timestamp: string): string => formattedInstant(`${timeZone}|${timestamp}`);

const formattedInstant = memo((key) => {
  const bar = key.indexOf('|');
  const timestamp = key.slice(bar + 1);
  const { day, time } = wallClock(key.slice(0, bar), epochMsOf(timestamp));
  return `${day} ${time}`;
});
