/**
 * Findings are dated by the policy time zone's calendar, as the reports count records: a change run at
 * 20:00 on 30 November in San Francisco ran on 1 December in Seoul, and its finding belongs to that day.
 */
import { describe, expect, it } from 'vitest';
import { changeFourEyes } from '../../src/lib/rules/change-four-eyes.ts';
import { changeResultRecorded } from '../../src/lib/rules/change-result-recorded.ts';
import { exampleChange } from '../../src/lib/rules/change-example.ts';
import { runRule } from './helpers.ts';

const FILE = 'changes/2026/2026-11-30-order-api-release.mdx';

describe('finding days', () => {
  it('a finding on a change that ran late in the evening elsewhere is dated by the policy zone', async () => {
    // Self-approval is a four-eyes finding; the change ran at 2026-12-01T13:00 Asia/Seoul.
    const text = exampleChange({
      'executed_at: 2026-11-03T22:10:00+09:00': 'executed_at: 2026-11-30T20:00:00-08:00',
      'window: { start: 2026-11-03T22:00:00+09:00, end: 2026-11-03T23:00:00+09:00 }':
        'window: { start: 2026-11-30T19:00:00-08:00, end: 2026-11-30T21:00:00-08:00 }',
      'approver: kim-minsu': 'approver: lee-seoyeon',
    });
    const { findings } = await runRule(changeFourEyes, { [FILE]: text });
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.map((f) => f.day)).toEqual(findings.map(() => '2026-12-01'));
  });

  it('a change never recorded is dated by the end of its window in the policy zone', async () => {
    const text = exampleChange({
      'result: succeeded\n': '',
      'executed_at: 2026-11-03T22:10:00+09:00\n': '',
      'window: { start: 2026-11-03T22:00:00+09:00, end: 2026-11-03T23:00:00+09:00 }': 'window: { start: 2026-11-29T14:00:00Z, end: 2026-11-29T15:30:00Z }',
    });
    const { findings } = await runRule(changeResultRecorded, { [FILE]: text });
    expect(findings.map((f) => f.day)).toEqual(['2026-11-30']);
  });
});
