/**
 * Fields whose shape changed are still read in their old form, with a warning that says what to write
 * instead: `scenario: x` became `scenarios: [x]` (several scenarios per incident, the primary first).
 */
import type { Rule } from './types.ts';
import { exampleIncident } from './incident-example.ts';

export const incidentDeprecatedField: Rule = {
  id: 'incident/deprecated-field',
  category: 'document',
  severity: 'warning',
  description: 'An incident uses `scenarios: [..]` (the primary scenario first), not the old single `scenario:` field.',
  check(ctx) {
    for (const document of ctx.targetsOf('incident')) {
      const { scenario, scenarios } = document.data;
      if (scenario === undefined) continue;
      ctx.report({
        document,
        at: ['scenario'],
        message: scenarios.length
          ? `"scenario" is deprecated and ignored next to "scenarios" (${scenarios.join(', ')}); delete the line "scenario: ${scenario}"${scenarios.includes(scenario) ? '' : ` or add ${scenario} to scenarios`}`
          : `"scenario" is deprecated; replace the line "scenario: ${scenario}" with "scenarios: [${scenario}]" (list further scenarios after it, the primary first)`,
      });
    }
  },
  examples: [
    { name: 'scenarios', files: { 'incidents/2026/a.mdx': exampleIncident({}, 'scenarios: [net-disconnect, db-primary-failure]') }, expect: [] },
    {
      name: 'the old single scenario',
      files: { 'incidents/2026/a.mdx': exampleIncident({}, 'scenario: db-primary-failure') },
      expect: [
        {
          file: 'content/incidents/2026/a.mdx',
          line: 14,
          severity: 'warning',
          message: 'replace the line "scenario: db-primary-failure" with "scenarios: [db-primary-failure]"',
        },
      ],
    },
  ],
};
