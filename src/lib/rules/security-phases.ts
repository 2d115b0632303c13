/**
 * A security incident records the six phases of the guide's 보안 사고 대응 (detection, analysis,
 * containment, eradication, recovery, post-incident) in order, with none skipped.
 */
import { SECURITY_PHASES } from '../../schemas/incident.ts';
import { instant } from '../time.ts';
import type { Rule } from './types.ts';
import { exampleIncident } from './incident-example.ts';

/** Phases that must be recorded once the incident reaches a status. */
const REQUIRED_BY_STATUS: Record<string, number> = { investigating: 0, mitigated: 3, resolved: 5, postmortem: 5, closed: 6 };

/** A closed security incident (category line 14, security line 15); phases from line 16, in SECURITY_PHASES order. */
const incident = (phases: string) => exampleIncident({ 'status: resolved': 'status: closed' }, `category: security\nsecurity:\n${phases}`);
/** Detected with the incident (10:05), recovered when it was resolved (12:00). */
const ALL = `  detection: 2026-11-02T10:05:00+09:00
  analysis: 2026-11-02T10:15:00+09:00
  containment: 2026-11-02T10:27:00+09:00
  eradication: 2026-11-02T11:00:00+09:00
  recovery: 2026-11-02T12:00:00+09:00
  post_incident: 2026-11-05T10:00:00+09:00`;

export const securityPhases: Rule = {
  id: 'security/phases',
  category: 'document',
  severity: 'error',
  source: '보안 운영 → 보안 사고 대응',
  description: 'A security incident records detection, analysis, containment, eradication, recovery and post-incident, in that order, none skipped.',
  check(ctx) {
    for (const document of ctx.targetsOf('incident')) {
      const d = document.data;
      if (d.category !== 'security') continue;
      const phases = d.security ?? {};
      const required = REQUIRED_BY_STATUS[d.status] ?? 0;
      let previous: { phase: string; at: string } | undefined;
      SECURITY_PHASES.forEach((phase, i) => {
        const at = phases[phase];
        if (!at) {
          const later = SECURITY_PHASES.slice(i + 1).find((p) => phases[p]);
          if (i < required || later) {
            ctx.report({
              document,
              at: d.security ? ['security'] : ['category'],
              message: later
                ? `Expected security.${phase} before security.${later}, found it missing`
                : `Expected security.${phase} for a security incident with status "${d.status}", found it missing`,
            });
          }
          return;
        }
        if (previous && instant(at).epochMilliseconds < instant(previous.at).epochMilliseconds) {
          ctx.report({
            document,
            at: ['security', phase],
            message: `Expected security.${phase} (${at}) no earlier than security.${previous.phase} (${previous.at})`,
          });
        }
        previous = { phase, at };
      });
    }
  },
  examples: [
    { name: 'six phases in order', files: { 'incidents/2026/sec.mdx': incident(ALL) }, expect: [] },
    {
      name: 'containment recorded before analysis',
      files: { 'incidents/2026/sec.mdx': incident(ALL.replace('containment: 2026-11-02T10:27', 'containment: 2026-11-02T10:10')) },
      expect: [{ file: 'content/incidents/2026/sec.mdx', line: 18, severity: 'error', message: 'no earlier than security.analysis' }],
    },
    {
      name: 'closed without post-incident',
      files: { 'incidents/2026/sec.mdx': incident(ALL.split('\n').slice(0, 5).join('\n')) },
      expect: [{ file: 'content/incidents/2026/sec.mdx', line: 15, severity: 'error', message: 'security.post_incident' }],
    },
  ],
};
