/** Korean words for the enum values of the schemas, so every page says the same thing. */
import type { Change, Incident, Routine } from '../schemas/index.ts';

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

export const CHANGE_RESULT_LABELS: Record<NonNullable<Change['result']>, string> = {
  succeeded: '성공',
  failed: '실패',
  'rolled-back': '롤백됨',
};

export const EMERGENCY_REASON_LABELS: Record<NonNullable<Change['emergency']>['reason'], string> = {
  'outage-risk': '장애 위험',
  'security-vulnerability': '보안 취약점',
  'data-loss-risk': '데이터 손실 위험',
};

export const OUTCOME_LABELS: Record<Routine['outcome'], string> = { pass: '통과', fail: '실패' };

export const DIAGNOSTIC_SEVERITY_LABELS = { error: '오류', warning: '경고', info: '정책 기록' } as const;

export const CADENCE_LABELS = { daily: '일간', weekly: '주간', monthly: '월간', quarterly: '분기' } as const;
