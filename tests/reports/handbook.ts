/**
 * A small hand-built handbook for the report tests. Every record is written so that the expected
 * figures can be worked out by hand in the tests (the comments next to each expectation show how).
 */
import { Temporal } from 'temporal-polyfill';
import { buildHandbook, type AnyDocument } from '../../src/lib/handbook.ts';
import { fixturePolicy } from '../helpers/handbook.ts';

/** Build day: Thursday 26 November 2026, KST. */
export const NOW = Temporal.Instant.from('2026-11-26T12:00:00+09:00');

interface IncidentSpec {
  severity: 'P1' | 'P2' | 'P3' | 'P4';
  detected: string;
  acknowledged?: string;
  mitigated?: string;
  resolved?: string;
  scenario?: string;
  escalations?: string[];
  caused_by?: string[];
  action_items?: string[];
  extra?: string;
}

export function incident(s: IncidentSpec): string {
  const line = (key: string, value?: string) => (value ? `  ${key}: ${value}\n` : '');
  return `---
title: 테스트 장애 ${s.detected}
severity: ${s.severity}
status: ${s.resolved ? 'resolved' : 'investigating'}
services: [order-api]
${s.scenario ? `scenarios: [${s.scenario}]\n` : ''}detection: monitoring
commander: kim-minsu
timeline:
  started: ${s.detected}
  detected: ${s.detected}
${line('acknowledged', s.acknowledged)}${line('mitigated', s.mitigated)}${line('resolved', s.resolved)}escalations: [${(s.escalations ?? []).join(', ')}]
impact:
  summary: 테스트
caused_by: [${(s.caused_by ?? []).join(', ')}]
action_items: [${(s.action_items ?? []).join(', ')}]
${s.extra ?? ''}---
본문.
`;
}

interface ChangeSpec {
  type: 'standard' | 'normal' | 'emergency';
  requested: string;
  executed?: string;
  result?: 'succeeded' | 'failed' | 'rolled-back';
  documented?: string;
}

function change(s: ChangeSpec): string {
  return `---
title: 테스트 변경
type: ${s.type}
requester: han-jiwoo
requested_at: ${s.requested}
services: [order-db]
risk: low
approvals:
  - { approver: kim-minsu, at: ${s.requested} }
${s.result ? `result: ${s.result}\n` : ''}${s.executed ? `executed_at: ${s.executed}\n` : ''}${
    s.type === 'emergency' ? `emergency: { reason: outage-risk${s.documented ? `, documented_at: ${s.documented}` : ''} }\n` : ''
  }---
변경.
`;
}

function routine(performed: string, outcome: 'pass' | 'fail'): string {
  return `---\nperformed_at: ${performed}\nperformer: han-jiwoo\noutcome: ${outcome}\n---\n기록.\n`;
}

function runbook(id: string, lastReviewed: string): string {
  return `---
title: ${id}
summary: 테스트 런북
services: [order-db]
owner: jung-hayoung
last_reviewed: ${lastReviewed}
---
## 증상
## 진단
## 조치
## 확인
## 롤백
`;
}

export function daily(full: boolean, incremental: boolean, extra = ''): string {
  return `---\nauthor: lee-seoyeon\nsystem_status: normal\nbackups: { full: ${full}, incremental: ${incremental}, config: ${full} }\n${extra}---\n일일.\n`;
}

function weekly(cpuMax: number, p95: number, errorRate: number): string {
  return `---
author: lee-seoyeon
performance:
  cpu_pct: { avg: 40, max: ${cpuMax} }
  memory_pct: { avg: 60, max: 70 }
  response_ms: { p50: 100, p95: ${p95}, p99: 1500 }
  throughput_rps: 1000
  error_rate_pct: ${errorRate}
---
주간.
`;
}

function monthly(critical: number, high: number, events: number, mfa: number): string {
  return `---
author: song-minjae
security:
  vulnerabilities: { critical: ${critical}, high: ${high}, medium: 0, low: 0 }
  mfa_coverage_pct: ${mfa}
  api_keys_rotated: 1
  security_events: ${events}
---
월간.
`;
}

