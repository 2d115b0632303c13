/** The compliance API the site and the reports read: findings by document, rule and period. */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { runCheckAsync } from '../../src/lib/check.ts';
import { compliance } from '../../src/lib/compliance.ts';
import { parsePeriod } from '../../src/lib/periods.ts';
import { exampleChange } from '../../src/lib/rules/change-example.ts';
import { exampleIncident } from '../../src/lib/rules/incident-example.ts';
import { handbookOf, testPolicy } from './helpers.ts';

/** A P3 detected 10:05 (2-hour response time: due 12:05), resolved after its late acknowledgement. */
const incident = (acknowledged: string, extra = '') =>
  exampleIncident(
    {
      'acknowledged: 2026-11-02T10:10:00+09:00': `acknowledged: ${acknowledged}`,
      'resolved: 2026-11-02T12:00:00+09:00': 'resolved: 2026-11-02T12:50:00+09:00',
    },
    extra,
  );

const NO_REPORTS = { reports: { daily: false, weekly: false, monthly: false, quarterly: false } };

async function verdict(policy: Record<string, unknown> = {}) {
  const files = {
    'incidents/2026/late.mdx': incident('2026-11-02T12:30:00+09:00'),
    'incidents/2026/excused.mdx': incident('2026-11-02T12:10:00+09:00', 'suppress:\n  - { rule: incident/response-sla, reason: 알림 시스템 장애로 호출 지연 }'),
    'changes/2026/hotfix.mdx': exampleChange(
      { 'type: normal': 'type: emergency' },
      'emergency: { reason: outage-risk, documented_at: 2026-11-09T10:00:00+09:00 }',
    ),
  };
  const handbook = handbookOf(files, testPolicy({ ...NO_REPORTS, ...policy }));
  const diagnostics = await runCheckAsync(handbook, { now: Temporal.Instant.from('2026-11-26T09:00:00+09:00') });
  return { handbook, c: compliance(handbook, diagnostics) };
}

describe('compliance', () => {
  it('groups findings by document and by rule, with suppressed ones kept apart', async () => {
    const { c } = await verdict();
    expect(c.forFile('content/incidents/2026/late.mdx').map((d) => d.rule)).toEqual(['incident/response-sla']);
    expect(c.forRule('incident/response-sla').map((d) => [d.file, d.suppressed ?? null])).toEqual([
      ['content/incidents/2026/excused.mdx', '알림 시스템 장애로 호출 지연'],
      ['content/incidents/2026/late.mdx', null],
    ]);
    expect(c.suppressed.map((d) => d.file)).toEqual(['content/incidents/2026/excused.mdx']);
    expect(c.policyFindings.map((d) => d.rule)).toContain('change/emergency-documented');
    expect(c.documentProblems).toEqual([]);
  });

  it('summarises each rule with counts and its effective severity', async () => {
    const { c } = await verdict({ rules: { 'change/emergency-documented': 'warning', 'incident/stale-open': 'off' } });
    const rows = new Map(c.rules().map((r) => [r.id, r]));
    expect(rows.get('incident/response-sla')).toMatchObject({ findings: 1, suppressed: 1, severity: 'info', category: 'policy' });
    expect(rows.get('change/emergency-documented')).toMatchObject({ findings: 1, severity: 'warning' });
    expect(rows.get('incident/stale-open')).toMatchObject({ findings: 0, severity: 'off' });
  });

  it('places findings in periods by the day they belong to', async () => {
    const { c } = await verdict();
    const w45 = parsePeriod('weekly', '2026-W45')!; // 2026-11-02 – 2026-11-08
    expect(
      c
        .inPeriod(w45)
        .map((d) => d.rule)
        .sort(),
    ).toEqual(['change/emergency-documented', 'incident/response-sla']);
    // The emergency change ran 11-03 22:10; its 48-hour deadline fell on 11-05.
    expect(c.dayOf(c.forRule('change/emergency-documented')[0]!)).toBe('2026-11-05');
    const monthly = c.byPeriod('monthly');
    expect([...monthly.keys()]).toContain('2026-11');
    expect(c.inPeriod(parsePeriod('weekly', '2026-W46')!).filter((d) => d.rule.startsWith('incident/'))).toEqual([]);
  });
});
