/** What the check reports: one shape for the CLI, the build and the site (docs/architecture.md §4 contract). */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** Path from the handbook root, e.g. `content/incidents/2026/2026-09-14-order-db-failover.mdx`. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** Rule id, `kind/name`. */
  rule: string;
  severity: Severity;
  message: string;
  /** Where the rule is explained. */
  docs: string;
  /** Set when the document suppressed this finding; the reason it gave. */
  suppressed?: string;
  /** Policy findings: the day (`YYYY-MM-DD`, policy time zone) the fact belongs to, for reports by period. */
  day?: string;
}

export function ruleDocsUrl(ruleId: string): string {
  return `/rules/${ruleId}/`;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}

export function summarize(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const summary = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) if (!d.suppressed) summary[d.severity]++;
  return summary;
}
