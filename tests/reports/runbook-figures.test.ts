/**
 * Runbook freshness is counted for every day, week, month and quarter of a report span, so
 * `runbookFigures` counts from sorted lists (src/lib/metrics/runbooks.ts). It must count what looking at
 * each runbook's review on that day counts, whatever the windows (a warning longer than the interval,
 * reviews after the day, days far outside four-digit years).
 */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { indexReviewWindows, runbookFigures, type ReviewWindow } from '../../src/lib/metrics/runbooks.ts';
import { reviewStandingOnDay } from '../../src/lib/sla.ts';
import { compareIsoDays } from '../../src/lib/time.ts';
import { prng } from '../helpers/mutations.ts';

/** The count one runbook at a time: the oracle. */
function oneByOne(windows: readonly ReviewWindow[], day: string) {
  const counts = { fresh: 0, 'due-soon': 0, expired: 0, unknown: 0 };
  for (const w of windows) counts[compareIsoDays(w.reviewed, day) > 0 ? 'unknown' : reviewStandingOnDay(day, w)]++;
  return { total: windows.length, fresh: counts.fresh, expiring: counts['due-soon'], expired: counts.expired, unknown: counts.unknown };
}

describe('runbookFigures', () => {
  it('counts from sorted lists what a look at each runbook counts, on every day around the reviews', () => {
    // Seeded, so a failure repeats.
    const next = prng(7);
    const base = Temporal.PlainDate.from('2025-01-01');
    const day = (offset: number) => base.add({ days: offset }).toString();
    const windows: ReviewWindow[] = Array.from({ length: 200 }, () => {
      const reviewed = Math.floor(next() * 300);
      const interval = Math.floor(next() * 120);
      // Some warnings are longer than the interval: warnFrom before the review itself.
      const warning = Math.floor(next() * 150);
      return { reviewed: day(reviewed), expires: day(reviewed + interval), warnFrom: day(reviewed + interval - warning) };
    });
    windows.push({ reviewed: day(10), expires: day(5), warnFrom: day(0) }, { reviewed: '+012025-01-01', expires: '+012026-01-01', warnFrom: '+012025-12-01' });
    const indexed = indexReviewWindows(windows);
    expect(indexed.irregular.length).toBeGreaterThan(10);
    for (let offset = -5; offset < 480; offset++) {
      const { freshPct: _pct, ...counted } = runbookFigures(indexed, day(offset));
      expect(counted, day(offset)).toEqual(oneByOne(windows, day(offset)));
    }
    for (const far of ['+012025-06-01', '-000001-01-01']) {
      const { freshPct: _pct, ...counted } = runbookFigures(indexed, far);
      expect(counted, far).toEqual(oneByOne(windows, far));
    }
  });
});
