/**
 * What `npm run new` can be told, and which of it must be told. The CLI asks for the required fields
 * it is missing (prompts on a terminal, an error otherwise); everything else has a default.
 */
import { CHANGE_TYPES, EMERGENCY_REASONS } from '../../schemas/change.ts';
import { SEVERITIES, type Policy } from '../../schemas/policy.ts';

export const NEW_KINDS = ['runbook', 'incident', 'change', 'routine', 'report'] as const;
export type NewKind = (typeof NEW_KINDS)[number];

/** Raw answers, as strings from flags or prompts; validated by `scaffold()`. */
export interface NewOptions {
  title?: string;
  /** File id; generated when absent. */
  id?: string;
  /** Roster id of the author (owner, commander, requester, performer). */
  author?: string;
  services?: string[];
  tags?: string[];
  visibility?: string;
  summary?: string;
  // incident
  severity?: string;
  scenario?: string[];
  detection?: string;
  category?: string;
  started?: string;
  detected?: string;
  acknowledged?: string;
  mitigated?: string;
  resolved?: string;
  // change
  type?: string;
  risk?: string;
  reason?: string;
  requestedAt?: string;
  executedAt?: string;
  result?: string;
  // routine
  routine?: string;
  outcome?: string;
  performedAt?: string;
  // report
  period?: string;
  cadence?: string;
  status?: string;
}

export interface FieldSpec {
  key: keyof NewOptions;
  /** The flag that sets it, for error messages. */
  flag: string;
  /** Korean prompt. */
  message: string;
  choices?: { value: string; label: string }[];
  /** Asked on a terminal, defaulted otherwise. */
  optional?: boolean;
  /** Example for the error text. */
  example: string;
}

const SERVICES: FieldSpec = {
  key: 'services',
  flag: '--service',
  message: '관련 서비스 id (쉼표로 구분, 비워 두면 나중에 채우도록 todo로 둡니다)',
  optional: true,
  example: '--service payment-api',
};

/** The fields of a kind, required ones first; choices come from policy. */
export function fieldSpecs(kind: NewKind, policy: Policy): FieldSpec[] {
  const title: FieldSpec = { key: 'title', flag: '--title', message: '제목', example: '--title "결제 API 응답 지연"' };
  switch (kind) {
    case 'incident':
      return [
        title,
        {
          key: 'severity',
          flag: '--severity',
          message: '장애 레벨',
          choices: SEVERITIES.map((s) => ({ value: s, label: `${s} — ${policy.severities[s].description}` })),
          example: '--severity P2',
        },
        SERVICES,
      ];
    case 'change':
      return [
        title,
        {
          key: 'type',
          flag: '--type',
          message: '변경 유형',
          optional: true,
          choices: CHANGE_TYPES.map((t) => ({ value: t, label: t })),
          example: '--type normal',
        },
        {
          key: 'risk',
          flag: '--risk',
          message: '리스크',
          optional: true,
          choices: (['low', 'medium', 'high'] as const).map((r) => ({ value: r, label: `${r} — 승인 ${policy.changes.approvals[r]}명 필요` })),
          example: '--risk medium',
        },
        SERVICES,
      ];
    case 'runbook':
      return [title, SERVICES];
    case 'routine':
      return [
        {
          key: 'routine',
          flag: '--routine',
          message: '정기 점검',
          choices: policy.routines.map((r) => ({ value: r.id, label: `${r.name} (${r.id})` })),
          example: `--routine ${policy.routines[0]?.id ?? 'backup-restore-test'}`,
        },
        {
          key: 'outcome',
          flag: '--outcome',
          message: '결과',
          choices: [
            { value: 'pass', label: 'pass — 통과' },
            { value: 'fail', label: 'fail — 실패' },
          ],
          example: '--outcome pass',
        },
      ];
    case 'report':
      return [];
  }
}

/** Required fields not given; an emergency change also needs its reason. */
export function missingFields(kind: NewKind, options: NewOptions, policy: Policy): FieldSpec[] {
  const missing = fieldSpecs(kind, policy).filter((f) => !f.optional && isEmpty(options[f.key]));
  if (kind === 'change' && options.type === 'emergency' && !options.reason) {
    missing.push({
      key: 'reason',
      flag: '--reason',
      message: '긴급 변경 사유',
      choices: EMERGENCY_REASONS.map((r) => ({ value: r, label: r })),
      example: '--reason outage-risk',
    });
  }
  return missing;
}

function isEmpty(value: string | string[] | undefined): boolean {
  return value === undefined || (Array.isArray(value) ? value.length === 0 : value.trim() === '');
}
