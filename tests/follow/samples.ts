/** A small handbook for the follow-up outputs (feeds, calendars, action items): one of each record, one restricted. */
export const INCIDENT = `---
title: 결제 API 응답 지연
severity: P2
status: postmortem
services: [payment-api]
detection: monitoring
commander: kim-minsu
timeline:
  started: 2026-11-20T10:00:00+09:00
  detected: 2026-11-20T10:05:00+09:00
  acknowledged: 2026-11-20T10:10:00+09:00
  mitigated: 2026-11-20T11:00:00+09:00
  resolved: 2026-11-20T12:00:00+09:00
impact:
  summary: 결제 승인 지연 1시간
action_items:
  - { title: "쿼리 [인덱스] 추가 & 검증", owner: han-jiwoo, due: 2026-11-20, status: open }
  - { title: 알림 임계값 조정, owner: lee-seoyeon, due: 2026-12-10, status: open, link: "https://tracker.example/OPS-1" }
  - { title: 완료된 항목, owner: lee-seoyeon, due: 2026-11-21, status: done, closed: 2026-11-21 }
  - { title: 기한 없는 항목, status: open }
postmortem:
  author: kim-minsu
  published: 2026-11-23
---
## 영향
결제 지연.
`;

const SECURITY_INCIDENT = `---
title: 관리자 계정 탈취 시도
severity: P1
status: investigating
category: security
services: [admin]
detection: monitoring
commander: song-minjae
timeline:
  started: 2026-11-24T01:00:00+09:00
  detected: 2026-11-24T01:10:00+09:00
impact:
  summary: 비공개
action_items:
  - { title: 비밀 조치, owner: lim-sora, due: 2026-12-01, status: open }
---
`;

export const CHANGE = `---
title: 주문 DB 파라미터 변경
type: normal
requester: han-jiwoo
requested_at: 2026-11-20T09:00:00+09:00
services: [order-db]
risk: low
approvals:
  - { approver: jung-hayoung, at: 2026-11-21T09:00:00+09:00 }
window: { start: 2026-12-02T01:00:00+09:00, end: 2026-12-02T03:00:00+09:00 }
---
`;

export const FILES = {
  'incidents/2026/2026-11-20-payment-api-slow.mdx': INCIDENT,
  'incidents/2026/2026-11-24-admin-takeover.mdx': SECURITY_INCIDENT,
  'changes/2026/2026-11-20-order-db-params.mdx': CHANGE,
};
