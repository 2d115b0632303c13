/**
 * What the daily operations reports record (guide: 일상 운영 → 시스템 상태 확인, 백업, 알림 관리),
 * summed over a period: on how many of its days the backups were verified, how the systems stood, how
 * many alerts fired. Days without a daily report count as unverified, not as verified.
 */
import type { DailyReport } from '../../schemas/report.ts';
import type { ReportOf } from './buckets.ts';
import { percent } from './numbers.ts';

export interface DailyCheckFigures {
  /** Days of the period from the start date up to today. */
  days: number;
  /** Days with a daily report. */
  reported: number;
  backups: { full: number; incremental: number; config: number; logs: number; fullPct: number | null; incrementalPct: number | null };
  status: { normal: number; degraded: number; outage: number };
  alerts: { total: number; critical: number };
}

export function dailyCheckFigures(reports: readonly ReportOf<DailyReport>[], days: number): DailyCheckFigures {
  const backups = { full: 0, incremental: 0, config: 0, logs: 0 };
  const status = { normal: 0, degraded: 0, outage: 0 };
  const alerts = { total: 0, critical: 0 };
  for (const { data } of reports) {
    if (data.backups.full) backups.full++;
    // Verified as report/backup-check reads it: all 24 hourly backups when the report counts them.
    if (data.backups.incremental && (data.backups.incremental_count === undefined || data.backups.incremental_count >= 24)) backups.incremental++;
    if (data.backups.config) backups.config++;
    if (data.backups.logs) backups.logs++;
    status[data.system_status]++;
    alerts.total += data.alerts?.total ?? 0;
    alerts.critical += data.alerts?.critical ?? 0;
  }
  return {
    days,
    reported: reports.length,
    backups: { ...backups, fullPct: percent(backups.full, days), incrementalPct: percent(backups.incremental, days) },
    status,
    alerts,
  };
}

/** The worst state the systems were in over the days counted (outage, then degraded, then normal); undefined with no report. */
export function worstSystemStatus(status: DailyCheckFigures['status']): keyof DailyCheckFigures['status'] | undefined {
  return (['outage', 'degraded', 'normal'] as const).find((s) => status[s] > 0);
}
