/**
 * A severity history reads as one story: entries in time order, the first the level at detection, and
 * `severity` is the highest level reached (what the incident is counted under).
 * Impact windows end after they start.
 */
import { highestSeverity } from '../incident.ts';
import { instant } from '../time.ts';
import type { Rule } from './types.ts';
import { exampleIncident } from './incident-example.ts';

const history = (levels: string) => `severity_history:\n${levels}`;

export const incidentSeverityHistory: Rule = {
  id: 'incident/severity-history',
  category: 'document',
  severity: 'error',
  source: '장애 대응 → 장애 레벨',
  description:
    'A severity history starts with the level at detection, is in time order, and `severity` is the highest level it reached (the level the incident is counted under); impact windows end after they start.',
  check(ctx) {
    for (const document of ctx.targetsOf('incident')) {
      const d = document.data;
      // The first entry is the level the incident was detected at: a later one would leave the time before it without a level.
      const first = d.severity_history[0];
      if (first && instant(first.at).epochMilliseconds > instant(d.timeline.detected).epochMilliseconds) {
        ctx.report({
          document,
          at: ['severity_history', 0, 'at'],
          message: `Expected the first entry to be the level at detection (at ${d.timeline.detected} or earlier), found ${first.at}; add the level it was detected at first`,
        });
      }
      d.severity_history.forEach((entry, i) => {
        const previous = d.severity_history[i - 1];
        if (previous && instant(entry.at).epochMilliseconds < instant(previous.at).epochMilliseconds) {
          ctx.report({
            document,
            at: ['severity_history', i, 'at'],
            message: `Expected severity_history[${i}] (${entry.at}) no earlier than the entry before it (${previous.at})`,
          });
        }
        if (previous && previous.level === entry.level) {
          ctx.report({
            document,
            at: ['severity_history', i, 'level'],
            message: `Expected a change of level, found ${entry.level} again; delete the entry or correct the level`,
          });
        }
      });
      const highest = highestSeverity(d);
      if (highest !== d.severity) {
        ctx.report({
          document,
          at: ['severity'],
          message: `Expected severity: ${highest}, the highest level in severity_history (${d.severity_history.map((e) => e.level).join(' → ')}); an incident is counted under the highest level it reached`,
        });
      }
      const windows = [
        ...d.impact.outages.map((w, i) => ({ w, path: ['impact', 'outages', i, 'end'] })),
        ...d.impact.degradations.map((w, i) => ({ w, path: ['impact', 'degradations', i, 'end'] })),
        ...(typeof d.impact.data_loss === 'object' && d.impact.data_loss.window
          ? [{ w: d.impact.data_loss.window, path: ['impact', 'data_loss', 'window', 'end'] }]
          : []),
      ];
      for (const { w, path } of windows) {
        if (w.end && instant(w.end).epochMilliseconds < instant(w.start).epochMilliseconds) {
          ctx.report({ document, at: path, message: `Expected the window to end after it starts (${w.start}), found ${w.end}` });
        }
      }
    }
  },
  examples: [
    {
      name: 'a P3 that became P1, recorded as P1',
      files: {
        'incidents/2026/a.mdx': exampleIncident(
          { 'severity: P3': 'severity: P1' },
          history('  - { level: P3, at: 2026-11-02T10:05:00+09:00 }\n  - { level: P1, at: 2026-11-02T11:00:00+09:00 }'),
        ),
      },
      expect: [],
    },
    {
      name: 'recorded under the first level instead of the highest',
      files: {
        'incidents/2026/a.mdx': exampleIncident(
          {},
          history('  - { level: P3, at: 2026-11-02T10:05:00+09:00 }\n  - { level: P1, at: 2026-11-02T11:00:00+09:00 }'),
        ),
      },
      expect: [{ file: 'content/incidents/2026/a.mdx', line: 3, severity: 'error', message: 'Expected severity: P1' }],
    },
    {
      name: 'only the change recorded, not the level it was detected at',
      files: { 'incidents/2026/a.mdx': exampleIncident({ 'severity: P3': 'severity: P1' }, history('  - { level: P1, at: 2026-11-02T11:00:00+09:00 }')) },
      expect: [{ file: 'content/incidents/2026/a.mdx', line: 15, severity: 'error', message: 'add the level it was detected at first' }],
    },
    {
      name: 'a degradation window that ends before it starts',
      files: {
        'incidents/2026/a.mdx': exampleIncident({
          'impact: { summary: 결제 지연 }':
            'impact:\n  summary: 결제 지연\n  degradations:\n    - { start: 2026-11-02T10:00:00+09:00, end: 2026-11-02T09:00:00+09:00 }',
        }),
      },
      expect: [{ file: 'content/incidents/2026/a.mdx', line: 16, severity: 'error', message: 'Expected the window to end after it starts' }],
    },
  ],
};
