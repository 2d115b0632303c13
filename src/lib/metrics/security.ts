/**
 * Monthly security figures (guide: 보안 운영) from the monthly security reports of a period: a month
 * shows its own, a quarter sums its months (MFA coverage is a level, not a count: the latest month's).
 */
import type { MonthlyReport } from '../../schemas/report.ts';
import type { ReportOf } from './buckets.ts';

export interface SecurityFigures {
  /** Monthly reports the figures come from. */
  reports: number;
  vulnerabilities: { critical: number; high: number; medium: number; low: number };
  vulnerabilitiesFixed: number;
  accountsReviewed: number;
  accountsRemoved: number;
  /** Latest month's MFA coverage. */
  mfaCoveragePct: number | null;
  apiKeysRotated: number;
  securityEvents: number;
}

export function securityFigures(reports: readonly ReportOf<MonthlyReport>[]): SecurityFigures | null {
  if (reports.length === 0) return null;
  const sorted = [...reports].sort((a, b) => a.id.localeCompare(b.id));
  const f: SecurityFigures = {
    reports: reports.length,
    vulnerabilities: { critical: 0, high: 0, medium: 0, low: 0 },
    vulnerabilitiesFixed: 0,
    accountsReviewed: 0,
    accountsRemoved: 0,
    mfaCoveragePct: sorted.at(-1)!.data.security.mfa_coverage_pct,
    apiKeysRotated: 0,
    securityEvents: 0,
  };
  for (const { data } of sorted) {
    const s = data.security;
    for (const level of ['critical', 'high', 'medium', 'low'] as const) f.vulnerabilities[level] += s.vulnerabilities[level];
    f.vulnerabilitiesFixed += s.vulnerabilities_fixed ?? 0;
    f.accountsReviewed += s.accounts_reviewed ?? 0;
    f.accountsRemoved += s.accounts_removed ?? 0;
    f.apiKeysRotated += s.api_keys_rotated;
    f.securityEvents += s.security_events;
  }
  return f;
}
