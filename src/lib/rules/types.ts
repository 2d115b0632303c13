/** The shape every compliance rule has, and what it is given to look at. */
import type { Temporal } from 'temporal-polyfill';
import type { Kind, Policy } from '../../schemas/index.ts';
import type { Severity } from '../diagnostics.ts';
import type { AnyDocument, Handbook } from '../handbook.ts';
import type { YamlPath } from '../source.ts';

/**
 * `document` rules find problems in what was written (they block a merge); `policy` rules record facts
 * about how the team followed the guide (they go to the compliance page and the reports).
 */
export type RuleCategory = 'document' | 'policy';

export interface Finding {
  /** The document the finding is about; omit for handbook-wide findings (reported on policy.yaml). */
  document?: AnyDocument;
  /** Frontmatter field to point at; its line is looked up. */
  at?: YamlPath;
  /** Or an explicit 1-based position (e.g. in the MDX body, already offset to file lines). */
  line?: number;
  column?: number;
  /** Overrides the file (for findings on policy.yaml or a file that failed to load). */
  file?: string;
  message: string;
  /** The day (`YYYY-MM-DD`, policy time zone) the finding belongs to, e.g. the missed deadline; reports group findings by it. */
  day?: string;
}

export interface RuleContext {
  readonly handbook: Handbook;
  readonly policy: Policy;
  /** The instant the check is as of: "overdue" is measured from it, and events stamped after it have not happened yet (src/lib/as-of.ts). */
  readonly now: Temporal.Instant;
  /** The documents to check: all of them, or only the changed ones with `--changed`. */
  readonly targets: readonly AnyDocument[];
  /** Targets of one kind. */
  targetsOf<K extends Kind>(kind: K): Extract<AnyDocument, { kind: K }>[];
  /** All documents of one kind (for cross-document rules). */
  all<K extends Kind>(kind: K): Extract<AnyDocument, { kind: K }>[];
  /** Whether a file (`content/...`) is checked this run (all are, except with `--changed`). */
  inScope(file: string): boolean;
  report(finding: Finding): void;
}

export interface Rule {
  /** `kind/name`; users configure and suppress rules by it. */
  id: string;
  /** One line: what the rule expects. */
  description: string;
  category: RuleCategory;
  severity: Severity;
  /**
   * `false`: no document can suppress it and policy.yaml's `rules:` cannot turn it off or below its
   * severity (a committed secret has leaked whatever the reason); the rule offers its own, narrower
   * exception instead. Default `true`.
   */
  suppressible?: boolean;
  /**
   * `true`: what the rule finds in a file depends on that file and the policy alone, never on other
   * documents, so a check over an audience's view may copy its findings from the full handbook's check
   * (`CheckOptions.fullRun` in src/lib/check.ts) instead of looking again.
   */
  perFile?: boolean;
  /** Guide section the rule comes from (Korean, as the guide names it). */
  source?: string;
  /** `load` rules report problems found while reading files; they have no `check`. */
  check?: (ctx: RuleContext) => void;
  /** Rules that need async libraries (secretlint) run only through `runCheckAsync`. */
  checkAsync?: (ctx: RuleContext) => Promise<void>;
  /** Documented examples; `tests/rules/examples.test.ts` runs every one of them. */
  examples?: readonly RuleExample[];
}

/**
 * A documented example of a rule: a tiny handbook (files under `content/`, the example policy of
 * `tests/fixtures/policy.yaml` with optional changes) and exactly the findings the rule reports on it.
 */
interface RuleExample {
  /** What the example shows. */
  name: string;
  /** Path under `content/` → file text. */
  files: Readonly<Record<string, string>>;
  /** The instant "now" (default `2026-12-01T09:00:00+09:00`). */
  now?: string;
  /** Top-level policy keys replaced (deep-merged for objects) before the check. */
  policy?: Readonly<Record<string, unknown>>;
  /** Every finding of this rule, in order; empty when the example passes. */
  expect: readonly ExampleFinding[];
}

/** One expected finding: its line is given, or (for `content/policy.yaml`) the policy field it points at. */
type ExampleFinding = { file: string; severity: Severity; message?: string } & ({ line: number } | { at: YamlPath });
