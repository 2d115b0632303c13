/** The step summary of `npm run verify-approvals`: each approval the pull request adds and what code review says about it. */
import type { ApprovalRow } from '../review/approvals.ts';
import { cell } from './github.ts';

const VERDICT: Record<ApprovalRow['verdict'], string> = {
  approved: '✅ 리뷰에서 승인함',
  'not-approved': '❌ 리뷰 승인 없음',
  author: '❌ 풀 리퀘스트 작성자',
  unknown: '❌ 명단에 없음',
};

const STATE: Record<NonNullable<ApprovalRow['state']>, string> = {
  APPROVED: '승인 (APPROVED)',
  CHANGES_REQUESTED: '변경 요청 (CHANGES_REQUESTED)',
  DISMISSED: '승인 취소됨 (DISMISSED)',
  COMMENTED: '코멘트만 (COMMENTED)',
};

export function formatApprovalSummary(rows: readonly ApprovalRow[]): string {
  const failed = rows.some((r) => r.verdict !== 'approved');
  const lines = [`## opsbook verify-approvals: ${failed ? '❌ 리뷰로 확인되지 않은 승인이 있습니다' : '✅ 통과'}`, ''];
  if (rows.length === 0) {
    lines.push('이 풀 리퀘스트는 변경 기록에 사람의 승인을 추가하지 않았습니다.', '');
    return `${lines.join('\n')}\n`;
  }
  lines.push('변경 기록의 `approvals:`에 이 풀 리퀘스트가 추가한 승인자와, 그 사람의 마지막 코드 리뷰입니다.', '');
  lines.push('| 변경 기록 | 승인자 | GitHub | 마지막 리뷰 | 판정 |', '|---|---|---|---|---|');
  for (const r of rows) {
    const github = r.github ? `@${r.github}` : '—';
    const state = r.state ? STATE[r.state] : '리뷰 없음';
    const role = r.approverRole === false ? ' (승인 권한 없음: 승인 수에 들지 않음)' : '';
    lines.push(`| \`${cell(r.file)}:${r.line}\` | ${cell(r.approver)} | ${cell(github)} | ${state} | ${VERDICT[r.verdict]}${role} |`);
  }
  return `${lines.join('\n')}\n`;
}
