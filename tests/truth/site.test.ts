/**
 * The truth fixture built as a site: the incident pages and the JSON carry the same hand-counted facts as
 * tests/truth/truth.test.ts — impact from the windows, approximate times marked, the authors' clocks
 * beside the policy zone's, several scenarios, the severity history — and the documents API is version 2.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../helpers/project-copy.ts';
import { I1, I2, I3, I4, I5, TRUTH_NOW, TRUTH_ROOT } from './fixture.ts';

const project = copyProject('opsbook-truth-');
const out = path.join(project.root, 'dist');
afterAll(() => project.remove());

beforeAll(() => {
  rmSync(path.join(project.root, 'content'), { recursive: true, force: true });
  cpSync(path.join(TRUTH_ROOT, 'content'), path.join(project.root, 'content'), { recursive: true });
  const r = spawnSync(process.execPath, ['scripts/build.ts', '--out', out, '--now', TRUTH_NOW], {
    cwd: project.root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
}, 600_000);

const page = (id: string) => readFileSync(path.join(out, 'incidents', id, 'index.html'), 'utf8');
/** The page's text with tags removed and spaces collapsed, for phrases that span elements. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([),])/g, '$1');
const json = (file: string) => JSON.parse(readFileSync(path.join(out, file), 'utf8'));
const statImpact = (html: string) => text(/<div class="stat" data-stat="impact">([\s\S]*?)<\/div>\s*<\/div>/.exec(html)![1]!).trim();

describe('the truth fixture as a site', () => {
  it('shows 영향 시간 from the impact windows, not started → mitigated', () => {
    // I2: 4 h degraded + 2 h 30 min down + 1 h 30 min degraded = 8 h (started → mitigated would say 6시간 30분).
    expect(statImpact(page(I2))).toBe('8시간 영향 시간 (중단 2시간 30분 · 저하 5시간 30분)');
    // I3 starts from an approximate time: 2360 min = 1일 15시간 20분.
    expect(statImpact(page(I3))).toBe('약 1일 15시간 20분 영향 시간 (중단 17시간 30분 · 저하 21시간 50분)');
    expect(statImpact(page(I1))).toBe('15시간 38분 영향 시간 (중단 50분 · 저하 15시간 38분)');
    expect(statImpact(page(I4))).toBe('4시간 20분 영향 시간 (중단 0분 · 저하 4시간 20분)');
    expect(statImpact(page(I5))).toBe('약 1시간 40분 영향 시간 (중단 50분 · 저하 50분)');
  });

  it('shows the policy zone with the author\u2019s clock where the offset differs, and marks approximate times', () => {
    // Written 13:52Z: Seoul 22:52, the original beside it.
    expect(text(page(I1))).toContain('2024-05-06 22:52 (원문 13:52Z)');
    // Written in Pacific time.
    expect(text(page(I2))).toContain('2024-05-15 01:20 (원문 09:20-07:00)');
    // Written in Seoul time: nothing added; approximate: 약.
    expect(text(page(I3))).toContain('약 2024-06-03 20:40');
    expect(page(I3)).not.toContain('원문');
    expect(page(I3)).toMatch(/<time datetime="2024-06-03T20:40\+09:00">약 2024-06-03 20:40<\/time>/);
  });

  it('lists every scenario with the primary one first, the severity history, recovery steps and data loss', () => {
    const t1 = text(page(I1));
    expect(t1).toContain('연결 끊김 (주), Master(프라이머리) 장애, 복제 지연');
    expect(t1).toContain('경과 P2 → P1 (최고 레벨로 집계)');
    expect(t1).toContain('레벨 변경 → P1 — 두 데이터센터에 서로 다른 쓰기가 확인됨');
    expect(t1).toContain('읽기 복구 (쓰기는 대기열)');
    expect(t1).toContain('데이터 손실 · 일부 복구');
    expect(t1).toContain('웹훅 954건 미전송과 쓰기 일부 재적용 필요');
    // The legend states the deadline of the level that set it.
    expect(text(page(I4))).toContain('인지 기한 (P2 30분, P2 도달 후 30분) — 위반');
    expect(text(page(I2))).toContain('인지 기한 (P3 2시간, 감지 후 2시간) — 준수');
    // I4 was acknowledged 60 minutes after detection, against P2's 30 minutes (it became P2 before anyone took it on).
    expect(text(page(I4))).toContain('1시간 인지까지 (기준 P2 30분)');
  });

  it('shows the postmortem structure and typed action items', () => {
    const t = text(page(I3));
    expect(t).toContain('트리거 복제 지연을 정리하던 운영자가 레플리카 대신 프라이머리에서 데이터 디렉터리를 지웠다.');
    expect(t).toContain('절차·런북 공백 두 호스트의 프롬프트가 같아 구분되지 않았다.');
    expect(t).toContain('운이 좋았던 점 스테이징 스냅샷이 우연히 남아 있었다.');
    expect(t).toContain('운영 DB 호스트에서 rm 대신 안전 삭제 도구만 허용 재발 방지');
  });

  it('carries version 2, scenarios and the impact minutes in the documents API', () => {
    const api = json('api/incidents.json');
    expect(api.version).toBe(2);
    const byId = Object.fromEntries(api.documents.map((d: { id: string }) => [d.id, d]));
    expect(byId[I1].data.scenarios).toEqual(['net-disconnect', 'db-primary-failure', 'db-replication-lag']);
    expect(byId[I1].data).not.toHaveProperty('scenario');
    expect(byId[I1].data.timeline.started).toBe('2024-05-06T13:52:00Z');
    const minutes = Object.fromEntries(api.documents.map((d: { id: string; figures: { impact_minutes: number } }) => [d.id, d.figures.impact_minutes]));
    expect(minutes).toEqual({ [I1]: 938, [I2]: 480, [I3]: 2360, [I4]: 260, [I5]: 100 });
    expect(byId[I3].figures).toEqual({ impact_minutes: 2360, outage_minutes: 1050, degradation_minutes: 1310, impact_approximate: true });
    expect(json('api/documents.json').version).toBe(2);
  });

  it('has the hand-counted figures in the quarter\u2019s report JSON', () => {
    const q = json('api/reports/quarterly/2024-Q2.json');
    expect(q.figures.incidents.total).toBe(5);
    expect(q.figures.incidents.bySeverity.P1).toMatchObject({ count: 4, mttaMinutes: 23.3, mttrMinutes: 1358.3, slaMet: 4, slaBreached: 0 });
    expect(q.figures.incidents.bySeverity.P2).toMatchObject({ count: 1, mttaMinutes: 60, mttrMinutes: 1200, slaMet: 0, slaBreached: 1 });
    expect(q.figures.incidents.escalation).toMatchObject({ required: 5, onTime: 4, late: 1 });
    expect(q.figures.changes).toMatchObject({ total: 7, failures: 4, failureRatePct: 57.1, restoreMinutes: 422 });
    // Open past their due day on 2024-06-28: I1's detection alert (due 06-01) and I5's lint rule (due 06-25).
    expect(q.figures.actionItems.overdue).toBe(2);
    // I2 was detected at 09:20 Pacific on the 14th: 01:20 on the 15th in Seoul, the day it is counted on.
    expect(json('api/reports/daily/2024-05-14.json').figures.incidents.total).toBe(0);
    expect(json('api/reports/daily/2024-05-15.json').figures.incidents.total).toBe(1);
    // The primary scenario is the one reported.
    expect(q.figures.incidents.items.find((i: { id: string }) => i.id === I1).scenario).toBe('net-disconnect');
  });
});
