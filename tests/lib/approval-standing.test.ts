/**
 * How a change's approvals stand (src/lib/sla.ts) is what change/four-eyes reports and the change page
 * shows: the requester's own approval, one without an approver role, a repeat and an automated gate are
 * recorded but not counted.
 */
import { describe, expect, it } from 'vitest';
import { exampleChange } from '../../src/lib/rules/change-example.ts';
import { changeFourEyes } from '../../src/lib/rules/change-four-eyes.ts';
import { approvalStanding } from '../../src/lib/sla.ts';
import { runRule } from '../rules/helpers.ts';

const FILE = 'changes/2026/deploy.mdx';

async function standing(approvals: string, risk = 'medium') {
  const text = exampleChange({ '  - { approver: kim-minsu, at: 2026-11-02T10:00:00+09:00 }\n': approvals, 'risk: medium': `risk: ${risk}` });
  const { handbook, findings } = await runRule(changeFourEyes, { [FILE]: text });
  const change = handbook.documents.find((d) => d.kind === 'change')!;
  return { standing: approvalStanding(handbook.policy, change.data as never), findings };
}

describe('approvalStanding', () => {
  it('counts a team lead’s approval once, however often it is recorded', async () => {
    const { standing: s, findings } = await standing(
      '  - { approver: kim-minsu, at: 2026-11-02T10:00:00+09:00 }\n  - { approver: kim-minsu, at: 2026-11-02T11:00:00+09:00 }\n',
      'high',
    );
    expect(s).toMatchObject({ counted: 1, needed: 2 });
    expect(s.people.map((p) => p.uncounted)).toEqual([undefined, 'repeated']);
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('found 1')]);
  });

  it('does not count the requester’s own approval, nor a gate, as the rule does not', async () => {
    const { standing: s, findings } = await standing(
      '  - { approver: lee-seoyeon, at: 2026-11-02T10:00:00+09:00 }\n  - { gate: ci-policy-check, at: 2026-11-02T10:05:00+09:00 }\n',
    );
    expect(s).toMatchObject({ counted: 0, needed: 1, gates: [{ index: 1, gate: 'ci-policy-check', at: '2026-11-02T10:05:00+09:00' }] });
    expect(s.people).toEqual([{ index: 0, approver: 'lee-seoyeon', at: '2026-11-02T10:00:00+09:00', uncounted: 'own-change' }]);
    expect(findings.length).toBe(2);
  });
});
