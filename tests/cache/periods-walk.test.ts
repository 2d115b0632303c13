/**
 * `periodsBetween` builds each next period directly (for `check --changed`'s speed); it must give exactly
 * the periods that walking by label with `periodOf` gives, across year, leap-day and ISO-week boundaries.
 */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { periodOf, periodsBetween, type Period } from '../../src/lib/periods.ts';

const CADENCES = ['daily', 'weekly', 'monthly', 'quarterly'] as const;
const SPANS = [
  ['2015-12-28', '2027-01-05'],
  ['2020-02-29', '2021-03-01'],
  ['2026-12-31', '2027-01-01'],
  ['2019-01-01', '2019-01-01'],
  ['2020-12-31', '2021-01-04'],
] as const;

const shown = (periods: readonly Period[]) => periods.map((p) => `${p.cadence} ${p.id} ${p.first} ${p.last}`);

describe('periodsBetween', () => {
  for (const cadence of CADENCES) {
    it(`agrees with a walk by label for ${cadence} periods`, () => {
      for (const [a, b] of SPANS) {
        const from = Temporal.PlainDate.from(a);
        const to = Temporal.PlainDate.from(b);
        const walked: Period[] = [];
        for (let p = periodOf(cadence, from); Temporal.PlainDate.compare(p.first, to) <= 0; p = periodOf(cadence, p.last.add({ days: 1 }))) walked.push(p);
        expect(shown(periodsBetween(cadence, from, to)), `${a} – ${b}`).toEqual(shown(walked));
        // Memoised per span: a second call gives the same periods, in a list of its own.
        const again = periodsBetween(cadence, from, to);
        again.pop();
        expect(shown(periodsBetween(cadence, from, to))).toEqual(shown(walked));
      }
    });
  }
});
