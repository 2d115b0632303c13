/** Every open action item has an owner and a due date (guide: 사후 관리 → 재발 방지 대책). */
import type { Rule } from './types.ts';
import { mdx } from './util.ts';

const incident = (items: string) =>
  mdx(`
title: 결제 API 응답 지연
severity: P3
status: resolved
services: [payment-api]
detection: monitoring
commander: kim-minsu
timeline:
  started: 2026-11-02T10:00:00+09:00
  detected: 2026-11-02T10:05:00+09:00
  acknowledged: 2026-11-02T10:10:00+09:00
  resolved: 2026-11-02T12:00:00+09:00
impact: { summary: 결제 지연 }
action_items:
${items}
`);

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
