/**
 * What an incident record says once its richer fields are read: approximate times (a documented YAML
 * form with line-accurate errors), the author's offset kept and shown, severity periods and the
 * deadlines each level starts, and impact minutes from the windows.
 */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { exampleIncident } from '../../src/lib/rules/incident-example.ts';
import { impactDuration, severityPeriods } from '../../src/lib/incident.ts';
import { escalationsOwed, responseDue } from '../../src/lib/sla.ts';
import { exactText, instant, isApproximate, writtenClock } from '../../src/lib/time.ts';
import { whenWritten } from '../../src/site/format.ts';
import { checkFiles, fixturePolicy } from '../helpers/handbook.ts';

const NOW = Temporal.Instant.from('2026-12-01T09:00:00+09:00');
const incidentOf = (text: string) => {
  const { handbook, diagnostics } = checkFiles({ 'incidents/2026/a.mdx': text });
  const doc = handbook.documents.find((d) => d.kind === 'incident');
  return { data: doc?.kind === 'incident' ? doc.data : undefined, diagnostics };
};

describe('approximate timestamps', () => {
  it('are written with a leading ~ and read as the instant after it', () => {
    expect(isApproximate('~2026-11-02T10:05+09:00')).toBe(true);
    expect(exactText('~2026-11-02T10:05+09:00')).toBe('2026-11-02T10:05+09:00');
    expect(instant('~2026-11-02T10:05+09:00').equals(instant('2026-11-02T10:05:00+09:00'))).toBe(true);
    const { data, diagnostics } = incidentOf(exampleIncident({ 'started: 2026-11-02T10:00:00+09:00': 'started: ~2026-11-02T09:55+09:00' }));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(data!.timeline.started).toBe('~2026-11-02T09:55+09:00');
  });

  it('that do not parse after the ~ are reported on their line, saying the ~ was read', () => {
    const { diagnostics } = incidentOf(exampleIncident({ 'detected: 2026-11-02T10:05:00+09:00': 'detected: ~2026-11-02 10:05' }));
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.line}: ${d.rule}`)).toEqual(['10: document/schema']);
    expect(errors[0]!.message).toContain('after "~", which marks it approximate');
    expect(errors[0]!.message).toContain('timeline.detected');
  });

  it('are shown as 약 on pages, with the author’s clock when the offset differs from the policy zone', () => {
    const policy = fixturePolicy();
    expect(whenWritten(policy, '~2026-11-02T10:05+09:00')).toBe('약 2026-11-02 10:05');
    expect(whenWritten(policy, '2026-11-02T01:05:00Z')).toBe('2026-11-02 10:05 (원문 01:05Z)');
    expect(whenWritten(policy, '2026-11-01T17:05:00-08:00')).toBe('2026-11-02 10:05 (원문 17:05-08:00)');
    expect(whenWritten(policy, '2026-11-02T10:05:00+09:00')).toBe('2026-11-02 10:05');
    expect(writtenClock('Asia/Seoul', '2026-11-02T10:05:00+09:00')).toBeUndefined();
  });
});

describe('severity history', () => {
  const raised = (acknowledged: string) =>
    exampleIncident(
      { 'severity: P3': 'severity: P1', 'acknowledged: 2026-11-02T10:10:00+09:00': `acknowledged: ${acknowledged}` },
      'severity_history:\n  - { level: P3, at: 2026-11-02T10:05:00+09:00 }\n  - { level: P1, at: 2026-11-02T11:00:00+09:00 }',
    );

  it('gives each level a period from when it was reached', () => {
    const { data } = incidentOf(raised('2026-11-02T10:10:00+09:00'));
    expect(severityPeriods(data!).map((p) => `${p.level}@${p.from.toString()}`)).toEqual(['P3@2026-11-02T01:05:00Z', 'P1@2026-11-02T02:00:00Z']);
  });

  it('does not restart the response clock for a level reached after acknowledgement', () => {
    const policy = fixturePolicy();
    // Acknowledged at 10:10 while P3 (due 12:05): P1's 11:15 deadline does not apply.
    expect(responseDue(policy, incidentOf(raised('2026-11-02T10:10:00+09:00')).data!)).toMatchObject({ level: 'P3' });
    expect(responseDue(policy, incidentOf(raised('2026-11-02T10:10:00+09:00')).data!).deadline.toString()).toBe('2026-11-02T03:05:00Z');
    // Unacknowledged when it became P1: due 15 minutes after 11:00.
    const late = responseDue(policy, incidentOf(raised('2026-11-02T11:20:00+09:00')).data!);
    expect([late.level, late.deadline.toString()]).toEqual(['P1', '2026-11-02T02:15:00Z']);
  });

  it('owes the higher level’s escalation from when it was reached', () => {
    const owed = escalationsOwed(fixturePolicy(), incidentOf(raised('2026-11-02T10:10:00+09:00')).data!, NOW);
    expect(owed.map((o) => `${o.role} by ${o.deadline.toString()} (${o.level})`)).toEqual([
      'cto by 2026-11-02T02:15:00Z (P1)',
      'team-lead by 2026-11-02T02:15:00Z (P1)',
    ]);
  });

  it('is an error when severity is not the highest level reached', () => {
    const { diagnostics } = incidentOf(raised('2026-11-02T10:10:00+09:00').replace('severity: P1', 'severity: P3'));
    expect(diagnostics.filter((d) => d.rule === 'incident/severity-history').map((d) => `${d.line}: ${d.message}`)).toEqual([
      '3: Expected severity: P1, the highest level in severity_history (P3 → P1); an incident is counted under the highest level it reached',
    ]);
  });
});

describe('impact minutes', () => {
  it('are started → mitigated without windows, and the union of the windows with them', () => {
    const plain = incidentOf(
      exampleIncident({ 'resolved: 2026-11-02T12:00:00+09:00': 'mitigated: 2026-11-02T11:00:00+09:00\n  resolved: 2026-11-02T12:00:00+09:00' }),
    ).data!;
    expect(impactDuration(plain, NOW)).toMatchObject({ total: 60, source: 'timeline' });
    const windows = incidentOf(
      exampleIncident({
        'impact: { summary: 결제 지연 }': `impact:
  summary: 결제 지연
  outages:
    - { start: 2026-11-02T10:00:00+09:00, end: 2026-11-02T10:30:00+09:00 }
  degradations:
    - { start: 2026-11-02T10:20:00+09:00, end: 2026-11-02T11:00:00+09:00 }
    - { start: 2026-11-02T11:30:00+09:00 }`,
      }),
    ).data!;
    // 10:00–11:00 (overlap once) + 11:30 → resolved 12:00 (open window) = 90.
    expect(impactDuration(windows, NOW)).toEqual({ total: 90, outage: 30, degradation: 70, source: 'windows', approximate: false });
  });

  it('read the old boolean data_loss and the detailed form', () => {
    expect(incidentOf(exampleIncident({ 'impact: { summary: 결제 지연 }': 'impact: { summary: 결제 지연, data_loss: true }' })).data!.impact.data_loss).toBe(
      true,
    );
    const detailed = incidentOf(
      exampleIncident({ 'impact: { summary: 결제 지연 }': 'impact:\n  summary: 결제 지연\n  data_loss: { amount: 주문 12건, recovered: yes }' }),
    ).data!;
    expect(detailed.impact.data_loss).toEqual({ amount: '주문 12건', recovered: 'yes' });
  });
});

describe('the old single scenario', () => {
  it('still reads, counts as the scenarios list, and warns on its line with what to write', () => {
    const { data, diagnostics } = incidentOf(exampleIncident({}, 'scenario: db-primary-failure'));
    expect(data!.scenario).toBe('db-primary-failure');
    const warnings = diagnostics.filter((d) => d.severity === 'warning' || d.severity === 'error');
    expect(warnings.map((d) => `${d.file}:${d.line} ${d.rule} ${d.message}`)).toEqual([
      'content/incidents/2026/a.mdx:14 incident/deprecated-field "scenario" is deprecated; replace the line "scenario: db-primary-failure" with "scenarios: [db-primary-failure]" (list further scenarios after it, the primary first)',
    ]);
  });
});

describe('the documents API', () => {
  it('is version 2 and gives an incident written the old way the new shape', async () => {
    const { API_VERSION, apiDocument } = await import('../../src/site/api.ts');
    expect(API_VERSION).toBe(2);
    const { handbook } = checkFiles({ 'incidents/2026/a.mdx': exampleIncident({}, 'scenario: db-primary-failure') });
    const doc = handbook.documents.find((d) => d.kind === 'incident')!;
    const api = apiDocument(doc, handbook.policy, '/', () => false, NOW);
    expect(api.data).toMatchObject({ scenarios: ['db-primary-failure'] });
    expect(api.data).not.toHaveProperty('scenario');
    // Without windows or a mitigation there is no impact time to give.
    expect(api.figures).toEqual({ impact_minutes: null, outage_minutes: null, degradation_minutes: null, impact_approximate: false });
  });
});

describe('references in the new fields', () => {
  it('an unknown scenario in scenarios is an error on its line', () => {
    const { diagnostics } = incidentOf(exampleIncident({}, 'scenarios: [net-disconnect, db-primery-failure]'));
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.line}: ${d.rule}`)).toEqual(['14: document/reference']);
    expect(errors[0]!.message).toContain('db-primery-failure');
  });
});
