/** A change record (`content/changes/YYYY/<id>.mdx`; YYYY is the year it was requested). */
import { z } from 'astro/zod';
import { BaseFields, endsBeforeStart, IncidentRef, PersonRef, ServiceRef, Slug, Timestamp } from './common.ts';

export const CHANGE_TYPES = ['standard', 'normal', 'emergency'] as const;
export const CHANGE_RESULTS = ['succeeded', 'failed', 'rolled-back'] as const;
export const EMERGENCY_REASONS = ['outage-risk', 'security-vulnerability', 'data-loss-risk'] as const;

const Approval = z
  .strictObject({
    approver: PersonRef.optional().meta({ description: "The person who approved (roster id)." }),
    gate: Slug.optional().meta({ description: "Or: the automated gate that passed (e.g. `ci-policy-check`); never counted as a person." }),
    at: Timestamp.meta({ description: "When." }),
  })
  .superRefine((a, ctx) => {
    if ((a.approver === undefined) === (a.gate === undefined))
      ctx.addIssue({
        code: 'custom',
        path: a.approver === undefined ? [] : ['gate'],
        message:
          'Expected exactly one of approver (a person) or gate (an automated check), e.g. { approver: kim-minsu, at: … } or { gate: ci-policy-check, at: … }',
      });
  });

/** An approval given by a person (not an automated gate). */
export type PersonApproval = z.output<typeof Approval> & { approver: string };

export function isPersonApproval(a: z.output<typeof Approval>): a is PersonApproval {
  return a.approver !== undefined;
}

export const ChangeSchema = z.strictObject({
  title: z.string().min(1).meta({ description: "What changes, in one line." }),
  type: z.enum(CHANGE_TYPES).meta({ description: "standard (pre-approved, routine), normal, or emergency (guide: 긴급 변경)." }),
  requester: PersonRef.meta({ description: "Who asked for it (guide: 요청자 정보)." }),
  requested_at: Timestamp.meta({ description: "When it was requested." }),
  services: z.array(ServiceRef).min(1).meta({ description: "Services it touches." }),
  risk: z.enum(['low', 'medium', 'high']).meta({ description: "Risk assessment (guide: 리스크 평가); decides how many approvals are needed." }),
  impact_analysis: z.string().optional().meta({ description: "What it affects and how (guide: 영향도 분석)." }),
  technical_review: z.strictObject({ reviewer: PersonRef.meta({ description: 'Who reviewed it.' }), at: Timestamp.meta({ description: 'When.' }) }).optional().meta({ description: "Technical review (guide: 기술적 검토)." }),
  approvals: z.array(Approval).default([]).meta({ description: "Approvals (guide: 변경 승인): `{ approver: <person>, at }` for a person, or `{ gate: <check id>, at }` for an automated approval gate (a CI policy check). A gate is recorded and shown, but it is never a person's approval: it counts neither towards the approvals a risk needs nor as an approver role." }),
  window: z
    .strictObject({ start: Timestamp.meta({ description: 'When it may start.' }), end: Timestamp.meta({ description: 'When it must be done.' }) })
    .superRefine((w, ctx) => {
      if (endsBeforeStart(w))
        ctx.addIssue({ code: 'custom', path: ['end'], message: `Expected the window to end after it starts (${w.start}), found ${w.end}` });
    })
    .optional().meta({ description: "Planned execution window; it ends at or after its start." }),
  rollback_plan: z.string().optional().meta({ description: "How to undo it (guide: 롤백 계획)." }),
  execution_plan: z.string().optional().meta({ description: "Steps to carry it out (guide: 실행 계획)." }),
  monitoring_plan: z.string().optional().meta({ description: "What is watched during and after (guide: 모니터링)." }),
  result: z.enum(CHANGE_RESULTS).optional().meta({ description: "Outcome (guide: 결과 확인)." }),
  executed_at: Timestamp.optional().meta({ description: "When it was carried out." }),
  emergency: z.strictObject({ reason: z.enum(EMERGENCY_REASONS).meta({ description: 'Why it could not wait: outage risk, a security vulnerability or data-loss risk (guide: 긴급 변경 사유).' }), documented_at: Timestamp.optional().meta({ description: 'When the record was written up after the fact (guide: 사후 문서화).' }) }).optional().meta({ description: "Emergency changes: why, and when the record was written up afterwards." }),
  related_incidents: z.array(IncidentRef).default([]).meta({ description: "Incidents this change is linked to (caused or fixed)." }),
  ...BaseFields,
});
export type Change = z.output<typeof ChangeSchema>;
