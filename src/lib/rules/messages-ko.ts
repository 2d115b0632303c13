/**
 * What the site's readers see of the check in Korean: each rule's description, and each message a rule can
 * put on a page (policy findings and warnings; errors stop the build, so they reach only the CLI, which
 * stays English). A message is matched on the English the rule reports and its values carried over, so a
 * rule keeps one place that words its findings and this catalog never needs the rule's internals.
 * tests/rules/messages-ko.test.ts holds every rule to a description here and every message its examples
 * and the example handbook produce to a pattern, so a new rule or a reworded message cannot slip through.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { ACTION_TYPE_LABELS, CADENCE_LABELS, CHANGE_RESULT_LABELS, INCIDENT_STATUS_LABELS, RISK_LABELS } from '../labels.ts';

/** What the catalog may look up that the English message names only by id. */
export interface MessageNames {
  /** A role's Korean name (policy.roles), for messages that give only its id. */
  role(id: string): string;
}

/** A pattern's capture groups, in order; '' past the last one. */
type Groups = [string, string, string, string, string, string, string, string];
type Translate = (groups: Groups, names: MessageNames) => string;

const ID_NAMES: MessageNames = { role: (id) => id };

interface KoreanRule {
  description: string;
  /** Tried in order; the first pattern that matches the whole English message gives the Korean. */
  messages?: readonly (readonly [RegExp, Translate])[];
}

/** `1 d 5 h 30 min` (src/lib/sla.ts formatMinutes / formatDuration) → `1일 5시간 30분`. */
export function koreanDuration(text: string): string {
  const units: Record<string, string> = { y: '년', mo: '개월', w: '주', d: '일', h: '시간', min: '분', s: '초' };
  return text.replace(/(\d+) (y|mo|w|d|h|min|s)\b/g, (_, n: string, unit: string) => `${n}${units[unit]}`);
}

const label = <T extends string>(labels: Record<T, string>, value: string): string => labels[value as T] ?? value;

/** `a high-risk normal change` / `an emergency change` (change/four-eyes). */
function changeKind(text: string): string {
  if (text === 'an emergency change') return '긴급 변경';
  const m = /^a (\S+)-risk (\S+) change$/.exec(text);
  return m ? `리스크 ${label(RISK_LABELS, m[1]!)}인 ${m[2] === 'standard' ? '표준' : '일반'} 변경` : text;
}

const d = koreanDuration;

