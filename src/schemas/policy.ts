/**
 * `content/policy.yaml`: every number of the operations guide, written once. The guide pages render
 * their tables from it and every rule reads it, so the page and the check can never disagree.
 */
import { z } from 'astro/zod';
import { endsBeforeStart, IsoDuration, PlainDate, Slug, Timestamp } from './common.ts';

export const SEVERITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export const SeverityId = z.enum(SEVERITIES);

export const CADENCES = ['daily', 'weekly', 'monthly', 'quarterly'] as const;
const Cadence = z.enum(CADENCES);

const RuleLevel = z.enum(['off', 'info', 'warning', 'error']);

const SeverityPolicy = z.strictObject({
  description: z.string().meta({ description: "What this level means (guide: 설명), e.g. \"서비스 중단\"." }),
  response_label: z.string().optional().meta({ description: "How the guide words the response time, e.g. \"즉시\"; the duration below is what the check uses." }),
  response_time: IsoDuration.meta({ description: "Time from detection to acknowledgement (guide: 대응 시간)." }),
  escalation: z.strictObject({
    to: z.array(Slug).min(1).meta({ description: "Roles that must be notified, e.g. [cto, team-lead]." }),
    after: IsoDuration.optional().meta({ description: "Delay after detection while the incident is unresolved; `PT0M` means at once." }),
    label: z.string().optional().meta({ description: "How the guide words it, e.g. \"즉시 CTO/팀장\"." }),
  }).meta({ description: "Who is escalated to and when (guide: 에스컬레이션). Absent `after` means \"when needed\" (필요시)." }),
  postmortem: z.strictObject({ required: z.boolean(), due_days: z.number().int().positive().optional() }).meta({ description: "Whether a postmortem is required, and how many days after resolution it is due." }),
});

const Scenario = z.strictObject({
  id: Slug.meta({ description: "Stable id referenced by runbooks and incidents." }),
  name: z.string().meta({ description: "Korean name as the guide writes it." }),
  group: Slug.meta({ description: "Group id from `scenario_groups`." }),
  aliases: z.array(z.string().min(1)).default([]).meta({ description: "Other names people search for the scenario by — English, other loanword spellings, what people say (`replication lag`, `슬레이브`, `느려요`). Indexed with the scenario's runbooks, not shown." }),
});

const Person = z.strictObject({
  id: Slug.meta({ description: "Roster id used in documents (`owner`, `commander`, `approver`, …)." }),
  name: z.string().meta({ description: "Display name." }),
  github: z.string().regex(/^[A-Za-z0-9-]+$/).meta({ description: "GitHub handle without `@`, used for CODEOWNERS." }),
  email: z.string().email().optional().meta({ description: "E-mail, used to recognise the author from `git config user.email`." }),
  roles: z.array(Slug).default([]).meta({ description: "Role ids from `roles`." }),
  team: Slug.meta({ description: "Team id from `teams`." }),
});

const Routine = z.strictObject({
  id: Slug.meta({ description: "Stable id; records live in `content/routines/<id>/`." }),
  name: z.string().meta({ description: "Korean name." }),
  cadence: Cadence.meta({ description: "How often it must be done." }),
  source: z.string().optional().meta({ description: "Guide section the duty comes from." }),
});

const RequiredDocument = z.strictObject({
  id: Slug.meta({ description: "Stable id." }),
  title: z.string().meta({ description: "Name as the guide's 문서화 section writes it." }),
  pages: z.array(z.string()).min(1).meta({ description: "Document ids (e.g. `guide/incident-response`, `runbooks/backup-restore`) that fulfil it." }),
});

const BlackoutWindow = z
  .strictObject({
    start: Timestamp.meta({ description: "When the freeze begins (timestamp with offset)." }),
    end: Timestamp.meta({ description: "When it ends; after `start`." }),
    reason: z.string().meta({ description: "Why changes are frozen (shown in the finding)." }),
  })
  .superRefine((w, ctx) => {
    if (endsBeforeStart(w))
      ctx.addIssue({ code: 'custom', path: ['end'], message: `Expected the blackout to end after it starts (${w.start}), found ${w.end}` });
  });

