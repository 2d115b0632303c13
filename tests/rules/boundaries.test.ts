/**
 * The edges where compliance verdicts flip: exactly at a deadline and one minute past, periods that
 * cross a year and ISO week 53, a P1 with no escalation, an emergency change documented one minute
 * late, and one number changed in the policy.
 */
import { describe, expect, it } from 'vitest';
import { changeEmergencyDocumented } from '../../src/lib/rules/change-emergency-documented.ts';
import { exampleChange } from '../../src/lib/rules/change-example.ts';
import { incidentEscalation } from '../../src/lib/rules/incident-escalation.ts';
import { exampleIncident } from '../../src/lib/rules/incident-example.ts';
import { incidentResponseSla } from '../../src/lib/rules/incident-response-sla.ts';
import { reportMissing } from '../../src/lib/rules/report-missing.ts';
import { routineMissed } from '../../src/lib/rules/routine-missed.ts';
import { mdx } from '../../src/lib/rules/util.ts';
import { runRule } from './helpers.ts';

/** An incident that started when it was detected; severity at line 3, acknowledged at line 11. */
const incident = (severity: string, detected: string, acknowledged: string, extra = '') =>
  exampleIncident(
    {
      'severity: P3': `severity: ${severity}`,
      'started: 2026-11-02T10:00:00+09:00': `started: ${detected}`,
      'detected: 2026-11-02T10:05:00+09:00': `detected: ${detected}`,
      'acknowledged: 2026-11-02T10:10:00+09:00': `acknowledged: ${acknowledged}`,
      'resolved: 2026-11-02T12:00:00+09:00': 'resolved: 2026-11-03T12:00:00+09:00',
    },
    extra,
  );

const FILE = 'incidents/2026/i.mdx';
const at = (findings: { file: string; line: number; severity: string }[]) => findings.map((f) => `${f.file}:${f.line}:${f.severity}`);

describe('response time', () => {
  it('P2 acknowledged exactly 30 minutes after detection is on time', async () => {
    const { findings } = await runRule(incidentResponseSla, { [FILE]: incident('P2', '2026-11-02T10:00:00+09:00', '2026-11-02T10:30:00+09:00') });
    expect(findings).toEqual([]);
  });

  it('one minute past is a finding on timeline.acknowledged', async () => {
    const { findings } = await runRule(incidentResponseSla, { [FILE]: incident('P2', '2026-11-02T10:00:00+09:00', '2026-11-02T10:31:00+09:00') });
    expect(at(findings)).toEqual(['content/incidents/2026/i.mdx:11:info']);
    expect(findings[0]!.message).toBe('Expected a P2 incident to be acknowledged within 30 min of detection (by 2026-11-02 10:30), found 31 min');
    expect(findings[0]!.day).toBe('2026-11-02');
  });

  it('counts across midnight and the year boundary in the policy time zone', async () => {
    // As of a moment after both (src/lib/as-of.ts): an acknowledgement after --now has not happened yet.
    const after = { now: '2027-01-02T09:00:00+09:00' };
    const late = await runRule(
      incidentResponseSla,
      { 'incidents/2026/i.mdx': incident('P2', '2026-12-31T23:45:00+09:00', '2027-01-01T00:16:00+09:00') },
      after,
    );
    expect(late.findings.map((f) => f.day)).toEqual(['2027-01-01']);
    const onTime = await runRule(
      incidentResponseSla,
      { 'incidents/2026/i.mdx': incident('P2', '2026-12-31T23:45:00+09:00', '2027-01-01T00:15:00+09:00') },
      after,
    );
    expect(onTime.findings).toEqual([]);
  });

  it('reads timestamps written in another offset as the same instants', async () => {
    // 01:00Z is 10:00 in Seoul; acknowledged 10:30 Seoul written in UTC.
    const { findings } = await runRule(incidentResponseSla, { [FILE]: incident('P2', '2026-11-02T01:00:00Z', '2026-11-02T10:30:00+09:00') });
    expect(findings).toEqual([]);
  });

  it('changing the P2 response time in policy changes the verdict', async () => {
    const files = { [FILE]: incident('P2', '2026-11-02T10:00:00+09:00', '2026-11-02T10:45:00+09:00') };
    const strict = await runRule(incidentResponseSla, files);
    expect(at(strict.findings)).toEqual(['content/incidents/2026/i.mdx:11:info']);
    const relaxed = await runRule(incidentResponseSla, files, { policy: { severities: { P2: { response_time: 'PT1H' } } } });
    expect(relaxed.findings).toEqual([]);
  });

  it('policy can raise a rule to error', async () => {
    const files = { [FILE]: incident('P2', '2026-11-02T10:00:00+09:00', '2026-11-02T10:45:00+09:00') };
    const { findings } = await runRule(incidentResponseSla, files, { policy: { rules: { 'incident/response-sla': 'error' } } });
    expect(at(findings)).toEqual(['content/incidents/2026/i.mdx:11:error']);
  });

  it('a document suppresses it with a reason', async () => {
    const files = {
      [FILE]: incident(
        'P2',
        '2026-11-02T10:00:00+09:00',
        '2026-11-02T10:45:00+09:00',
        'suppress:\n  - { rule: incident/response-sla, reason: 온콜 교대 중 알림 누락 — 사후 검토 완료 }',
      ),
    };
    const { findings } = await runRule(incidentResponseSla, files);
    expect(findings.map((f) => f.suppressed)).toEqual(['온콜 교대 중 알림 누락 — 사후 검토 완료']);
  });
});

