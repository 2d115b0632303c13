/** A failed routine names its follow-up: the change or incident that deals with what it found. */
import type { Rule } from './types.ts';
import { mdx, policyDay } from './util.ts';

const record = (followUp: string) =>
  mdx(`
performed_at: 2026-11-10T14:00:00+09:00
performer: han-jiwoo
outcome: fail
findings: 증분 백업 3건 복구 실패
${followUp}
`);

export const routineFailed: Rule = {
  id: 'routine/failed',
  category: 'policy',
  severity: 'info',
  source: '일상 운영 → 백업',
  description: 'A routine record with outcome "fail" lists a follow-up change or incident in follow_up.',
  check(ctx) {
    for (const document of ctx.targetsOf('routine')) {
      if (document.data.outcome !== 'fail' || document.data.follow_up.length > 0) continue;
      ctx.report({
        document,
        at: ['outcome'],
        day: policyDay(ctx.policy.timezone, document.data.performed_at),
        message: 'Expected a follow-up (a change or incident id in follow_up) for a failed routine, found none',
      });
    }
  },
  examples: [
    {
      name: 'failure with an incident to follow up',
      files: {
        'routines/backup-restore-test/2026-11-10.mdx': record('follow_up: [restore-failure]'),
        'incidents/2026/restore-failure.mdx': mdx(`
title: 증분 백업 복구 실패
severity: P3
status: investigating
services: [order-db]
detection: automated-check
commander: jung-hayoung
timeline: { started: 2026-11-10T14:00:00+09:00, detected: 2026-11-10T14:30:00+09:00 }
impact: { summary: 복구 시점 목표 위험 }
`),
      },
      expect: [],
    },
    {
      name: 'failure left without follow-up',
      files: { 'routines/backup-restore-test/2026-11-10.mdx': record('') },
      expect: [{ file: 'content/routines/backup-restore-test/2026-11-10.mdx', line: 4, severity: 'info', message: 'follow_up' }],
    },
  ],
};
