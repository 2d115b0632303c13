import type { Rule } from '../rules/types.ts';

/** `--list-rules`: every rule with its id, default severity, description and guide section. */
export function formatRuleList(rules: readonly Rule[], format: 'pretty' | 'json'): string {
  const rows = rules.map((r) => ({ id: r.id, severity: r.severity, category: r.category, description: r.description, source: r.source ?? null }));
  if (format === 'json') return JSON.stringify(rows, null, 2);
  const width = Math.max(...rows.map((r) => r.id.length));
  return rows.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}${r.source ? `  (${r.source})` : ''}`).join('\n');
}
