/** An incident and its postmortem (`content/incidents/YYYY/<id>.mdx`; YYYY is the year it started). */
import { z } from 'astro/zod';
import { ApproxTimestamp, BaseFields, ChangeRef, PersonRef, PlainDate, RoleRef, RunbookRef, SafeLink, ScenarioRef, ServiceRef, Slug, Timestamp } from './common.ts';
import { SeverityId } from './policy.ts';

export const INCIDENT_STATUSES = ['investigating', 'mitigated', 'resolved', 'postmortem', 'closed'] as const;

/** The guide's incident timeline, in the order the steps must happen. */
export const TIMELINE_STEPS = ['started', 'detected', 'acknowledged', 'mitigated', 'resolved'] as const;

/** The six phases of a security incident (guide: 보안 사고 대응), in order. */
export const SECURITY_PHASES = ['detection', 'analysis', 'containment', 'eradication', 'recovery', 'post_incident'] as const;

/** What an action item does about the failure (guide: 재발 방지 대책; the SRE workbook's kinds). */
const ACTION_ITEM_TYPES = ['prevent', 'mitigate', 'detect', 'process'] as const;

const ActionItem = z.strictObject({
  title: z.string().min(1).meta({ description: "What will be done." }),
  type: z.enum(ACTION_ITEM_TYPES).optional().meta({ description: "prevent (stops a recurrence), mitigate (less impact next time), detect (noticed sooner), process (how we work)." }),
  owner: PersonRef.optional().meta({ description: "Who does it (roster id)." }),
  due: PlainDate.optional().meta({ description: "When it is due." }),
  status: z.enum(['open', 'done', 'cancelled']).default('open').meta({ description: "Where it stands." }),
  closed: PlainDate.optional().meta({ description: "Day it was closed." }),
  link: SafeLink.optional().meta({ description: "Where it is tracked (the issue or pull request): an https:, http:, mailto: or site link." }),
});

/** A stretch of time the impact lasted; `end` absent while it lasts (then it runs to resolution, or now). */
const ImpactWindow = z.strictObject({
  start: ApproxTimestamp,
  end: ApproxTimestamp.optional(),
  note: z.string().optional().meta({ description: "What was down or degraded, e.g. \"쓰기 불가, 읽기 정상\"." }),
});

/** Data lost: when, how much, and whether it was got back. */
const DataLoss = z.strictObject({
  window: z.strictObject({ start: ApproxTimestamp, end: ApproxTimestamp }).optional().meta({ description: "Writes between these instants were lost (or are unaccounted for)." }),
  amount: z.string().min(1).meta({ description: "How much, in words: \"주문 312건\", \"약 40분간의 업로드\"." }),
  recovered: z.enum(['yes', 'partial', 'no', 'unknown']).meta({ description: "`yes` (all recovered), `partial`, `no`, or `unknown` while it is still being worked out." }),
});

/** A contributing factor of the postmortem, from the policy taxonomy (`postmortems.contributing_factors`). */
const ContributingFactor = z.strictObject({
  factor: Slug.meta({ description: "Factor id from `postmortems.contributing_factors` in policy." }),
  note: z.string().min(1).meta({ description: "How it contributed here." }),
});

