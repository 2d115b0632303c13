/**
 * Runs every rule over a handbook and returns diagnostics: severity from policy overrides, suppressions
 * applied, positions resolved and clamped to the file. A rule that throws becomes a diagnostic, never a
 * crash.
 */
import { closest } from 'fastest-levenshtein';
import type { Temporal } from 'temporal-polyfill';
import { compareDiagnostics, ruleDocsUrl, type Diagnostic, type Severity } from './diagnostics.ts';
import { groupByKind, type AnyDocument, type Handbook } from './handbook.ts';
import { POLICY_FILE } from './policy-source.ts';
import { RULES, RULES_BY_ID } from './rules/index.ts';
import type { Finding, Rule, RuleContext } from './rules/types.ts';

export interface CheckOptions {
  now: Temporal.Instant;
  /** Only these files (`content/...`) are checked by document rules; handbook-wide rules still run. */
  onlyFiles?: ReadonlySet<string>;
  rules?: readonly Rule[];
  /**
   * The findings of the check over the full handbook this one is a view of (src/lib/audience.ts), with
   * the same policy and instant: the findings of `perFile` rules on this handbook's files are copied from
   * it, not looked for again. The site checks the public view of a handbook the build has just checked in
   * full, and the secret scan was most of that second check.
   */
  fullRun?: readonly Diagnostic[];
}

const LEVELS: readonly (Severity | 'off')[] = ['off', 'info', 'warning', 'error'];

/** The rule's severity after policy.yaml's `rules:`, which may only raise an unsuppressible rule. */
export function ruleSeverity(handbook: Pick<Handbook, 'policy'>, rule: Pick<Rule, 'id' | 'severity' | 'suppressible'>): Severity | 'off' {
  const override = handbook.policy.rules[rule.id];
  if (override === undefined) return rule.severity;
  if (rule.suppressible === false && LEVELS.indexOf(override) < LEVELS.indexOf(rule.severity)) return rule.severity;
  return override;
}

/** Runs every synchronous rule. Rules with only an async check (secret scanning) need `runCheckAsync`. */
export function runCheck(handbook: Handbook, options: CheckOptions): Diagnostic[] {
  const run = prepare(handbook, options);
  runSyncRules(run);
  return run.diagnostics.sort(compareDiagnostics);
}

/** Runs every rule, synchronous and async: what the CLI and the build use. */
export async function runCheckAsync(handbook: Handbook, options: CheckOptions): Promise<Diagnostic[]> {
  const run = prepare(handbook, options);
  runSyncRules(run);
  for (const rule of run.rules) {
    if (!rule.checkAsync) continue;
    try {
      await rule.checkAsync(run.context(rule));
    } catch (error) {
      run.crashed(rule, error);
    }
  }
  return run.diagnostics.sort(compareDiagnostics);
}

function runSyncRules(run: ReturnType<typeof prepare>): void {
  for (const rule of run.rules) if (rule.check) run.guard(rule, () => rule.check!(run.context(rule)));
}

/** The findings of the copied rules on the files this handbook holds: its documents, its other files and the policy. */
function copiedFindings(handbook: Handbook, fullRun: readonly Diagnostic[], rules: ReadonlySet<string>, inScope: (file: string) => boolean): Diagnostic[] {
  if (rules.size === 0) return [];
  const files = new Set([POLICY_FILE, ...handbook.documents.map((d) => d.file), ...handbook.otherFiles.map((f) => f.file)]);
  return fullRun.filter((d) => rules.has(d.rule) && files.has(d.file) && inScope(d.file)).map((d) => ({ ...d }));
}

