/** A change record (`content/changes/YYYY/<id>.mdx`; YYYY is the year it was requested). */
import { z } from 'astro/zod';
import { BaseFields, endsBeforeStart, PersonRef, ServiceRef, Slug, Timestamp } from './common.ts';

export const CHANGE_TYPES = ['standard', 'normal', 'emergency'] as const;
export const CHANGE_RESULTS = ['succeeded', 'failed', 'rolled-back'] as const;
export const EMERGENCY_REASONS = ['outage-risk', 'security-vulnerability', 'data-loss-risk'] as const;

const Approval = z
  .strictObject({
    /** The person who approved (roster id). */
    approver: PersonRef.optional(),
    /** Or: the automated gate that passed (e.g. `ci-policy-check`); never counted as a person. */
    gate: Slug.optional(),
    /** When. */
    at: Timestamp,
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
  /** What changes, in one line. */
  title: z.string().min(1),
  /** standard (pre-approved, routine), normal, or emergency (guide: 긴급 변경). */
  type: z.enum(CHANGE_TYPES),
  /** Who asked for it (guide: 요청자 정보). */
  requester: PersonRef,
  /** When it was requested. */
  requested_at: Timestamp,
  /** Services it touches. */
  services: z.array(ServiceRef).min(1),
  /** Risk assessment (guide: 리스크 평가); decides how many approvals are needed. */
  risk: z.enum(['low', 'medium', 'high']),
  /** What it affects and how (guide: 영향도 분석). */
  impact_analysis: z.string().optional(),
  /** Technical review (guide: 기술적 검토). */
  technical_review: z.strictObject({ reviewer: PersonRef, at: Timestamp }).optional(),
  /**
   * Approvals (guide: 변경 승인): `{ approver: <person>, at }` for a person, or `{ gate: <check id>, at }` for
   * an automated approval gate (a CI policy check). A gate is recorded and shown, but it is never a
   * person's approval: it counts neither towards the approvals a risk needs nor as an approver role.
   */
  approvals: z.array(Approval).default([]),
  /** Planned execution window; it ends at or after its start. */
  window: z
    .strictObject({ start: Timestamp, end: Timestamp })
    .superRefine((w, ctx) => {
      if (endsBeforeStart(w))
        ctx.addIssue({ code: 'custom', path: ['end'], message: `Expected the window to end after it starts (${w.start}), found ${w.end}` });
    })
    .optional(),
  /** How to undo it (guide: 롤백 계획). */
  rollback_plan: z.string().optional(),
  /** Steps to carry it out (guide: 실행 계획). */
  execution_plan: z.string().optional(),
  /** What is watched during and after (guide: 모니터링). */
  monitoring_plan: z.string().optional(),
  /** Outcome (guide: 결과 확인). */
  result: z.enum(CHANGE_RESULTS).optional(),
  /** When it was carried out. */
  executed_at: Timestamp.optional(),
  /** Emergency changes: why, and when the record was written up afterwards. */
  emergency: z.strictObject({ reason: z.enum(EMERGENCY_REASONS), documented_at: Timestamp.optional() }).optional(),
  /** Incidents this change is linked to (caused or fixed). */
  related_incidents: z.array(Slug).default([]),
  ...BaseFields,
});
export type Change = z.output<typeof ChangeSchema>;
