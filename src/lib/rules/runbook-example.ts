/** The runbook the runbook rules' examples start from. Lines: 5 scenarios, 7 last_reviewed, body from line 9. */
import { mdx } from './util.ts';

export const RUNBOOK_BODY = '## 증상\n\n## 진단\n\n## 조치\n\n## 확인\n\n## 롤백\n';

export function exampleRunbook(replace: Record<string, string> = {}, body = RUNBOOK_BODY): string {
  let text = `
title: DB Master 장애
summary: 프라이머리가 응답하지 않을 때
services: [order-db]
scenarios: [db-primary-failure]
owner: jung-hayoung
last_reviewed: 2026-10-01
`;
  for (const [from, to] of Object.entries(replace)) text = text.replace(from, to);
  return mdx(text, body);
}
