/**
 * The report figures of a small hand-built handbook (tests/reports/handbook.ts). Every expected number
 * is worked out by hand from the records, in the comment next to it, never by calling the code.
 */
import { describe, expect, test } from 'vitest';
import { buildReportModels, type ReportModel } from '../../src/lib/reports/model.ts';
import { FILES, NOW, publicDocuments, testHandbook } from './handbook.ts';

const handbook = testHandbook();
const models = buildReportModels({ policy: handbook.policy, documents: publicDocuments(handbook.documents), diagnostics: [], now: NOW });
const restricted = buildReportModels({ policy: handbook.policy, documents: handbook.documents, diagnostics: [], now: NOW });
const model = (m: typeof models, cadence: keyof typeof models, period: string): ReportModel => {
  const found = m[cadence].find((x) => x.period === period);
  if (!found) throw new Error(`no ${cadence} ${period}`);
  return found;
};
const november = model(models, 'monthly', '2026-11');

describe('incidents (public build, November 2026)', () => {
  const f = november.figures.incidents;
  test('counts by severity and scenario leave the restricted incident out', () => {
    // a (P2), b (P2), c (P1); d is restricted; e is October.
    expect(f.total).toBe(3);
    expect([f.bySeverity.P1.count, f.bySeverity.P2.count, f.bySeverity.P3.count, f.bySeverity.P4.count]).toEqual([1, 2, 0, 0]);
    expect(f.byScenario['db-replica-failure']).toBe(1); // a
    expect(f.byScenario['db-primary-failure']).toBe(1); // c
    expect(f.byScenario.unclassified).toBe(1); // b
    expect(f.items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });
  test('MTTA and MTTR per severity, in minutes', () => {
    expect(f.bySeverity.P2.mttaMinutes).toBe(32.5); // (20 + 45) / 2
    expect(f.bySeverity.P2.mttrMinutes).toBe(85); // (120 + 50) / 2
    expect(f.bySeverity.P1.mttaMinutes).toBe(5);
    expect(f.bySeverity.P1.mttrMinutes).toBe(120); // 20:00 → 22:00
    expect(f.bySeverity.P3.mttaMinutes).toBeNull();
  });
  test('response SLA and escalation adherence', () => {
    // a 20 ≤ 30 met, b 45 > 30 breached, c 5 ≤ 15 met → 2 of 3.
    expect(f.sla).toEqual({ met: 2, breached: 1, pending: 0, adherencePct: 66.7 });
    // a: unresolved at +1 h, team-lead at +50 min → on time. b: resolved at +50 min, before the delay → not needed.
    // c: P1 "at once" (within 15 min): team-lead +10 min, CTO +20 min → late.
    expect(f.escalation).toEqual({ required: 2, onTime: 1, late: 1, missing: 0, pending: 0, adherencePct: 50 });
  });
  test('the restricted audience counts the security incident', () => {
    const all = model(restricted, 'monthly', '2026-11').figures.incidents;
    expect(all.total).toBe(4);
    expect(all.bySeverity.P2.count).toBe(3);
    expect(all.security).toBe(1);
    expect(november.figures.incidents.security).toBe(0);
  });
  test('the change against the previous period', () => {
    // October has only e.
    expect(november.deltas['incidents.total']).toBe(2);
    expect(november.deltas['incidents.bySeverity.P3.count']).toBe(-1);
    // October had no P2 incident, so no P2 MTTR to compare with: "—", not "unchanged" and not "+85".
    expect(november.deltas['incidents.bySeverity.P2.mttrMinutes']).toBeNull();
    // November has no P3 MTTR (October's e is the only P3): no delta at all.
    expect('incidents.bySeverity.P3.mttrMinutes' in november.deltas).toBe(false);
  });
  test('median MTTR beside the mean', () => {
    expect(f.bySeverity.P2.mttrMedianMinutes).toBe(85); // median of 50 and 120 = (50 + 120) / 2
    expect(f.bySeverity.P1.mttrMedianMinutes).toBe(120);
    expect(f.bySeverity.P3.mttrMedianMinutes).toBeNull();
  });
});

describe('changes (November 2026)', () => {
  const f = november.figures.changes;
  test('by type and result', () => {
    expect(f.total).toBe(4);
    expect(f.byType).toEqual({ standard: 1, normal: 2, emergency: 1 }); // z; x, w; y
    expect(f.byResult).toEqual({ succeeded: 2, failed: 0, 'rolled-back': 1, pending: 1 }); // x, y; z; w
  });
  test('change failure rate and time to restore', () => {
    // x caused c, z rolled back: 2 failures of the 3 with a result.
    expect(f.failures).toBe(2);
    expect(f.failureRatePct).toBe(66.7);
    // x: c started 20:00, mitigated 20:30; z has no incident and no restore time.
    expect(f.restoreMinutes).toBe(30);
    expect(f.restoreMedianMinutes).toBe(30);
  });
  test('lead time for changes, requested → executed, over the executed changes', () => {
    // x: 19 Nov 10:00 → 20 Nov 19:00 = 1,980 min; y: 01:00 → 02:00 = 60; z: 09:00 → 10:00 = 60; w not run.
    expect(f.leadTimeMinutes).toBe(700); // (1980 + 60 + 60) / 3
    expect(f.leadTimeMedianMinutes).toBe(60);
  });
  test('emergency share and late post-documentation', () => {
    expect(f.emergencySharePct).toBe(25); // 1 of 4
    expect(f.emergencyLate).toBe(1); // y: 49 h after execution, deadline 48 h
  });
});

describe('action items', () => {
  test('opened with their incidents, closed by day, overdue on the last day (or today)', () => {
    // Opened: a's two + c's one. Closed in November: a's second (18 Nov) and e's (3 Nov).
    // Overdue on 26 Nov (today): a's first (due 15 Nov, open). e's closed 3 Nov; c's is due 10 Dec.
    expect(november.figures.actionItems).toEqual({ opened: 3, closed: 2, overdue: 1 });
    // On 31 Oct e's item (due 20 Oct, closed 3 Nov) was overdue.
    expect(model(models, 'monthly', '2026-10').figures.actionItems).toEqual({ opened: 1, closed: 0, overdue: 1 });
  });
  test('an item is overdue from the day after its due date', () => {
    expect(model(models, 'daily', '2026-11-15').figures.actionItems.overdue).toBe(0);
    expect(model(models, 'daily', '2026-11-16').figures.actionItems.overdue).toBe(1);
  });
});

describe('routines', () => {
  test('a month: one occurrence of each monthly routine', () => {
    // October: restore test none (missed), vulnerability scan failed.
    const oct = model(models, 'monthly', '2026-10').figures.routines;
    expect([oct.due, oct.done, oct.failed, oct.missed, oct.pending]).toEqual([2, 0, 1, 1, 0]);
    // November (in progress): restore test passed, vulnerability scan not yet done.
    const nov = november.figures.routines;
    expect([nov.due, nov.done, nov.failed, nov.missed, nov.pending]).toEqual([2, 1, 0, 0, 1]);
  });
  test('a quarter: its months and its own quarterly routines', () => {
    // Q4 so far: restore Oct missed, Nov done; scan Oct failed, Nov pending; access review and failover drill pending.
    const q4 = model(models, 'quarterly', '2026-Q4').figures.routines;
    expect([q4.due, q4.done, q4.failed, q4.missed, q4.pending]).toEqual([6, 1, 1, 1, 3]);
    // Q3: nothing recorded: 3 + 3 monthly and 2 quarterly occurrences missed.
    const q3 = model(models, 'quarterly', '2026-Q3').figures.routines;
    expect([q3.due, q3.missed]).toEqual([8, 8]);
  });
});

describe('runbook freshness', () => {
  test('counted on the period’s last day or today', () => {
    // 26 Nov: r1 (expires 30 Nov, warning from 16 Nov) expiring; r2 (expired 30 Aug) expired.
    expect(november.figures.runbooks).toMatchObject({ total: 2, fresh: 0, expiring: 1, expired: 1, unknown: 0, freshPct: 50 });
    // 31 Aug: r1 was reviewed later (unknown then); r2 expired the day before.
    expect(model(models, 'monthly', '2026-08').figures.runbooks).toMatchObject({ fresh: 0, expired: 1, unknown: 1, freshPct: 0 });
    // 10 Nov: r1 fresh.
    expect(model(models, 'daily', '2026-11-10').figures.runbooks.fresh).toBe(1);
  });
});

describe('human-supplied figures', () => {
  test('backup checks of the daily reports over the days so far', () => {
    // Week 48 = 23–29 Nov; today is the 26th: 4 days, 2 reports; full only on the 24th, incremental both.
    const f = model(models, 'weekly', '2026-W48').figures.daily;
    expect(f.days).toBe(4);
    expect(f.reported).toBe(2);
    expect(f.backups).toMatchObject({ full: 1, incremental: 2, config: 1, fullPct: 25, incrementalPct: 50 });
    expect(f.alerts).toEqual({ total: 5, critical: 1 });
  });
  test('weekly performance against the alert thresholds', () => {
    // W47: CPU max 80 = threshold 80 (not above), p95 900 > 800, error rate 1.2 > 1 → 2 breaches.
    const w47 = model(models, 'weekly', '2026-W47');
    const checks = Object.fromEntries(w47.figures.performance!.weeks[0]!.checks.map((c) => [c.metric, c.breached]));
    expect(checks).toEqual({ cpu_pct: false, memory_pct: false, disk_pct: false, response_p95_ms: true, error_rate_pct: true });
    expect(w47.figures.performance!.summary.breaches).toBe(2);
    expect(w47.deltas['performance.summary.p95Max']).toBe(300); // 900 − 600 (W46)
    // The trend ends with this week and shows the weeks without a report as gaps.
    expect(w47.trend.map((t) => [t.week, t.performance?.figures.response_ms.p95 ?? null])).toEqual([
      ['2026-W40', null],
      ['2026-W41', null],
      ['2026-W42', null],
      ['2026-W43', null],
      ['2026-W44', null],
      ['2026-W45', null],
      ['2026-W46', 600],
      ['2026-W47', 900],
    ]);
  });
  test('monthly security figures, and a quarter sums its months', () => {
    expect(november.figures.security).toMatchObject({ vulnerabilities: { critical: 0, high: 3 }, securityEvents: 4, mfaCoveragePct: 95 });
    expect(november.deltas['security.securityEvents']).toBe(-6); // 4 − 10
    // Q4: Oct + Nov; MFA is the latest month's level, not a sum.
    expect(model(models, 'quarterly', '2026-Q4').figures.security).toMatchObject({
      reports: 2,
      vulnerabilities: { critical: 1, high: 5 },
      securityEvents: 14,
      apiKeysRotated: 2,
      mfaCoveragePct: 95,
    });
  });
});

test('the hand-built handbook holds what the comments above assume', () => {
  expect(Object.keys(FILES)).toHaveLength(19);
  expect(handbook.documents.filter((d) => d.visibility === 'restricted').map((d) => d.id)).toEqual(['d-secret']);
});
