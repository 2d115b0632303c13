/** An incident and its postmortem (`content/incidents/YYYY/<id>.mdx`; YYYY is the year it started). */
import { z } from 'astro/zod';
import { ApproxTimestamp, BaseFields, PersonRef, PlainDate, SafeLink, ServiceRef, Slug, Timestamp } from './common.ts';
import { SeverityId } from './policy.ts';

export const INCIDENT_STATUSES = ['investigating', 'mitigated', 'resolved', 'postmortem', 'closed'] as const;

/** The guide's incident timeline, in the order the steps must happen. */
export const TIMELINE_STEPS = ['started', 'detected', 'acknowledged', 'mitigated', 'resolved'] as const;

/** The six phases of a security incident (guide: 보안 사고 대응), in order. */
export const SECURITY_PHASES = ['detection', 'analysis', 'containment', 'eradication', 'recovery', 'post_incident'] as const;

/** What an action item does about the failure (guide: 재발 방지 대책; the SRE workbook's kinds). */
const ACTION_ITEM_TYPES = ['prevent', 'mitigate', 'detect', 'process'] as const;

const ActionItem = z.strictObject({
  /** What will be done. */
  title: z.string().min(1),
  /** prevent (stops a recurrence), mitigate (less impact next time), detect (noticed sooner), process (how we work). */
  type: z.enum(ACTION_ITEM_TYPES).optional(),
  /** Who does it (roster id). */
  owner: PersonRef.optional(),
  /** When it is due. */
  due: PlainDate.optional(),
  /** Where it stands. */
  status: z.enum(['open', 'done', 'cancelled']).default('open'),
  /** Day it was closed. */
  closed: PlainDate.optional(),
  /** Where it is tracked (the issue or pull request): an https:, http:, mailto: or site link. */
  link: SafeLink.optional(),
});

/** A stretch of time the impact lasted; `end` absent while it lasts (then it runs to resolution, or now). */
const ImpactWindow = z.strictObject({
  start: ApproxTimestamp,
  end: ApproxTimestamp.optional(),
  /** What was down or degraded, e.g. "쓰기 불가, 읽기 정상". */
  note: z.string().optional(),
});

/** Data lost: when, how much, and whether it was got back. */
const DataLoss = z.strictObject({
  /** Writes between these instants were lost (or are unaccounted for). */
  window: z.strictObject({ start: ApproxTimestamp, end: ApproxTimestamp }).optional(),
  /** How much, in words: "주문 312건", "약 40분간의 업로드". */
  amount: z.string().min(1),
  /** `yes` (all recovered), `partial`, `no`, or `unknown` while it is still being worked out. */
  recovered: z.enum(['yes', 'partial', 'no', 'unknown']),
});

/** A contributing factor of the postmortem, from the policy taxonomy (`postmortems.contributing_factors`). */
const ContributingFactor = z.strictObject({
  /** Factor id from `postmortems.contributing_factors` in policy. */
  factor: Slug,
  /** How it contributed here. */
  note: z.string().min(1),
});

export const IncidentSchema = z.strictObject({
  /** What happened, in one line. */
  title: z.string().min(1),
  /** Severity level P1–P4 from policy: the highest the incident reached, which it is counted under. */
  severity: SeverityId,
  /**
   * When the level changed: the level it was detected at first, then each change (a degradation that
   * became P1 hours later). Each level's response and escalation clocks start when it was reached.
   */
  severity_history: z
    .array(
      z.strictObject({
        /** The level from this moment on. */
        level: SeverityId,
        /** When the incident reached it (detection, for the level it was detected at). */
        at: ApproxTimestamp,
        /** Why the level changed. */
        reason: z.string().optional(),
      }),
    )
    .default([]),
  /** investigating → mitigated → resolved → postmortem → closed. */
  status: z.enum(INCIDENT_STATUSES),
  /** `security` incidents follow the six security phases and are restricted by default. */
  category: z.enum(['operational', 'security']).default('operational'),
  /** Affected services. */
  services: z.array(ServiceRef).min(1),
  /** Failure scenario ids from policy, the primary one first (a partition that caused a failover: [net-disconnect, db-primary-failure]). */
  scenarios: z.array(Slug).default([]),
  /** Deprecated: one scenario id; write `scenarios: [id]` instead (rule `incident/deprecated-field`). */
  scenario: Slug.optional(),
  /** How it was noticed (guide: 장애 감지). */
  detection: z.enum(['monitoring', 'user-report', 'automated-check']),
  /** Incident commander. */
  commander: PersonRef,
  /** People assigned (guide: 담당자 할당). */
  assignees: z.array(PersonRef).default([]),
  /** When each step happened. */
  timeline: z.strictObject({
    /** When the failure began (`~` in front when only roughly known, as for every incident time). */
    started: ApproxTimestamp,
    /** When it was noticed. */
    detected: ApproxTimestamp,
    /** When someone took it on (measured against the response time). */
    acknowledged: ApproxTimestamp.optional(),
    /** When the impact stopped. */
    mitigated: ApproxTimestamp.optional(),
    /** When it was fixed for good. */
    resolved: ApproxTimestamp.optional(),
  }),
  /** Who was escalated to, and when. */
  escalations: z.array(z.strictObject({ to: Slug.describe('role id'), person: PersonRef.optional(), at: ApproxTimestamp })).default([]),
  /** Impact (guide: 장애 영향도). */
  impact: z.strictObject({
    /** One-line description of the impact. */
    summary: z.string().min(1),
    /** Users affected, when known. */
    users: z.number().int().min(0).optional(),
    /** Full outage: the service could not be used. */
    outages: z.array(ImpactWindow).default([]),
    /** Degradation: slow, partial or erroring, but usable. */
    degradations: z.array(ImpactWindow).default([]),
    /** Partial recoveries on the way back: reads back, writes back, fully restored. */
    recovery: z.array(z.strictObject({ at: ApproxTimestamp, what: z.string().min(1) })).default([]),
    /** Whether data was lost: `false`, or what was lost (`true` when nothing more is known). */
    data_loss: z.union([z.boolean(), DataLoss]).default(false),
  }),
  /** Change ids that caused it. */
  caused_by: z.array(z.string()).default([]),
  /** Runbook ids used while responding. */
  runbooks: z.array(Slug).default([]),
  /** Prevention and improvement work (guide: 재발 방지 대책). */
  action_items: z.array(ActionItem).default([]),
  /** The postmortem (guide: 장애 보고서 작성); its text is the body of this file. */
  postmortem: z
    .strictObject({
      author: PersonRef,
      published: PlainDate.optional(),
      reviewers: z.array(PersonRef).default([]),
      /** What set it off, in one or two sentences (the body explains). */
      trigger: z.string().min(1).optional(),
      /** Why it could happen and grow: factors from the policy taxonomy, each with how it contributed. */
      contributing_factors: z.array(ContributingFactor).default([]),
      /** What went well in the response. */
      went_well: z.array(z.string().min(1)).default([]),
      /** What went poorly. */
      went_poorly: z.array(z.string().min(1)).default([]),
      /** Where we got lucky: what would have made it worse. */
      got_lucky: z.array(z.string().min(1)).default([]),
    })
    .optional(),
  /** Security incidents: when each phase was reached. */
  security: z
    .strictObject({
      detection: Timestamp.optional(),
      analysis: Timestamp.optional(),
      containment: Timestamp.optional(),
      eradication: Timestamp.optional(),
      recovery: Timestamp.optional(),
      post_incident: Timestamp.optional(),
    })
    .optional(),
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