const SecretAllowance = z.strictObject({
  fingerprint: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'Expected "sha256:" and 64 lowercase hex digits, as the content/secret finding prints it').meta({ description: "`sha256:` and the hex digest of the exact matched text, as the `content/secret` finding prints it." }),
  file: z
    .string()
    .regex(/^content\//, 'Expected a path from the handbook root, e.g. "content/runbooks/backup-restore.mdx"')
    .optional().meta({ description: "Only in this file (`content/...`); absent means wherever the same text appears." }),
  reason: z.string().min(1).meta({ description: "Why this text is not a secret (shown on the compliance page)." }),
});

/** An absolute `https:` (or `http:`) URL, kept with a trailing "/" so paths resolve below it. */
const BaseUrl = z
  .string()
  .regex(/^https?:\/\/[^/\s?#]+(\/[^\s?#]*)?$/, 'Expected an absolute URL such as "https://ops.example.com/", without a query or fragment')
  .transform((url) => url.replace(/\/?$/, '/'));

const Site = z.strictObject({
  url: BaseUrl.meta({ description: "Where the built site is published, e.g. `https://ops.hanbit-commerce.example/` (with its base path, if any). Feeds, calendars and their ids are absolute URLs under it: a feed reader or calendar app has no page to resolve a relative link against." }),
  repository: z
    .string()
    .regex(/^https:\/\/[^/\s?#]+\/[\w.-]+\/[\w.-]+\/?$/, 'Expected a repository URL such as "https://github.com/hanbit-commerce/ops-handbook"')
    .transform((url) => url.replace(/\/$/, '')).meta({ description: "The repository that holds the handbook, `https://github.com/<owner>/<name>` (or a GitHub Enterprise host): \"이슈 만들기\" links open its new-issue form, prefilled from an action item." }),
  issue_labels: z.array(z.string().min(1)).default(['action-item']).meta({ description: "Labels an issue made from an action item starts with (GitHub applies only labels the repository has)." }),
});

export const PolicySchema = z.strictObject({
  organization: z.string().meta({ description: "Organisation name shown on the site." }),
  site: Site.meta({ description: "Where the site and the repository live: the absolute URLs of feeds, calendars and issue links." }),
  timezone: z.string().default('Asia/Seoul').meta({ description: "IANA time zone in which days, weeks, months and quarters are counted." }),
  start_date: PlainDate.refine((day) => day >= '1970-01-01' && day <= '9999-12-31', {
    message: 'Expected a start date from 1970-01-01 on (the first day reports and routines are required)',
  }).meta({ description: "First day the handbook is in force; periods and routines are counted from here." }),
  severities: z.strictObject({ P1: SeverityPolicy.meta({ description: 'The most severe: service down.' }), P2: SeverityPolicy.meta({ description: 'Major: a key function impaired.' }), P3: SeverityPolicy.meta({ description: 'Minor: some users or functions affected.' }), P4: SeverityPolicy.meta({ description: 'Low: little or no user impact.' }) }).meta({ description: "Severity levels P1–P4 (guide: 장애 레벨)." }),
  scenario_groups: z.record(Slug, z.string()).meta({ description: "Groups of failure scenarios, id → Korean name (guide: 주요 장애 시나리오)." }),
  scenarios: z.array(Scenario).min(1).meta({ description: "Failure scenarios that need a runbook." }),
  thresholds: z.strictObject({
    cpu_pct: z.number().meta({ description: 'CPU use above this percentage alerts.' }),
    memory_pct: z.number().meta({ description: 'Memory use above this percentage alerts.' }),
    disk_pct: z.number().meta({ description: 'Disk use above this percentage alerts.' }),
    response_p95_ms: z.number().meta({ description: 'p95 response time above this many milliseconds alerts.' }),
    error_rate_pct: z.number().meta({ description: 'Error rate above this percentage alerts.' }),
  }).meta({ description: "Alert thresholds the weekly performance figures are held against (guide: 알림 임계값)." }),
  runbooks: z.strictObject({
    review_interval: IsoDuration.meta({ description: "How long a review stays valid." }),
    review_warning: IsoDuration.meta({ description: "How long before expiry a warning starts." }),
    exercise_interval: IsoDuration.meta({ description: "A runbook should be used in an incident or drill at least this often." }),
    review_after_incident: z
      .strictObject({ severities: z.array(SeverityId).default(['P1', 'P2']), within_days: z.number().int().positive() })
      .default({ severities: ['P1', 'P2'], within_days: 14 }).meta({ description: "A runbook used in an incident of these severities is reviewed within `within_days` of the incident's resolution, whatever its calendar expiry says (rule `runbook/reviewed-after-incident`)." }),
  }).meta({ description: "Runbook freshness." }),
  changes: z.strictObject({
    approvals: z.strictObject({ low: z.number().int().min(0), medium: z.number().int().min(0), high: z.number().int().min(0) }).meta({ description: "Approvals needed per risk level." }),
    approver_roles: z.array(Slug).min(1).meta({ description: "Roles whose approval counts." }),
    emergency: z.strictObject({
      min_approvals: z.number().int().min(0).meta({ description: "Minimum approvals before an emergency change runs (guide: 최소 승인자 확인)." }),
      documentation_deadline: IsoDuration.meta({ description: "Post-documentation deadline after execution (guide: 사후 문서화)." }),
    }).meta({ description: "Emergency changes (guide: 긴급 변경)." }),
    blackout: z.array(BlackoutWindow).default([]).meta({ description: "Periods in which no change may run." }),
  }).meta({ description: "Change management (guide: 변경 관리)." }),
  incidents: z.strictObject({
    reviewer_roles: z.array(Slug).min(1).meta({ description: 'Roles who review a postmortem.' }),
    stale_after: IsoDuration.meta({ description: "An incident not resolved after this long is stale." }),
  }).meta({ description: "Incident reviews: roles whose members review incidents and postmortems." }),
  postmortems: z
    .strictObject({
      contributing_factors: z.array(z.strictObject({ id: Slug, name: z.string().min(1) })).default([]).meta({ description: "The taxonomy of contributing factors a postmortem's `contributing_factors` take their ids from." }),
      preventive_action_for: z.array(SeverityId).default(['P1', 'P2']).meta({ description: "Severities whose postmortem needs at least one `prevent` action item (rule `incident/preventive-action`)." }),
    })
    .default({ contributing_factors: [], preventive_action_for: ['P1', 'P2'] }).meta({ description: "Postmortems (guide: 장애 보고서 작성)." }),
  routines: z.array(Routine).meta({ description: "Recurring procedures whose records are checked against their cadence." }),
  reports: z.strictObject({ daily: z.boolean().meta({ description: 'A daily report per day.' }), weekly: z.boolean().meta({ description: 'A weekly report per ISO week.' }), monthly: z.boolean().meta({ description: 'A monthly report per month.' }), quarterly: z.boolean().meta({ description: 'A quarterly report per quarter.' }) }).meta({ description: "Which report cadences must have a human-written report per period." }),
  required_documents: z.array(RequiredDocument).meta({ description: "Documents the guide's 문서화 section requires the handbook to hold." }),
  rules: z.record(z.string(), RuleLevel).default({}).meta({ description: "Severity overrides for rules, by rule id." }),
  secrets: z
    .strictObject({
      allow: z.array(SecretAllowance).default([]).meta({ description: "False positives, by fingerprint: found text that looks like a secret but is not (a documented fake key)." }),
    })
    .default({ allow: [] }).meta({ description: "Secret scanning (`content/secret`), which documents cannot suppress: its only exceptions are here." }),
  search: z
    .strictObject({
      aliases: z
        .record(
          z
            .string()
            .regex(/^(runbooks|guide)\/[a-z0-9\uAC00-\uD7A3-]+$/, 'Expected a page path such as "runbooks/backup-restore" or "guide/incident-response"'),
          z.array(z.string().min(1)),
        )
        .default({}).meta({ description: "Other names for a runbook or guide page, by its path (`runbooks/backup-restore`, `guide/incident-response`): indexed with the page, not shown. Scenario aliases go on the scenario." }),
      synonyms: z.array(z.array(z.string().min(1)).min(2)).default([]).meta({ description: "Spellings that mean the same (`[쿠버네티스, k8s, kubernetes]`): a query word in a group is also searched as the others." }),
    })
    .default({ aliases: {}, synonyms: [] }).meta({ description: "Search (README: What search understands)." }),
  roles: z.record(Slug, z.string()).meta({ description: "Role id → Korean name." }),
  teams: z.record(Slug, z.strictObject({ name: z.string(), github: z.string().regex(/^@[\w.-]+\/[\w.-]+$/) })).meta({ description: "Team id → name and GitHub team." }),
  people: z.array(Person).min(1).meta({ description: "People who appear in documents." }),
});

export type Policy = z.output<typeof PolicySchema>;
export type SeverityLevel = z.output<typeof SeverityId>;
export type CadenceId = z.output<typeof Cadence>;
