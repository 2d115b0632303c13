/**
 * The "truth" fixture (tests/fixtures/truth/): five incidents transcribed in the shape of real public
 * postmortems — a network partition that caused a cross-site DB failover and write inconsistency, a
 * config push that degraded service for hours before becoming P1, a replica clean-up that deleted the
 * primary's data (two days, partial data loss), a DNS change raised to P2 before anyone acknowledged it,
 * a leaking release lowered from P1 to P2 once reads were back — with their changes. Every figure below
 * was counted by hand from the records; the working is in the comments.
 */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check.ts';
import type { HandbookDocument } from '../../src/lib/handbook.ts';
import { impactDuration, incidentScenarios } from '../../src/lib/incident.ts';
import { causedIncidentsIndex, changeFigures } from '../../src/lib/metrics/changes.ts';
import { incidentFigures } from '../../src/lib/metrics/incidents.ts';
import { loadHandbook } from '../../src/node/load-handbook.ts';

import { I1, I2, I3, I4, I5, TRUTH_NOW, TRUTH_ROOT } from './fixture.ts';

const now = Temporal.Instant.from(TRUTH_NOW);

async function load() {
  const handbook = await loadHandbook(TRUTH_ROOT);
  const incidents = handbook.documents.filter((d): d is HandbookDocument<'incident'> => d.kind === 'incident');
  const changes = handbook.documents.filter((d): d is HandbookDocument<'change'> => d.kind === 'change');
  return { handbook, incidents, changes, byId: (id: string) => incidents.find((i) => i.id === id)! };
}