describe('escalation', () => {
  const p1 = (escalations: string) => incident('P1', '2026-11-02T02:05:00+09:00', '2026-11-02T02:08:00+09:00', escalations);

  it('a P1 with no escalation is a finding for each required role', async () => {
    const { findings } = await runRule(incidentEscalation, { [FILE]: p1('') });
    expect(at(findings)).toEqual(['content/incidents/2026/i.mdx:3:info', 'content/incidents/2026/i.mdx:3:info']);
    expect(findings.map((f) => f.message)).toEqual([
      'Expected escalation to CTO (cto) by 2026-11-02 02:20 for a P1 incident, found none',
      'Expected escalation to 팀장 (team-lead) by 2026-11-02 02:20 for a P1 incident, found none',
    ]);
  });

  it('P1 "at once" means within the response time: on time at the limit, late one minute after', async () => {
    const onTime = await runRule(incidentEscalation, {
      [FILE]: p1('escalations:\n  - { to: cto, at: 2026-11-02T02:20:00+09:00 }\n  - { to: team-lead, at: 2026-11-02T02:20:00+09:00 }'),
    });
    expect(onTime.findings).toEqual([]);
    const late = await runRule(incidentEscalation, {
      [FILE]: p1('escalations:\n  - { to: cto, at: 2026-11-02T02:21:00+09:00 }\n  - { to: team-lead, at: 2026-11-02T02:05:00+09:00 }'),
    });
    expect(at(late.findings)).toEqual(['content/incidents/2026/i.mdx:15:info']);
  });

  it('a P2 fixed within the hour needs no escalation', async () => {
    // Detected 10:05: the P2 escalation is due an hour later, at 11:05.
    const fixed = exampleIncident({ 'severity: P3': 'severity: P2', 'resolved: 2026-11-02T12:00': 'resolved: 2026-11-02T11:05' });
    expect((await runRule(incidentEscalation, { [FILE]: fixed })).findings).toEqual([]);
    const slower = fixed.replace('resolved: 2026-11-02T11:05', 'resolved: 2026-11-02T11:06');
    expect(at((await runRule(incidentEscalation, { [FILE]: slower })).findings)).toEqual(['content/incidents/2026/i.mdx:3:info']);
  });
});

describe('emergency documentation', () => {
  const change = (documentedAt: string) =>
    exampleChange({ 'type: normal': 'type: emergency' }, `emergency: { reason: security-vulnerability, documented_at: ${documentedAt} }`);

  it('exactly at the 48-hour deadline is on time; one minute later is a finding', async () => {
    expect((await runRule(changeEmergencyDocumented, { 'changes/2026/c.mdx': change('2026-11-05T22:10:00+09:00') })).findings).toEqual([]);
    const late = await runRule(changeEmergencyDocumented, { 'changes/2026/c.mdx': change('2026-11-05T22:11:00+09:00') });
    expect(at(late.findings)).toEqual(['content/changes/2026/c.mdx:17:info']);
    expect(late.findings[0]!.message).toContain('1 min late');
  });

  it('not documented at all is a finding once the deadline passed, not before', async () => {
    const undocumented = exampleChange({ 'type: normal': 'type: emergency' }, 'emergency: { reason: outage-risk }');
    expect((await runRule(changeEmergencyDocumented, { 'changes/2026/c.mdx': undocumented }, { now: '2026-11-05T22:10:00+09:00' })).findings).toEqual([]);
    expect(at((await runRule(changeEmergencyDocumented, { 'changes/2026/c.mdx': undocumented }, { now: '2026-11-05T22:11:00+09:00' })).findings)).toEqual([
      'content/changes/2026/c.mdx:17:info',
    ]);
  });
});

