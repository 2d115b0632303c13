/**
 * Approvals come from code review: the approvals a pull request adds to a change record are held against
 * its reviews, recorded from GitHub's API (tests/review/fixtures, `gh api --paginate` output of PR 42).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyApprovals, type ChangeRecordVersions } from '../../src/lib/review/approvals.ts';
import { ReviewsFormatError } from '../../src/lib/errors.ts';
import { parseReviewPages, reviewerStates } from '../../src/lib/review/reviews.ts';
import { exampleChange } from '../../src/lib/rules/change-example.ts';
import { parseSource } from '../../src/lib/source.ts';
import { fixturePolicy } from '../helpers/handbook.ts';

const RECORDED = readFileSync(new URL('./fixtures/reviews-pr42.json', import.meta.url), 'utf8');
const REVIEWS = parseReviewPages(RECORDED);
const FILE = 'content/changes/2026/deploy.mdx';
const policy = fixturePolicy();

/** The example change with `approvals:` replaced by these entries (YAML flow maps, one a line). */
function changeWith(entries: string[], replace: Record<string, string> = {}): string {
  const list = entries.map((e) => `  - ${e}`).join('\n');
  return exampleChange({ ...replace, '  - { approver: kim-minsu, at: 2026-11-02T10:00:00+09:00 }': list });
}
const approval = (id: string) => `{ approver: ${id}, at: 2026-11-25T11:00:00+09:00 }`;

function record(head: string | undefined, base?: string): ChangeRecordVersions {
  const parsed = head === undefined ? undefined : parseSource(head);
  return {
    file: FILE,
    head: parsed?.data,
    base: base === undefined ? undefined : parseSource(base).data,
    locate: parsed ? parsed.locate : () => ({ line: 1, column: 1 }),
  };
}

