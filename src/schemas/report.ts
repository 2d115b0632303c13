/**
 * A human-written periodic report (`content/reports/<cadence>/<period>.mdx`). The period is the file
 * name (`2026-11-25`, `2026-W48`, `2026-11`, `2026-Q4`), so it is written once. The figures computed
 * from records are added by the build; these are the ones only a person can supply.
 */
import { z } from 'astro/zod';
import { BaseFields, PersonRef } from './common.ts';

const Percent = z.number().min(0).max(100);
const Count = z.number().int().min(0);
const ReportBase = {
  /** Optional title; defaults to the cadence and period. */
  title: z.string().optional(),
  /** Who wrote it. */
  author: PersonRef,
  ...BaseFields,
};

export const DailyReportSchema = z.strictObject({
  ...ReportBase,
  /** Overall system status of the day (guide: 시스템 상태 확인). */
  system_status: z.enum(['normal', 'degraded', 'outage']),
  /** Backup checks (guide: 백업). */
  backups: z.strictObject({
    /** Daily full backup verified (전체 백업 확인, 매일). */
    full: z.boolean(),
    /** Hourly incremental backups verified (증분 백업 확인, 매시간). */
    incremental: z.boolean(),
    /** How many of the day's 24 incremental backups were verified. */
    incremental_count: z.number().int().min(0).max(24).optional(),
    /** Configuration backup (Kubernetes, application, infrastructure). */
    config: z.boolean().default(false),
    /** Log backup (system, application, audit). */
    logs: z.boolean().default(false),
  }),
  /** Alerts of the day (guide: 알림 관리). */
  alerts: z.strictObject({ /** Alerts raised. */ total: Count, /** Of which critical. */ critical: Count.default(0) }).optional(),
});

export const WeeklyReportSchema = z.strictObject({
  ...ReportBase,
  /** Performance figures of the week (guide: 성능 모니터링). */
  performance: z.strictObject({
    /** CPU utilisation, % (average and peak of the week). */
    cpu_pct: z.strictObject({ avg: Percent, max: Percent }),
    /** Memory utilisation, %. */
    memory_pct: z.strictObject({ avg: Percent, max: Percent }),
    /** Disk space used, %. */
    disk_pct: z.strictObject({ avg: Percent, max: Percent }).optional(),
    /** Disk I/O utilisation. */
    disk_io_pct: Percent.optional(),
    /** Network traffic in and out, Mbit/s. */
    network_mbps: z.strictObject({ in: z.number().min(0), out: z.number().min(0) }).optional(),
    /** Application response time percentiles, ms (guide: 응답 시간). */
    response_ms: z.strictObject({ p50: z.number().min(0), p95: z.number().min(0), p99: z.number().min(0) }),
    /** Requests per second (guide: 처리량). */
    throughput_rps: z.number().min(0),
    /** Share of failed requests, % (guide: 오류율). */
    error_rate_pct: Percent,
    /** Slow queries logged (guide: 쿼리 성능). */
    slow_queries: Count.optional(),
    /** Database connections (guide: 연결 상태). */
    db_connections: z.strictObject({ avg: z.number().min(0), max: z.number().min(0) }).optional(),
    /** Cache hit ratio, % (guide: 캐시 효율). */
    cache_hit_pct: Percent.optional(),
  }),
});

export const MonthlyReportSchema = z.strictObject({
  ...ReportBase,
  /** Security figures of the month (guide: 보안 운영). */
  security: z.strictObject({
    /** Open vulnerabilities from the month's scans, by severity (guide: 취약점 스캔). */
    vulnerabilities: z.strictObject({ critical: Count, high: Count, medium: Count, low: Count }),
    /** Vulnerabilities fixed this month. */
    vulnerabilities_fixed: Count.optional(),
    /** Accounts reviewed / removed (guide: 권한 검토, 생성/삭제 절차). */
    accounts_reviewed: Count.optional(),
    /** Accounts removed after the review. */
    accounts_removed: Count.optional(),
    /** Share of accounts with MFA (guide: MFA 설정). */
    mfa_coverage_pct: Percent,
    /** API keys rotated (guide: API 키 관리). */
    api_keys_rotated: Count,
    /** Security events investigated (guide: 보안 이벤트). */
    security_events: Count,
  }),
});

export const QuarterlyReportSchema = z.strictObject({ ...ReportBase });

export type DailyReport = z.output<typeof DailyReportSchema>;
export type WeeklyReport = z.output<typeof WeeklyReportSchema>;
export type MonthlyReport = z.output<typeof MonthlyReportSchema>;
export type QuarterlyReport = z.output<typeof QuarterlyReportSchema>;
