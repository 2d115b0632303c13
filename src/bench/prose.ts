/**
 * Seeded randomness and Korean prose for the synthetic handbook. Deterministic: the same seed gives the
 * same bytes on every machine, so two bench runs measure the same input.
 */

/** mulberry32: small, fast, good enough to vary synthetic documents. */
export function rng(seed: number): Random {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
  };
}

export interface Random {
  next(): number;
  /** Integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

const SUBJECTS = [
  '주문 API',
  '결제 API',
  '상품 조회 API',
  '검색 API',
  '인증 서버',
  'api-gateway',
  'order-db 프라이머리',
  'catalog-db 레플리카',
  'Redis 캐시',
  'Kafka 브로커',
  '컨슈머 그룹',
  'ProxySQL',
  '코어 스위치',
  '로드밸런서',
  '배치 작업',
  '모니터링 알림',
  '쿠버네티스 노드',
  '커넥션 풀',
  '디스크 사용률',
  '응답 시간 p95',
];
const EVENTS = [
  '오류율이 2%를 넘었습니다',
  '응답이 평소보다 세 배 느려졌습니다',
  '연결이 간헐적으로 끊겼습니다',
  'CPU 사용률이 90%에 도달했습니다',
  '메모리가 꾸준히 증가했습니다',
  '복제 지연이 120초까지 늘었습니다',
  '패킷 손실이 관측되었습니다',
  '헬스체크가 연속으로 실패했습니다',
  '타임아웃이 급증했습니다',
  '재시도 요청이 몰렸습니다',
  '큐 적체가 발생했습니다',
  '슬로 쿼리가 늘었습니다',
];
const ACTIONS = [
  '트래픽을 나머지 노드로 분산했습니다',
  '문제 파드를 재시작했습니다',
  '직전 배포를 롤백했습니다',
  '읽기 풀에서 해당 서버를 제외했습니다',
  '커넥션 풀 크기를 조정했습니다',
  '캐시 TTL을 늘려 부하를 줄였습니다',
  '인덱스를 추가하고 실행 계획을 확인했습니다',
  '임시로 스케일 아웃했습니다',
  '알림 임계값을 재검토했습니다',
  '담당 팀장에게 에스컬레이션했습니다',
  '대시보드에서 지표가 정상화된 것을 확인했습니다',
];
const REASONS = [
  '설정 변경이 검토 없이 반영되었기 때문입니다',
  '용량 계획이 최근 트래픽 증가를 반영하지 못했기 때문입니다',
  '헬스체크가 쿼리 응답을 확인하지 않았기 때문입니다',
  '재시도 정책에 예산 제한이 없었기 때문입니다',
  '배포 전 부하 테스트가 생략되었기 때문입니다',
  '모니터링 알림이 너무 늦게 울렸기 때문입니다',
];
const CONNECTORS = ['그 결과', '이후', '동시에', '다만', '한편', '이어서', '확인해 보니', '결과적으로'];

/** One Korean sentence. */
function sentence(r: Random): string {
  switch (r.int(0, 3)) {
    case 0:
      return `${r.pick(SUBJECTS)}에서 ${r.pick(EVENTS)}.`;
    case 1:
      return `${r.pick(CONNECTORS)} ${r.pick(SUBJECTS)} 담당자가 ${r.pick(ACTIONS)}.`;
    case 2:
      return `${r.pick(SUBJECTS)}의 문제는 ${r.pick(REASONS)}.`;
    default:
      return `${r.pick(CONNECTORS)} ${r.pick(SUBJECTS)} 지표를 ${r.int(5, 60)}분 동안 지켜보며 ${r.pick(ACTIONS)}.`;
  }
}

/** A paragraph of `n` sentences, wrapped like hand-written Markdown. */
export function paragraph(r: Random, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(sentence(r));
  return out.join(' ');
}

export function bullets(r: Random, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(`- ${sentence(r)}`);
  return out.join('\n');
}

const COMMANDS = [
  'kubectl -n prod get pods -l app=order-api -o wide',
  'kubectl -n prod rollout undo deployment/order-api',
  'mysql --login-path=dba -e "SHOW REPLICA STATUS\\G"',
  'redis-cli -h cache-1 info memory | grep used_memory_human',
  'kafka-consumer-groups.sh --bootstrap-server kafka-1:9092 --describe --group orders',
  'curl -s -o /dev/null -w "%{http_code} %{time_total}" https://api.example/healthz',
  'mtr -rwc 100 10.0.2.15',
];

export function codeBlock(r: Random): string {
  const lines: string[] = [];
  for (let i = r.int(1, 3); i > 0; i--) lines.push(r.pick(COMMANDS));
  return ['```bash', ...lines, '```'].join('\n');
}

/** A Markdown timeline table of `n` rows starting at `startMinutes` past midnight. */
export function timelineTable(r: Random, n: number, startMinutes: number): string {
  const rows = ['| 시각 | 내용 |', '|---|---|'];
  let m = startMinutes;
  for (let i = 0; i < n; i++) {
    m += r.int(2, 25);
    const hh = String(Math.floor(m / 60) % 24).padStart(2, '0');
    const mm = String(m % 60).padStart(2, '0');
    rows.push(`| ${hh}:${mm} | ${sentence(r).replace(/\|/g, '/')} |`);
  }
  return rows.join('\n');
}
