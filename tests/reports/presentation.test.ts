/** Chart geometry, the calendar layout and the wording of figures: what the report pages draw and print. */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, test } from 'vitest';
import { barGeometry, DEFAULT_BOX, lineGeometry } from '../../src/components/charts/geometry.ts';
import { cellState, dailyCalendar } from '../../src/lib/reports/calendar.ts';
import { formatDelta, formatMinutes } from '../../src/lib/reports/format.ts';
import { buildReportModels } from '../../src/lib/reports/model.ts';
import { fixturePolicy } from '../helpers/handbook.ts';
import { daily, testHandbook } from './handbook.ts';

describe('charts', () => {
  test('a week without a report breaks the trend line, and points above the threshold are marked', () => {
    const g = lineGeometry(['W1', 'W2', 'W3', 'W4'], { name: 'p95', values: [500, null, 900, 700], threshold: 800 });
    expect(g.path.match(/M/g)).toHaveLength(2); // two segments: W1 alone, then W3–W4
    expect(g.points.map((p) => [p.label, p.breached])).toEqual([
      ['W1', false],
      ['W3', true],
      ['W4', false],
    ]);
    // SVG y grows downwards: the threshold line lies between 700 and 900.
    const y = Object.fromEntries(g.points.map((p) => [p.value, p.y]));
    expect(g.threshold!.y).toBeLessThan(y[700]!);
    expect(g.threshold!.y).toBeGreaterThan(y[900]!);
  });
  test('bars stand on the baseline, the tallest for the largest value', () => {
    const g = barGeometry([
      { label: 'P1', value: 1 },
      { label: 'P2', value: 3 },
      { label: 'P3', value: 0 },
    ]);
    expect(g.baseline).toBe(DEFAULT_BOX.height - DEFAULT_BOX.margin.bottom);
    const [p1, p2, p3] = g.bars;
    expect(p2!.height).toBeGreaterThan(p1!.height);
    expect(p3!.height).toBe(0);
    for (const b of g.bars) expect(b.y + b.height).toBeCloseTo(g.baseline);
  });
});

describe('calendar', () => {
  const handbook = testHandbook({ 'reports/daily/2026-11-24.mdx': daily(true, true) });
  const models = buildReportModels({
    policy: fixturePolicy(),
    documents: handbook.documents,
    diagnostics: [],
    now: Temporal.Instant.from('2026-11-26T12:00:00+09:00'),
  });
  test('months are laid out Monday first', () => {
    const months = dailyCalendar(models.daily);
    expect(months.map((m) => m.month)).toEqual(['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    const june = months[0]!;
    expect(june.weeks[0]![0]!.period).toBe('2026-06-01'); // a Monday
    const november = months.at(-1)!;
    expect(november.weeks[0]!.slice(0, 6)).toEqual([null, null, null, null, null, null]); // 1 Nov 2026 is a Sunday
    expect(november.weeks[0]![6]!.period).toBe('2026-11-01');
    const cells = november.weeks.flat().filter((c) => c !== null);
    expect(cells.at(-1)!.period).toBe('2026-11-26'); // nothing after the build day
    expect(cells.find((c) => c.period === '2026-11-24')!.state).toBe('narrative');
  });
  test('a required report that was not written is marked missing once its period is over', () => {
    expect(cellState({ narrative: null, required: true, inProgress: false })).toBe('missing');
    expect(cellState({ narrative: null, required: true, inProgress: true })).toBe('in-progress');
    expect(cellState({ narrative: null, required: false, inProgress: false })).toBe('none');
    const weekly = models.weekly.map((m) => cellState(m));
    expect(weekly.at(-1)).toBe('in-progress');
    expect(weekly.slice(0, -1).every((s) => s === 'missing')).toBe(true); // policy requires weekly; none written
  });
});

test('figures read in Korean units', () => {
  expect(formatMinutes(3)).toBe('3분');
  expect(formatMinutes(511)).toBe('8시간 31분');
  expect(formatMinutes(1440)).toBe('1일');
  expect(formatMinutes(2273)).toBe('1일 13시간 53분');
  expect(formatMinutes(null)).toBe('–');
  expect([formatDelta(2), formatDelta(-1.5), formatDelta(0), formatDelta(undefined)]).toEqual(['+2', '−1.5', '', '']);
});
