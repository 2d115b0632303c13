/** Korean names of the four reports (guide: 문서화 → 보고서) and of their periods. */
import type { CadenceId } from '../../schemas/policy.ts';
import type { Period } from '../periods.ts';

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
