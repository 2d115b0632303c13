/**
 * Weekly performance figures (guide: 성능 관리 → 성능 모니터링) held against the policy's alert
 * thresholds (guide: 알림 임계값). A figure breaches when it exceeds its threshold (the alert fires
 * above the line, so a week that peaks exactly at 80% CPU did not page anyone).
 */
import type { Policy } from '../../schemas/policy.ts';
import type { WeeklyReport } from '../../schemas/report.ts';
import type { ReportOf } from './buckets.ts';
import { mean } from './numbers.ts';

type Performance = WeeklyReport['performance'];
type ThresholdMetric = keyof Policy['thresholds'];

const THRESHOLD_LABELS: Record<ThresholdMetric, string> = {
  cpu_pct: 'CPU 최대 (%)',
  memory_pct: '메모리 최대 (%)',
  disk_pct: '디스크 최대 (%)',
  response_p95_ms: '응답 시간 p95 (ms)',
  error_rate_pct: '오류율 (%)',
};

interface ThresholdCheck {
  metric: ThresholdMetric;
  /** The week's figure compared (peaks for utilisation); null when the report does not give it. */
  value: number | null;
  threshold: number;
  breached: boolean;
}

export interface WeekPerformance {
  week: string;
  /** Report id (`weekly/<week>`), for links. */
  report: string;
  figures: Performance;
  checks: ThresholdCheck[];
  breaches: number;
}

export interface PerformanceFigures {
  /** Weeks of the period that have a weekly report. */
  weeks: WeekPerformance[];
  summary: {
    cpuMax: number | null;
    memoryMax: number | null;
    diskMax: number | null;
    p95Max: number | null;
    p99Max: number | null;
    errorRateMax: number | null;
    throughputAvg: number | null;
    slowQueries: number | null;
    cacheHitAvg: number | null;
    /** Week × metric pairs above threshold. */
    breaches: number;
  };
}

/** The figure of a week that is held against each threshold. */
function valueOf(p: Performance, metric: ThresholdMetric): number | null {
  switch (metric) {
    case 'cpu_pct':
      return p.cpu_pct.max;
    case 'memory_pct':
      return p.memory_pct.max;
    case 'disk_pct':
      return p.disk_pct?.max ?? null;
    case 'response_p95_ms':
      return p.response_ms.p95;
    case 'error_rate_pct':
      return p.error_rate_pct;
  }
}

export function weekPerformance(policy: Policy, report: ReportOf<WeeklyReport>): WeekPerformance {
  const p = report.data.performance;
  const checks = (Object.keys(THRESHOLD_LABELS) as ThresholdMetric[]).map((metric) => {
    const value = valueOf(p, metric);
    const threshold = policy.thresholds[metric];
    return { metric, value, threshold, breached: value !== null && value > threshold };
  });
  return { week: report.location.period ?? report.id, report: report.id, figures: p, checks, breaches: checks.filter((c) => c.breached).length };
}

const maxOf = (values: (number | undefined)[]) => {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length ? Math.max(...known) : null;
};

export function performanceFigures(policy: Policy, reports: readonly ReportOf<WeeklyReport>[]): PerformanceFigures | null {
  if (reports.length === 0) return null;
  const weeks = [...reports].sort((a, b) => a.id.localeCompare(b.id)).map((r) => weekPerformance(policy, r));
  const f = weeks.map((w) => w.figures);
  const slow = f.map((p) => p.slow_queries).filter((v): v is number => v !== undefined);
  return {
    weeks,
    summary: {
      cpuMax: maxOf(f.map((p) => p.cpu_pct.max)),
      memoryMax: maxOf(f.map((p) => p.memory_pct.max)),
      diskMax: maxOf(f.map((p) => p.disk_pct?.max)),
      p95Max: maxOf(f.map((p) => p.response_ms.p95)),
      p99Max: maxOf(f.map((p) => p.response_ms.p99)),
      errorRateMax: maxOf(f.map((p) => p.error_rate_pct)),
      throughputAvg: mean(f.map((p) => p.throughput_rps)),
      slowQueries: slow.length ? slow.reduce((a, b) => a + b, 0) : null,
      cacheHitAvg: mean(f.map((p) => p.cache_hit_pct).filter((v): v is number => v !== undefined)),
      breaches: weeks.reduce((n, w) => n + w.breaches, 0),
    },
  };
}
