/**
 * Korean words for every enum value a reader sees (schemas, report figures, derived states), so every
 * page, report, feed and component says the same thing. Nothing shown on the site prints a raw value.
 */
import type { CadenceId } from '../schemas/policy.ts';
import type { Change, Incident, Kind, MonthlyReport, Routine } from '../schemas/index.ts';
import type { Period } from './periods.ts';
import type { CellState } from './reports/calendar.ts';
import type { RuleCategory } from './rules/types.ts';
import type { ReviewStanding } from './sla.ts';

/** What each kind of document is called, on the site and in the CLI. */
export const KIND_LABELS: Record<Kind, string> = {
  guide: '운영 가이드',
  runbook: '런북',
  incident: '장애',
  change: '변경',
  routine: '정기 점검',
  report: '보고서',
};

/** Where a runbook's review stands (`reviewStandingOn`): the freshness badge. */
export const REVIEW_STANDING_LABELS: Record<ReviewStanding, string> = {
  fresh: '검토 유효',
  'due-soon': '검토 임박',
  expired: '검토 만료',
};

export const INCIDENT_STATUS_LABELS: Record<Incident['status'], string> = {
  investigating: '조사 중',
  mitigated: '완화됨',
  resolved: '해결됨',
  postmortem: '사후 분석',
  closed: '종료',
};

/** Statuses in which the incident still needs hands on it (shown on the home page). */
export const OPEN_INCIDENT_STATUSES: ReadonlySet<Incident['status']> = new Set(['investigating', 'mitigated']);

export const DETECTION_LABELS: Record<Incident['detection'], string> = {
  monitoring: '모니터링 알림',
  'user-report': '사용자 보고',
  'automated-check': '자동화된 검사',
};

export const TIMELINE_LABELS: Record<keyof Incident['timeline'], string> = {
  started: '발생',
  detected: '감지',
  acknowledged: '인지',
  mitigated: '완화',
  resolved: '해결',
};

export const SECURITY_PHASE_LABELS: Record<keyof NonNullable<Incident['security']>, string> = {
  detection: '탐지',
  analysis: '분석',
  containment: '봉쇄',
  eradication: '제거',
  recovery: '복구',
  post_incident: '사후 조치',
};

/** Kinds of action item (schemas/incident.ts). */
export const ACTION_TYPE_LABELS: Record<NonNullable<Incident['action_items'][number]['type']>, string> = {
  prevent: '재발 방지',
  mitigate: '영향 완화',
  detect: '감지 개선',
  process: '프로세스',
};

/** Whether lost data was got back. */
export const DATA_RECOVERED_LABELS = { yes: '전부 복구', partial: '일부 복구', no: '복구 못 함', unknown: '확인 중' } as const;

export const ACTION_STATUS_LABELS: Record<Incident['action_items'][number]['status'], string> = {
  open: '진행 중',
  done: '완료',
  cancelled: '취소',
};

export const CHANGE_TYPE_LABELS: Record<Change['type'], string> = {
  standard: '표준 변경',
  normal: '일반 변경',
  emergency: '긴급 변경',
};

export const RISK_LABELS: Record<Change['risk'], string> = { low: '낮음', medium: '중간', high: '높음' };

/** Vulnerability severities of the monthly security report, most severe first (the order the report lists them). */
export const VULNERABILITY_LEVEL_LABELS: Record<keyof MonthlyReport['security']['vulnerabilities'], string> = {
  critical: '긴급',
  high: '높음',
  medium: '중간',
  low: '낮음',
};

export const CHANGE_RESULT_LABELS: Record<NonNullable<Change['result']>, string> = {
  succeeded: '성공',
  failed: '실패',
  'rolled-back': '롤백됨',
};

/** A change's result in a report, where a change without one is counted as such. */
export const CHANGE_OUTCOME_LABELS = { ...CHANGE_RESULT_LABELS, pending: '결과 미기록' } as const;

