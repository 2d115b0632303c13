/** The approvals a change needs are dated before it ran (guide: 변경 승인 → 변경 실행). */
import { isPersonApproval } from '../../schemas/change.ts';
import { isLate, requiredApprovals } from '../sla.ts';
import { instant } from '../time.ts';
import type { Rule } from './types.ts';
import { exampleChange } from './change-example.ts';
import { policyDay, when } from './util.ts';

export const changeApprovedBeforeExecution: Rule = {
  id: 'change/approved-before-execution',
  category: 'policy',
  severity: 'info',
  source: '변경 관리 → 변경 프로세스',
  description: 'The approvals a change needs are given before it is executed (emergency: the minimum approvals before it runs).',
  check(ctx) {
    const tz = ctx.policy.timezone;
    for (const document of ctx.targetsOf('change')) {
      const d = document.data;
      if (!d.executed_at) continue;
      const executed = instant(d.executed_at);
      const needed = requiredApprovals(ctx.policy, d);
      if (needed === 0) continue;
      // People only: an automated gate never stands in for a person's approval (see the change schema).
      const valid = d.approvals
        .map((a, index) => ({ ...a, index }))
        .filter((a): a is typeof a & { approver: string } => isPersonApproval(a) && a.approver !== d.requester)
        .sort((a, b) => instant(a.at).epochMilliseconds - instant(b.at).epochMilliseconds);
      const before = valid.filter((a) => !isLate(instant(a.at), executed)).length;
      if (before === 0) {
        // Ran with nobody's approval at all: the finding four-eyes alone would not name.
        const gates = d.approvals.length - d.approvals.filter(isPersonApproval).length;
        ctx.report({
          document,
          at: ['executed_at'],
          day: policyDay(tz, d.executed_at),
          message: `Expected ${needed} approval(s) before execution at ${when(tz, executed)}, found it executed without any approval (실행되었으나 승인 없음)${gates ? `; ${gates} automated gate(s) do not count as a person` : ''}`,
        });
        continue;
      }
      // The approval that completes the required number must come before execution.
      const completing = valid[needed - 1];
      if (!completing || !isLate(instant(completing.at), executed)) continue;
      ctx.report({
        document,
        at: ['approvals', completing.index, 'at'],
        day: policyDay(ctx.policy.timezone, d.executed_at),
        message: `Expected ${needed} approval(s) before execution at ${when(tz, executed)}, found approval by ${completing.approver} at ${when(tz, completing.at)}`,
      });
    }
  },
  examples: [
    { name: 'approved the day before', files: { 'changes/2026/deploy.mdx': exampleChange() }, expect: [] },
    {
      name: 'its only approval came after it ran',
      files: { 'changes/2026/deploy.mdx': exampleChange({ 'at: 2026-11-02T10:00:00+09:00': 'at: 2026-11-03T22:11:00+09:00' }) },
      expect: [
        { file: 'content/changes/2026/deploy.mdx', line: 14, severity: 'info', message: 'found it executed without any approval (실행되었으나 승인 없음)' },
      ],
    },
    {
      name: 'executed with no approval recorded',
      files: { 'changes/2026/deploy.mdx': exampleChange({ 'approvals:\n  - { approver: kim-minsu, at: 2026-11-02T10:00:00+09:00 }': '' }) },
      expect: [{ file: 'content/changes/2026/deploy.mdx', line: 14, severity: 'info', message: 'executed without any approval' }],
    },
    {
      name: 'only an automated gate approved it',
      files: { 'changes/2026/deploy.mdx': exampleChange({ 'approver: kim-minsu': 'gate: ci-policy-check' }) },
      expect: [{ file: 'content/changes/2026/deploy.mdx', line: 14, severity: 'info', message: '1 automated gate(s) do not count as a person' }],
    },
    {
      name: 'high risk: the second approval came after it ran',
      files: {
        'changes/2026/deploy.mdx': exampleChange({ 'risk: medium': 'risk: high' }).replace(
          '  - { approver: kim-minsu, at: 2026-11-02T10:00:00+09:00 }',
          '  - { approver: kim-minsu, at: 2026-11-02T10:00:00+09:00 }\n  - { approver: park-jihoon, at: 2026-11-03T22:11:00+09:00 }',
        ),
      },
      expect: [{ file: 'content/changes/2026/deploy.mdx', line: 17, severity: 'info', message: 'found approval by park-jihoon at 2026-11-03 22:11' }],
    },
  ],
};
