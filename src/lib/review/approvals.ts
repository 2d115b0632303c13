/**
 * Approvals come from code review: every approval a pull request adds to a change record must be an
 * approving review of that pull request by the person it names (docs/pull-requests.md, "Approvals come from code review"). Pure: the command gives it
 * the records before and after, the roster and the reviews.
 */
import type { Diagnostic } from '../diagnostics.ts';
import type { YamlPath } from '../source.ts';
import type { Policy } from '../../schemas/policy.ts';
import { reviewerStates, type PullReview, type ReviewerState } from './reviews.ts';

/** Where reviewers and authors read what each finding means. */
const APPROVALS_DOCS = 'docs/pull-requests.md#approvals-come-from-code-review';

/** One change record the pull request touches: its frontmatter at the merge base and at the head. */
export interface ChangeRecordVersions {
  /** `content/changes/<YYYY>/<id>.mdx` */
  file: string;
  /** Frontmatter at the head; undefined when the file was deleted or its YAML cannot be read (the check reports that). */
  head: Record<string, unknown> | undefined;
  /** Frontmatter at the merge base; undefined for a new record. */
  base: Record<string, unknown> | undefined;
  /** Line and column of a head frontmatter field. */
  locate(path: YamlPath): { line: number; column: number };
}

export interface ApprovalsInput {
  policy: Pick<Policy, 'people' | 'changes'>;
  records: readonly ChangeRecordVersions[];
  reviews: readonly PullReview[];
  /** GitHub login of the pull request's author, when known. */
  author?: string;
}

/** One added approval and what the reviews say about it, for the step summary. */
export interface ApprovalRow {
  file: string;
  line: number;
  approver: string;
  /** The roster person's GitHub handle; undefined when the id is not in the roster. */
  github?: string;
  /** The person's standing in review; undefined when they have not reviewed. */
  state?: ReviewerState;
  verdict: 'approved' | 'not-approved' | 'author' | 'unknown';
  /** Whether the person holds one of `changes.approver_roles` (an approval counts only then). */
  approverRole?: boolean;
}

/**
 * Whether an approval entry is a person's. Today a person is named by `approver` (a roster id); an
 * entry that names none (an automated gate's) is no one's review and is not compared with the reviews.
 */
function personApprover(entry: unknown): string | undefined {
  if (entry === null || typeof entry !== 'object') return undefined;
  const approver = (entry as { approver?: unknown }).approver;
  return typeof approver === 'string' ? approver : undefined;
}

function approvalsOf(data: Record<string, unknown> | undefined): unknown[] {
  return Array.isArray(data?.approvals) ? data.approvals : [];
}

/** The person approvals at the head that the base did not have (by approver), with their index in `approvals`. */
function addedApprovals(record: ChangeRecordVersions): { approver: string; index: number }[] {
  const before = new Set(approvalsOf(record.base).flatMap((e) => personApprover(e) ?? []));
  return approvalsOf(record.head).flatMap((entry, index) => {
    const approver = personApprover(entry);
    return approver !== undefined && !before.has(approver) ? [{ approver, index }] : [];
  });
}

/** `; <how many approvals the record needs>`, in the words of change/four-eyes (sla.ts requiredApprovals); empty for a pre-approved standard change. */
function need(policy: ApprovalsInput['policy'], data: Record<string, unknown>): string {
  const roles = policy.changes.approver_roles.join(' or ');
  if (data.type === 'emergency') return `; an emergency change needs ${policy.changes.emergency.min_approvals} approval(s) from ${roles}`;
  const risk = data.risk;
  if (data.type === 'standard' || (risk !== 'low' && risk !== 'medium' && risk !== 'high')) return '';
  return `; a ${risk}-risk ${String(data.type)} change needs ${policy.changes.approvals[risk]} approval(s) from ${roles}`;
}

const NOT_APPROVED: Record<ReviewerState | 'none', string> = {
  none: 'has not reviewed this pull request',
  COMMENTED: 'has only commented on this pull request',
  CHANGES_REQUESTED: 'requested changes in their latest review',
  DISMISSED: 'had their approval dismissed and has not approved since',
  APPROVED: '',
};

export function verifyApprovals(input: ApprovalsInput): { diagnostics: Diagnostic[]; rows: ApprovalRow[] } {
  const people = new Map(input.policy.people.map((p) => [p.id, p]));
  const states = reviewerStates(input.reviews);
  const author = input.author?.toLowerCase();
  const approverRoles = input.policy.changes.approver_roles;
  const diagnostics: Diagnostic[] = [];
  const rows: ApprovalRow[] = [];
  for (const record of input.records) {
    const data = record.head;
    if (!data) continue;
    for (const { approver, index } of addedApprovals(record)) {
      const { line, column } = record.locate(['approvals', index, 'approver']);
      const report = (rule: string, severity: Diagnostic['severity'], message: string) =>
        diagnostics.push({ file: record.file, line, column, rule, severity, message, docs: APPROVALS_DOCS });
      const person = people.get(approver);
      if (!person) {
        rows.push({ file: record.file, line, approver, verdict: 'unknown' });
        report(
          'review/approval-missing',
          'error',
          `Expected the approver to be a person in the roster (content/policy.yaml people) so their review can be found, found "${approver}" (승인자를 명단에서 찾을 수 없음)`,
        );
        continue;
      }
      const who = `${approver} (@${person.github})`;
      const handle = person.github.toLowerCase();
      const state = states.get(handle);
      if (handle === author) {
        rows.push({ file: record.file, line, approver, github: person.github, ...(state ? { state } : {}), verdict: 'author' });
        report(
          'review/self-approval',
          'error',
          `Expected an approval from a reviewer, found ${who}, who opened this pull request: GitHub does not let an author approve their own pull request; ask another approver to review it (작성자는 자신의 풀 리퀘스트를 승인할 수 없음)`,
        );
        continue;
      }
      const approved = state === 'APPROVED';
      const approverRole = person.roles.some((r) => approverRoles.includes(r));
      rows.push({
        file: record.file,
        line,
        approver,
        github: person.github,
        ...(state ? { state } : {}),
        verdict: approved ? 'approved' : 'not-approved',
        approverRole,
      });
      if (!approved) {
        report(
          'review/approval-missing',
          'error',
          `Expected ${who} to approve this pull request in code review before being listed under approvals, found that they ${NOT_APPROVED[state ?? 'none']}${need(input.policy, data)} (코드 리뷰 승인 없음)`,
        );
      }
      if (!approverRole) {
        // A truthful record of an approval that does not count must still merge (change/four-eyes says so too).
        report(
          'review/approver-role',
          'warning',
          `Expected an approver with role ${approverRoles.join(' or ')}, found ${who} with ${person.roles.join(', ') || 'no role'}: their approval does not count${need(input.policy, data)} (승인 권한 없음)`,
        );
      }
    }
  }
  return { diagnostics, rows };
}