describe('the truth fixture', () => {
  it('keeps every incident as written: several scenarios, a severity history, the authors\u2019 offsets', async () => {
    const { incidents, byId } = await load();
    expect(incidents).toHaveLength(5);
    for (const i of incidents) {
      expect(incidentScenarios(i.data).length, i.id).toBeGreaterThanOrEqual(2);
      expect(i.data.severity_history.length, i.id).toBeGreaterThanOrEqual(2);
      expect(i.data.impact.recovery.length, i.id).toBeGreaterThanOrEqual(3);
    }
    // Offsets stay as written: UTC for the first, Pacific time for the second.
    expect(byId(I1).data.timeline.started).toBe('2024-05-06T13:52:00Z');
    expect(byId(I2).data.timeline.detected).toBe('2024-05-14T09:20:00-07:00');
    expect(byId(I3).data.timeline.started).toBe('~2024-06-03T20:40+09:00');
  });

  it('reports exactly the findings the records earn', async () => {
    const { handbook } = await load();
    const diagnostics = runCheck(handbook, { now });
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const got = diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}`);
    expect(got).toEqual([
      // I1 cites the runbooks of two of its three scenarios, not db-replication-lag's.
      `content/incidents/2024/${I1}.mdx:39 incident/runbook-used`,
      // I1's detection alert (due 2024-06-01) is still open on 2024-06-28.
      `content/incidents/2024/${I1}.mdx:42 incident/action-item-overdue`,
      // I2 became P1 at 13:00 PDT, so the CTO was due by 13:15 PDT (05:15 KST); called around 13:40.
      `content/incidents/2024/${I2}.mdx:23 incident/escalation`,
      // I2 (P1) has detect and process items only.
      `content/incidents/2024/${I2}.mdx:38 incident/preventive-action`,
      // I4: P3 at 14:00 (due 16:00), P2 at 14:20 before acknowledgement (due 14:50), acknowledged 15:00.
      `content/incidents/2024/${I4}.mdx:15 incident/response-sla`,
      // I5's preventive lint rule was due 2024-06-25.
      `content/incidents/2024/${I5}.mdx:36 incident/action-item-overdue`,
      // Runbooks used in P1/P2s and not reviewed within 14 days of the latest one's resolution.
      'content/runbooks/app-slow-response.mdx:7 runbook/reviewed-after-incident',
      'content/runbooks/db-primary-failure.mdx:7 runbook/reviewed-after-incident',
      'content/runbooks/db-replication-lag.mdx:7 runbook/reviewed-after-incident',
    ]);
    const message = (rule: string, file: string) => diagnostics.find((d) => d.rule === rule && d.file.includes(file))!.message;
    expect(message('incident/escalation', I2)).toBe(
      'Expected escalation to cto by 2024-05-15 05:15 for the incident once it was P1, found it at 2024-05-15 05:40; computed from approximate times (escalations[1].at ~2024-05-15 05:40)',
    );
    expect(message('incident/response-sla', I4)).toBe(
      'Expected a P2 incident to be acknowledged within 30 min of becoming P2 at 2024-06-10 14:20 (by 2024-06-10 14:50), found 40 min',
    );
    expect(message('runbook/reviewed-after-incident', 'db-primary-failure')).toContain(`incident ${I3} (resolved 2024-06-05), by 2024-06-19`);
  });

  it('measures the impact from the outage and degradation windows', async () => {
    const { byId } = await load();
    const minutes = (id: string) => {
      const d = impactDuration(byId(id).data, now)!;
      return { total: d.total, outage: d.outage, degradation: d.degradation, approximate: d.approximate };
    };
    // I1: degraded 13:52Z → 05:30Z next day (15 h 38 min = 938); the 50-minute write outage lies inside it.
    expect(minutes(I1)).toEqual({ total: 938, outage: 50, degradation: 938, approximate: false });
    // I2: degraded 09:00–13:00 (240), down 13:00–15:30 (150), degraded again 15:30–17:00 (90): 480, though started → mitigated is 390.
    expect(minutes(I2)).toEqual({ total: 480, outage: 150, degradation: 330, approximate: false });
    // I3: ~20:40–23:30 (170) + down 23:30–17:00 (1050) + 17:00–12:00 next day (1140) = 2360, from an approximate start.
    expect(minutes(I3)).toEqual({ total: 2360, outage: 1050, degradation: 1310, approximate: true });
    // I4: degraded 13:40–18:00.
    expect(minutes(I4)).toEqual({ total: 260, outage: 0, degradation: 260, approximate: false });
    // I5: down ~22:50–23:40 (50), writes slow to 00:30 (50).
    expect(minutes(I5)).toEqual({ total: 100, outage: 50, degradation: 50, approximate: true });
  });

  it('counts incidents under the highest severity reached, with hand-counted MTTA, MTTR and adherence', async () => {
    const { incidents, handbook } = await load();
    const f = incidentFigures(handbook.policy, incidents, now);
    // P1: I1, I2, I3 (both raised to P1) and I5 (P1 first, lowered to P2); P2: I4.
    expect(f.bySeverity.P1.count).toBe(4);
    expect(f.bySeverity.P2.count).toBe(1);
    expect(f.bySeverity.P3.count).toBe(0);
    // MTTA P1: (6 + 70 + 10 + 7) / 4 = 23.25 → 23.3; MTTR P1: (1438 + 1420 + 2340 + 235) / 4 = 1358.25 → 1358.3.
    expect(f.bySeverity.P1.mttaMinutes).toBe(23.3);
    expect(f.bySeverity.P1.mttrMinutes).toBe(1358.3);
    // P2 (I4): acknowledged 60 min after detection, resolved 1200 min after it.
    expect(f.bySeverity.P2.mttaMinutes).toBe(60);
    expect(f.bySeverity.P2.mttrMinutes).toBe(1200);
    // Response SLA: only I4 breached (I2 was acknowledged while still P3, so P1's clock never applied to it).
    expect(f.sla).toEqual({ met: 4, breached: 1, pending: 0, adherencePct: 80 });
    // Escalation: I2's CTO call was late; the other four were on time.
    expect(f.escalation).toMatchObject({ required: 5, onTime: 4, late: 1, missing: 0, adherencePct: 80 });
    // By primary scenario: one each.
    expect(f.byScenario).toMatchObject({ 'net-disconnect': 1, 'app-slow-response': 1, 'db-replication-lag': 1, 'net-latency': 1, 'app-memory-leak': 1 });
  });

  it('has the hand-counted change failure rate and time to restore', async () => {
    const { incidents, changes, handbook } = await load();
    const f = changeFigures(handbook.policy, changes, causedIncidentsIndex(incidents), now);
    expect(f.total).toBe(7);
    // Failures: the optic swap (caused I1), the config push (rolled back, caused I2), the DNS change (caused I4), the release (failed, caused I5): 4 / 7.
    expect(f.failures).toBe(4);
    expect(f.failureRatePct).toBe(57.1);
    // Time to restore, started → mitigated of the incident each caused: (938 + 390 + 260 + 100) / 4 = 422.
    expect(f.restoreMinutes).toBe(422);
    expect(f.emergencySharePct).toBe(14.3);
  });
});