/** 1-based line of the first line containing `text`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

function verify(head: string, options: { base?: string; author?: string } = {}) {
  return verifyApprovals({ policy, records: [record(head, options.base)], reviews: REVIEWS, ...(options.author ? { author: options.author } : {}) });
}

describe('reviews as gh api --paginate prints them', () => {
  it('reads every page, in order, the same from pages back to back, one array or --slurp', () => {
    expect(REVIEWS).toHaveLength(12);
    expect(REVIEWS.map((r) => r.login).slice(4, 6)).toEqual(['jihoon-park', 'hayoung-jung']);
    // The recording's two pages, as gh prints them elsewhere: on a terminal (indented), with --slurp, or merged.
    const [first, second] = RECORDED.trim()
      .split('][')
      .map((text, i) => JSON.parse(i === 0 ? `${text}]` : `[${text}`) as unknown[]);
    expect(first).toHaveLength(5);
    expect(parseReviewPages(`${JSON.stringify(first, null, 2)}\n${JSON.stringify(second, null, 2)}\n`)).toEqual(REVIEWS);
    expect(parseReviewPages(JSON.stringify([first, second]))).toEqual(REVIEWS);
    expect(parseReviewPages(JSON.stringify([...first!, ...second!]))).toEqual(REVIEWS);
    expect(parseReviewPages('[]')).toEqual([]);
  });

  it('marks bots, and leaves out reviews of deleted accounts', () => {
    expect(REVIEWS.filter((r) => r.bot).map((r) => r.login)).toEqual(['renovate[bot]', 'copilot-pull-request-reviewer[bot]']);
    expect(parseReviewPages('[{"user":null,"state":"APPROVED"}]')).toEqual([]);
  });

  it.each([
    ['[{"user":{"login":"a"},"state":"APPROVED"}', 'ends in the middle'],
    ['{"message":"Not Found"}', 'Expected each page of reviews to be a JSON array'],
    ['HTTP 404', 'expected a JSON array, found "H"'],
    ['[{"user":{"login":"a"}}]', 'expected a "state"'],
    ['[{"user":{"login":"a","state":"APPROVED"]', 'Cannot read the reviews'],
  ])('refuses %s with a reason', (text, message) => {
    expect(() => parseReviewPages(text)).toThrow(ReviewsFormatError);
    expect(() => parseReviewPages(text)).toThrow(message);
  });

  it("gives each person's standing as GitHub reads it: the latest approval, change request or dismissal; comments change nothing", () => {
    expect(Object.fromEntries(reviewerStates(REVIEWS))).toEqual({
      'minsu-kim': 'APPROVED', // approved, then commented: still approved
      'hayoung-jung': 'CHANGES_REQUESTED', // approved, then requested changes
      'taeyang-yoon': 'COMMENTED', // only commented
      'jihoon-park': 'APPROVED', // approval dismissed by a push, review re-requested, approved again
      'minjae-song': 'DISMISSED', // approval dismissed, re-requested, only commented since
      'seoyeon-lee': 'APPROVED',
      // renovate[bot] approved and copilot commented: bots are nobody's approval
    });
    const shouted = [{ login: 'Minsu-Kim', bot: false, state: 'CHANGES_REQUESTED' }];
    expect(reviewerStates([...REVIEWS, ...shouted]).get('minsu-kim')).toBe('CHANGES_REQUESTED');
    expect(reviewerStates([{ login: 'x', bot: false, state: 'PENDING' }]).size).toBe(0);
  });
});

describe('verifyApprovals', () => {
  it('passes approvals given in review: a high-risk change with its two approvers', () => {
    const head = changeWith([approval('kim-minsu'), approval('park-jihoon')], { 'risk: medium': 'risk: high' });
    const { diagnostics, rows } = verify(head);
    expect(diagnostics).toEqual([]);
    expect(rows.map((r) => [r.approver, r.github, r.state, r.verdict])).toEqual([
      ['kim-minsu', 'minsu-kim', 'APPROVED', 'approved'],
      ['park-jihoon', 'jihoon-park', 'APPROVED', 'approved'],
    ]);
  });

  it.each([
    ['jung-hayoung', 'requested changes in their latest review'],
    ['song-minjae', 'had their approval dismissed and has not approved since'],
    ['yoon-taeyang', 'has only commented on this pull request'],
    ['kang-eunji', 'has not reviewed this pull request'],
  ])('fails on the line of %s, who did not approve in review', (id, why) => {
    const head = changeWith([approval('kim-minsu'), approval(id)]);
    const { diagnostics } = verify(head);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: FILE, line: lineOf(head, `approver: ${id}`), rule: 'review/approval-missing' });
    expect(errors[0]!.message).toContain(`${id} (@`);
    expect(errors[0]!.message).toContain(why);
    expect(errors[0]!.message).toContain('a medium-risk normal change needs 1 approval(s) from team-lead or cto');
  });

  it('names what the record needs: the emergency minimum, nothing for a pre-approved standard change', () => {
    const emergency = changeWith([approval('kang-eunji')], { 'type: normal': 'type: emergency' });
    expect(verify(emergency).diagnostics[0]!.message).toContain('; an emergency change needs 1 approval(s) from team-lead or cto');
    const standard = changeWith([approval('jung-hayoung')], { 'type: normal': 'type: standard' });
    const [finding] = verify(standard).diagnostics;
    expect(finding!.message).toMatch(/requested changes in their latest review \(코드 리뷰 승인 없음\)$/);
  });

  it('compares only the approvals the pull request adds', () => {
    const base = changeWith([approval('kang-eunji')]);
    const head = changeWith([approval('kang-eunji'), approval('jung-hayoung')]);
    const { diagnostics, rows } = verify(head, { base });
    expect(rows.map((r) => r.approver)).toEqual(['jung-hayoung']);
    expect(diagnostics.map((d) => [d.line, d.rule])).toEqual([[lineOf(head, 'jung-hayoung'), 'review/approval-missing']]);
    // Nothing added (a result recorded after execution): nothing to compare, whatever the reviews say.
    expect(verifyApprovals({ policy, records: [record(base, base)], reviews: [] }).rows).toEqual([]);
  });

  it('refuses the author as an approver of their own pull request', () => {
    const head = changeWith([approval('han-jiwoo')]);
    const { diagnostics, rows } = verify(head, { author: 'Jiwoo-Han' });
    expect(rows[0]?.verdict).toBe('author');
    expect(diagnostics).toEqual([
      expect.objectContaining({
        line: lineOf(head, 'han-jiwoo'),
        rule: 'review/self-approval',
        severity: 'error',
        message: expect.stringContaining('opened this pull request'),
      }),
    ]);
  });

  it('warns, without failing, about an approval given in review by someone without an approver role', () => {
    const head = changeWith([approval('kim-minsu'), approval('lee-seoyeon')]);
    const { diagnostics, rows } = verify(head);
    expect(diagnostics.map((d) => [d.line, d.rule, d.severity])).toEqual([[lineOf(head, 'approver: lee-seoyeon'), 'review/approver-role', 'warning']]);
    expect(diagnostics[0]!.message).toContain('with sre');
    expect(rows.map((r) => [r.approver, r.verdict, r.approverRole])).toEqual([
      ['kim-minsu', 'approved', true],
      ['lee-seoyeon', 'approved', false],
    ]);
  });

  it('skips entries that name no person (an automated gate), and fails on an approver not in the roster', () => {
    const head = changeWith([approval('kim-minsu'), '{ gate: deploy-checks, at: 2026-11-25T11:00:00+09:00 }', approval('kim-minso')]);
    const { diagnostics, rows } = verify(head);
    expect(rows.map((r) => [r.approver, r.verdict])).toEqual([
      ['kim-minsu', 'approved'],
      ['kim-minso', 'unknown'],
    ]);
    expect(diagnostics.map((d) => [d.line, d.rule])).toEqual([[lineOf(head, 'kim-minso'), 'review/approval-missing']]);
  });

  it('says nothing about a deleted record or one whose YAML cannot be read (the check reports those)', () => {
    const base = changeWith([approval('kang-eunji')]);
    expect(verifyApprovals({ policy, records: [record(undefined, base), record('---\n: [\n---\n')], reviews: REVIEWS }).diagnostics).toEqual([]);
  });
});
