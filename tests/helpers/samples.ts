/** Valid example documents of every kind, as the tests' starting point for breaking things on purpose. */
export const SAMPLES = {
  'runbooks/db-primary-failure.mdx': `---
title: 프라이머리 DB 장애
summary: 주문 DB 프라이머리가 응답하지 않을 때
services: [order-db]
scenarios: [db-primary-failure]
owner: jung-hayoung
last_reviewed: 2026-10-01
---
## 증상
쓰기 실패.

## 진단
\`\`\`bash
mysql -e "SHOW REPLICA STATUS"
\`\`\`

## 조치
페일오버.

## 확인
쓰기 확인.

## 롤백
원복.
`,
  'incidents/2026/2026-09-14-order-db-failover.mdx': `---
title: 주문 DB 프라이머리 장애
severity: P1
status: closed
services: [order-db, order-api]
scenario: db-primary-failure
detection: monitoring
commander: kim-minsu
assignees: [han-jiwoo]
timeline:
  started: 2026-09-14T02:10:00+09:00
  detected: 2026-09-14T02:12:00+09:00
  acknowledged: 2026-09-14T02:15:00+09:00
  mitigated: 2026-09-14T02:40:00+09:00
  resolved: 2026-09-14T03:30:00+09:00
escalations:
  - { to: cto, at: 2026-09-14T02:13:00+09:00 }
  - { to: team-lead, at: 2026-09-14T02:13:00+09:00 }
impact:
  summary: 주문 불가 28분
  users: 12000
caused_by: [2026-09-13-db-param-change]
runbooks: [db-primary-failure]
action_items:
  - { title: 페일오버 자동화, owner: han-jiwoo, due: 2026-10-15, status: done, closed: 2026-10-10 }
postmortem:
  author: kim-minsu
  published: 2026-09-16
  reviewers: [park-jihoon]
---
## 영향
주문 불가.

## 타임라인
02:12 감지, 02:15 대응 시작.

## 근본 원인
파라미터 변경.

## 해결
페일오버.

## 재발 방지
자동 페일오버.

## 프로세스 개선
변경 검토 강화.
`,
  'changes/2026/2026-09-13-db-param-change.mdx': `---
title: 주문 DB 파라미터 변경
type: normal
requester: han-jiwoo
requested_at: 2026-09-10T10:00:00+09:00
services: [order-db]
risk: medium
impact_analysis: 재시작 필요
technical_review: { reviewer: jung-hayoung, at: 2026-09-11T10:00:00+09:00 }
approvals:
  - { approver: kim-minsu, at: 2026-09-12T10:00:00+09:00 }
window: { start: 2026-09-13T23:00:00+09:00, end: 2026-09-14T01:00:00+09:00 }
rollback_plan: 이전 파라미터로 복원
execution_plan: 파라미터 그룹 변경 후 재시작
monitoring_plan: 복제 지연과 쿼리 지연 관찰
result: succeeded
executed_at: 2026-09-13T23:30:00+09:00
related_incidents: [2026-09-14-order-db-failover]
---
변경 설명.
`,
  'routines/backup-restore-test/2026-10-15.mdx': `---
performed_at: 2026-10-15T14:00:00+09:00
performer: han-jiwoo
outcome: pass
evidence: [JOB-1234]
---
복구 테스트 완료.
`,
  'reports/weekly/2026-W42.mdx': `---
author: lee-seoyeon
performance:
  cpu_pct: { avg: 41, max: 77 }
  memory_pct: { avg: 60, max: 72 }
  response_ms: { p50: 120, p95: 480, p99: 900 }
  throughput_rps: 850
  error_rate_pct: 0.2
---
이번 주 성능은 안정적이었습니다.
`,
  'reports/daily/2026-11-25.mdx': `---
author: lee-seoyeon
system_status: normal
backups: { full: true, incremental: true, config: true, logs: true }
---
특이사항 없음.
`,
  'guide/overview.mdx': `---
title: 개요
order: 1
section: 개요
---
이 문서는 시스템 운영에 필요한 주요 절차와 가이드라인을 제공합니다.
`,
} as const;
