/**
 * The MDX body of a new document: the headings the rules look for, each with a short Korean note on
 * what belongs there. Incident and runbook headings come from the schemas' section lists, so the
 * scaffold and `incident/postmortem-complete` / `runbook/required-sections` cannot drift apart.
 */
import { POSTMORTEM_SECTIONS } from '../../schemas/incident.ts';
import { RUNBOOK_SECTIONS } from '../../schemas/runbook.ts';
import type { CadenceId } from '../../schemas/policy.ts';
import { bodyPlaceholder } from './markers.ts';

type PostmortemId = (typeof POSTMORTEM_SECTIONS)[number]['id'];
type RunbookSectionId = (typeof RUNBOOK_SECTIONS)[number]['id'];

const POSTMORTEM_GUIDANCE: Record<PostmortemId, string> = {
  impact: '누가, 얼마나 오래, 어떤 기능을 쓰지 못했는지 적으세요. 영향 사용자 수와 오류율 같은 수치를 함께 적습니다.',
  timeline: '발생, 감지, 대응 시작, 에스컬레이션, 완화, 해결 시각을 순서대로 적으세요. frontmatter의 timeline과 같아야 합니다.',
  'root-cause': '왜 일어났는지 적으세요. 아직 조사 중이면 현재 가설과 확인한 사실을 구분해 적습니다.',
  resolution: '무엇으로 완화하고 해결했는지, 사용한 런북과 실행한 명령을 적으세요.',
  prevention: '같은 장애가 다시 일어나지 않게 할 대책을 적고, frontmatter의 action_items에 담당자와 기한을 등록하세요.',
  'process-improvement': '감지, 전파, 에스컬레이션 과정에서 더 빨랐어야 할 점과 고칠 절차를 적으세요.',
};

const RUNBOOK_GUIDANCE: Record<RunbookSectionId, string> = {
  symptoms: '이 런북을 열어야 하는 알림 이름, 대시보드 패널, 사용자 증상을 적으세요.',
  diagnosis: '원인을 좁히는 순서와 확인 명령을 코드 블록으로 적으세요.',
  mitigation: '영향을 멈추는 조치를 위험이 낮은 것부터 순서대로 적으세요.',
  verification: '정상으로 돌아왔음을 확인하는 지표와 기준값을 적으세요.',
  rollback: '조치가 실패했을 때 원래 상태로 되돌리는 방법을 적으세요.',
};

function sections(list: readonly { heading: string; guidance: string }[], intro?: string): string {
  const parts = intro ? [intro, ''] : [];
  for (const s of list) parts.push(`## ${s.heading}`, '', bodyPlaceholder(s.guidance), '');
  return parts.join('\n');
}

export function incidentBody(options: { runbookHint?: string } = {}): string {
  return sections(
    POSTMORTEM_SECTIONS.map((s) => ({
      heading: s.headings[0],
      guidance:
        s.id === 'resolution' && options.runbookHint ? `${POSTMORTEM_GUIDANCE[s.id]} 이 시나리오의 런북: ${options.runbookHint}` : POSTMORTEM_GUIDANCE[s.id],
    })),
  );
}

export function runbookBody(): string {
  return sections(RUNBOOK_SECTIONS.map((s) => ({ heading: s.headings[0], guidance: RUNBOOK_GUIDANCE[s.id] })));
}

export function changeBody(options: { emergency: boolean }): string {
  const list = [
    { heading: '배경', guidance: '왜 이 변경이 필요한지, 하지 않으면 무엇이 문제인지 적으세요.' },
    { heading: '작업 내용', guidance: '실행 순서와 명령, 점검 공지 여부를 적으세요. frontmatter의 execution_plan, rollback_plan, monitoring_plan도 채웁니다.' },
    { heading: '결과', guidance: '실행 후 결과(succeeded / failed / rolled-back)와 확인한 지표를 적고 frontmatter의 result와 executed_at을 채우세요.' },
  ];
  if (options.emergency) {
    list.splice(1, 0, {
      heading: '긴급 사유',
      guidance: '사전 승인 절차를 밟지 못한 이유와 누가 최소 승인을 했는지 적으세요. 실행 후 문서화 기한 안에 완성해야 합니다.',
    });
  }
  return sections(list);
}

export function routineBody(): string {
  return sections([
    { heading: '수행 내용', guidance: '무엇을 어떤 순서로 했는지, 사용한 런북이나 스크립트를 적으세요.' },
    { heading: '결과', guidance: '통과 또는 실패의 근거(복구 시간, 발견한 취약점 수 등)를 적고 evidence에 링크를 남기세요.' },
    { heading: '후속 조치', guidance: '실패했거나 문제를 찾았다면 후속 변경이나 장애 id를 follow_up에 적으세요. 없으면 "없음"이라고 적습니다.' },
  ]);
}

const REPORT_SECTIONS: Record<CadenceId, { heading: string; guidance: string }[]> = {
  daily: [
    {
      heading: '시스템 상태',
      guidance: '대시보드를 확인한 결과와 특이 사항을 적으세요. frontmatter의 system_status와 backups 확인 값을 실제 결과로 고칩니다.',
    },
    { heading: '알림', guidance: '오늘 받은 알림과 조치를 적으세요. 없으면 "없음"이라고 적습니다.' },
  ],
  weekly: [
    { heading: '성능 요약', guidance: 'frontmatter의 performance 수치를 이번 주 실제 값으로 채우세요(지금은 0). 임계값을 넘은 지표와 원인을 적습니다.' },
    { heading: '다음 주 계획', guidance: '용량 증설, 튜닝 등 다음 주에 할 일을 적으세요.' },
  ],
  monthly: [
    { heading: '보안 현황', guidance: 'frontmatter의 security 수치(취약점, MFA 적용률, API 키 교체, 보안 이벤트)를 이번 달 실제 값으로 채우세요(지금은 0).' },
    { heading: '조치 계획', guidance: '남은 취약점과 권한 정리 계획을 적으세요.' },
  ],
  quarterly: [
    { heading: '분기 요약', guidance: '이번 분기의 장애, 변경, 정기 점검 결과를 돌아보고 잘된 점과 아쉬운 점을 적으세요.' },
    { heading: '다음 분기 목표', guidance: '다음 분기에 개선할 목표와 담당자를 적으세요.' },
  ],
};

export function reportBody(cadence: CadenceId): string {
  return sections(REPORT_SECTIONS[cadence]);
}
