/**
 * Policy findings of the check (docs/architecture.md §4: late responses, overdue action items, missing reports …)
 * placed in a period: by the day the rule gives (`Diagnostic.day`), else by the day of the record the
 * finding is about. A finding with neither belongs to no period.
 */
import type { Temporal } from 'temporal-polyfill';
import type { CadenceId } from '../../schemas/policy.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { AnyDocument } from '../handbook.ts';
import { POLICY_FILE } from '../policy-source.ts';
import { RULES_BY_ID } from '../rules/index.ts';
import { plainDate } from '../time.ts';
import { periodIdOf } from './period-ids.ts';
import { documentDay } from './when.ts';

export interface PeriodFinding {
  rule: string;
  file: string;
  line: number;
  message: string;
  /** Key of the document it is about (`incident:<id>`), when it exists. */
  document?: string;
}

export interface FindingFigures {
  total: number;
  /** Rule id → count. */
  byRule: Record<string, number>;
  items: PeriodFinding[];
}

/** Policy rules only: document problems block a merge and never reach a published build. */
function isPolicyFinding(d: Diagnostic): boolean {
  return !d.suppressed && RULES_BY_ID.get(d.rule)?.category === 'policy';
}

/**
 * Only findings on a document the audience sees, or handbook-wide ones (on policy.yaml, e.g. a missing
 * report), are placed: a finding on any other file is about a document this build leaves out (a
 * restricted incident), and listing it would reveal that document.
 */
function findingDay(timeZone: string, d: Diagnostic, byFile: ReadonlyMap<string, AnyDocument>): Temporal.PlainDate | undefined {
  const doc = byFile.get(d.file);
  if (!doc && d.file !== POLICY_FILE) return undefined;
  // The rule says which day the fact belongs to (a missed deadline, a missing report's period) …
  if (d.day) return plainDate(d.day);
  // … otherwise it belongs with the record it is about.
  return doc ? documentDay(timeZone, doc) : undefined;
}

/** Period id → policy findings of the records in it. */
export function findingsByPeriod(
  timeZone: string,
  diagnostics: readonly Diagnostic[],
  documents: readonly AnyDocument[],
  cadence: CadenceId,
): Map<string, PeriodFinding[]> {
  const byFile = new Map(documents.map((d) => [d.file, d]));
  const byPeriod = new Map<string, PeriodFinding[]>();
  for (const d of diagnostics) {
    if (!isPolicyFinding(d)) continue;
    const day = findingDay(timeZone, d, byFile);
    if (!day) continue;
    const id = periodIdOf(cadence, day);
    const list = byPeriod.get(id) ?? [];
    list.push({ rule: d.rule, file: d.file, line: d.line, message: d.message, document: byFile.get(d.file)?.key });
    byPeriod.set(id, list);
  }
  return byPeriod;
}

export function findingFigures(items: readonly PeriodFinding[]): FindingFigures {
  const byRule: Record<string, number> = {};
  for (const f of items) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  return { total: items.length, byRule, items: [...items] };
}