export const IncidentSchema = z.strictObject({
  title: z.string().min(1).meta({ description: "What happened, in one line." }),
  severity: SeverityId.meta({ description: "Severity level P1–P4 from policy: the highest the incident reached, which it is counted under." }),
  severity_history: z
    .array(
      z.strictObject({
        level: SeverityId.meta({ description: "The level from this moment on." }),
        at: ApproxTimestamp.meta({ description: "When the incident reached it (detection, for the level it was detected at)." }),
        reason: z.string().optional().meta({ description: "Why the level changed." }),
      }),
    )
    .default([]).meta({ description: "When the level changed: the level it was detected at first, then each change (a degradation that became P1 hours later). Each level's response and escalation clocks start when it was reached." }),
  status: z.enum(INCIDENT_STATUSES).meta({ description: "investigating → mitigated → resolved → postmortem → closed." }),
  category: z.enum(['operational', 'security']).default('operational').meta({ description: "`security` incidents follow the six security phases and are restricted by default." }),
  services: z.array(ServiceRef).min(1).meta({ description: "Affected services." }),
  scenarios: z.array(ScenarioRef).default([]).meta({ description: "Failure scenario ids from policy, the primary one first (a partition that caused a failover: [net-disconnect, db-primary-failure])." }),
  scenario: ScenarioRef.optional().meta({ description: "Deprecated: one scenario id; write `scenarios: [id]` instead (rule `incident/deprecated-field`)." }),
  detection: z.enum(['monitoring', 'user-report', 'automated-check']).meta({ description: "How it was noticed (guide: 장애 감지)." }),
  commander: PersonRef.meta({ description: "Incident commander." }),
  assignees: z.array(PersonRef).default([]).meta({ description: "People assigned (guide: 담당자 할당)." }),
  timeline: z.strictObject({
    started: ApproxTimestamp.meta({ description: "When the failure began (`~` in front when only roughly known, as for every incident time)." }),
    detected: ApproxTimestamp.meta({ description: "When it was noticed." }),
    acknowledged: ApproxTimestamp.optional().meta({ description: "When someone took it on (measured against the response time)." }),
    mitigated: ApproxTimestamp.optional().meta({ description: "When the impact stopped." }),
    resolved: ApproxTimestamp.optional().meta({ description: "When it was fixed for good." }),
  }).meta({ description: "When each step happened." }),
  escalations: z.array(z.strictObject({ to: RoleRef.meta({ description: 'Role escalated to (policy roles, e.g. cto).' }), person: PersonRef.optional().meta({ description: 'The person reached, when known.' }), at: ApproxTimestamp.meta({ description: 'When the escalation was made.' }) })).default([]).meta({ description: "Who was escalated to, and when." }),
  impact: z.strictObject({
    summary: z.string().min(1).meta({ description: "One-line description of the impact." }),
    users: z.number().int().min(0).optional().meta({ description: "Users affected, when known." }),
    outages: z.array(ImpactWindow).default([]).meta({ description: "Full outage: the service could not be used." }),
    degradations: z.array(ImpactWindow).default([]).meta({ description: "Degradation: slow, partial or erroring, but usable." }),
    recovery: z.array(z.strictObject({ at: ApproxTimestamp, what: z.string().min(1) })).default([]).meta({ description: "Partial recoveries on the way back: reads back, writes back, fully restored." }),
    data_loss: z.union([z.boolean(), DataLoss]).default(false).meta({ description: "Whether data was lost: `false`, or what was lost (`true` when nothing more is known)." }),
  }).meta({ description: "Impact (guide: 장애 영향도)." }),
  caused_by: z.array(ChangeRef).default([]).meta({ description: "Change ids that caused it." }),
  runbooks: z.array(RunbookRef).default([]).meta({ description: "Runbook ids used while responding." }),
  action_items: z.array(ActionItem).default([]).meta({ description: "Prevention and improvement work (guide: 재발 방지 대책)." }),
  postmortem: z
    .strictObject({
      author: PersonRef.meta({ description: 'Who wrote the postmortem.' }),
      published: PlainDate.optional().meta({ description: 'Day it was published (the postmortem-required deadline is held against it).' }),
      reviewers: z.array(PersonRef).default([]).meta({ description: 'Who reviewed it (guide: 리뷰 후 공유).' }),
      trigger: z.string().min(1).optional().meta({ description: "What set it off, in one or two sentences (the body explains)." }),
      contributing_factors: z.array(ContributingFactor).default([]).meta({ description: "Why it could happen and grow: factors from the policy taxonomy, each with how it contributed." }),
      went_well: z.array(z.string().min(1)).default([]).meta({ description: "What went well in the response." }),
      went_poorly: z.array(z.string().min(1)).default([]).meta({ description: "What went poorly." }),
      got_lucky: z.array(z.string().min(1)).default([]).meta({ description: "Where we got lucky: what would have made it worse." }),
    })
    .optional().meta({ description: "The postmortem (guide: 장애 보고서 작성); its text is the body of this file." }),
  security: z
    .strictObject({
      detection: Timestamp.optional().meta({ description: 'When the detection phase (탐지) was reached.' }),
      analysis: Timestamp.optional().meta({ description: 'When the analysis phase (분석) was reached.' }),
      containment: Timestamp.optional().meta({ description: 'When the containment phase (봉쇄) was reached.' }),
      eradication: Timestamp.optional().meta({ description: 'When the eradication phase (제거) was reached.' }),
      recovery: Timestamp.optional().meta({ description: 'When the recovery phase (복구) was reached.' }),
      post_incident: Timestamp.optional().meta({ description: 'When the post incident phase (사후 조치) was reached.' }),
    })
    .optional().meta({ description: "Security incidents: when each phase was reached." }),
  ...BaseFields,
});
export type Incident = z.output<typeof IncidentSchema>;
export type ActionItem = z.output<typeof ActionItem>;
export type ImpactWindow = z.output<typeof ImpactWindow>;

/** Body sections a postmortem must have (rule `incident/postmortem-complete`). */
export const POSTMORTEM_SECTIONS = [
  { id: 'impact', headings: ['영향', 'impact'] },
  { id: 'timeline', headings: ['타임라인', '경과', 'timeline'] },
  { id: 'root-cause', headings: ['근본 원인', '원인', 'root cause', '트리거', 'trigger', 'contributing factors'] },
  { id: 'resolution', headings: ['해결', '조치', 'resolution'] },
  { id: 'prevention', headings: ['재발 방지', 'prevention'] },
  { id: 'process-improvement', headings: ['프로세스 개선', 'process improvement'] },
] as const;
