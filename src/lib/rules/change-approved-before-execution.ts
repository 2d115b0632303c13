/** The approvals a change needs are dated before it ran (guide: 변경 승인 → 변경 실행). */
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
      const valid = d.approvals
        .map((a, index) => ({ ...a, index }))
        .filter((a) => a.approver !== d.requester)
        .sort((a, b) => instant(a.at).epochMilliseconds - instant(b.at).epochMilliseconds);
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
      name: 'approved after it ran',
      files: { 'changes/2026/deploy.mdx': exampleChange({ 'at: 2026-11-02T10:00:00+09:00': 'at: 2026-11-03T22:11:00+09:00' }) },
      expect: [{ file: 'content/changes/2026/deploy.mdx', line: 16, severity: 'info', message: 'before execution at 2026-11-03 22:10' }],
    },
  ],
};
