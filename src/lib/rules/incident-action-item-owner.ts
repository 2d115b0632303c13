/** Every open action item has an owner and a due date (guide: 사후 관리 → 재발 방지 대책). */
import type { Rule } from './types.ts';
import { exampleIncident } from './incident-example.ts';

/** Action items from line 15. */
const incident = (items: string) => exampleIncident({}, `action_items:\n${items}`);

export const incidentActionItemOwner: Rule = {
  id: 'incident/action-item-owner',
  category: 'document',
  severity: 'error',
  source: '장애 대응 → 장애 대응 절차 → 사후 관리',
  description: 'Every action item names an owner from the roster, and every open one a due date.',
  check(ctx) {
    for (const document of ctx.targetsOf('incident')) {
      document.data.action_items.forEach((item, i) => {
        if (!item.owner) {
          ctx.report({ document, at: ['action_items', i], message: `Expected an owner (a roster id) for action item "${item.title}", found none` });
        }
        if (!item.due && item.status === 'open') {
          ctx.report({ document, at: ['action_items', i], message: `Expected a due date for open action item "${item.title}", found none` });
        }
      });
    }
  },
  examples: [
    {
      name: 'owner and due date',
      files: { 'incidents/2026/ai.mdx': incident('  - { title: 커넥션 풀 조정, owner: lee-seoyeon, due: 2026-11-20 }') },
      expect: [],
    },
    {
      name: 'no owner, no due date',
      files: { 'incidents/2026/ai.mdx': incident('  - { title: 커넥션 풀 조정 }') },
      expect: [
        { file: 'content/incidents/2026/ai.mdx', line: 15, severity: 'error', message: 'Expected an owner' },
        { file: 'content/incidents/2026/ai.mdx', line: 15, severity: 'error', message: 'Expected a due date' },
      ],
    },
  ],
};
