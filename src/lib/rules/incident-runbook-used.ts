/** When the incident's scenario has a runbook, the incident cites one it used (guide: 주요 장애 시나리오). */
import { policyDay } from './util.ts';
import type { Rule } from './types.ts';
import { exampleIncident } from './incident-example.ts';
import { exampleRunbook } from './runbook-example.ts';

/** The example runbook covers scenario db-primary-failure. */
const RUNBOOK = exampleRunbook();
/** An incident of that scenario (line 14), with `runbooks` from line 15. */
const incident = (runbooks: string) => exampleIncident({}, `scenario: db-primary-failure\n${runbooks}`);

export const incidentRunbookUsed: Rule = {
  id: 'incident/runbook-used',
  category: 'policy',
  severity: 'info',
  source: '장애 대응 → 주요 장애 시나리오',
  description: 'An incident whose scenario has a runbook cites that runbook in `runbooks` (it was used, or why not is written down).',
  check(ctx) {
    if (ctx.targetsOf('incident').length === 0) return;
    const byScenario = new Map<string, string[]>();
    for (const runbook of ctx.all('runbook')) {
      for (const s of runbook.data.scenarios) {
        const list = byScenario.get(s);
        if (list) list.push(runbook.id);
        else byScenario.set(s, [runbook.id]);
      }
    }
    for (const document of ctx.targetsOf('incident')) {
      const scenario = document.data.scenario;
      const runbooks = scenario ? byScenario.get(scenario) : undefined;
      if (!runbooks || runbooks.some((id) => document.data.runbooks.includes(id))) continue;
      ctx.report({
        document,
        at: document.data.runbooks.length ? ['runbooks'] : ['scenario'],
        day: policyDay(ctx.policy.timezone, document.data.timeline.detected),
        message: `Expected the runbook for scenario "${scenario}" (${runbooks.join(', ')}) in runbooks, found ${document.data.runbooks.length ? document.data.runbooks.join(', ') : 'none'}`,
      });
    }
  },
  examples: [
    {
      name: 'cites the runbook',
      files: { 'runbooks/db-primary-failure.mdx': RUNBOOK, 'incidents/2026/p1.mdx': incident('runbooks: [db-primary-failure]') },
      expect: [],
    },
    {
      name: 'runbook exists but was not cited',
      files: { 'runbooks/db-primary-failure.mdx': RUNBOOK, 'incidents/2026/p1.mdx': incident('') },
      expect: [{ file: 'content/incidents/2026/p1.mdx', line: 14, severity: 'info', message: 'db-primary-failure' }],
    },
  ],
};
