/** An incident and its postmortem (`content/incidents/YYYY/<id>.mdx`; YYYY is the year it started). */
import { z } from 'astro/zod';
import { BaseFields, PersonRef, PlainDate, SafeLink, ServiceRef, Slug, Timestamp } from './common.ts';
import { SeverityId } from './policy.ts';

export const INCIDENT_STATUSES = ['investigating', 'mitigated', 'resolved', 'postmortem', 'closed'] as const;

/** The guide's incident timeline, in the order the steps must happen. */
export const TIMELINE_STEPS = ['started', 'detected', 'acknowledged', 'mitigated', 'resolved'] as const;

/** The six phases of a security incident (guide: 보안 사고 대응), in order. */
export const SECURITY_PHASES = ['detection', 'analysis', 'containment', 'eradication', 'recovery', 'post_incident'] as const;

const ActionItem = z.strictObject({
  /** What will be done. */
  title: z.string().min(1),
  /** Who does it (roster id). */
  owner: PersonRef.optional(),
  /** When it is due. */
  due: PlainDate.optional(),
  /** Where it stands. */
  status: z.enum(['open', 'done', 'cancelled']).default('open'),
  /** Day it was closed. */
  closed: PlainDate.optional(),
  /** Ticket or pull request: an https:, http:, mailto: or site link. */
  link: SafeLink.optional(),
});

export const IncidentSchema = z.strictObject({
  /** What happened, in one line. */
  title: z.string().min(1),
  /** Severity level P1–P4 from policy. */
  severity: SeverityId,
  /** investigating → mitigated → resolved → postmortem → closed. */
  status: z.enum(INCIDENT_STATUSES),
  /** `security` incidents follow the six security phases and are restricted by default. */
  category: z.enum(['operational', 'security']).default('operational'),
  /** Affected services. */
  services: z.array(ServiceRef).min(1),
  /** Failure scenario id from policy, when it matches one. */
  scenario: Slug.optional(),
  /** How it was noticed (guide: 장애 감지). */
  detection: z.enum(['monitoring', 'user-report', 'automated-check']),
  /** Incident commander. */
  commander: PersonRef,
  /** People assigned (guide: 담당자 할당). */
  assignees: z.array(PersonRef).default([]),
  /** When each step happened. */
  timeline: z.strictObject({
    /** When the failure began. */
    started: Timestamp,
    /** When it was noticed. */
    detected: Timestamp,
    /** When someone took it on (measured against the response time). */
    acknowledged: Timestamp.optional(),
    /** When the impact stopped. */
    mitigated: Timestamp.optional(),
    /** When it was fixed for good. */
    resolved: Timestamp.optional(),
  }),
  /** Who was escalated to, and when. */
  escalations: z.array(z.strictObject({ to: Slug.describe('role id'), person: PersonRef.optional(), at: Timestamp })).default([]),
  /** Impact (guide: 장애 영향도). */
  impact: z.strictObject({
    /** One-line description of the impact. */
    summary: z.string().min(1),
    /** Users affected, when known. */
    users: z.number().int().min(0).optional(),
    /** Whether any data was lost. */
    data_loss: z.boolean().default(false),
  }),
  /** Change ids that caused it. */
  caused_by: z.array(z.string()).default([]),
  /** Runbook ids used while responding. */
  runbooks: z.array(Slug).default([]),
  /** Prevention and improvement work (guide: 재발 방지 대책). */
  action_items: z.array(ActionItem).default([]),
  /** The postmortem (guide: 장애 보고서 작성); its text is the body of this file. */
  postmortem: z.strictObject({ author: PersonRef, published: PlainDate.optional(), reviewers: z.array(PersonRef).default([]) }).optional(),
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

/** Body sections a postmortem must have (rule `incident/postmortem-complete`). */
export const POSTMORTEM_SECTIONS = [
  { id: 'impact', headings: ['영향', 'impact'] },
  { id: 'timeline', headings: ['타임라인', '경과', 'timeline'] },
  { id: 'root-cause', headings: ['근본 원인', '원인', 'root cause'] },
  { id: 'resolution', headings: ['해결', '조치', 'resolution'] },
  { id: 'prevention', headings: ['재발 방지', 'prevention'] },
  { id: 'process-improvement', headings: ['프로세스 개선', 'process improvement'] },
] as const;
