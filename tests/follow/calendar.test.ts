/**
 * Calendars from a small handbook, parsed back with ical.js: windows as UTC instants, due days as all-day
 * dates in the policy time zone (also one with daylight saving time), team calendars, stable UIDs and
 * DTSTAMP from now.
 */
import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { calendarEvents, icsCalendar } from '../../src/lib/follow/calendar.ts';
import { checkFiles, fixturePolicy } from '../helpers/handbook.ts';
import { CHANGE, FILES, INCIDENT } from './samples.ts';

const NOW = Temporal.Instant.from('2026-11-26T09:00:00+09:00');

interface Parsed {
  uid: string;
  summary: string;
  stamp: string;
  allDay: boolean;
  start: string;
  end: string;
  categories: string;
}

function parse(text: string): { name: string; tz: string; events: Parsed[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      stamp: (v.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString(),
      allDay: e.startDate.isDate,
      // A DATE as written (YYYY-MM-DD); a DATE-TIME as the instant it names.
      start: e.startDate.isDate ? e.startDate.toString() : e.startDate.toJSDate().toISOString(),
      end: e.endDate.isDate ? e.endDate.toString() : e.endDate.toJSDate().toISOString(),
      categories: String(v.getFirstPropertyValue('categories')),
    };
  });
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname')), tz: String(calendar.getFirstPropertyValue('x-wr-timezone')), events };
}

function build(files: Record<string, string>, policy = fixturePolicy(), now = NOW, team?: string) {
  const { handbook } = checkFiles(files, { policy });
  return icsCalendar(policy, calendarEvents(policy, handbook.documents, now), now, team);
}

describe('the handbook calendar (Asia/Seoul)', () => {
  const text = build(FILES);
  const { events, tz } = parse(text);
  const byKind = (kind: string) => events.filter((e) => e.categories === kind);

  it('has the change window as UTC instants, with a UID from the change id', () => {
    expect(byKind('change-window')).toEqual([
      expect.objectContaining({
        uid: 'change-2026-11-20-order-db-params@ops.hanbit-commerce.example',
        allDay: false,
        start: '2026-12-01T16:00:00.000Z',
        end: '2026-12-01T18:00:00.000Z',
      }),
    ]);
    expect(text).toContain('DTSTART:20261201T160000Z');
    expect(tz).toBe('Asia/Seoul');
  });

  it('has open action items of public incidents as all-day events on their due day, overdue ones marked', () => {
    expect(byKind('action-item-due').map((e) => [e.uid, e.allDay, e.start, e.end, e.summary])).toEqual([
      [
        'action-2026-11-20-payment-api-slow-1@ops.hanbit-commerce.example',
        true,
        '2026-11-20',
        '2026-11-21',
        '[기한 초과] 조치 기한: 쿼리 [인덱스] 추가 & 검증',
      ],
      ['action-2026-11-20-payment-api-slow-2@ops.hanbit-commerce.example', true, '2026-12-10', '2026-12-11', '조치 기한: 알림 임계값 조정'],
    ]);
    expect(text).not.toContain('비밀 조치');
  });

  it('has a due day for every coming period of each routine, none for a period already recorded', () => {
    const restore = byKind('routine-due').filter((e) => e.uid.startsWith('routine-backup-restore-test-'));
    expect(restore[0]).toMatchObject({ uid: 'routine-backup-restore-test-2026-11@ops.hanbit-commerce.example', allDay: true, start: '2026-11-30' });
    expect(restore).toHaveLength(12); // 2026-11 … 2027-10: the period ending after the one-year horizon is left out
    const recorded = build({
      ...FILES,
      'routines/backup-restore-test/2026-11-10.mdx': '---\nperformed_at: 2026-11-10T14:00:00+09:00\nperformer: han-jiwoo\noutcome: pass\n---\n',
    });
    const uids = parse(recorded).events.map((e) => e.uid);
    expect(uids).not.toContain('routine-backup-restore-test-2026-11@ops.hanbit-commerce.example');
    expect(uids).toContain('routine-backup-restore-test-2026-12@ops.hanbit-commerce.example');
  });

  it('gives every event DTSTAMP = now and the same bytes for the same now', () => {
    expect(new Set(events.map((e) => e.stamp))).toEqual(new Set(['2026-11-26T00:00:00.000Z']));
    expect(build(FILES)).toBe(text);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it("splits by team: a team's calendar has its people's windows and due days, and every blackout", () => {
    const policy = fixturePolicy();
    policy.changes.blackout = [{ start: '2026-12-24T00:00:00+09:00', end: '2026-12-26T00:00:00+09:00', reason: '연말 동결' }];
    const data = parse(build(FILES, policy, NOW, 'data'));
    const sre = parse(build(FILES, policy, NOW, 'sre'));
    expect(data.name).toContain('데이터플랫폼팀');
    expect(data.events.map((e) => e.categories)).toEqual(expect.arrayContaining(['change-window', 'action-item-due', 'blackout']));
    expect(data.events.some((e) => e.summary.includes('쿼리'))).toBe(true);
    expect(sre.events.some((e) => e.summary.includes('쿼리'))).toBe(false);
    expect(sre.events.filter((e) => e.categories !== 'routine-due').map((e) => e.summary)).toEqual(['조치 기한: 알림 임계값 조정', '변경 동결: 연말 동결']);
  });
});

describe('a policy time zone with daylight saving time (America/New_York)', () => {
  const policy = { ...fixturePolicy(), timezone: 'America/New_York' };
  // DST begins 2027-03-14 at 02:00 local: a window from 01:30 EST to 03:30 EDT lasts one hour.
  const files = {
    'incidents/2026/2026-11-20-payment-api-slow.mdx': INCIDENT.replace('due: 2026-12-10', 'due: 2027-03-14'),
    'changes/2026/2026-11-20-order-db-params.mdx': CHANGE.replace(
      'window: { start: 2026-12-02T01:00:00+09:00, end: 2026-12-02T03:00:00+09:00 }',
      'window: { start: 2027-03-14T01:30:00-05:00, end: 2027-03-14T03:30:00-04:00 }',
    ),
  };
  const now = Temporal.Instant.from('2027-03-13T23:30:00-05:00');
  const { events } = parse(build(files, policy, now));

  it('keeps the instants of a window across the switch', () => {
    const window = events.find((e) => e.categories === 'change-window')!;
    expect([window.start, window.end]).toEqual(['2027-03-14T06:30:00.000Z', '2027-03-14T07:30:00.000Z']);
  });

  it('puts a due day on the local day, and counts overdue by the local day', () => {
    const item = events.find((e) => e.summary.includes('알림 임계값'))!;
    expect([item.allDay, item.start, item.end]).toEqual([true, '2027-03-14', '2027-03-15']);
    // 23:30 on 13 March in New York is already 14 March in UTC and Seoul, but not yet the due day here.
    expect(item.summary.startsWith('[기한 초과]')).toBe(false);
  });

  it('dates routine periods by the local calendar: the March period is due on 31 March', () => {
    expect(events.find((e) => e.uid.startsWith('routine-backup-restore-test-2027-03@'))).toMatchObject({ allDay: true, start: '2027-03-31' });
  });
});
