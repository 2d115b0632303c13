/**
 * Text a person still has to write: the `작성 필요` marks `npm run new` leaves in a new document. A
 * warning, so a freshly scaffolded document can be merged while it is being written (an incident is
 * filed before its postmortem exists) but the check and the pull-request summary keep naming what is
 * missing; `--strict` turns it into a blocker.
 */
import { bodyPlaceholders, fieldPlaceholders, PLACEHOLDER_ID } from '../scaffold/markers.ts';
import type { Rule } from './types.ts';

const incident = (title: string, body: string) => `---
title: ${title}
severity: P3
status: investigating
services: [order-api]
detection: monitoring
commander: kim-minsu
timeline: { started: 2026-11-25T10:00:00+09:00, detected: 2026-11-25T10:05:00+09:00, acknowledged: 2026-11-25T10:10:00+09:00 }
impact: { summary: 주문 조회 지연 }
---

${body}
`;

export const documentPlaceholder: Rule = {
  id: 'document/placeholder',
  category: 'document',
  severity: 'warning',
  source: '문서화',
  description: 'No "작성 필요" placeholder from `npm run new` is left in the body or the frontmatter.',
  check(ctx) {
    for (const document of ctx.targets) {
      for (const hit of fieldPlaceholders(document.data)) {
        const field = hit.path.join('.');
        ctx.report({
          document,
          at: hit.path,
          message:
            hit.value === PLACEHOLDER_ID
              ? `Expected a real id in ${field}, found the placeholder "${PLACEHOLDER_ID}"`
              : `Expected ${field} to be written, found its placeholder "${hit.value}"`,
        });
      }
      for (const hit of bodyPlaceholders(document.body)) {
        ctx.report({
          document,
          line: document.bodyLine + hit.line,
          column: hit.column,
          message: `Expected ${hit.section ? `the section "${hit.section}"` : 'this part'} to be written, found its placeholder (${hit.guidance})`,
        });
      }
    }
  },
  examples: [
    {
      name: 'a written section passes',
      files: { 'incidents/2026/2026-11-25-order-api-slow.mdx': incident('주문 API 지연', '## 영향\n\n주문 조회가 3초 걸렸습니다.') },
      expect: [],
    },
    {
      name: 'a section left as scaffolded is named',
      files: { 'incidents/2026/2026-11-25-order-api-slow.mdx': incident('주문 API 지연', '## 영향\n\n{/* 작성 필요: 영향을 적으세요 */}') },
      expect: [{ file: 'content/incidents/2026/2026-11-25-order-api-slow.mdx', line: 14, severity: 'warning' }],
    },
    {
      name: 'a placeholder field is named',
      files: { 'incidents/2026/2026-11-25-order-api-slow.mdx': incident('"작성 필요: 제목"', '본문') },
      expect: [{ file: 'content/incidents/2026/2026-11-25-order-api-slow.mdx', line: 2, severity: 'warning' }],
    },
  ],
};
