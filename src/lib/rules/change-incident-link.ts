/**
 * An incident's causing change lists the incident in its related_incidents, so both pages show the link;
 * except a restricted incident caused by a public change, which the change may not name.
 */
import type { AnyDocument } from '../handbook.ts';
import { documentKey } from '../paths.ts';
import type { Rule } from './types.ts';
import { exampleChange } from './change-example.ts';
import { exampleIncident } from './incident-example.ts';

/** Caused (line 14) by the example change, which ran 2026-11-03 22:10: the incident follows the next morning. */
const incident = exampleIncident({}, 'caused_by: [deploy]').replaceAll('2026-11-02T', '2026-11-04T');

export const changeIncidentLink: Rule = {
  id: 'change/incident-link',
  category: 'document',
  severity: 'error',
  source: '변경 관리 → 변경 프로세스',
  description: 'When an incident names its causing change in caused_by, that change names the incident in related_incidents.',
  check(ctx) {
    const incidents = new Map<string, Extract<AnyDocument, { kind: 'incident' }>>();
    for (const d of ctx.targetsOf('incident')) incidents.set(d.key, d);
    const changed = new Set(ctx.targetsOf('change').map((d) => d.id));
    if (changed.size) {
      for (const d of ctx.all('incident')) if (d.data.caused_by.some((id) => changed.has(id))) incidents.set(d.key, d);
    }
    for (const document of incidents.values()) {
      document.data.caused_by.forEach((id, i) => {
        const change = ctx.handbook.byKey.get(documentKey('change', id));
        if (change?.kind !== 'change' || change.data.related_incidents.includes(document.id)) return;
        // A public change may not name a restricted incident (document/restricted-reference): that link is
        // kept on the incident's side only, or the change is made restricted too.
        if (document.visibility === 'restricted' && change.visibility !== 'restricted') return;
        // A public incident's finding must not reveal what a restricted change lists.
        const found =
          change.visibility === 'restricted' && document.visibility !== 'restricted' ? 'other incidents' : change.data.related_incidents.join(', ') || 'none';
        ctx.report({
          document,
          at: ['caused_by', i],
          message: `Expected change ${id} to list this incident (${document.id}) in related_incidents, found ${found}; add it to ${change.file}`,
        });
      });
    }
  },
  examples: [
    {
      name: 'both sides agree',
      files: { 'changes/2026/deploy.mdx': exampleChange({}, 'related_incidents: [errors]'), 'incidents/2026/errors.mdx': incident },
      expect: [],
    },
    {
      name: 'the change does not list the incident',
      files: { 'changes/2026/deploy.mdx': exampleChange(), 'incidents/2026/errors.mdx': incident },
      expect: [{ file: 'content/incidents/2026/errors.mdx', line: 14, severity: 'error', message: 'related_incidents' }],
    },
    {
      name: 'a restricted incident caused by a public change, which may not name it',
      files: { 'changes/2026/deploy.mdx': exampleChange(), 'incidents/2026/errors.mdx': incident.replace('caused_by:', 'visibility: restricted\ncaused_by:') },
      expect: [],
    },
  ],
};
