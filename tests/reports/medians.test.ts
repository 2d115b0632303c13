/**
 * Median beside mean where one long outage distorts the mean: three P2 incidents and three failing
 * changes with hand-picked durations. Every expected number is worked out in the comment next to it.
 */
import { expect, test } from 'vitest';
import { median } from '../../src/lib/metrics/numbers.ts';
import { formatDelta } from '../../src/lib/reports/format.ts';
import { buildReportModels } from '../../src/lib/reports/model.ts';
import { incident, NOW, testHandbook } from './handbook.ts';

const change = (id: string, requested: string, executed: string) => `---
title: 변경 ${id}
type: normal
requester: han-jiwoo
requested_at: ${requested}
services: [order-db]
risk: low
approvals:
  - { approver: kim-minsu, at: ${requested} }
result: succeeded
executed_at: ${executed}
---
변경.
`;

// Incidents caused by c1–c3, each detected (= started) at 10:00 and mitigated = resolved 10, 20 and 300 min later.
const files: Record<string, string> = {};
[10, 20, 300].forEach((minutes, i) => {
  const day = `2026-11-0${i + 2}`;
  const end = `${day}T${String(10 + Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+09:00`;
  files[`incidents/2026/m${i}.mdx`] = incident({
    severity: 'P2',
    detected: `${day}T10:00:00+09:00`,
    acknowledged: `${day}T10:05:00+09:00`,
    mitigated: end,
    resolved: end,
    caused_by: [`c${i}`],
  });
});
// Lead times: 1 h, 2 h and 3 days.
files['changes/2026/c0.mdx'] = change('c0', '2026-11-02T08:00:00+09:00', '2026-11-02T09:00:00+09:00');
files['changes/2026/c1.mdx'] = change('c1', '2026-11-03T07:00:00+09:00', '2026-11-03T09:00:00+09:00');
files['changes/2026/c2.mdx'] = change('c2', '2026-10-31T09:00:00+09:00', '2026-11-03T09:00:00+09:00');

const handbook = testHandbook(files);
const models = buildReportModels({ policy: handbook.policy, documents: handbook.documents, diagnostics: [], now: NOW });
const november = models.monthly.find((m) => m.period === '2026-11')!;

test('MTTR: mean and median of 10, 20 and 300 minutes', () => {
  expect(november.figures.incidents.bySeverity.P2.mttrMinutes).toBe(110); // 330 / 3
  expect(november.figures.incidents.bySeverity.P2.mttrMedianMinutes).toBe(20);
});

test('time to restore of the failing changes: mean and median', () => {
  // Each change "succeeded" but caused an incident: a failure, restored 10, 20 and 300 min after it began.
  expect(november.figures.changes.failures).toBe(3);
  expect(november.figures.changes.restoreMinutes).toBe(110);
  expect(november.figures.changes.restoreMedianMinutes).toBe(20);
});

test('lead time for changes: mean and median of 60, 120 and 4,320 minutes', () => {
  expect(november.figures.changes.leadTimeMinutes).toBe(1500); // 4500 / 3
  expect(november.figures.changes.leadTimeMedianMinutes).toBe(120);
});

test('against a previous period with no data, a figure shows "—"', () => {
  // October holds nothing of these records (c2 was requested then, but counts when it ran, in November).
  expect(november.deltas['changes.leadTimeMinutes']).toBeNull();
  expect(november.deltas['incidents.bySeverity.P2.mttrMinutes']).toBeNull();
  expect(november.deltas['incidents.total']).toBe(3); // 3 − 0: a count of zero is data
  expect(formatDelta(null)).toBe('—');
  expect(formatDelta(3)).toBe('+3');
  expect(formatDelta(undefined)).toBe('');
});

test('median of an even count is the mean of the middle two, rounded to one decimal', () => {
  expect(median([4, 1, 3, 2])).toBe(2.5);
  expect(median([1, 2])).toBe(1.5);
  expect(median([0.25, 0.3])).toBe(0.3); // 0.275 → 0.3
  expect(median([])).toBeNull();
});