export const KOREAN_RULES: Readonly<Record<string, KoreanRule>> = {
  'document/encoding': { description: '문서는 UTF-8 텍스트입니다.' },
  'document/size': { description: '문서 하나는 1 MiB 이하입니다. 한 파일이 검사나 빌드를 멈추게 하지 않도록 합니다.' },
  'document/frontmatter': { description: '문서는 "---" 줄 사이의 YAML 프런트매터로 시작합니다.' },
  'document/yaml': { description: '프런트매터는 올바른 YAML입니다(중복 키, 문법 오류 없음).' },
  'document/schema': { description: '프런트매터가 종류별 스키마와 맞습니다: 알려진 필드, 올바른 형식, 시각에는 오프셋.' },
  'document/location': { description: '문서는 종류에 맞는 폴더에 올바른 파일 이름으로 있습니다.' },
  'document/duplicate-id': { description: '문서 id(파일 이름)는 종류 안에서 하나뿐입니다.' },
  'policy/schema': { description: 'content/policy.yaml이 정책 스키마와 맞습니다.' },
  'policy/reference': { description: '정책이 가리키는 역할, 팀, 시나리오 그룹이 있습니다.' },
  'document/mdx': { description: '본문은 올바른 MDX입니다(본문의 "<"나 "{"가 흔한 원인).' },
  'content/esm': { description: '문서에 import/export가 없습니다. 문서는 데이터이며 빌드 때 실행되는 코드가 아닙니다.' },
  'content/expression': { description: '문서에 JavaScript 표현식({…}, 중괄호 속성 값, 전개)이 없습니다. 주석 {/* … */}은 됩니다.' },
  'content/component': { description: '등록된 컴포넌트(가이드의 정책 표)만, 속성 없이 한 줄에 하나씩 씁니다.' },
  'content/html': { description: 'HTML은 무해한 요소와 속성의 허용 목록에서만 씁니다(script, style, iframe, form, on* 처리기, style 속성 없음).' },
  'content/url': { description: '링크는 https:, http:, mailto: 또는 사이트 경로입니다. javascript:, vbscript:, data:는 쓰지 않습니다.' },
  'content/embed': { description: '이미지는 사이트 안에서만 불러옵니다: content/assets/의 파일을 /assets/<파일>로(PNG, JPEG, GIF, WebP, AVIF, SVG 제외).' },
  'document/reference': { description: '문서가 가리키는 사람, 역할, 시나리오, 문서가 모두 있습니다.' },
  'document/restricted-reference': {
    description: '공개 문서는 제한 문서를 가리키지 않습니다(참조 필드, 조치 항목 링크, 본문 링크). 공개 사이트에는 제한 문서가 없습니다.',
  },
  'document/former-id': { description: '예전 id(former_ids, 이름이 바뀐 문서로 넘겨 주는 주소)는 다른 문서의 id가 아니고, 두 번 쓰이지 않습니다.' },
  'document/placement': { description: '장애와 변경은 해당 연도 폴더에, 정기 점검 기록은 수행한 날짜 이름으로 있습니다.' },
  'incident/timeline-order': {
    description: '타임라인 단계가 순서대로이고(발생 ≤ 감지 ≤ 인지 ≤ 완화 ≤ 해결) 상태와 맞으며, 장애 시작 전에 완료된 조치 항목이 없습니다.',
  },
  'report/period-range': { description: '보고서는 정책의 start_date부터 오늘까지, 사이트에 페이지가 있는 기간의 것입니다.' },
  'document/placeholder': {
    description: '`npm run new`가 넣은 "작성 필요" 자리 표시자가 본문이나 프런트매터에 남아 있지 않습니다.',
    messages: [
      [/^Expected a real id in (\S+), found the placeholder "(.*)"$/, ([field, v]) => `${field}에 실제 id를 적어야 하는데 자리 표시자 "${v}"가 남아 있습니다`],
      [/^Expected (\S+) to be written, found its placeholder "(.*)"$/, ([field, v]) => `${field}을(를) 작성해야 하는데 자리 표시자 "${v}"가 남아 있습니다`],
      [
        /^Expected the section "(.+)" to be written, found its placeholder \((.*)\)$/,
        ([s, g]) => `"${s}" 절을 작성해야 하는데 자리 표시자가 남아 있습니다 (${g})`,
      ],
      [/^Expected this part to be written, found its placeholder \((.*)\)$/, ([g]) => `이 부분을 작성해야 하는데 자리 표시자가 남아 있습니다 (${g})`],
    ],
  },
  'codeowners/outdated': {
    description: '.github/CODEOWNERS가 명단과 문서로 `npm run codeowners`가 만드는 내용과 같습니다.',
    messages: [
      [
        /^Expected (.+), found (.+); run `npm run codeowners` and commit \.github\/CODEOWNERS$/,
        ([expected, found]) => `.github/CODEOWNERS가 생성 결과와 다릅니다(기대: ${expected}, 실제: ${found}). \`npm run codeowners\`를 실행하고 커밋하세요`,
      ],
    ],
  },
  'incident/response-sla': {
    description: '장애는 감지 후 레벨별 대응 시간 안에 인지합니다(P2 기본 30분).',
    messages: [
      [
        /^Expected a (\S+) incident to be acknowledged within (.+) of detection \(by (.+)\); timeline\.acknowledged is not recorded$/,
        ([sev, within, by]) => `${sev} 장애는 감지 후 ${d(within)} 안에(${by}까지) 인지해야 하는데 인지 시각(timeline.acknowledged)이 기록되지 않았습니다`,
      ],
      [
        /^Expected a (\S+) incident to be acknowledged within (.+) of detection \(by (.+)\), found (.+)$/,
        ([sev, within, by, took]) => `${sev} 장애는 감지 후 ${d(within)} 안에(${by}까지) 인지해야 하는데 ${d(took)} 걸렸습니다`,
      ],
      [
        /^Expected a (\S+) incident to be acknowledged within (.+) of becoming \S+ at (.+) \(by (.+)\); timeline\.acknowledged is not recorded$/,
        ([sev, within, at, by]) =>
          `${at}에 ${sev}가 된 장애는 그때부터 ${d(within)} 안에(${by}까지) 인지해야 하는데 인지 시각(timeline.acknowledged)이 기록되지 않았습니다`,
      ],
      [
        /^Expected a (\S+) incident to be acknowledged within (.+) of becoming \S+ at (.+) \(by (.+)\), found (.+)$/,
        ([sev, within, at, by, took]) => `${at}에 ${sev}가 된 장애는 그때부터 ${d(within)} 안에(${by}까지) 인지해야 하는데 ${d(took)} 걸렸습니다`,
      ],
    ],
  },
  'incident/escalation': {
    description: '레벨별 에스컬레이션 시간이 지나도 해결되지 않은 장애는 제때 정해진 역할에 에스컬레이션합니다(P1: 즉시, CTO와 팀장).',
    messages: [
      [
        /^Expected escalation to (.+) \((\S+)\) by (.+) for a (\S+) incident, found none$/,
        ([name, _role, by, sev]) => `${sev} 장애는 ${by}까지 ${name}에게 에스컬레이션해야 하는데 기록이 없습니다`,
      ],
      [
        /^Expected escalation to (\S+) by (.+) for a (\S+) incident, found it at (.+)$/,
        ([role, by, sev, at], names) => `${sev} 장애는 ${by}까지 ${names.role(role)}에게 에스컬레이션해야 하는데 ${at}에 했습니다`,
      ],
      [
        /^Expected escalation to (.+) \((\S+)\) by (.+) for the incident once it was (\S+), found none$/,
        ([name, _role, by, sev]) => `${sev}가 된 장애는 ${by}까지 ${name}에게 에스컬레이션해야 하는데 기록이 없습니다`,
      ],
      [
        /^Expected escalation to (\S+) by (.+) for the incident once it was (\S+), found it at (.+)$/,
        ([role, by, sev, at], names) => `${sev}가 된 장애는 ${by}까지 ${names.role(role)}에게 에스컬레이션해야 하는데 ${at}에 했습니다`,
      ],
    ],
  },
  'incident/postmortem-required': {
    description: '정책이 사후 분석을 요구하는 레벨의 장애는 해결 후 정해진 날 안에 사후 분석을 공개합니다.',
    messages: [
      [
        /^Expected the (\S+) postmortem published within (\d+) days of resolution \(by (\S+)\), found (\S+)$/,
        ([sev, days, by, found]) => `${sev} 장애의 사후 분석은 해결 후 ${days}일 안에(${by}까지) 공개해야 하는데 ${found}에 공개했습니다`,
      ],
      [
        /^Expected a published postmortem for this (\S+) incident by (\S+) \((\d+) days after resolution\); postmortem\.published is not recorded$/,
        ([sev, by, days]) => `이 ${sev} 장애의 사후 분석을 ${by}까지(해결 후 ${days}일) 공개해야 하는데 공개일(postmortem.published)이 기록되지 않았습니다`,
      ],
    ],
  },
  'incident/postmortem-complete': { description: '사후 분석에 영향, 타임라인, 근본 원인, 해결, 재발 방지, 프로세스 개선 절(## 제목)이 있습니다.' },
  'incident/action-item-owner': { description: '조치 항목마다 명단의 담당자가 있고, 진행 중인 항목에는 기한이 있습니다.' },
  'incident/action-item-overdue': {
    description: '진행 중인 조치 항목은 기한까지 완료합니다(기한 다음 날부터 지연).',
    messages: [
      [
        /^Expected action item "(.*)" done by (\S+), found it open (\d+) days later$/,
        ([title, due, days]) => `조치 항목 "${title}"의 기한은 ${due}인데 ${days}일이 지나도록 완료되지 않았습니다`,
      ],
      [
        /^Expected action item "(.*)" done by (\S+), found it closed on (\S+)$/,
        ([title, due, closed]) => `조치 항목 "${title}"의 기한은 ${due}인데 ${closed}에 완료했습니다`,
      ],
    ],
  },
  'incident/runbook-used': {
    description: '런북이 있는 시나리오의 장애는 그 런북을 `runbooks`에 적습니다(사용했거나, 쓰지 않은 이유를 적음).',
    messages: [
      [
        /^Expected the runbook for scenario "(.+)" \((.+)\) in runbooks, found (.+)$/,
        ([scenario, runbooks, found]) =>
          `시나리오 "${scenario}"의 런북(${runbooks})을 runbooks에 적어야 하는데 ${found === 'none' ? '적힌 런북이 없습니다' : `${found}만 적혀 있습니다`}`,
      ],
    ],
  },
  'incident/stale-open': {
    description: '장애는 감지 후 정책의 stale_after(기본 14일) 안에 해결합니다.',
    messages: [
      [
        /^Expected this incident resolved within (.+) of detection, found it still "(\S+)" since (\S+)$/,
        ([within, status, since]) => `장애는 감지 후 ${d(within)} 안에 해결해야 하는데 ${since}부터 아직 "${label(INCIDENT_STATUS_LABELS, status)}" 상태입니다`,
      ],
    ],
  },
  'incident/severity-history': {
    description: '레벨 이력(severity_history)은 감지 때의 레벨로 시작해 시간 순이고, severity는 도달한 가장 높은 레벨입니다.',
  },
  'incident/deprecated-field': {
    description: '장애는 예전의 한 개짜리 `scenario:` 대신 `scenarios: [..]`(주 시나리오 먼저)를 씁니다.',
    messages: [
      [
        /^"scenario" is deprecated; replace the line "scenario: (.+)" with "scenarios: \[(.+)\]" \(list further scenarios after it, the primary first\)$/,
        ([old, list]) => `"scenario"는 더 쓰지 않습니다. "scenario: ${old}" 줄을 "scenarios: [${list}]"로 바꾸세요(다른 시나리오는 그 뒤에, 주 시나리오 먼저)`,
      ],
      [
        /^"scenario" is deprecated and ignored next to "scenarios" \((.+)\); delete the line "scenario: (.+?)"( or add (.+) to scenarios)?$/,
        ([list, old, also, extra]) =>
          `"scenario"는 더 쓰지 않으며 "scenarios"(${list}) 옆에서는 무시됩니다. "scenario: ${old}" 줄을 지우세요${also ? ` (또는 ${extra}을(를) scenarios에 더하세요)` : ''}`,
      ],
    ],
  },
  'incident/contributing-factor': { description: '사후 분석의 기여 요인은 정책 postmortems.contributing_factors 분류의 id입니다.' },
  'incident/preventive-action': {
    description: 'P1/P2 사후 분석에는 취소되지 않은 재발 방지(type: prevent) 조치 항목이 하나 이상 있습니다.',
    messages: [
      [
        /^Expected a (\S+) postmortem to have at least one action item with "type: prevent", found (.+)$/,
        ([sev, found]) =>
          `${sev} 사후 분석에는 재발 방지(type: prevent) 조치 항목이 하나 이상 있어야 하는데 ${
            found === 'no action items'
              ? '조치 항목이 없습니다'
              : found.startsWith('only ')
                ? `${found
                    .slice(5)
                    .split(', ')
                    .map((t) => label(ACTION_TYPE_LABELS, t))
                    .join(', ')} 항목만 있습니다`
                : `유형 없는 항목 ${found.split(' ')[0]}건만 있습니다`
          }`,
      ],
    ],
  },
  'incident/status-agrees': {
    description: '저장된 상태(status)가 타임스탬프와 맞습니다: --now 이전에 해결된 장애는 해결 이후 상태이고, 완료일이 있는 조치 항목은 완료입니다.',
  },
  'runbook/reviewed-after-incident': {
    description: 'P1/P2 장애에 쓰인 런북은 그 장애가 해결된 뒤 정책이 정한 날(기본 14일) 안에 검토합니다. 달력상 검토 기한과 상관없습니다.',
    messages: [
      [
        /^Expected a review within (\d+) days of incident (\S+) \(resolved (\S+)\), by (\S+), which used this runbook; last reviewed (\S+)$/,
        ([days, incident, resolved, by, last]) =>
          `이 런북을 쓴 장애 ${incident}(${resolved} 해결) 뒤 ${days}일 안에(${by}까지) 검토해야 하는데 마지막 검토는 ${last}입니다`,
      ],
    ],
  },
  'policy/search-alias': {
    description: '정책의 search.aliases가 가리키는 런북과 가이드 페이지가 있습니다(없는 페이지의 별칭은 아무것도 찾지 못합니다).',
    messages: [
      [
        /^Expected the page (\S+) for its search aliases, found none; write content\/(\S+)\.mdx or fix the path in search\.aliases$/,
        ([page, file]) => `검색 별칭이 가리키는 페이지 ${page}가 없습니다. content/${file}.mdx를 쓰거나 search.aliases의 경로를 고치세요`,
      ],
    ],
  },
  'security/phases': { description: '보안 장애는 탐지, 분석, 봉쇄, 제거, 복구, 사후 조치를 순서대로 빠짐없이 기록합니다.' },
  'change/required-sections': { description: '변경에는 영향 분석, 롤백 계획, 실행 계획, 모니터링 계획이 있습니다(프런트매터 필드 또는 ## 절).' },
  'change/four-eyes': {
    description: '요청자는 승인자가 될 수 없고, 승인자는 승인 역할을 가지며, 변경은 리스크(또는 긴급)에 필요한 승인을 받습니다.',
    messages: [
      [
        /^Expected an approver other than the requester, found (.+) approving their own change$/,
        ([who]) => `요청자가 아닌 승인자가 필요한데 ${who}이(가) 자신의 변경을 승인했습니다`,
      ],
      [
        /^Expected an approver with role (.+), found (.+)$/,
        ([roles, who]) => `승인자는 ${roles.replaceAll(' or ', ' 또는 ')} 역할이어야 하는데 ${who}이(가) 승인했습니다`,
      ],
      [
        /^Expected (\d+) approval\(s\) from someone other than the requester for (.+), found (\d+)( \((\d+) automated gate\(s\) do not count as a person\))?$/,
        ([needed, why, found, gated, gates]) =>
          `${changeKind(why)}에는 요청자 외 승인 ${needed}건이 필요한데 ${found}건입니다${gated ? ` (자동 승인 게이트 ${gates}건은 사람의 승인으로 세지 않습니다)` : ''}`,
      ],
    ],
  },
  'change/approved-before-execution': {
    description: '변경은 필요한 승인을 실행 전에 받습니다(긴급 변경: 실행 전 최소 승인).',
    messages: [
      [
        /^Expected (\d+) approval\(s\) before execution at (.+), found approval by (.+) at (.+)$/,
        ([needed, executed, who, at]) => `${executed} 실행 전에 승인 ${needed}건이 필요한데 ${who}의 승인이 ${at}에야 있었습니다`,
      ],
      [
        /^Expected (\d+) approval\(s\) before execution at (.+), found it executed without any approval \(실행되었으나 승인 없음\)(; (\d+) automated gate\(s\) do not count as a person)?$/,
        ([needed, executed, gated, gates]) =>
          `${executed} 실행 전에 승인 ${needed}건이 필요한데 승인 없이 실행되었습니다${gated ? ` (자동 승인 게이트 ${gates}건은 사람의 승인으로 세지 않습니다)` : ''}`,
      ],
    ],
  },
  'change/emergency-reason': { description: '긴급 변경은 사유(장애 위험, 보안 취약점, 데이터 손실 위험)를 적고, 긴급 변경만 emergency 항목을 가집니다.' },
  'change/emergency-documented': {
    description: '긴급 변경은 실행 후 정책의 기한(기본 48시간) 안에 문서화합니다(emergency.documented_at).',
    messages: [
      [
        /^Expected the emergency change documented within (.+) of execution \(by (.+)\), found (.+), (.+) late$/,
        ([within, by, found, late]) => `긴급 변경은 실행 후 ${d(within)} 안에(${by}까지) 문서화해야 하는데 ${found}에 문서화해 ${d(late)} 늦었습니다`,
      ],
      [
        /^Expected the emergency change documented by (.+) \((.+) after execution\); emergency\.documented_at is not recorded$/,
        ([by, within]) => `긴급 변경은 ${by}까지(실행 후 ${d(within)}) 문서화해야 하는데 문서화 시각(emergency.documented_at)이 기록되지 않았습니다`,
      ],
    ],
  },
  'change/result-recorded': {
    description: '작업 창이 끝났거나 실행된 변경은 결과(result)와 실행 시각(executed_at)을 기록합니다.',
    messages: [
      [
        /^Expected a result \(succeeded, failed or rolled-back\) for an executed change, found none$/,
        () => '실행된 변경의 결과(성공·실패·롤백됨)가 기록되지 않았습니다',
      ],
      [
        /^Expected executed_at for a change with result "(.+)", found none$/,
        ([result]) => `결과가 "${label(CHANGE_RESULT_LABELS, result)}"인 변경에 실행 시각(executed_at)이 없습니다`,
      ],
      [
        /^Expected a result and executed_at once the window ended \((.+)\), found neither$/,
        ([end]) => `작업 창이 끝났는데(${end}) 결과와 실행 시각(executed_at)이 기록되지 않았습니다`,
      ],
    ],
  },
  'change/conflict': {
    description: '같은 서비스의 변경은 시간이 겹치지 않고, 작업 창이 정책의 변경 동결 기간에 들지 않습니다.',
    messages: [
      [
        /^Expected no other change on (.+) during this window, found (.+) \((\S+) – (\S+)\)$/,
        ([service, other, start, end]) => `이 작업 창에는 ${service}의 다른 변경이 없어야 하는데 ${other}(${start} – ${end})와 겹칩니다`,
      ],
      [
        /^Expected no change during the blackout "(.+)" \((\S+) – (\S+)\), found this window overlapping it$/,
        ([reason, start, end]) => `변경 동결 기간 "${reason}"(${start} – ${end})에는 변경할 수 없는데 이 작업 창이 겹칩니다`,
      ],
    ],
  },
  'change/incident-link': { description: '장애가 caused_by로 원인 변경을 가리키면, 그 변경도 related_incidents에 장애를 적습니다.' },
  'runbook/review-expired': {
    description: '런북의 마지막 검토가 검토 주기(기본 90일) 안에 있습니다. 만료 14일 전부터 알립니다.',
    messages: [
      [
        /^Expected a review within (.+) of (\S+) \(by (\S+)\), found none: expired (\d+) days ago$/,
        ([within, last, by, days]) => `${last} 검토 후 ${d(within)} 안에(${by}까지) 다시 검토해야 하는데 기록이 없습니다: ${days}일 전에 만료되었습니다`,
      ],
      [
        /^Review due by (\S+) \((\d+) days left; last reviewed (\S+)\)$/,
        ([by, days, last]) => `${by}까지 검토해야 합니다 (${days}일 남음, 마지막 검토 ${last})`,
      ],
    ],
  },
  'runbook/required-sections': { description: '런북에는 증상, 진단, 조치, 확인, 롤백 절(##)이 있습니다.' },
  'runbook/scenario-coverage': {
    description: '정책의 장애 시나리오마다 런북이 하나 이상 있습니다.',
    messages: [
      [
        /^Expected a runbook for scenario "(.+)" \((.+)\), found none; create (\S+) with scenarios: \[(.+)\]$/,
        ([id, name, file]) => `시나리오 "${name}"(${id})의 런북이 없습니다: scenarios: [${id}]인 ${file}을(를) 만드세요`,
      ],
    ],
  },
  'runbook/exercised': {
    description: '런북은 정책의 훈련 주기(기본 180일) 안에 장애나 훈련에서 쓰입니다.',
    messages: [
      [
        /^Expected use in an incident or drill within (.+) \(by (\S+)\), found the last use on (\S+)$/,
        ([within, by, last]) => `런북을 ${d(within)} 안에(${by}까지) 장애나 훈련에서 써야 하는데 마지막 사용이 ${last}입니다`,
      ],
      [
        /^Expected use in an incident or drill by (\S+) \((.+) after (\S+)\), found none$/,
        ([by, within, start]) => `런북을 ${by}까지(${start}부터 ${d(within)}) 장애나 훈련에서 써야 하는데 사용 기록이 없습니다`,
      ],
    ],
  },
  'routine/missed': {
    description: '핸드북 시작 이후 끝난 정기 점검 주기(월, 분기 등)마다 기록이 있습니다.',
    messages: [
      [
        /^Expected a (.+) \((\S+)\) record in (\S+) \((\S+) – (\S+)\), found none; add (\S+)$/,
        ([name, _id, period, first, last, file]) => `${period}(${first} – ${last})의 ${name} 기록이 없습니다: ${file}을(를) 추가하세요`,
      ],
    ],
  },
  'routine/failed': {
    description: '결과가 "실패"인 정기 점검 기록은 follow_up에 후속 변경이나 장애를 적습니다.',
    messages: [
      [
        /^Expected a follow-up \(a change or incident id in follow_up\) for a failed routine, found none$/,
        () => '실패한 정기 점검에는 후속 조치(follow_up에 변경 또는 장애 id)가 필요한데 없습니다',
      ],
    ],
  },
  'report/missing': {
    description: '정책이 요구하는 주기(일간, 주간, 월간, 분기)의 끝난 기간마다 보고서가 있습니다.',
    messages: [
      [
        /^Expected a (\S+) report for (\S+) \((\S+) – (\S+)\), found none; write (\S+)$/,
        ([cadence, period, first, last, file]) =>
          `${period}(${first} – ${last})의 ${label(CADENCE_LABELS, cadence)} 보고서가 없습니다: ${file}을(를) 작성하세요`,
      ],
    ],
  },
  'report/backup-check': {
    description: '일간 보고서는 전체 백업과 시간별 증분 백업 24회의 확인을 기록합니다.',
    messages: [
      [/^Expected the daily full backup verified \(backups\.full: true\), found false$/, () => '일일 전체 백업 확인(backups.full: true)이 기록되지 않았습니다'],
      [
        /^Expected the hourly incremental backups verified \(backups\.incremental: true\), found false$/,
        () => '시간별 증분 백업 확인(backups.incremental: true)이 기록되지 않았습니다',
      ],
      [/^Expected 24 hourly incremental backups verified, found (\d+)$/, ([n]) => `시간별 증분 백업 24회를 확인해야 하는데 ${n}회입니다`],
    ],
  },
  'handbook/required-documents': {
    description: '가이드가 요구하는 문서(운영 절차, 장애 대응 매뉴얼, 모니터링 가이드, 백업·복구, 구성도, API 문서, 데이터 모델)가 페이지로 있습니다.',
    messages: [
      [
        /^Expected the page (\S+) for "(.+)" \((\S+)\), found none; write (\S+) or fix the page id$/,
        ([page, title, _id, file]) => `"${title}" 문서(${page})가 없습니다: ${file}을(를) 작성하거나 페이지 id를 고치세요`,
      ],
    ],
  },
  'content/secret': {
    description:
      'content/ 아래 어떤 파일에도 비밀 정보(클라우드 키, 토큰, JWT, 개인 키, 웹훅, URL과 대입문의 비밀번호)가 없습니다. 예외 처리할 수 없고, 오탐은 정책의 secrets.allow에 지문으로만 허용합니다.',
  },
  'content/internal-link': { description: '문서 사이와 사이트 페이지로 가는 링크가 모두 열립니다(예: /runbooks/db-primary-failure/).' },
};

