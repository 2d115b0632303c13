/**
 * The report pages of the built example site (tests/setup/build-site.ts builds it once per run; run
 * `npx vitest run tests/reports/pages` or the whole suite). A page and a JSON file for every period since
 * the start date, the weekly trend chart, a quarter's figures against a hand count, nothing restricted.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, inject, test } from 'vitest';
import { reportPeriods } from '../../src/lib/reports/periods.ts';
import { dayIn } from '../../src/lib/time.ts';
import { loadHandbook } from '../../src/node/load-handbook.ts';
import { CADENCES } from '../../src/schemas/policy.ts';

const dist = inject('siteDist');
const root = path.resolve(import.meta.dirname, '../..');

describe.skipIf(!dist)('report pages of the example site', async () => {
  const handbook = await loadHandbook(root);
  const policy = handbook.policy;
  const dirs = (folder: string) =>
    existsSync(folder)
      ? readdirSync(folder)
          .filter((f) => existsSync(path.join(folder, f, 'index.html')))
          .sort()
      : [];
  // The site was built moments ago; should the run straddle midnight KST, the build day is yesterday.
  const today = dayIn(policy.timezone, Temporal.Now.instant());
  const expectedFor = (day: Temporal.PlainDate) => reportPeriods(policy, day);

  test.each(CADENCES)('one %s page and one JSON file per period since the start date', (cadence) => {
    const pages = dirs(path.join(dist, 'reports', cadence));
    const json = readdirSync(path.join(dist, 'api/reports', cadence))
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    const candidates = [today, today.subtract({ days: 1 })].map((d) => expectedFor(d)[cadence].map((p) => p.id));
    expect(candidates.some((ids) => JSON.stringify(ids) === JSON.stringify(pages))).toBe(true);
    expect(pages.length).toBeGreaterThan(0);
    expect(json).toEqual(pages);
  });

  test('the weekly page shows the performance trend as SVG charts with their thresholds', () => {
    const html = readFileSync(path.join(dist, 'reports/weekly/2026-W46/index.html'), 'utf8');
    const charts = html.match(/<svg[^>]*role="img"/g) ?? [];
    expect(charts.length).toBeGreaterThanOrEqual(4);
    expect(html).toContain('응답 시간 p95 추이');
    expect(html).toContain(`알림 임계값 ${policy.thresholds.response_p95_ms}ms`);
    // W42 peaked at 1340 ms p95 (content/reports/weekly/2026-W42.mdx): marked as a breach in the text alternative.
    expect(html).toMatch(/W42 1340ms \(임계값 초과\)/);
  });

  test('the 2026-Q3 figures match a count of the example records by hand', () => {
    const q3 = JSON.parse(readFileSync(path.join(dist, 'api/reports/quarterly/2026-Q3.json'), 'utf8'));
    // Incidents detected 1 Jul – 30 Sep: 07-08 P2, 07-21 P2, 08-04 P1, 08-13 P3, 08-25 P2 (restricted:
    // security), 09-02 P2, 09-16 P3 → public: P1 1, P2 3, P3 2.
    expect(q3.figures.incidents.total).toBe(6);
    expect([q3.figures.incidents.bySeverity.P1.count, q3.figures.incidents.bySeverity.P2.count, q3.figures.incidents.bySeverity.P3.count]).toEqual([1, 3, 2]);
    // Changes run in Q3: 07-03, 07-09 (emergency), 07-22, 08-04 (emergency), 08-17, 08-25 (restricted),
    // 09-07 (failed), 09-14 (rolled back) → public 7: 5 normal, 2 emergency.
    expect(q3.figures.changes.total).toBe(7);
    expect(q3.figures.changes.byType).toEqual({ standard: 0, normal: 5, emergency: 2 });
    expect(q3.figures.changes.byResult).toMatchObject({ failed: 1, 'rolled-back': 1 });
    expect(q3.narrative?.file).toBe('content/reports/quarterly/2026-Q3.mdx');
  });

  test('the 2026-Q3 lead time for changes and its median, by hand, in the JSON and on the page', () => {
    const q3 = JSON.parse(readFileSync(path.join(dist, 'api/reports/quarterly/2026-Q3.json'), 'utf8'));
    expect(q3.version).toBe(2);
    // Requested → executed of the 7 public Q3 changes, in minutes: 07-03 4512, 07-09 170, 07-22 2345,
    // 08-04 50, 08-17 1700, 09-07 2410, 09-14 6735 → mean 17922 / 7 = 2560.3, median 2345.
    expect(q3.figures.changes.leadTimeMinutes).toBe(2560.3);
    expect(q3.figures.changes.leadTimeMedianMinutes).toBe(2345);
    const html = readFileSync(path.join(dist, 'reports/quarterly/2026-Q3/index.html'), 'utf8');
    const figure = html.slice(html.indexOf('data-figure="lead-time"'));
    expect(figure.slice(0, figure.indexOf('</dd>'))).toContain('1일 18시간 40분 · 1일 15시간 5분');
  });

  test('a delta against a period with no data for the figure reads "—"', () => {
    const daily = readdirSync(path.join(dist, 'api/reports/daily'));
    const withNone = daily
      .map((f) => ({ f, json: JSON.parse(readFileSync(path.join(dist, 'api/reports/daily', f), 'utf8')) }))
      .find(({ json }) => Object.values(json.deltas).includes(null));
    expect(withNone).toBeDefined();
    const html = readFileSync(path.join(dist, 'reports/daily', withNone!.f.replace(/\.json$/, ''), 'index.html'), 'utf8');
    expect(html).toMatch(/title="직전 기간에 비교할 값 없음"[^>]*>\s*\(—/);
  });

  test('no report page or JSON names a restricted document', () => {
    const restricted = handbook.documents.filter((d) => d.visibility === 'restricted');
    expect(restricted.length).toBeGreaterThan(0);
    const files = ['reports', 'api/reports'].flatMap((f) => walk(path.join(dist, f)));
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const doc of restricted) {
        const title = (doc.data as { title?: string }).title;
        if (title) expect(text.includes(title), `${file} contains "${title}"`).toBe(false);
        expect(text.includes(doc.file), `${file} contains ${doc.file}`).toBe(false);
      }
    }
  });

  test('the report pages carry print styles', () => {
    const html = readFileSync(path.join(dist, 'reports/quarterly/2026-Q3/index.html'), 'utf8');
    const css = [...html.matchAll(/<link[^>]+href="([^"]+\.css)"/g)].map((m) => readFileSync(path.join(dist, m[1]!.replace(/^\//, '')), 'utf8'));
    const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    expect([...css, ...inline].join('\n')).toMatch(/@media print[\s\S]*\.report-nav/);
  });
});

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(folder, e.name)) : [path.join(folder, e.name)]));
}
