/** Open action items: the new-issue link, the weekly review list in its three formats, and the CLI. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { forAudience } from '../../src/lib/audience.ts';
import { newIssueUrl, openActionItems } from '../../src/lib/follow/action-items.ts';
import { formatActionItemsJson, formatActionItemsTable, formatActionItemsTasks } from '../../src/lib/format/action-items.ts';
import { documentsOfKind } from '../../src/lib/handbook.ts';
import { checkFiles, handbookDir } from '../helpers/handbook.ts';
import { FILES } from './samples.ts';

const NOW = Temporal.Instant.from('2026-11-26T09:00:00+09:00');
const { handbook } = checkFiles(FILES);
const publicView = forAudience(handbook, 'public');
const incidents = documentsOfKind(publicView, 'incident');
const PAGE = 'https://ops.hanbit-commerce.example/incidents/2026-11-20-payment-api-slow/';

describe('newIssueUrl', () => {
  it("opens the repository's new-issue form with the title, a body linking back to the incident, the labels and the owner", () => {
    const incident = incidents[0]!;
    const url = new URL(newIssueUrl(handbook.policy, incident, incident.data.action_items[0]!));
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/hanbit-commerce/ops-handbook/issues/new');
    expect(url.searchParams.get('title')).toBe('쿼리 [인덱스] 추가 & 검증');
    expect(url.searchParams.get('body')).toContain(`](${PAGE})`);
    expect(url.searchParams.get('body')).toContain('2026-11-20');
    expect(url.searchParams.get('labels')).toBe('action-item');
    expect(url.searchParams.get('assignees')).toBe('jiwoo-han');
  });
});

describe('openActionItems', () => {
  const items = openActionItems(handbook.policy, incidents, NOW);

  it('lists open items only, of public incidents only, overdue first, undated last', () => {
    expect(items.map((i) => [i.title, i.overdue, i.daysLate])).toEqual([
      ['쿼리 [인덱스] 추가 & 검증', true, 6],
      ['알림 임계값 조정', false, 0],
      ['기한 없는 항목', false, 0],
    ]);
    expect(items[0]!.team).toBe('data');
  });

  it('counts an item due today as not overdue (the rule counts whole days in the policy time zone)', () => {
    // 2026-11-20T23:30 in Seoul is 14:30 UTC: still the due day.
    const dueDay = openActionItems(handbook.policy, incidents, Temporal.Instant.from('2026-11-20T14:30:00Z'));
    expect(dueDay[0]!.overdue).toBe(false);
  });

  it('formats a table, JSON and a GitHub task list, the same bytes for the same now', () => {
    const table = formatActionItemsTable(handbook.policy, items, '2026-11-26T09:00:00+09:00');
    expect(table.split('\n')[0]).toBe('열린 조치 항목 3건, 기한 초과 1건 (기준 2026-11-26T09:00:00+09:00)');
    expect(table).toMatch(/6일 지남\s+2026-11-20\s+한지우\s+쿼리/);
    const json = JSON.parse(formatActionItemsJson(items, NOW.toString()));
    expect(json).toMatchObject({ version: 1, open: 3, overdue: 1 });
    expect(json.items[0].incident.url).toBe(PAGE);
    const tasks = formatActionItemsTasks(handbook.policy, items, 'x').split('\n');
    expect(tasks[2]).toBe(`- [ ] **6일 지남** 쿼리 \\[인덱스\\] 추가 & 검증 — @jiwoo-han · 기한 2026-11-20 · [2026-11-20-payment-api-slow](${PAGE})`);
    expect(tasks[3]).toContain('[추적](https://tracker.example/OPS-1)');
    expect(formatActionItemsTasks(handbook.policy, openActionItems(handbook.policy, incidents, NOW), 'x')).toBe(tasks.join('\n'));
  });
});

describe('npm run action-items', () => {
  const root = handbookDir(FILES);
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [path.resolve('scripts/action-items.ts'), '--root', root, ...args], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });

  it('prints JSON for --now with no network, restricted incidents only with --audience restricted', () => {
    const out = run('--format', 'json', '--now', '2026-11-26T09:00:00+09:00');
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ now: '2026-11-26T00:00:00Z', open: 3, overdue: 1 });
    const all = JSON.parse(run('--format', 'json', '--now', '2026-11-26T09:00:00+09:00', '--audience', 'restricted').stdout);
    expect(all.open).toBe(4);
  });

  it('exits 1 with --fail-on-overdue when an item is overdue, 2 on misuse', () => {
    expect(run('--fail-on-overdue', '--now', '2026-11-26T09:00:00+09:00').status).toBe(1);
    expect(run('--fail-on-overdue', '--now', '2026-11-19T09:00:00+09:00').status).toBe(0);
    const bad = run('--format', 'xml');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Expected --format to be one of table, json, tasks');
    expect(run('--now', '2026-11-26').status).toBe(2);
  });
});
