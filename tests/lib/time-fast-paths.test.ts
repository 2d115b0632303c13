/**
 * `instant`, `dayIn`, `formatInstant` and `addDuration` take shortcuts around the Temporal polyfill
 * (Date.parse for plain ISO timestamps, Intl for the wall clock in a zone, exact time for durations of
 * hours and less); they must give Temporal's own answer for every timestamp, in every zone,
 * at and around offset transitions, and leave what Date.parse cannot read exactly to Temporal.
 */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { addDuration, compareIsoDays, dayIn, formatInstant, instant, isFourDigitDay } from '../../src/lib/time.ts';

// Zones with DST, half- and quarter-hour offsets, a half-hour DST shift, and a day skipped (Samoa, 2011-12-30).
const ZONES = ['Asia/Seoul', 'UTC', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Apia', 'America/St_Johns'];

const DURATIONS = ['PT15M', 'PT1H30M', 'PT36H', 'PT0.5S', 'P1D', 'P1W', 'P1M', 'P1Y', 'P1DT2H', 'PT0S'];

/** A deterministic spread of instants, 1900–2100, plus every minute around a few transitions. */
function instants(): number[] {
  const out: number[] = [];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const from = Date.UTC(1900, 0, 1);
  const to = Date.UTC(2100, 0, 1);
  for (let i = 0; i < 3000; i++) out.push(Math.floor(from + next() * (to - from)));
  for (const around of [Date.UTC(2026, 2, 8, 7), Date.UTC(2026, 10, 1, 6), Date.UTC(2011, 11, 29, 10), Date.UTC(2026, 3, 4, 15)])
    for (let m = -90; m <= 90; m += 15) out.push(around + m * 60_000);
  return out;
}

function written(epochMs: number, offset: string, precision: 'minutes' | 'seconds' | 'ms'): string {
  const i = Temporal.Instant.fromEpochMilliseconds(epochMs);
  const z = i.toZonedDateTimeISO(offset === 'Z' ? 'UTC' : offset);
  const text = z.toPlainDateTime().toString({ smallestUnit: precision === 'minutes' ? 'minute' : precision === 'seconds' ? 'second' : 'millisecond' });
  return `${text}${offset}`;
}

describe('instant and dayIn agree with Temporal', () => {
  it('for timestamps written with any offset and precision, in every zone', () => {
    const offsets = ['Z', '+09:00', '-05:00', '+05:45', '-03:30', '+14:00'];
    let n = 0;
    for (const epochMs of instants()) {
      const offset = offsets[n % offsets.length]!;
      const precision = (['minutes', 'seconds', 'ms'] as const)[n % 3]!;
      const text = written(epochMs, offset, precision);
      const exact = Temporal.Instant.from(text);
      expect(instant(text).equals(exact), text).toBe(true);
      expect(instant(`~${text}`).equals(exact), `~${text}`).toBe(true);
      for (const zone of ZONES) {
        const z = exact.toZonedDateTimeISO(zone);
        const expected = z.toPlainDate().toString();
        expect(dayIn(zone, text).toString(), `${text} in ${zone}`).toBe(expected);
        expect(dayIn(zone, exact).toString(), `${text} in ${zone}`).toBe(expected);
        const clock = `${expected} ${String(z.hour).padStart(2, '0')}:${String(z.minute).padStart(2, '0')}`;
        expect(formatInstant(zone, text), `${text} in ${zone}`).toBe(clock);
        const iso = DURATIONS[n % DURATIONS.length]!;
        expect(addDuration(zone, exact, iso).equals(z.add(Temporal.Duration.from(iso)).toInstant()), `${text} + ${iso} in ${zone}`).toBe(true);
      }
      n++;
    }
  });

  it('at the edges of four-digit years, as Temporal writes them', () => {
    for (const text of ['9999-12-31T23:59:59.999Z', '0001-01-01T00:00:00Z', '1000-01-01T00:00:00+14:00']) {
      for (const zone of ['Pacific/Kiritimati', 'Etc/GMT+12', 'Asia/Seoul']) {
        const z = Temporal.Instant.from(text).toZonedDateTimeISO(zone);
        expect(dayIn(zone, text).toString(), `${text} in ${zone}`).toBe(z.toPlainDate().toString());
        expect(formatInstant(zone, text), `${text} in ${zone}`).toBe(
          `${z.toPlainDate()} ${String(z.hour).padStart(2, '0')}:${String(z.minute).padStart(2, '0')}`,
        );
      }
    }
  });

  it('for a zone written as Temporal reads it and Intl does not (a bracketed zone in an ISO string)', () => {
    const text = '2026-11-25T23:30:00Z';
    for (const zone of ['2020-01-01T00:00+09:00[Asia/Seoul]', '2020-01-01T00:00Z', '+09:00']) {
      const z = Temporal.Instant.from(text).toZonedDateTimeISO(zone);
      expect(dayIn(zone, text).toString(), zone).toBe(z.toPlainDate().toString());
      expect(formatInstant(zone, text), zone).toBe(`${z.toPlainDate()} ${String(z.hour).padStart(2, '0')}:${String(z.minute).padStart(2, '0')}`);
    }
  });

  it('takes a day as four-digit exactly when /^\\d{4}-\\d{2}-\\d{2}$/ does', () => {
    const days = [
      '2026-11-30',
      '0000-01-01',
      '9999-12-31',
      '+010000-01-20',
      '-000001-01-01',
      '2026-1-30',
      '2026/11/30',
      '2026-11-3a',
      '２０２６-11-30',
      '2026-11-30\n',
      ' 2026-11-30',
      '20261130',
      '',
      '2026-11-300',
      '٢٠٢٦-11-30',
    ];
    for (const day of days) expect(isFourDigitDay(day), JSON.stringify(day)).toBe(/^\d{4}-\d{2}-\d{2}$/.test(day));
  });

  it('compares ISO days past year 9999 as dates, not as text', () => {
    expect(compareIsoDays('2026-11-25', '+010000-01-20')).toBe(-1);
    expect(compareIsoDays('+010000-01-20', '9999-12-31')).toBe(1);
    expect(compareIsoDays('2026-11-25', '2026-11-25')).toBe(0);
    expect(compareIsoDays('2026-11-24', '2026-11-25')).toBe(-1);
  });

  it('leaves nanoseconds to Temporal', () => {
    const text = '2026-11-25T23:59:59.999999999+09:00';
    expect(instant(text).epochNanoseconds).toBe(Temporal.Instant.from(text).epochNanoseconds);
    expect(dayIn('Asia/Seoul', text).toString()).toBe('2026-11-25');
  });
});
