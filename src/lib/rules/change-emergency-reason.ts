/** An emergency change states why it is one: outage risk, security vulnerability or data loss risk (guide: 긴급 변경 → 정의). */
import type { Rule } from './types.ts';
import { exampleChange } from './change-example.ts';

export const changeEmergencyReason: Rule = {
  id: 'change/emergency-reason',
  category: 'document',
  severity: 'error',
  source: '변경 관리 → 긴급 변경',
  description: 'An emergency change gives its reason (outage-risk, security-vulnerability or data-loss-risk); only emergency changes have an emergency block.',
  check(ctx) {
    for (const document of ctx.targetsOf('change')) {
      const d = document.data;
      if (d.type === 'emergency' && !d.emergency) {
        ctx.report({
          document,
          at: ['type'],
          message: 'Expected an emergency block with reason (outage-risk, security-vulnerability or data-loss-risk) for an emergency change, found none',
        });
      } else if (d.type !== 'emergency' && d.emergency) {
        ctx.report({ document, at: ['emergency'], message: `Expected no emergency block on a ${d.type} change; set type: emergency or remove the block` });
      }
    }
  },
  examples: [
    {
      name: 'emergency with a reason',
      files: {
        'changes/2026/hotfix.mdx': exampleChange(
          { 'type: normal': 'type: emergency' },
          'emergency: { reason: outage-risk, documented_at: 2026-11-04T10:00:00+09:00 }',
        ),
      },
      expect: [],
    },
    {
      name: 'emergency without a reason',
      files: { 'changes/2026/hotfix.mdx': exampleChange({ 'type: normal': 'type: emergency' }) },
      expect: [{ file: 'content/changes/2026/hotfix.mdx', line: 3, severity: 'error', message: 'reason' }],
    },
  ],
};
