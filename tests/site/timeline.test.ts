/**
 * The incident timeline's escalation mark agrees with the check (src/lib/sla.ts): an "immediate" (즉시)
 * P1 escalation within the response time is on time, not late; one after it, or a missing one, is late.
 */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { incidentEscalation } from '../../src/lib/rules/incident-escalation.ts';
import { exampleIncident } from '../../src/lib/rules/incident-example.ts';
import { incidentTimeline } from '../../src/site/timeline.ts';
import { responseVerdicts } from '../../src/lib/metrics/incidents.ts';
import { runRule } from '../rules/helpers.ts';

const FILE = 'incidents/2026/2026-11-02-payment-api-slow.mdx';
const NOW = Temporal.Instant.from('2026-12-01T09:00:00+09:00');

/** A P1 detected at 10:05 (response time 15 min, escalation "즉시" to CTO and team lead). */
async function p1(escalations: string) {
  const { handbook, findings } = await runRule(incidentEscalation, { [FILE]: exampleIncident({ 'severity: P3': 'severity: P1' }, escalations) });
  const incident = handbook.documents.find((d) => d.kind === 'incident')!;
  const geometry = incidentTimeline(incident.data as never, handbook.policy, NOW);
  return { mark: geometry.lines.find((l) => l.kind === 'escalation-due'), findings };
}

describe('the escalation mark on the timeline', () => {
  it('an immediate escalation 10 minutes after detection is on time, as the check says', async () => {
    const { mark, findings } = await p1('escalations:\n  - { to: cto, at: 2026-11-02T10:15:00+09:00 }\n  - { to: team-lead, at: 2026-11-02T10:15:00+09:00 }');
    expect(findings).toEqual([]);
    expect(mark).toMatchObject({ missed: false });
  });

  it('one after the response time is late on both', async () => {
    const { mark, findings } = await p1('escalations:\n  - { to: cto, at: 2026-11-02T10:40:00+09:00 }\n  - { to: team-lead, at: 2026-11-02T10:15:00+09:00 }');
    expect(findings.length).toBe(1);
    expect(mark).toMatchObject({ missed: true });
  });
});

describe('a severity change on the timeline', () => {
  /** A P3 detected at 10:05 that became P1 at 11:00, escalated at 11:10: on time for P1 (due 11:15). */
  async function raised(escalations: string) {
    const text = exampleIncident(
      { 'severity: P3': 'severity: P1', 'acknowledged: 2026-11-02T10:10:00+09:00': 'acknowledged: ~2026-11-02T10:10+09:00' },
      `severity_history:\n  - { level: P3, at: 2026-11-02T10:05:00+09:00 }\n  - { level: P1, at: 2026-11-02T11:00:00+09:00 }\n${escalations}`,
    );
    const { handbook, findings } = await runRule(incidentEscalation, { [FILE]: text });
    const incident = handbook.documents.find((d) => d.kind === 'incident')!;
    return { geometry: incidentTimeline(incident.data as never, handbook.policy, NOW), findings };
  }

  it('marks the change, draws P1’s escalation deadline from when it was reached, and says 약 for approximate times', async () => {
    const { geometry, findings } = await raised(
      'escalations:\n  - { to: cto, at: 2026-11-02T11:10:00+09:00 }\n  - { to: team-lead, at: 2026-11-02T11:10:00+09:00 }',
    );
    expect(findings).toEqual([]);
    expect(geometry.escalations.find((e) => e.key === 'level-1')).toMatchObject({ label: '레벨 → P1', time: '11:00' });
    expect(geometry.lines.find((l) => l.kind === 'escalation-due')).toMatchObject({ label: '에스컬레이션 기한 11:15', missed: false });
    expect(geometry.marks.find((m) => m.key === 'acknowledged')).toMatchObject({ time: '약 10:10' });
  });

  it('is late when the P1 escalation came after P1’s deadline, as the check says', async () => {
    const { geometry, findings } = await raised(
      'escalations:\n  - { to: cto, at: 2026-11-02T11:30:00+09:00 }\n  - { to: team-lead, at: 2026-11-02T11:10:00+09:00 }',
    );
    expect(findings.length).toBe(1);
    expect(geometry.lines.find((l) => l.kind === 'escalation-due')).toMatchObject({ missed: true });
  });
});

describe('the response deadline on the timeline', () => {
  /** A P3 detected at 10:05 and not yet acknowledged, looked at `now`. */
  async function open(now: string) {
    const text = exampleIncident({
      'status: resolved': 'status: investigating',
      '  acknowledged: 2026-11-02T10:10:00+09:00\n': '',
      '  resolved: 2026-11-02T12:00:00+09:00\n': '',
    });
    const { handbook } = await runRule(incidentEscalation, { [FILE]: text });
    const incident = handbook.documents.find((d) => d.kind === 'incident')!.data as never;
    const at = Temporal.Instant.from(now);
    return {
      line: incidentTimeline(incident, handbook.policy, at).lines.find((l) => l.kind === 'sla'),
      verdicts: responseVerdicts(handbook.policy, incident, at),
    };
  }

  it('is still running, not missed, while an open incident is inside it', async () => {
    const { line, verdicts } = await open('2026-11-02T10:07:00+09:00');
    expect(verdicts.sla).toBe('pending');
    expect(line).toMatchObject({ missed: false });
  });

  it('is breached once it has passed without an acknowledgement, as the reports count it', async () => {
    const { line, verdicts } = await open('2026-11-03T10:00:00+09:00');
    expect(verdicts.sla).toBe('breached');
    expect(line).toMatchObject({ missed: true });
  });
});
