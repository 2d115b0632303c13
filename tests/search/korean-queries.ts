/**
 * The Korean query set: what an on-call engineer types, and the pages each query must find among its
 * first results in the example handbook. Particles (조사), compounds written with and without spaces,
 * and parts of longer words. Shared by the index test (pagefind in Node) and the browser test.
 */
export interface KoreanQuery {
  query: string;
  /** Why this query is here. */
  note: string;
  /** Site paths (no base) that must be among the first `within` results. */
  finds: string[];
  within?: number;
}

export const KOREAN_QUERIES: KoreanQuery[] = [
  {
    query: '복제 지연',
    note: 'two words; the runbook writes 복제지연 as well as 복제 지연',
    finds: ['/runbooks/db-replication-lag/', '/incidents/2026-09-16-catalog-db-replication-lag/'],
  },
  {
    query: '복제지연',
    note: 'unspaced; the incident title writes 복제 지연',
    finds: ['/runbooks/db-replication-lag/', '/incidents/2026-09-16-catalog-db-replication-lag/'],
  },
  {
    query: '복제지연이',
    note: 'compound plus particle',
    finds: ['/runbooks/db-replication-lag/', '/incidents/2026-09-16-catalog-db-replication-lag/'],
  },
  {
    query: '지연',
    note: 'second half of 복제지연 / 응답지연; many pages say it',
    finds: ['/runbooks/db-replication-lag/', '/runbooks/net-latency/', '/runbooks/app-slow-response/', '/incidents/2026-09-02-payment-api-network-latency/'],
    within: 20,
  },
  {
    query: '패킷',
    note: 'start of 패킷손실 / 패킷이',
    finds: ['/runbooks/net-packet-loss/', '/incidents/2026-07-21-core-network-packet-loss/'],
  },
  {
    query: '패킷이',
    note: 'particle cut from the query',
    finds: ['/runbooks/net-packet-loss/', '/incidents/2026-07-21-core-network-packet-loss/'],
  },
  {
    query: '롤백',
    note: 'every runbook has a 롤백 section; changes record rollbacks',
    finds: ['/runbooks/app-memory-leak/', '/runbooks/net-packet-loss/', '/changes/2026-11-20-order-db-mysql-8-4-upgrade/'],
    within: 20,
  },
  {
    query: '롤백을',
    note: 'particle',
    finds: ['/runbooks/app-memory-leak/', '/runbooks/net-packet-loss/'],
    within: 20,
  },
  {
    query: '마스터장애',
    note: 'unspaced compound of the primary-failure runbook',
    finds: ['/runbooks/db-primary-failure/'],
  },
  {
    query: '마스터 장애',
    note: 'spaced spelling of the same',
    finds: ['/runbooks/db-primary-failure/'],
  },
  {
    query: '프라이머리 장애',
    note: "the guide's name for it, across runbook and incident",
    finds: ['/runbooks/db-primary-failure/', '/incidents/2026-08-04-order-db-primary-failure/'],
  },
  {
    query: '메모리누수',
    note: 'unspaced; incident writes 메모리 누수',
    finds: ['/runbooks/app-memory-leak/', '/incidents/2026-07-08-order-api-memory-leak/'],
  },
  {
    query: '누수가',
    note: 'second half of 메모리누수 plus particle',
    finds: ['/runbooks/app-memory-leak/', '/incidents/2026-07-08-order-api-memory-leak/'],
  },
  {
    query: '결제승인',
    note: 'unspaced; pages write 결제 승인',
    finds: ['/incidents/2026-09-02-payment-api-network-latency/'],
  },
  {
    query: '레플리카에서',
    note: 'two-syllable particle 에서',
    finds: ['/incidents/2026-06-18-order-db-replica-failure/'],
    within: 20,
  },
  {
    query: '페일오버',
    note: 'start of 페일오버가 / 페일오버를',
    finds: ['/runbooks/db-primary-failure/'],
  },
];

/**
 * Queries that must find nothing. Pagefind is lenient by design — a word that matches nothing is retried
 * as a shorter prefix (`없는낱말` finds `없는`) and a query word without any match is dropped — so only
 * syllables that begin no word of the handbook are certain to find nothing — and Latin letters that begin
 * none, now that short command flags (`-z`, `-q`) are not indexed.
 */
export const NO_MATCH_QUERIES = ['쀍뛟뷁', 'zzzxq'];
