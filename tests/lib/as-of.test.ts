/**
 * `--now` means "as of": an event stamped after it has not happened yet. The hand-built report handbook
 * (tests/reports/handbook.ts) read at instants inside its November records; expected values by hand.
 */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, test } from 'vitest';
import { actionItemStatusOn, executionAt, incidentStatusAt } from '../../src/lib/as-of.ts';
import { changeResultLabel } from '../../src/lib/labels.ts';
import { runCheck } from '../../src/lib/check.ts';
import { openActionItems } from '../../src/lib/follow/action-items.ts';
import { buildReportModels } from '../../src/lib/reports/model.ts';
import { isOverdue, overdueActionItems } from '../../src/site/status.ts';
import { FILES, incident, testHandbook } from '../reports/handbook.ts';

const at = (s: string) => Temporal.Instant.from(s);
const TZ = 'Asia/Seoul';
const day = (s: string) => Temporal.PlainDate.from(s);

describe('status as of --now, from the timestamps', () => {
  // Incident c of the report handbook: detected 20:00, acknowledged 20:05, mitigated 20:30, resolved 22:00.
  const c = {
    status: 'closed' as const,
    timeline: {
      started: '2026-11-20T20:00:00+09:00',
      detected: '2026-11-20T20:00:00+09:00',
      acknowledged: '2026-11-20T20:05:00+09:00',
      mitigated: '2026-11-20T20:30:00+09:00',
      resolved: '2026-11-20T22:00:00+09:00',
    },
    postmortem: { author: 'kim-minsu', published: '2026-11-24', reviewers: [], contributing_factors: [], went_well: [], went_poorly: [], got_lucky: [] },
  };
  test.each([
    ['2026-11-20T20:10:00+09:00', 'investigating'],
    ['2026-11-20T20:30:00+09:00', 'mitigated'], // at the very instant: it has happened
    ['2026-11-20T22:00:00+09:00', 'postmortem'], // resolved, closed later with the postmortem published on the 24th
    ['2026-11-23T23:59:00+09:00', 'postmortem'],
    ['2026-11-24T00:00:00+09:00', 'closed'],
  ])('at %s it is %s', (now, status) => {
    expect(incidentStatusAt(c, TZ, at(now))).toBe(status);
  });
  test('an action item closed after --now was open then', () => {
    const item = { status: 'done' as const, closed: '2026-11-25' };
    expect(actionItemStatusOn(item, day('2026-11-24'))).toBe('open');
    expect(actionItemStatusOn(item, day('2026-11-25'))).toBe('done');
    expect(actionItemStatusOn({ status: 'done' }, day('2000-01-01'))).toBe('done'); // no closed day: done all along
  });
});

describe('overdue as of --now', () => {
  const handbook = testHandbook();
  const policy = handbook.policy;
  const incidents = handbook.documents.filter((d) => d.kind === 'incident');
  // e's item: due 20 Oct, closed 3 Nov.
  const e = incidents.find((d) => d.id === 'e')!;
  const item = e.data.action_items[0]!;
  test('closed after --now and due before it: open and overdue at --now', () => {
    expect(isOverdue(policy, item, at('2026-10-25T12:00:00+09:00'))).toBe(true);
    expect(overdueActionItems(policy, [e], at('2026-10-25T12:00:00+09:00')).map((o) => o.daysLate)).toEqual([5]);
    expect(openActionItems(policy, [e], at('2026-10-25T12:00:00+09:00')).map((o) => [o.title, o.overdue])).toEqual([['넷째', true]]);
  });
  test('closed after --now but due after it too: open, not overdue', () => {
    expect(isOverdue(policy, item, at('2026-10-15T12:00:00+09:00'))).toBe(false);
    expect(openActionItems(policy, [e], at('2026-10-15T12:00:00+09:00')).map((o) => o.overdue)).toEqual([false]);
  });
  test('closed by --now: neither open nor overdue', () => {
    expect(isOverdue(policy, item, at('2026-11-03T12:00:00+09:00'))).toBe(false);
    expect(openActionItems(policy, [e], at('2026-11-03T12:00:00+09:00'))).toEqual([]);
  });
  test('the overdue finding speaks of the item open at --now, not of a closing still to come', () => {
    const messages = (now: string) =>
      runCheck(handbook, { now: at(now) })
        .filter((d) => d.rule === 'incident/action-item-overdue' && d.file === 'content/incidents/2026/e.mdx')
        .map((d) => d.message);
    expect(messages('2026-10-15T12:00:00+09:00')).toEqual([]);
    expect(messages('2026-10-25T12:00:00+09:00')).toEqual(['Expected action item "넷째" done by 2026-10-20, found it open 5 days later']);
    expect(messages('2026-11-26T12:00:00+09:00')).toEqual(['Expected action item "넷째" done by 2026-10-20, found it closed on 2026-11-03']);
  });
});