/** The Korean description of a rule; its English one when the catalog has none (the test forbids that). */
export function ruleDescriptionKo(rule: { id: string; description: string }): string {
  return KOREAN_RULES[rule.id]?.description ?? rule.description;
}

/** The Korean of a finding's message, or undefined when no pattern of its rule matches. */
export function translateMessage(d: Pick<Diagnostic, 'rule' | 'message'>, names: MessageNames = ID_NAMES): string | undefined {
  // Any finding computed from approximate times ends so (src/lib/rules/util.ts approximateNote); the
  // rest of the message is matched as usual and the note said in Korean.
  const approximate = APPROXIMATE.exec(d.message);
  const message = approximate ? d.message.slice(0, approximate.index) : d.message;
  const note = approximate ? `; 대략적인 시각으로 계산했습니다 (${approximate[1]})` : '';
  for (const [pattern, translate] of KOREAN_RULES[d.rule]?.messages ?? []) {
    const m = pattern.exec(message);
    if (m) return translate(Array.from({ length: 8 }, (_, i) => m[i + 1] ?? '') as Groups, names) + note;
  }
  return undefined;
}

const APPROXIMATE = /; computed from approximate times \((.*)\)$/;

/** What the site shows for a finding: the Korean, or the rule's own English when there is none. */
export function messageKo(d: Pick<Diagnostic, 'rule' | 'message'>, names?: MessageNames): string {
  return translateMessage(d, names) ?? d.message;
}

/** Names from the policy for the catalog: roles by their Korean names. */
export function policyNames(policy: { roles: Readonly<Record<string, string>> }): MessageNames {
  return { role: (id) => policy.roles[id] ?? id };
}
