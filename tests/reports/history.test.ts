/**
 * History from before `start_date` (2026-06-01 in the fixture policy): its records get report pages and
 * count in their periods' figures, but only the periods that hold a record get a page, and nothing is
 * required of them (no missing report, no missed routine). Five years of incidents and changes are
 * imported on top of the hand-built handbook; every expected count below is worked out by hand.
 */
import { describe, expect, test } from 'vitest';
import { runCheck } from '../../src/lib/check.ts';
import { buildReportModels } from '../../src/lib/reports/model.ts';
import { FILES, incident, NOW, publicDocuments, testHandbook } from './handbook.ts';

/** One incident on 10 March and one change on 10 September of each year 2021–2025, and a 2024 restore test. */
function history(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const year of [2021, 2022, 2023, 2024, 2025]) {
    files[`incidents/${year}/h-${year}.mdx`] = incident({
      severity: 'P3',
      detected: `${year}-03-10T10:00:00+09:00`,
      acknowledged: `${year}-03-10T10:30:00+09:00`,
      resolved: `${year}-03-10T12:00:00+09:00`,
    });
    files[`changes/${year}/hc-${year}.mdx`] = `---
title: 과거 변경
type: standard
requester: han-jiwoo
requested_at: ${year}-09-09T10:00:00+09:00
services: [order-db]
risk: low
impact_analysis: 없음
rollback_plan: 이전 설정으로 복원
execution_plan: 설정 변경
monitoring_plan: 오류율
result: succeeded
executed_at: ${year}-09-10T10:00:00+09:00
---
변경.
`;
  }
  files['routines/backup-restore-test/2024-05-20.mdx'] = `---\nperformed_at: 2024-05-20T14:00:00+09:00\nperformer: han-jiwoo\noutcome: pass\n---\n기록.\n`;
  return files;
}

const before = testHandbook();
const after = testHandbook({ ...FILES, ...history() });
const modelsOf = (h: ReturnType<typeof testHandbook>) =>
  buildReportModels({ policy: h.policy, documents: publicDocuments(h.documents), diagnostics: [], now: NOW });
const base = modelsOf(before);
const withHistory = modelsOf(after);

describe('history before start_date', () => {
  test('adds report pages only for the periods that hold a record', () => {
    // 5 incident days + 5 change days + 1 routine day = 11 days, each in its own week; months: March and
    // September of five years + May 2024 = 11; quarters: Q1 and Q3 of five years + Q2 2024 = 11.
    const added = (c: keyof typeof base) => withHistory[c].length - base[c].length;
    expect(added('daily')).toBe(11);
    expect(added('weekly')).toBe(11);
    expect(added('monthly')).toBe(11);
    expect(added('quarterly')).toBe(11);
    expect(withHistory.monthly[0]!.period).toBe('2021-03');
    expect(withHistory.monthly.slice(0, 3).map((m) => m.period)).toEqual(['2021-03', '2021-09', '2022-03']);
  });

  test("counts history records in their periods' figures, requiring nothing of those periods", () => {
    const march = withHistory.monthly.find((m) => m.period === '2023-03')!;
    expect(march.history).toBe(true);
    expect(march.required).toBe(false); // monthly reports are required from June 2026 only
    expect(march.figures.incidents.total).toBe(1);
    expect(march.figures.incidents.bySeverity.P3.mttrMinutes).toBe(120); // 10:00 → 12:00
    const september = withHistory.monthly.find((m) => m.period === '2023-09')!;
    expect(september.figures.changes.total).toBe(1);
    expect(september.figures.changes.leadTimeMinutes).toBe(1440); // 9 Sep 10:00 → 10 Sep 10:00
    // The month with the 2024 restore test shows it done, and no routine of it "missed".
    const may = withHistory.monthly.find((m) => m.period === '2024-05')!;
    expect(may.figures.routines).toMatchObject({ due: 1, done: 1, missed: 0 });
    // Against a period that has no page (no records), there is nothing to compare: every delta is "—".
    expect(september.previous).toBe('2023-03');
    expect(september.deltas['changes.total']).toBeNull();
    // The first period from the start date is compared with history only when it is adjacent (May 2026 has no page).
    const june = withHistory.monthly.find((m) => m.period === '2026-06')!;
    expect(june.history).toBe(false);
    expect(june.previous).toBe('2025-09');
    expect(june.deltas['incidents.total']).toBeNull();
  });

  test('findings do not explode: requirements start at start_date', () => {
    const count = (h: ReturnType<typeof testHandbook>, rules: string[]) => runCheck(h, { now: NOW }).filter((d) => rules.includes(d.rule)).length;
    const requirements = ['report/missing', 'routine/missed'];
    expect(count(after, requirements)).toBe(count(before, requirements));
    expect(count(before, requirements)).toBeGreaterThan(0);
    // Every finding the history adds is about a history record itself, never about an empty period.
    const files = new Set(Object.keys(history()).map((f) => `content/${f}`));
    const baseKeys = new Set(runCheck(before, { now: NOW }).map((d) => `${d.file}|${d.rule}|${d.line}|${d.message}`));
    const added = runCheck(after, { now: NOW }).filter((d) => !baseKeys.has(`${d.file}|${d.rule}|${d.line}|${d.message}`));
    expect(added.filter((d) => !files.has(d.file))).toEqual([]);
    expect(added.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