/** A change's result as a page says it: not run yet (미실행), run without a recorded result, or the result. */
export function changeResultLabel(execution: Pick<Change, 'executed_at' | 'result'>): string {
  if (!execution.executed_at) return '미실행';
  return execution.result ? CHANGE_RESULT_LABELS[execution.result] : CHANGE_OUTCOME_LABELS.pending;
}

export const EMERGENCY_REASON_LABELS: Record<NonNullable<Change['emergency']>['reason'], string> = {
  'outage-risk': '장애 위험',
  'security-vulnerability': '보안 취약점',
  'data-loss-risk': '데이터 손실 위험',
};

export const OUTCOME_LABELS: Record<Routine['outcome'], string> = { pass: '통과', fail: '실패' };

export const DIAGNOSTIC_SEVERITY_LABELS = { error: '오류', warning: '경고', info: '정책 기록' } as const;

/** A rule's level as the rules pages show it: its severity, or off when the policy turned it off. */
export const RULE_LEVEL_LABELS = { ...DIAGNOSTIC_SEVERITY_LABELS, off: '꺼짐' } as const;

/** What a rule checks: policy compliance (findings are records) or the documents themselves. */
export const RULE_CATEGORY_LABELS = { policy: '정책 기록', document: '문서 검증' } as const satisfies Record<RuleCategory, string>;

export const REPORT_TITLES: Record<CadenceId, string> = {
  daily: '일일 운영 보고서',
  weekly: '주간 성능 보고서',
  monthly: '월간 보안 보고서',
  quarterly: '분기별 리뷰 보고서',
};

export const CADENCE_LABELS: Record<CadenceId, string> = { daily: '일간', weekly: '주간', monthly: '월간', quarterly: '분기' };

const WEEKDAYS = ['월', '화', '수', '목', '금', '토', '일'];

/** `2026년 11월 25일 (수)`, `2026년 48주차 (11월 23일–11월 29일)`, `2026년 11월`, `2026년 4분기`. */
export function periodLabel(p: Period): string {
  const md = (d: Period['first']) => `${d.month}월 ${d.day}일`;
  switch (p.cadence) {
    case 'daily':
      return `${p.first.year}년 ${md(p.first)} (${WEEKDAYS[p.first.dayOfWeek - 1]})`;
    case 'weekly':
      return `${p.id.slice(0, 4)}년 ${Number(p.id.slice(6))}주차 (${md(p.first)}–${md(p.last)})`;
    case 'monthly':
      return `${p.first.year}년 ${p.first.month}월`;
    case 'quarterly':
      return `${p.first.year}년 ${p.id.slice(-1)}분기`;
  }
}

/** Report figures: how an incident met its response SLA and its escalation, a routine's period, a day's systems. */
export const SLA_LABELS = { met: '준수', breached: '위반', pending: '진행 중' } as const;
export const ESCALATION_LABELS = {
  'on-time': '적시',
  late: '지연',
  missing: '누락',
  pending: '진행 중',
  'not-required': '불필요',
} as const;
/** Why a person's approval of a change does not count (src/lib/sla.ts, approvalStanding). */
export const UNCOUNTED_APPROVAL_LABELS = {
  'own-change': '본인 변경: 세지 않음',
  'no-approver-role': '승인 역할 없음: 세지 않음',
  repeated: '중복: 세지 않음',
} as const;
/** The kind of an incident's impact window. */
export const IMPACT_KIND_LABELS = { outage: '중단', degradation: '저하' } as const;
export const ROUTINE_STATUS_LABELS = { done: '완료', failed: '실패', missed: '누락', pending: '예정' } as const;
export const SYSTEM_STATUS_LABELS = { normal: '정상', degraded: '성능 저하', outage: '중단' } as const;

/** The reports calendar's cells. */
export const CELL_STATE_LABELS: Record<CellState, string> = {
  narrative: '보고서 작성됨',
  missing: '보고서 필요, 미작성',
  'in-progress': '진행 중',
  none: '수치만 (보고서 없음)',
};
