/** For each of the incident's scenarios that has a runbook, the incident cites one it used (guide: 주요 장애 시나리오). */
import { incidentScenarios } from '../incident.ts';
import { policyDay } from './util.ts';
import type { Rule } from './types.ts';
import { exampleIncident } from './incident-example.ts';
import { exampleRunbook } from './runbook-example.ts';

/** The example runbook covers scenario db-primary-failure. */
const RUNBOOK = exampleRunbook();
/** An incident of that scenario (line 14), with `runbooks` from line 15. */
const incident = (runbooks: string) => exampleIncident({}, `scenarios: [db-primary-failure]\n${runbooks}`);
/** A network partition (primary scenario) that caused a failover: two scenarios, each with its runbook. */
const RUNBOOK_NET = exampleRunbook({ 'title: DB Master 장애': 'title: 네트워크 단절', 'scenarios: [db-primary-failure]': 'scenarios: [net-disconnect]' });
const partition = (runbooks: string) => exampleIncident({}, `scenarios: [net-disconnect, db-primary-failure]\n${runbooks}`);

export const incidentRunbookUsed: Rule = {
  id: 'incident/runbook-used',
  category: 'policy',
  severity: 'info',
  source: '장애 대응 → 주요 장애 시나리오',
  description:
    'For each scenario of an incident that has a runbook, the incident cites one of its runbooks in `runbooks` (it was used, or why not is written down).',
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
      const d = document.data;
      const scenarios = incidentScenarios(d);
      scenarios.forEach((scenario, i) => {
        const runbooks = byScenario.get(scenario);
        if (!runbooks || runbooks.some((id) => d.runbooks.includes(id))) return;
        ctx.report({
          document,
          at: d.runbooks.length ? ['runbooks'] : d.scenarios.length ? ['scenarios', i] : ['scenario'],
          day: policyDay(ctx.policy.timezone, d.timeline.detected),
          message: `Expected the runbook for scenario "${scenario}" (${runbooks.join(', ')}) in runbooks, found ${d.runbooks.length ? d.runbooks.join(', ') : 'none'}`,
        });
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
    {
      name: 'two scenarios, both runbooks cited',
      files: {
        'runbooks/db-primary-failure.mdx': RUNBOOK,
        'runbooks/net-disconnect.mdx': RUNBOOK_NET,
        'incidents/2026/p1.mdx': partition('runbooks: [net-disconnect, db-primary-failure]'),
      },
      expect: [],
    },
    {
      name: "two scenarios, only the primary one's runbook cited",
      files: {
        'runbooks/db-primary-failure.mdx': RUNBOOK,
        'runbooks/net-disconnect.mdx': RUNBOOK_NET,
        'incidents/2026/p1.mdx': partition('runbooks: [net-disconnect]'),
      },
      expect: [{ file: 'content/incidents/2026/p1.mdx', line: 15, severity: 'info', message: 'scenario "db-primary-failure"' }],
    },
  ],
};
