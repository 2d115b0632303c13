/** An emergency change is written up within the policy's deadline after it ran (guide: 긴급 변경 → 사후 문서화). */
import { emergencyDocumentationDeadline, formatDuration, formatMinutes, isLate, minutesLate } from '../sla.ts';
import { instant, isoDayIn } from '../time.ts';
import type { Rule } from './types.ts';
import { exampleChange } from './change-example.ts';
import { when } from './util.ts';

const emergency = (documentedAt: string) =>
  exampleChange({ 'type: normal': 'type: emergency' }, `emergency: { reason: outage-risk, documented_at: ${documentedAt} }`);

export const changeEmergencyDocumented: Rule = {
  id: 'change/emergency-documented',
  category: 'policy',
  severity: 'info',
  source: '변경 관리 → 긴급 변경 → 사후 문서화',
  description: "An emergency change is documented (emergency.documented_at) within the policy's deadline after execution (48 hours by default).",
  check(ctx) {
    const tz = ctx.policy.timezone;
    const limit = formatDuration(ctx.policy.changes.emergency.documentation_deadline);
    for (const document of ctx.targetsOf('change')) {
      const d = document.data;
      if (d.type !== 'emergency') continue;
      const deadline = emergencyDocumentationDeadline(ctx.policy, d);
      if (!deadline) continue;
      const day = isoDayIn(tz, deadline);
      const documented = d.emergency?.documented_at;
      if (documented) {
        if (!isLate(instant(documented), deadline)) continue;
        ctx.report({
          document,
          at: ['emergency', 'documented_at'],
          day,
          message: `Expected the emergency change documented within ${limit} of execution (by ${when(tz, deadline)}), found ${when(tz, documented)}, ${formatMinutes(minutesLate(deadline, instant(documented)))} late`,
        });
      } else if (isLate(ctx.now, deadline)) {
        ctx.report({
          document,
          at: d.emergency ? ['emergency'] : ['type'],
          day,
          message: `Expected the emergency change documented by ${when(tz, deadline)} (${limit} after execution); emergency.documented_at is not recorded`,
        });
      }
    }
  },
  examples: [
    { name: 'documented exactly 48 hours after execution', files: { 'changes/2026/hotfix.mdx': emergency('2026-11-05T22:10:00+09:00') }, expect: [] },
    {
      name: 'documented one minute late',
      files: { 'changes/2026/hotfix.mdx': emergency('2026-11-05T22:11:00+09:00') },
      expect: [{ file: 'content/changes/2026/hotfix.mdx', line: 17, severity: 'info', message: '1 min late' }],
    },
  ],
};
