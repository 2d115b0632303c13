/** A change that ran records its result and when it ran (guide: 변경 실행 → 결과 확인). */
import { isLate } from '../sla.ts';
import { instant } from '../time.ts';
import { policyDay } from './util.ts';
import type { Rule } from './types.ts';
import { exampleChange } from './change-example.ts';

export const changeResultRecorded: Rule = {
  id: 'change/result-recorded',
  category: 'policy',
  severity: 'info',
  source: '변경 관리 → 변경 프로세스 → 변경 실행',
  description: 'A change whose window has ended (or that was executed) records result and executed_at.',
  check(ctx) {
    for (const document of ctx.targetsOf('change')) {
      const d = document.data;
      if (d.executed_at && !d.result) {
        ctx.report({
          document,
          at: ['executed_at'],
          day: policyDay(ctx.policy.timezone, d.executed_at),
          message: 'Expected a result (succeeded, failed or rolled-back) for an executed change, found none',
        });
      } else if (d.result && !d.executed_at) {
        ctx.report({ document, at: ['result'], message: `Expected executed_at for a change with result "${d.result}", found none` });
      } else if (!d.result && d.window && isLate(ctx.now, instant(d.window.end))) {
        ctx.report({
          document,
          at: ['window', 'end'],
          day: policyDay(ctx.policy.timezone, d.window.end),
          message: `Expected a result and executed_at once the window ended (${d.window.end}), found neither`,
        });
      }
    }
  },
  examples: [
    { name: 'result recorded', files: { 'changes/2026/deploy.mdx': exampleChange() }, expect: [] },
    {
      name: 'window over, no result',
      files: { 'changes/2026/deploy.mdx': exampleChange({ 'result: succeeded\n': '', 'executed_at: 2026-11-03T22:10:00+09:00\n': '' }) },
      expect: [{ file: 'content/changes/2026/deploy.mdx', line: 12, severity: 'info', message: 'once the window ended' }],
    },
  ],
};