export const FILES: Record<string, string> = {
  // A: P2, ack after 20 min (SLA 30 min: met), resolved after 120 min, escalated to team-lead after
  // 50 min (delay 1 h: on time). Two action items.
  'incidents/2026/a.mdx': incident({
    severity: 'P2',
    detected: '2026-11-10T10:00:00+09:00',
    acknowledged: '2026-11-10T10:20:00+09:00',
    resolved: '2026-11-10T12:00:00+09:00',
    scenario: 'db-replica-failure',
    escalations: ['{ to: team-lead, at: 2026-11-10T10:50:00+09:00 }'],
    action_items: [
      '{ title: 첫째, owner: kim-minsu, due: 2026-11-15, status: open }',
      '{ title: 둘째, owner: kim-minsu, due: 2026-11-20, status: done, closed: 2026-11-18 }',
    ],
  }),
  // B: P2, ack after 45 min (breached), resolved after 50 min, before the 1 h escalation delay (none needed).
  'incidents/2026/b.mdx': incident({
    severity: 'P2',
    detected: '2026-11-12T09:00:00+09:00',
    acknowledged: '2026-11-12T09:45:00+09:00',
    resolved: '2026-11-12T09:50:00+09:00',
  }),
  // C: P1 caused by change x; ack after 5 min; CTO escalated after 20 min (at once = within 15 min: late).
  'incidents/2026/c.mdx': incident({
    severity: 'P1',
    detected: '2026-11-20T20:00:00+09:00',
    acknowledged: '2026-11-20T20:05:00+09:00',
    mitigated: '2026-11-20T20:30:00+09:00',
    resolved: '2026-11-20T22:00:00+09:00',
    scenario: 'db-primary-failure',
    escalations: ['{ to: cto, at: 2026-11-20T20:20:00+09:00 }', '{ to: team-lead, at: 2026-11-20T20:10:00+09:00 }'],
    caused_by: ['x'],
    action_items: ['{ title: 셋째, owner: kim-minsu, due: 2026-12-10, status: open }'],
  }),
  // D: a restricted security incident in November; must count nowhere in the public figures.
  'incidents/2026/d-secret.mdx': incident({
    severity: 'P2',
    detected: '2026-11-15T03:00:00+09:00',
    acknowledged: '2026-11-15T03:10:00+09:00',
    resolved: '2026-11-15T05:00:00+09:00',
    extra: 'category: security\n',
  }),
  // E: October P3 with an item due 20 Oct, closed 3 Nov: overdue at the end of October only.
  'incidents/2026/e.mdx': incident({
    severity: 'P3',
    detected: '2026-10-05T10:00:00+09:00',
    acknowledged: '2026-10-05T10:30:00+09:00',
    resolved: '2026-10-05T11:00:00+09:00',
    action_items: ['{ title: 넷째, owner: kim-minsu, due: 2026-10-20, status: done, closed: 2026-11-03 }'],
  }),
  // x: succeeded but caused C; C began (started = detected here) 20:00 and was mitigated 20:30: 30 min to restore.
  'changes/2026/x.mdx': change({ type: 'normal', requested: '2026-11-19T10:00:00+09:00', executed: '2026-11-20T19:00:00+09:00', result: 'succeeded' }),
  // y: emergency run 5 Nov 02:00, written up 49 h later (deadline 48 h): late.
  'changes/2026/y.mdx': change({
    type: 'emergency',
    requested: '2026-11-05T01:00:00+09:00',
    executed: '2026-11-05T02:00:00+09:00',
    result: 'succeeded',
    documented: '2026-11-07T03:00:00+09:00',
  }),
  // z: rolled back, no incident: a failure without a measurable restore time.
  'changes/2026/z.mdx': change({ type: 'standard', requested: '2026-11-08T09:00:00+09:00', executed: '2026-11-08T10:00:00+09:00', result: 'rolled-back' }),
  // w: requested 25 Nov, not run yet: pending.
  'changes/2026/w.mdx': change({ type: 'normal', requested: '2026-11-25T09:00:00+09:00' }),
  'routines/backup-restore-test/2026-11-10.mdx': routine('2026-11-10T14:00:00+09:00', 'pass'),
  'routines/vulnerability-scan/2026-10-08.mdx': routine('2026-10-08T14:00:00+09:00', 'fail'),
  // r1 expires 30 Nov (1 Sep + 90 days), warning from 16 Nov; r2 expired 30 Aug.
  'runbooks/r1.mdx': runbook('r1', '2026-09-01'),
  'runbooks/r2.mdx': runbook('r2', '2026-06-01'),
  'reports/daily/2026-11-24.mdx': daily(true, true, 'alerts: { total: 5, critical: 1 }\n'),
  'reports/daily/2026-11-25.mdx': daily(false, true),
  'reports/weekly/2026-W46.mdx': weekly(70, 600, 0.5),
  'reports/weekly/2026-W47.mdx': weekly(80, 900, 1.2),
  'reports/monthly/2026-10.mdx': monthly(1, 2, 10, 90),
  'reports/monthly/2026-11.mdx': monthly(0, 3, 4, 95),
};

export function testHandbook(files: Record<string, string> = FILES) {
  const handbook = buildHandbook(
    fixturePolicy(),
    Object.entries(files).map(([path, bytes]) => ({ path, bytes })),
  );
  if (handbook.problems.length) throw new Error(`test handbook invalid: ${JSON.stringify(handbook.problems, null, 1)}`);
  return handbook;
}

export function publicDocuments(documents: readonly AnyDocument[]): AnyDocument[] {
  return documents.filter((d) => d.visibility === 'public');
}
