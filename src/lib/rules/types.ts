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
}

export interface RuleContext {
  readonly handbook: Handbook;
  readonly policy: Policy;
  /** The instant "overdue" is measured from. */
  readonly now: Temporal.Instant;
  /** The documents to check: all of them, or only the changed ones with `--changed`. */
  readonly targets: readonly AnyDocument[];
  /** Targets of one kind. */
  targetsOf<K extends Kind>(kind: K): Extract<AnyDocument, { kind: K }>[];
  /** All documents of one kind (for cross-document rules). */
  all<K extends Kind>(kind: K): Extract<AnyDocument, { kind: K }>[];
  report(finding: Finding): void;
}

export interface Rule {
  /** `kind/name`; users configure and suppress rules by it. */
  id: string;
  /** One line: what the rule expects. */
  description: string;
  category: RuleCategory;
  severity: Severity;
  /** Guide section the rule comes from (Korean, as the guide names it). */
  source?: string;
  /** `load` rules report problems found while reading files; they have no `check`. */
  check?: (ctx: RuleContext) => void;
}
