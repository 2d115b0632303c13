/**
 * The compliance verdict as the site and the reports read it: the check's diagnostics grouped by
 * document, by rule and by period. Pure functions over Diagnostic[] and the Handbook; everything is
 * indexed once (maps by file, rule and day), so a page asking for its findings costs a lookup.
 */
import { Temporal } from 'temporal-polyfill';
import type { CadenceId } from '../schemas/policy.ts';
import { ruleSeverity } from './check.ts';
import type { Diagnostic, Severity } from './diagnostics.ts';
import type { AnyDocument, Handbook, HandbookDocument } from './handbook.ts';
import { periodOf, type Period } from './periods.ts';
import { RULES } from './rules/index.ts';
import type { Rule, RuleCategory } from './rules/types.ts';
import { documentDay } from './metrics/when.ts';

/** The day a document is about (policy time zone): the day it counts on in the reports (metrics/when.ts). */
function documentDayOf(handbook: Pick<Handbook, 'policy'>, document: AnyDocument): string | undefined {
  return documentDay(handbook.policy.timezone, document as HandbookDocument)?.toString();
}

interface RuleSummary {
  id: string;
  description: string;
  category: RuleCategory;
  source?: string;
  /** Effective severity after policy overrides (`off` when switched off). */
  severity: Severity | 'off';
  /** Findings that count (not suppressed). */
  findings: number;
  suppressed: number;
}

export interface Compliance {
  /** Every diagnostic, sorted as the check returned them. */
  all: readonly Diagnostic[];
  /** Findings that count: not suppressed. */
  active: readonly Diagnostic[];
  /** Suppressed findings, each with the reason the document gave (shown on the compliance page). */
  suppressed: readonly Diagnostic[];
  /** Policy findings (recorded facts) that count. */
  policyFindings: readonly Diagnostic[];
  /** Document problems (error/warning of document rules) that count. */
  documentProblems: readonly Diagnostic[];
  /** Findings on one file (`content/...`), suppressed ones included. */
  forFile(file: string): readonly Diagnostic[];
  forDocument(document: Pick<AnyDocument, 'file'>): readonly Diagnostic[];
  forRule(ruleId: string): readonly Diagnostic[];
  /** The day a finding belongs to: the missed deadline when the rule gave one, else the day of its document. */
  dayOf(diagnostic: Diagnostic): string | undefined;
  /** Findings whose day falls in a period (first..last inclusive). */
  inPeriod(period: Pick<Period, 'first' | 'last'>): readonly Diagnostic[];
  /** Findings grouped by the period of a cadence their day falls in (period id → findings); undated findings are left out. */
  byPeriod(cadence: CadenceId): ReadonlyMap<string, readonly Diagnostic[]>;
  /** One row per rule: counts and effective severity, in registry order. */
  rules(): RuleSummary[];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

export function compliance(handbook: Handbook, diagnostics: readonly Diagnostic[], rules: readonly Rule[] = RULES): Compliance {
  const documentsByFile = new Map(handbook.documents.map((d) => [d.file, d]));
  const categoryOf = new Map(rules.map((r) => [r.id, r.category]));
  const dayCache = new Map<string, string | undefined>();
  const dayOf = (d: Diagnostic): string | undefined => {
    if (d.day) return d.day;
    if (!dayCache.has(d.file)) {
      const document = documentsByFile.get(d.file);
      dayCache.set(d.file, document ? documentDayOf(handbook, document) : undefined);
    }
    return dayCache.get(d.file);
  };
  const active = diagnostics.filter((d) => !d.suppressed);
  const byFile = groupBy(diagnostics, (d) => d.file);
  const byRule = groupBy(diagnostics, (d) => d.rule);
  const byDay = groupBy(active, dayOf);
  const sortedDays = [...byDay.keys()].sort();

  return {
    all: diagnostics,
    active,
    suppressed: diagnostics.filter((d) => d.suppressed),
    policyFindings: active.filter((d) => categoryOf.get(d.rule) === 'policy'),
    documentProblems: active.filter((d) => categoryOf.get(d.rule) !== 'policy' && d.severity !== 'info'),
    forFile: (file) => byFile.get(file) ?? [],
    forDocument: (document) => byFile.get(document.file) ?? [],
    forRule: (ruleId) => byRule.get(ruleId) ?? [],
    dayOf,
    inPeriod(period) {
      const first = period.first.toString();
      const last = period.last.toString();
      // ISO dates sort as strings; days are few compared with findings.
      return sortedDays.filter((day) => day >= first && day <= last).flatMap((day) => byDay.get(day)!);
    },
    byPeriod(cadence) {
      const out = new Map<string, Diagnostic[]>();
      for (const day of sortedDays) {
        const id = periodOf(cadence, Temporal.PlainDate.from(day)).id;
        out.set(id, [...(out.get(id) ?? []), ...byDay.get(day)!]);
      }
      return out;
    },
    rules() {
      return rules
        .filter((r) => r.check || r.checkAsync || byRule.has(r.id))
        .map((r) => {
          const found = byRule.get(r.id) ?? [];
          const suppressed = found.filter((d) => d.suppressed).length;
          return {
            id: r.id,
            description: r.description,
            category: r.category,
            ...(r.source ? { source: r.source } : {}),
            severity: ruleSeverity(handbook, r),
            findings: found.length - suppressed,
            suppressed,
          };
        });
    },
  };
}
