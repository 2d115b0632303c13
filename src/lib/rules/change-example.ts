/**
 * The change record the change rules' examples start from. Line numbers (1-based in the file):
 * 3 type, 4 requester, 7 risk, 12 window, 13 result, 14 executed_at, 15 approvals, 16 first approval.
 */
import { mdx } from './util.ts';

export function exampleChange(replace: Record<string, string> = {}, extra = ''): string {
  let text = `
title: 주문 API 배포
type: normal
requester: lee-seoyeon
requested_at: 2026-11-01T10:00:00+09:00
services: [order-api]
risk: medium
impact_analysis: 주문 API 파드가 순차 재시작됨
rollback_plan: 이전 이미지로 롤백
execution_plan: 롤링 배포
monitoring_plan: 5xx 비율과 p95 응답 시간
window: { start: 2026-11-03T22:00:00+09:00, end: 2026-11-03T23:00:00+09:00 }
result: succeeded
executed_at: 2026-11-03T22:10:00+09:00
approvals:
  - { approver: kim-minsu, at: 2026-11-02T10:00:00+09:00 }
${extra}`;
  for (const [from, to] of Object.entries(replace)) text = text.replace(from, to);
  return mdx(text);
}
