/** Every failure scenario of the policy has a runbook (guide: 주요 장애 시나리오). */
import { POLICY_FILE } from '../policy-source.ts';
import type { Rule } from './types.ts';
import { exampleRunbook } from './runbook-example.ts';
import { policyLine } from './util.ts';

export const runbookScenarioCoverage: Rule = {
  id: 'runbook/scenario-coverage',
  category: 'policy',
  severity: 'info',
  source: '장애 대응 → 주요 장애 시나리오',
  description: 'Every failure scenario in the policy is covered by at least one runbook.',
  check(ctx) {
    const covered = new Set(ctx.all('runbook').flatMap((r) => r.data.scenarios));
    for (const scenario of ctx.policy.scenarios) {
      if (covered.has(scenario.id)) continue;
      ctx.report({
        file: POLICY_FILE,
        line: policyLine(ctx.handbook, ['scenarios', ctx.policy.scenarios.indexOf(scenario)]),
        message: `Expected a runbook for scenario "${scenario.id}" (${scenario.name}), found none; create content/runbooks/${scenario.id}.mdx with scenarios: [${scenario.id}]`,
      });
    }
  },
  examples: [
    {
      name: 'the one scenario has a runbook',
      policy: { scenarios: [{ id: 'db-primary-failure', name: 'Master 장애', group: 'database' }] },
      files: { 'runbooks/db-primary-failure.mdx': exampleRunbook() },
      expect: [],
    },
    {
      name: 'a scenario without a runbook',
      policy: {
        scenarios: [
          { id: 'db-primary-failure', name: 'Master 장애', group: 'database' },
          { id: 'net-latency', name: '지연 발생', group: 'network' },
        ],
      },
      files: { 'runbooks/db-primary-failure.mdx': exampleRunbook() },
      expect: [{ file: 'content/policy.yaml', at: ['scenarios', 1], severity: 'info', message: 'net-latency' }],
    },
  ],
};
