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
  title: z.string().optional().meta({ description: "Optional title; defaults to the cadence and period." }),
  author: PersonRef.meta({ description: "Who wrote it." }),
  ...BaseFields,
};

export const DailyReportSchema = z.strictObject({
  ...ReportBase,
  system_status: z.enum(['normal', 'degraded', 'outage']).meta({ description: "Overall system status of the day (guide: 시스템 상태 확인)." }),
  backups: z.strictObject({
    full: z.boolean().meta({ description: "Daily full backup verified (전체 백업 확인, 매일)." }),
    incremental: z.boolean().meta({ description: "Hourly incremental backups verified (증분 백업 확인, 매시간)." }),
    incremental_count: z.number().int().min(0).max(24).optional().meta({ description: "How many of the day's 24 incremental backups were verified." }),
    config: z.boolean().default(false).meta({ description: "Configuration backup (Kubernetes, application, infrastructure)." }),
    logs: z.boolean().default(false).meta({ description: "Log backup (system, application, audit)." }),
  }).meta({ description: "Backup checks (guide: 백업)." }),
  alerts: z.strictObject({ total: Count.meta({ description: 'Alerts raised.' }), critical: Count.default(0).meta({ description: 'Of which critical.' }) }).optional().meta({ description: "Alerts of the day (guide: 알림 관리)." }),
});

export const WeeklyReportSchema = z.strictObject({
  ...ReportBase,
  performance: z.strictObject({
    cpu_pct: z.strictObject({ avg: Percent, max: Percent }).meta({ description: "CPU utilisation, % (average and peak of the week)." }),
    memory_pct: z.strictObject({ avg: Percent, max: Percent }).meta({ description: "Memory utilisation, %." }),
    disk_pct: z.strictObject({ avg: Percent, max: Percent }).optional().meta({ description: "Disk space used, %." }),
    disk_io_pct: Percent.optional().meta({ description: "Disk I/O utilisation." }),
    network_mbps: z.strictObject({ in: z.number().min(0), out: z.number().min(0) }).optional().meta({ description: "Network traffic in and out, Mbit/s." }),
    response_ms: z.strictObject({ p50: z.number().min(0), p95: z.number().min(0), p99: z.number().min(0) }).meta({ description: "Application response time percentiles, ms (guide: 응답 시간)." }),
    throughput_rps: z.number().min(0).meta({ description: "Requests per second (guide: 처리량)." }),
    error_rate_pct: Percent.meta({ description: "Share of failed requests, % (guide: 오류율)." }),
    slow_queries: Count.optional().meta({ description: "Slow queries logged (guide: 쿼리 성능)." }),
    db_connections: z.strictObject({ avg: z.number().min(0), max: z.number().min(0) }).optional().meta({ description: "Database connections (guide: 연결 상태)." }),
    cache_hit_pct: Percent.optional().meta({ description: "Cache hit ratio, % (guide: 캐시 효율)." }),
  }).meta({ description: "Performance figures of the week (guide: 성능 모니터링)." }),
});

export const MonthlyReportSchema = z.strictObject({
  ...ReportBase,
  security: z.strictObject({
    vulnerabilities: z.strictObject({ critical: Count, high: Count, medium: Count, low: Count }).meta({ description: "Open vulnerabilities from the month's scans, by severity (guide: 취약점 스캔)." }),
    vulnerabilities_fixed: Count.optional().meta({ description: "Vulnerabilities fixed this month." }),
    accounts_reviewed: Count.optional().meta({ description: "Accounts reviewed / removed (guide: 권한 검토, 생성/삭제 절차)." }),
    accounts_removed: Count.optional().meta({ description: "Accounts removed after the review." }),
    mfa_coverage_pct: Percent.meta({ description: "Share of accounts with MFA (guide: MFA 설정)." }),
    api_keys_rotated: Count.meta({ description: "API keys rotated (guide: API 키 관리)." }),
    security_events: Count.meta({ description: "Security events investigated (guide: 보안 이벤트)." }),
  }).meta({ description: "Security figures of the month (guide: 보안 운영)." }),
});

export const QuarterlyReportSchema = z.strictObject({ ...ReportBase });

export type DailyReport = z.output<typeof DailyReportSchema>;
export type WeeklyReport = z.output<typeof WeeklyReportSchema>;
export type MonthlyReport = z.output<typeof MonthlyReportSchema>;
export type QuarterlyReport = z.output<typeof QuarterlyReportSchema>;
