/** Period boundaries in the policy time zone: quarter ends at 23:30 KST, ISO week 53, the year boundary. */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, test } from 'vitest';
import { bucketDocuments } from '../../src/lib/metrics/buckets.ts';
import { buildReportModels } from '../../src/lib/reports/model.ts';
import { countedDays, reportPeriods } from '../../src/lib/reports/periods.ts';
import { fixturePolicy } from '../helpers/handbook.ts';
import { incident, testHandbook } from './handbook.ts';

const policy = fixturePolicy();
const day = (d: string) => Temporal.PlainDate.from(d);

describe('which period a record counts in', () => {
  const files = {
    // 23:30 KST on the last day of Q3 (14:30 UTC the same day): Q3.
    'incidents/2026/q3-last-evening.mdx': incident({ severity: 'P3', detected: '2026-09-30T23:30:00+09:00' }),
    // 15:30 UTC on 30 Sep is 00:30 KST on 1 Oct: Q4, although the UTC date is still September.
    'incidents/2026/q4-first-minutes.mdx': incident({ severity: 'P3', detected: '2026-09-30T15:30:00Z' }),
    // 31 Dec 23:30 KST: 2026-Q4 and ISO week 2026-W53 (2026 has 53 ISO weeks: 1 Jan 2026 is a Thursday).
    'incidents/2026/new-year-eve.mdx': incident({ severity: 'P4', detected: '2026-12-31T23:30:00+09:00' }),
    // 1 Jan 2027 00:10 KST (31 Dec 15:10 UTC): 2027-Q1, but still in ISO week 2026-W53 (it ends Sunday 3 Jan).
    'incidents/2027/new-year.mdx': incident({ severity: 'P4', detected: '2026-12-31T15:10:00Z' }),
  };
  const h = testHandbook(files);
  const ids = (buckets: Map<string, { incidents: { id: string }[] }>) =>
    Object.fromEntries([...buckets].map(([period, b]) => [period, b.incidents.map((i) => i.id).sort()]));
  const buckets = bucketDocuments(h.documents, policy.timezone, ['daily', 'weekly', 'monthly', 'quarterly']);

  test('quarters and months follow the KST day', () => {
    expect(ids(buckets.quarterly)).toEqual({
      '2026-Q3': ['q3-last-evening'],
      '2026-Q4': ['new-year-eve', 'q4-first-minutes'],
      '2027-Q1': ['new-year'],
    });
    expect(ids(buckets.monthly)).toEqual({
      '2026-09': ['q3-last-evening'],
      '2026-10': ['q4-first-minutes'],
      '2026-12': ['new-year-eve'],
      '2027-01': ['new-year'],
    });
    expect(ids(buckets.daily)['2026-10-01']).toEqual(['q4-first-minutes']);
  });

  test('ISO week 53 spans the year boundary', () => {
    expect(ids(buckets.weekly)).toEqual({
      '2026-W40': ['q3-last-evening', 'q4-first-minutes'],
      '2026-W53': ['new-year', 'new-year-eve'],
    });
  });
});

describe('the periods of the report pages', () => {
  test('from the start date to the build day, the period in progress included', () => {
    // 1 Jun – 26 Nov 2026: 30 + 31 + 31 + 30 + 31 + 26 = 179 days.
    const p = reportPeriods(policy, day('2026-11-26'));
    expect(p.daily).toHaveLength(179);
    expect(p.daily[0]!.id).toBe('2026-06-01');
    expect(p.daily.at(-1)!.id).toBe('2026-11-26');
    // 1 Jun 2026 is a Monday of W23; 26 Nov is in W48: 23..48 = 26 weeks.
    expect(p.weekly.map((x) => x.id)).toHaveLength(26);
    expect([p.weekly[0]!.id, p.weekly.at(-1)!.id]).toEqual(['2026-W23', '2026-W48']);
    expect(p.monthly.map((x) => x.id)).toEqual(['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    expect(p.quarterly.map((x) => x.id)).toEqual(['2026-Q2', '2026-Q3', '2026-Q4']);
  });

  test('across a year boundary with ISO week 53', () => {
    const p = reportPeriods({ start_date: '2026-12-28' }, day('2027-01-05'));
    expect(p.daily).toHaveLength(9); // 28–31 Dec, 1–5 Jan
    expect(p.weekly.map((x) => x.id)).toEqual(['2026-W53', '2027-W01']);
    expect(p.monthly.map((x) => x.id)).toEqual(['2026-12', '2027-01']);
    expect(p.quarterly.map((x) => x.id)).toEqual(['2026-Q4', '2027-Q1']);
  });

  test('no periods before the start date', () => {
    const p = reportPeriods(policy, day('2026-05-31'));
    expect([p.daily.length, p.weekly.length, p.monthly.length, p.quarterly.length]).toEqual([0, 0, 0, 0]);
  });

  test('a period’s counted days start at the start date and stop today', () => {
    const [june] = reportPeriods(policy, day('2026-06-10')).monthly;
    expect(countedDays(june!, day('2026-06-01'), day('2026-06-10'))).toBe(10);
    const [q2] = reportPeriods(policy, day('2026-11-26')).quarterly;
    expect(countedDays(q2!, day('2026-06-01'), day('2026-11-26'))).toBe(30); // Q2 from 1 Jun: June only
  });

  test('one model per period, linked to its neighbours', () => {
    const h = testHandbook({});
    const models = buildReportModels({ policy, documents: h.documents, diagnostics: [], now: Temporal.Instant.from('2026-11-26T12:00:00+09:00') });
    expect(models.weekly).toHaveLength(26);
    expect(models.weekly[0]).toMatchObject({ previous: null, next: '2026-W24' });
    expect(models.weekly.at(-1)).toMatchObject({ period: '2026-W48', previous: '2026-W47', next: null, inProgress: true, asOf: '2026-11-26' });
    // The build day in KST decides the last period: 26 Nov 00:30 KST is still 25 Nov in UTC.
    const early = buildReportModels({ policy, documents: [], diagnostics: [], now: Temporal.Instant.from('2026-11-25T15:30:00Z') });
    expect(early.daily.at(-1)!.period).toBe('2026-11-26');
  });
});