function prepare(handbook: Handbook, options: CheckOptions) {
  const enabled = (options.rules ?? RULES).filter((r) => (r.check || r.checkAsync) && ruleSeverity(handbook, r) !== 'off');
  const copied = new Set(options.fullRun ? enabled.filter((r) => r.perFile).map((r) => r.id) : []);
  const rules = enabled.filter((r) => !copied.has(r.id));
  const inScope = (file: string) => !options.onlyFiles || options.onlyFiles.has(file);
  const diagnostics: Diagnostic[] = copiedFindings(handbook, options.fullRun ?? [], copied, inScope);
  const targets = handbook.documents.filter((d) => inScope(d.file));
  const lineCounts = new Map(handbook.documents.map((d) => [d.file, d.lineCount]));

  const emit = (rule: Pick<Rule, 'id' | 'severity' | 'suppressible'>, d: Omit<Diagnostic, 'rule' | 'severity' | 'docs'>, document?: AnyDocument) => {
    const severity = ruleSeverity(handbook, rule);
    if (severity === 'off') return;
    const maxLine = lineCounts.get(d.file) ?? Number.MAX_SAFE_INTEGER;
    const line = Math.min(Math.max(1, Math.trunc(d.line)), Math.max(1, maxLine));
    const suppression = rule.suppressible === false ? undefined : document?.data.suppress.find((s) => s.rule === rule.id);
    // Keys in the order of the JSON contract (docs/architecture.md §4).
    diagnostics.push({
      file: d.file,
      line,
      column: Math.max(1, Math.trunc(d.column)),
      rule: rule.id,
      severity,
      message: d.message,
      docs: ruleDocsUrl(rule.id),
      ...(suppression ? { suppressed: suppression.reason } : {}),
      ...(d.day ? { day: d.day } : {}),
    });
  };

  // A rule id in policy.yaml's `rules:` that no rule has silently configures nothing (a typo, a renamed rule).
  for (const id of Object.keys(handbook.policy.rules)) {
    if (RULES_BY_ID.has(id) || options.rules) continue;
    const pos = handbook.policyLocate?.(['rules', id]) ?? { line: 1, column: 1 };
    const hint = closest(id, [...RULES_BY_ID.keys()]);
    emit(
      { id: 'policy/reference', severity: 'error' },
      { file: POLICY_FILE, ...pos, message: `Cannot find the rule "${id}" set in rules:; did you mean "${hint}"? (npm run check -- --list-rules lists them)` },
    );
  }

  for (const p of handbook.problems) {
    if (!inScope(p.file)) continue;
    emit(RULES_BY_ID.get(p.rule) ?? { id: p.rule, severity: 'error' }, { file: p.file, line: p.line, column: p.column, message: p.message });
  }

  const byKind = groupByKind(handbook.documents);
  const targetsByKind = groupByKind(targets);

  const context = (rule: Rule, only?: readonly AnyDocument[]): RuleContext => ({
    handbook,
    policy: handbook.policy,
    now: options.now,
    targets: only ?? targets,
    targetsOf: (kind) => (only ? only.filter((d) => d.kind === kind) : (targetsByKind.get(kind) ?? [])) as never,
    all: (kind) => (byKind.get(kind) ?? []) as never,
    inScope,
    report(finding: Finding) {
      if (only) return;
      const document = finding.document;
      const file = finding.file ?? document?.file ?? POLICY_FILE;
      const pos = finding.at && document ? document.locate(finding.at) : { line: finding.line ?? 1, column: finding.column ?? 1 };
      emit(
        rule,
        { file, line: finding.line ?? pos.line, column: finding.column ?? pos.column, message: finding.message, ...(finding.day ? { day: finding.day } : {}) },
        document,
      );
    },
  });
  /**
   * The document a synchronous rule crashed on: the rule is run again (silently) with no targets, then
   * with each target alone. A crash with no targets is handbook-wide (blamed on policy.yaml); otherwise the
   * first document it crashes on is named, so the author knows which file to look at.
   */
  const culprit = (rule: Rule): AnyDocument | undefined => {
    if (!rule.check) return undefined;
    const crashesOn = (only: readonly AnyDocument[]) => {
      try {
        rule.check!(context(rule, only));
        return false;
      } catch {
        return true;
      }
    };
    if (crashesOn([])) return undefined;
    return targets.find((d) => crashesOn([d]));
  };
  const crashed = (rule: Rule, error: unknown) => {
    const document = culprit(rule);
    const reason = error instanceof Error ? error.message : String(error);
    emit(
      { id: rule.id, severity: 'error', suppressible: rule.suppressible },
      {
        file: document?.file ?? POLICY_FILE,
        line: 1,
        column: 1,
        message: document
          ? `The rule stopped with an internal error while checking this document (${reason}); a value here is probably out of range: check its timestamps and durations, and please report it with this message`
          : `The rule stopped with an internal error (${reason}); please report it with this message`,
      },
    );
  };
  const guard = (rule: Rule, f: () => void) => {
    try {
      f();
    } catch (error) {
      crashed(rule, error);
    }
  };
  return { rules, diagnostics, context, guard, crashed };
}