describe('report figures as of --now', () => {
  const handbook = testHandbook();
  const modelAt = (now: string, cadence: 'daily' | 'monthly', period: string) =>
    buildReportModels({ policy: handbook.policy, documents: handbook.documents, diagnostics: [], now: at(now) })[cadence].find((m) => m.period === period)!;

  test('an incident not yet acknowledged or resolved at --now is pending and unresolved', () => {
    // 20:03: c detected 20:00, acknowledged 20:05 (later), P1 response time 15 min → still inside it.
    const f = modelAt('2026-11-20T20:03:00+09:00', 'daily', '2026-11-20').figures.incidents;
    expect(f.unresolved).toBe(1);
    expect(f.bySeverity.P1.mttaMinutes).toBeNull();
    expect(f.bySeverity.P1.mttrMinutes).toBeNull();
    expect(f.sla).toMatchObject({ met: 0, breached: 0, pending: 1 });
    expect(f.items.map((i) => [i.id, i.status])).toEqual([['c', 'investigating']]);
  });
  test('the same day read later has the real acknowledgement and resolution', () => {
    const f = modelAt('2026-11-20T23:00:00+09:00', 'daily', '2026-11-20').figures.incidents;
    expect(f.unresolved).toBe(0);
    expect(f.bySeverity.P1.mttaMinutes).toBe(5);
    expect(f.bySeverity.P1.mttrMinutes).toBe(120);
    expect(f.items.map((i) => i.status)).toEqual(['resolved']);
  });
  test('a change run after --now has no result yet', () => {
    // x: requested 19 Nov 10:00, executed 20 Nov 19:00; at 20 Nov 18:00 it has not run. It counts on its
    // executed day, so the 20th's page lists it as pending.
    const f = modelAt('2026-11-20T18:00:00+09:00', 'daily', '2026-11-20').figures.changes;
    expect(f.byResult.pending).toBe(1);
    expect(f.leadTimeMinutes).toBeNull();
    expect(f.items.map((i) => i.result)).toEqual([null]);
  });
});

describe('incident/status-agrees', () => {
  const files = {
    ...FILES,
    'incidents/2026/s.mdx': incident({
      severity: 'P3',
      detected: '2026-11-21T10:00:00+09:00',
      acknowledged: '2026-11-21T10:10:00+09:00',
      resolved: '2026-11-21T11:00:00+09:00',
    }).replace('status: resolved', 'status: investigating'),
  };
  const findings = (now: string) =>
    runCheck(testHandbook(files), { now: at(now) })
      .filter((d) => d.rule === 'incident/status-agrees')
      .map((d) => `${d.file}:${d.line} ${d.severity}`);
  test('"investigating" with a resolution on or before --now is an error', () => {
    expect(findings('2026-11-21T11:00:00+09:00')).toEqual(['content/incidents/2026/s.mdx:4 error']);
  });
  test('before the resolution, the stored status is no contradiction', () => {
    expect(findings('2026-11-21T10:59:00+09:00')).toEqual([]);
  });
});

describe('a change as of now', () => {
  const change = { executed_at: '2026-11-03T22:10:00+09:00', result: 'succeeded' as const };
  test('has no result before it ran, and says so', () => {
    const before = executionAt(change, Temporal.Instant.from('2026-11-03T22:00:00+09:00'));
    expect(before).toEqual({});
    expect(changeResultLabel(before)).toBe('미실행');
  });
  test('has its result once it ran, or says none was recorded', () => {
    const after = Temporal.Instant.from('2026-11-04T00:00:00+09:00');
    expect(changeResultLabel(executionAt(change, after))).toBe('성공');
    expect(changeResultLabel(executionAt({ executed_at: change.executed_at }, after))).toBe('결과 미기록');
  });
});