describe('periods', () => {
  const weeklyOnly = { reports: { daily: false, weekly: true, monthly: false, quarterly: false }, start_date: '2026-12-21' };
  const weekly = mdx(
    'author: kim-minsu\nperformance:\n  cpu_pct: { avg: 40, max: 70 }\n  memory_pct: { avg: 50, max: 70 }\n  response_ms: { p50: 80, p95: 300, p99: 600 }\n  throughput_rps: 400\n  error_rate_pct: 0.2',
  );

  it('ISO week 53 of 2026 runs from 2026-12-28 to 2027-01-03 and needs its own report', async () => {
    const files = { 'reports/weekly/2026-W52.mdx': weekly, 'reports/weekly/2027-W01.mdx': weekly };
    const { findings } = await runRule(reportMissing, files, { now: '2027-01-12T09:00:00+09:00', policy: weeklyOnly });
    expect(findings.map((f) => f.message)).toEqual([
      'Expected a weekly report for 2026-W53 (2026-12-28 – 2027-01-03), found none; write content/reports/weekly/2026-W53.mdx',
    ]);
    expect(findings[0]!.day).toBe('2027-01-03');
  });

  it('the week that is still running is not missing yet', async () => {
    const files = { 'reports/weekly/2026-W52.mdx': weekly };
    expect((await runRule(reportMissing, files, { now: '2027-01-03T23:59:00+09:00', policy: weeklyOnly })).findings).toEqual([]);
    expect((await runRule(reportMissing, files, { now: '2027-01-04T00:00:00+09:00', policy: weeklyOnly })).findings).toHaveLength(1);
  });

  it('cadences the policy does not require produce nothing (daily: false)', async () => {
    const { findings } = await runRule(
      reportMissing,
      {},
      { now: '2027-01-12T09:00:00+09:00', policy: { reports: { daily: false, weekly: false, monthly: false, quarterly: false } } },
    );
    expect(findings).toEqual([]);
  });

  it('a December restore test counts for December even when recorded in UTC on the 31st', async () => {
    const policy = { start_date: '2026-12-01', routines: [{ id: 'backup-restore-test', name: '백업 복구 테스트', cadence: 'monthly' }] };
    // 2026-12-31T16:00Z is 2027-01-01 01:00 in Seoul: January, not December.
    const record = (at: string) => mdx(`performed_at: ${at}\nperformer: han-jiwoo\noutcome: pass`);
    const january = await runRule(
      routineMissed,
      { 'routines/backup-restore-test/2027-01-01.mdx': record('2026-12-31T16:00:00Z') },
      { now: '2027-01-15T09:00:00+09:00', policy },
    );
    expect(january.findings.map((f) => f.message)).toEqual([expect.stringContaining('in 2026-12 (2026-12-01 – 2026-12-31)')]);
    const december = await runRule(
      routineMissed,
      { 'routines/backup-restore-test/2026-12-31.mdx': record('2026-12-31T14:00:00Z') },
      { now: '2027-01-15T09:00:00+09:00', policy },
    );
    expect(december.findings).toEqual([]);
  });
});

describe('restricted documents', () => {
  it('a public change is not told the id of the restricted change it overlaps', async () => {
    const { changeConflict } = await import('../../src/lib/rules/change-conflict.ts');
    const files = {
      'changes/2026/public.mdx': exampleChange(),
      'changes/2026/secret-rotation.mdx': exampleChange({
        'type: normal': 'type: normal\nvisibility: restricted',
        'start: 2026-11-03T22:00:00+09:00': 'start: 2026-11-03T22:30:00+09:00',
      }),
    };
    const { findings } = await runRule(changeConflict, files);
    const onPublic = findings.filter((f) => f.file === 'content/changes/2026/public.mdx');
    expect(onPublic.map((f) => f.message)).toEqual([expect.stringContaining('found a restricted change')]);
    expect(onPublic[0]!.message).not.toContain('secret-rotation');
    const onRestricted = findings.filter((f) => f.file === 'content/changes/2026/secret-rotation.mdx');
    expect(onRestricted[0]!.message).toContain('found public');
  });
});

describe('secrets', () => {
  it('points at the line and column of a secret in the frontmatter', async () => {
    const { contentSecret } = await import('../../src/lib/rules/content-secret.ts');
    const files = {
      'changes/2026/c.mdx': exampleChange({ 'execution_plan: 롤링 배포': 'execution_plan: 접속 mysql://admin:S3cr3tPassw0rd@order-db-1:3306/orders' }),
    };
    const { findings } = await runRule(contentSecret, files);
    expect(findings.map((f) => `${f.file}:${f.line}:${f.column}:${f.severity}`)).toEqual(['content/changes/2026/c.mdx:10:20:error']);
    expect(findings[0]!.message).not.toContain('S3cr3tPassw0rd');
  });
});

describe('time zones with daylight saving', () => {
  it('a one-day response time is a calendar day across the spring change (23 hours in Berlin)', async () => {
    const berlin = { timezone: 'Europe/Berlin' };
    // Detected Saturday 12:00 CET; clocks go forward that night; due Sunday 12:00 CEST, 23 hours later.
    const onTime = await runRule(incidentResponseSla, { [FILE]: incident('P4', '2026-03-28T12:00:00+01:00', '2026-03-29T12:00:00+02:00') }, { policy: berlin });
    expect(onTime.findings).toEqual([]);
    const late = await runRule(incidentResponseSla, { [FILE]: incident('P4', '2026-03-28T12:00:00+01:00', '2026-03-29T12:01:00+02:00') }, { policy: berlin });
    expect(late.findings.map((f) => f.message)).toEqual([expect.stringContaining('found 23 h 1 min')]);
  });
});
