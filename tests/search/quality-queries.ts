/**
 * The search-quality set (issue 15): what a person on call types, and the one page that must come first.
 * Written before the ranking work, from the example handbook's content: each `page` is the document a
 * reader looking for that query needs, judged from the content/ folder, not from what search returned.
 * More than a quarter look for records (incidents, changes, routines, reports), so ranking runbooks
 * first cannot pass the set on its own.
 */
export interface QualityQuery {
  query: string;
  /** Site path (no base) of the page that must be the first result. */
  page: string;
  /** What the query exercises. */
  kind: 'korean' | 'english' | 'mixed' | 'spacing' | 'particle' | 'ending' | 'typo' | 'variant' | 'initials' | 'record';
}

export const QUALITY_QUERIES: QualityQuery[] = [
  // Procedures: the runbook or guide page for the scenario.
  { query: '복제 지연', page: '/runbooks/db-replication-lag/', kind: 'korean' },
  { query: '복제지연', page: '/runbooks/db-replication-lag/', kind: 'spacing' },
  { query: 'replication lag', page: '/runbooks/db-replication-lag/', kind: 'english' },
  { query: 'DB 복제가 지연됐어요', page: '/runbooks/db-replication-lag/', kind: 'ending' },
  { query: 'ㅂㅈㅈㅇ', page: '/runbooks/db-replication-lag/', kind: 'initials' },
  { query: '메모리 누수', page: '/runbooks/app-memory-leak/', kind: 'korean' },
  { query: 'memory leak', page: '/runbooks/app-memory-leak/', kind: 'english' },
  { query: '메모리누수가', page: '/runbooks/app-memory-leak/', kind: 'particle' },
  { query: '메로리 누수', page: '/runbooks/app-memory-leak/', kind: 'typo' },
  { query: '힙 덤프 뜨는 법', page: '/runbooks/app-memory-leak/', kind: 'ending' },
  { query: '마스터 장애', page: '/runbooks/db-primary-failure/', kind: 'korean' },
  { query: '마스터장애', page: '/runbooks/db-primary-failure/', kind: 'spacing' },
  { query: 'primary failover', page: '/runbooks/db-primary-failure/', kind: 'english' },
  { query: '페일오버 하는 법', page: '/runbooks/db-primary-failure/', kind: 'ending' },
  { query: '페일오부', page: '/runbooks/db-primary-failure/', kind: 'typo' },
  { query: '레플리카 장애', page: '/runbooks/db-replica-failure/', kind: 'korean' },
  { query: '슬레이브 장애', page: '/runbooks/db-replica-failure/', kind: 'variant' },
  { query: '패킷 손실', page: '/runbooks/net-packet-loss/', kind: 'korean' },
  { query: 'packet loss', page: '/runbooks/net-packet-loss/', kind: 'english' },
  { query: '패킷 손싱', page: '/runbooks/net-packet-loss/', kind: 'typo' },
  { query: '네트워크 연결이 끊겼어요', page: '/runbooks/net-disconnect/', kind: 'ending' },
  { query: '네트워크 지연', page: '/runbooks/net-latency/', kind: 'korean' },
  { query: '응답 지연', page: '/runbooks/app-slow-response/', kind: 'korean' },
  { query: '응답이 느려요', page: '/runbooks/app-slow-response/', kind: 'ending' },
  { query: 'CPU 과부하', page: '/runbooks/app-cpu-overload/', kind: 'mixed' },
  { query: '씨피유 과부하', page: '/runbooks/app-cpu-overload/', kind: 'variant' },
  { query: '쿠버네티스 파드 OOM', page: '/runbooks/app-memory-leak/', kind: 'variant' },
  { query: 'k8s 메모리 누수', page: '/runbooks/app-memory-leak/', kind: 'variant' },
  { query: '백업복구', page: '/runbooks/backup-restore/', kind: 'spacing' },
  { query: '백업 복구 안돼요', page: '/runbooks/backup-restore/', kind: 'ending' },
  { query: '보안 사고', page: '/runbooks/security-incident-response/', kind: 'korean' },
  { query: '해킹 당했어요', page: '/runbooks/security-incident-response/', kind: 'variant' },
  { query: '변경 관리', page: '/guide/change-management/', kind: 'korean' },
  { query: '장애 레벨', page: '/guide/incident-response/', kind: 'korean' },
  { query: '모니터링 가이드', page: '/guide/monitoring/', kind: 'korean' },

  // Records: the incident, change, routine or report asked for.
  { query: 'catalog-db 복제 지연 14분', page: '/incidents/2026-09-16-catalog-db-replication-lag/', kind: 'record' },
  { query: 'order-api 메모리 누수 OOM', page: '/incidents/2026-07-08-order-api-memory-leak/', kind: 'record' },
  { query: 'search-api 메모리 누수', page: '/incidents/2026-11-17-search-api-memory-leak/', kind: 'record' },
  { query: '결제 승인 타임아웃', page: '/incidents/2026-07-21-core-network-packet-loss/', kind: 'record' },
  { query: 'api-gateway CPU 포화', page: '/incidents/2026-10-14-api-gateway-cpu-overload-outage/', kind: 'record' },
  { query: '상품 이미지 깨짐', page: '/incidents/2026-06-27-web-product-image-broken/', kind: 'record' },
  { query: '알림톡 지연', page: '/incidents/2026-10-23-kafka-consumer-lag/', kind: 'record' },
  { query: '장바구니 세션 유실', page: '/incidents/2026-10-06-redis-cache-connection-drop/', kind: 'record' },
  { query: 'redis 메모리 정책 변경', page: '/changes/2026-06-03-redis-cache-maxmemory-policy/', kind: 'record' },
  { query: 'MySQL 8.4 업그레이드', page: '/changes/2026-11-20-order-db-mysql-8-4-upgrade/', kind: 'record' },
  { query: '코어 스위치 펌웨어', page: '/changes/2026-07-22-core-switch-firmware-upgrade/', kind: 'record' },
  { query: 'TLS 인증서 갱신', page: '/changes/2026-10-05-auth-api-tls-certificate-renewal/', kind: 'record' },
  { query: '백업 복구 테스트 실패', page: '/routines/backup-restore-test/2026-10-15/', kind: 'record' },
  { query: '주간 성능 보고서 42주차', page: '/reports/weekly/2026-W42/', kind: 'record' },
  { query: '2026-W42', page: '/reports/weekly/2026-W42/', kind: 'record' },
  { query: '3분기 운영 리뷰', page: '/reports/quarterly/2026-Q3/', kind: 'record' },
  { query: '9월 월간 보안 보고서', page: '/reports/monthly/2026-09/', kind: 'record' },
];
