/**
 * Four eyes: nobody approves their own change, approvers hold an approver role, and the change has the
 * approvals its risk needs (guide: 변경 승인; emergency: 최소 승인자 확인). Standard changes are pre-approved.
 */
import { approvalStanding } from '../sla.ts';
import { policyDay } from './util.ts';
import type { Rule } from './types.ts';
import { exampleChange } from './change-example.ts';

export const changeFourEyes: Rule = {
  id: 'change/four-eyes',
  category: 'policy',
  severity: 'info',
  source: '변경 관리 → 변경 프로세스 → 변경 승인',
  description: 'No approver is the requester, approvers hold an approver role, and a change has the approvals its risk (or emergency) needs.',
  check(ctx) {
    const approverRoles = ctx.policy.changes.approver_roles;
    for (const document of ctx.targetsOf('change')) {
      const d = document.data;
      const day = policyDay(ctx.policy.timezone, d.executed_at ?? d.requested_at);
      const standing = approvalStanding(ctx.policy, d);
      for (const { index, approver, uncounted } of standing.people) {
        if (uncounted === 'own-change') {
          ctx.report({
            document,
            at: ['approvals', index, 'approver'],
            day,
            message: `Expected an approver other than the requester, found ${approver} approving their own change`,
          });
        } else if (uncounted === 'no-approver-role') {
          ctx.report({
            document,
            at: ['approvals', index, 'approver'],
            day,
            message: `Expected an approver with role ${approverRoles.join(' or ')}, found ${approver}`,
          });
        }
      }
      const { counted, needed } = standing;
      const gates = standing.gates.length;
      if (counted < needed) {
        const why = d.type === 'emergency' ? 'an emergency change' : `a ${d.risk}-risk ${d.type} change`;
        ctx.report({
          document,
          at: d.approvals.length ? ['approvals'] : ['risk'],
          day,
          message: `Expected ${needed} approval(s) from someone other than the requester for ${why}, found ${counted}${gates ? ` (${gates} automated gate(s) do not count as a person)` : ''}`,
        });
      }
    }
  },
  examples: [
    { name: 'one team-lead approval for medium risk', files: { 'changes/2026/deploy.mdx': exampleChange() }, expect: [] },
    {
      name: 'the requester approves their own change',
      files: { 'changes/2026/deploy.mdx': exampleChange({ 'approver: kim-minsu': 'approver: lee-seoyeon' }) },
      expect: [
        { file: 'content/changes/2026/deploy.mdx', line: 15, severity: 'info', message: 'Expected 1 approval(s)' },
        { file: 'content/changes/2026/deploy.mdx', line: 16, severity: 'info', message: 'approving their own change' },
      ],
    },
    {
      name: 'an automated gate is not a person',
      files: { 'changes/2026/deploy.mdx': exampleChange({ 'approver: kim-minsu': 'gate: ci-policy-check' }) },
      expect: [{ file: 'content/changes/2026/deploy.mdx', line: 15, severity: 'info', message: 'found 0 (1 automated gate(s) do not count as a person)' }],
    },
    {
      name: 'high risk needs two approvals',
      files: { 'changes/2026/deploy.mdx': exampleChange({ 'risk: medium': 'risk: high' }) },
      expect: [{ file: 'content/changes/2026/deploy.mdx', line: 15, severity: 'info', message: 'Expected 2 approval(s)' }],
    },
  ],
};
