/**
 * What pages show is decided in src/lib, once: the newest record and change first as instants (an offset
 * or a `~` time is not compared as text), impact windows in the order they began, a day's worst system
 * state, and hourly backups verified only when all 24 were, as report/backup-check reads them.
 */
import { describe, expect, it } from 'vitest';
import type { HandbookDocument } from '../../src/lib/handbook.ts';
import { impactWindows } from '../../src/lib/incident.ts';
import { dailyCheckFigures, worstSystemStatus } from '../../src/lib/metrics/daily-checks.ts';
import { byChangeInstantDesc, byPerformedDesc } from '../../src/lib/metrics/when.ts';

const routine = (performed_at: string) => ({ kind: 'routine', data: { performed_at } }) as unknown as HandbookDocument<'routine'>;
const change = (data: Record<string, unknown>) =>
  ({ kind: 'change', data: { requested_at: '2026-11-01T09:00:00+09:00', ...data } }) as unknown as HandbookDocument<'change'>;

describe('orders and verdicts pages show', () => {
  it('puts the newest routine record first by instant, not by text', () => {
    // 23:30 in Seoul is 14:30 UTC: earlier than 15:00Z although it sorts later as text.
    const records = [routine('2026-11-01T15:00:00Z'), routine('2026-11-01T23:30:00+09:00')];
    expect(records.sort(byPerformedDesc).map((r) => r.data.performed_at)).toEqual(['2026-11-01T15:00:00Z', '2026-11-01T23:30:00+09:00']);
  });

  it('puts the newest change first by when it ran, else when it was planned, else requested', () => {
    const ran = change({ executed_at: '2026-11-05T10:00:00+09:00' });
    const planned = change({ window: { start: '2026-11-06T22:00:00+09:00', end: '2026-11-06T23:00:00+09:00' } });
    const requested = change({ requested_at: '2026-11-04T09:00:00+09:00' });
    expect([ran, requested, planned].sort(byChangeInstantDesc)).toEqual([planned, ran, requested]);
  });

  it('lists impact windows in the order they began, across outages and degradations', () => {
    // 09:30 in Seoul (00:30Z) began before 01:15Z, though it sorts after it as text.
    const windows = impactWindows({
      impact: {
        outages: [{ start: '2026-11-01T09:30:00+09:00', end: '2026-11-01T11:00:00+09:00' }],
        degradations: [{ start: '2026-11-01T01:15:00Z', end: '2026-11-01T02:00:00Z' }],
      },
    } as never);
    expect(windows.map((w) => w.kind)).toEqual(['outage', 'degradation']);
  });

  it('says the worst state of the systems, and counts hourly backups as verified only when all 24 were', () => {
    expect(worstSystemStatus({ normal: 2, degraded: 1, outage: 0 })).toBe('degraded');
    expect(worstSystemStatus({ normal: 0, degraded: 0, outage: 0 })).toBeUndefined();
    const day = (incremental_count?: number) =>
      ({
        data: { system_status: 'normal', backups: { full: true, incremental: true, ...(incremental_count === undefined ? {} : { incremental_count }) } },
      }) as never;
    expect(dailyCheckFigures([day(24), day(23), day()], 3).backups.incremental).toBe(2);
  });
});
