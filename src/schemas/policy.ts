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
  /** What this level means (guide: 설명), e.g. "서비스 중단". */
  description: z.string(),
  /** How the guide words the response time, e.g. "즉시"; the duration below is what the check uses. */
  response_label: z.string().optional(),
  /** Time from detection to acknowledgement (guide: 대응 시간). */
  response_time: IsoDuration,
  /** Who is escalated to and when (guide: 에스컬레이션). Absent `after` means "when needed" (필요시). */
  escalation: z.strictObject({
    /** Roles that must be notified, e.g. [cto, team-lead]. */
    to: z.array(Slug).min(1),
    /** Delay after detection while the incident is unresolved; `PT0M` means at once. */
    after: IsoDuration.optional(),
    /** How the guide words it, e.g. "즉시 CTO/팀장". */
    label: z.string().optional(),
  }),
  /** Whether a postmortem is required, and how many days after resolution it is due. */
  postmortem: z.strictObject({ required: z.boolean(), due_days: z.number().int().positive().optional() }),
});

const Scenario = z.strictObject({
  /** Stable id referenced by runbooks and incidents. */
  id: Slug,
  /** Korean name as the guide writes it. */
  name: z.string(),
  /** Group id from `scenario_groups`. */
  group: Slug,
  /**
   * Other names people search for the scenario by — English, other loanword spellings, what people say
   * (`replication lag`, `슬레이브`, `느려요`). Indexed with the scenario's runbooks, not shown.
   */
  aliases: z.array(z.string().min(1)).default([]),
});

const Person = z.strictObject({
  /** Roster id used in documents (`owner`, `commander`, `approver`, …). */
  id: Slug,
  /** Display name. */
  name: z.string(),
  /** GitHub handle without `@`, used for CODEOWNERS. */
  github: z.string().regex(/^[A-Za-z0-9-]+$/),
  /** E-mail, used to recognise the author from `git config user.email`. */
  email: z.string().email().optional(),
  /** Role ids from `roles`. */
  roles: z.array(Slug).default([]),
  /** Team id from `teams`. */
  team: Slug,
});

const Routine = z.strictObject({
  /** Stable id; records live in `content/routines/<id>/`. */
  id: Slug,
  /** Korean name. */
  name: z.string(),
  /** How often it must be done. */
  cadence: Cadence,
  /** Guide section the duty comes from. */
  source: z.string().optional(),
});

const RequiredDocument = z.strictObject({
  /** Stable id. */
  id: Slug,
  /** Name as the guide's 문서화 section writes it. */
  title: z.string(),
  /** Document ids (e.g. `guide/incident-response`, `runbooks/backup-restore`) that fulfil it. */
  pages: z.array(z.string()).min(1),
});

const BlackoutWindow = z
  .strictObject({
    /** When the freeze begins (timestamp with offset). */
    start: Timestamp,
    /** When it ends; after `start`. */
    end: Timestamp,
    /** Why changes are frozen (shown in the finding). */
    reason: z.string(),
  })
  .superRefine((w, ctx) => {
    if (endsBeforeStart(w))
      ctx.addIssue({ code: 'custom', path: ['end'], message: `Expected the blackout to end after it starts (${w.start}), found ${w.end}` });
  });

const SecretAllowance = z.strictObject({
  /** `sha256:` and the hex digest of the exact matched text, as the `content/secret` finding prints it. */
  fingerprint: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'Expected "sha256:" and 64 lowercase hex digits, as the content/secret finding prints it'),
  /** Only in this file (`content/...`); absent means wherever the same text appears. */
  file: z
    .string()
    .regex(/^content\//, 'Expected a path from the handbook root, e.g. "content/runbooks/backup-restore.mdx"')
    .optional(),
  /** Why this text is not a secret (shown on the compliance page). */
  reason: z.string().min(1),
});

/** An absolute `https:` (or `http:`) URL, kept with a trailing "/" so paths resolve below it. */
const BaseUrl = z
  .string()
  .regex(/^https?:\/\/[^/\s?#]+(\/[^\s?#]*)?$/, 'Expected an absolute URL such as "https://ops.example.com/", without a query or fragment')
  .transform((url) => url.replace(/\/?$/, '/'));

const Site = z.strictObject({
  /**
   * Where the built site is published, e.g. `https://ops.hanbit-commerce.example/` (with its base path,
   * if any). Feeds, calendars and their ids are absolute URLs under it: a feed reader or calendar app
   * has no page to resolve a relative link against.
   */
  url: BaseUrl,
  /**
   * The repository that holds the handbook, `https://github.com/<owner>/<name>` (or a GitHub Enterprise
   * host): "이슈 만들기" links open its new-issue form, prefilled from an action item.
   */
  repository: z
    .string()
    .regex(/^https:\/\/[^/\s?#]+\/[\w.-]+\/[\w.-]+\/?$/, 'Expected a repository URL such as "https://github.com/hanbit-commerce/ops-handbook"')
    .transform((url) => url.replace(/\/$/, '')),
  /** Labels an issue made from an action item starts with (GitHub applies only labels the repository has). */
  issue_labels: z.array(z.string().min(1)).default(['action-item']),
});

export const PolicySchema = z.strictObject({
  /** Organisation name shown on the site. */
  organization: z.string(),
  /** Where the site and the repository live: the absolute URLs of feeds, calendars and issue links. */
  site: Site,
  /** IANA time zone in which days, weeks, months and quarters are counted. */
  timezone: z.string().default('Asia/Seoul'),
  /** First day the handbook is in force; periods and routines are counted from here. */
  start_date: PlainDate.refine((day) => day >= '1970-01-01' && day <= '9999-12-31', {
    message: 'Expected a start date from 1970-01-01 on (the first day reports and routines are required)',
  }),
  /** Severity levels P1–P4 (guide: 장애 레벨). */
  severities: z.strictObject({ P1: SeverityPolicy, P2: SeverityPolicy, P3: SeverityPolicy, P4: SeverityPolicy }),
  /** Groups of failure scenarios, id → Korean name (guide: 주요 장애 시나리오). */
  scenario_groups: z.record(Slug, z.string()),
  /** Failure scenarios that need a runbook. */
  scenarios: z.array(Scenario).min(1),
  /** Alert thresholds the weekly performance figures are held against (guide: 알림 임계값). */
  thresholds: z.strictObject({
    cpu_pct: z.number(),
    memory_pct: z.number(),
    disk_pct: z.number(),
    response_p95_ms: z.number(),
    error_rate_pct: z.number(),
  }),
  /** Runbook freshness. */
  runbooks: z.strictObject({
    /** How long a review stays valid. */
    review_interval: IsoDuration,
    /** How long before expiry a warning starts. */
    review_warning: IsoDuration,
    /** A runbook should be used in an incident or drill at least this often. */
    exercise_interval: IsoDuration,
    /**
     * A runbook used in an incident of these severities is reviewed within `within_days` of the
     * incident's resolution, whatever its calendar expiry says (rule `runbook/reviewed-after-incident`).
     */
    review_after_incident: z
      .strictObject({ severities: z.array(SeverityId).default(['P1', 'P2']), within_days: z.number().int().positive() })
      .default({ severities: ['P1', 'P2'], within_days: 14 }),
  }),
  /** Change management (guide: 변경 관리). */
  changes: z.strictObject({
    /** Approvals needed per risk level. */
    approvals: z.strictObject({ low: z.number().int().min(0), medium: z.number().int().min(0), high: z.number().int().min(0) }),
    /** Roles whose approval counts. */
    approver_roles: z.array(Slug).min(1),
    /** Emergency changes (guide: 긴급 변경). */
    emergency: z.strictObject({
      /** Minimum approvals before an emergency change runs (guide: 최소 승인자 확인). */
      min_approvals: z.number().int().min(0),
      /** Post-documentation deadline after execution (guide: 사후 문서화). */
      documentation_deadline: IsoDuration,
    }),
    /** Periods in which no change may run. */
    blackout: z.array(BlackoutWindow).default([]),
  }),
  /** Incident reviews: roles whose members review incidents and postmortems. */
  incidents: z.strictObject({
    reviewer_roles: z.array(Slug).min(1),
    /** An incident not resolved after this long is stale. */
    stale_after: IsoDuration,
  }),
  /** Postmortems (guide: 장애 보고서 작성). */
  postmortems: z
    .strictObject({
      /** The taxonomy of contributing factors a postmortem's `contributing_factors` take their ids from. */
      contributing_factors: z.array(z.strictObject({ id: Slug, name: z.string().min(1) })).default([]),
      /** Severities whose postmortem needs at least one `prevent` action item (rule `incident/preventive-action`). */
      preventive_action_for: z.array(SeverityId).default(['P1', 'P2']),
    })
    .default({ contributing_factors: [], preventive_action_for: ['P1', 'P2'] }),
  /** Recurring procedures whose records are checked against their cadence. */
  routines: z.array(Routine),
  /** Which report cadences must have a human-written report per period. */
  reports: z.strictObject({ daily: z.boolean(), weekly: z.boolean(), monthly: z.boolean(), quarterly: z.boolean() }),
  /** Documents the guide's 문서화 section requires the handbook to hold. */
  required_documents: z.array(RequiredDocument),
  /** Severity overrides for rules, by rule id. */
  rules: z.record(z.string(), RuleLevel).default({}),
  /** Secret scanning (`content/secret`), which documents cannot suppress: its only exceptions are here. */
  secrets: z
    .strictObject({
      /** False positives, by fingerprint: found text that looks like a secret but is not (a documented fake key). */
      allow: z.array(SecretAllowance).default([]),
    })
    .default({ allow: [] }),
  /** Search (README: What search understands). */
  search: z
    .strictObject({
      /**
       * Other names for a runbook or guide page, by its path (`runbooks/backup-restore`,
       * `guide/incident-response`): indexed with the page, not shown. Scenario aliases go on the scenario.
       */
      aliases: z
        .record(
          z
            .string()
            .regex(/^(runbooks|guide)\/[a-z0-9\uAC00-\uD7A3-]+$/, 'Expected a page path such as "runbooks/backup-restore" or "guide/incident-response"'),
          z.array(z.string().min(1)),
        )
        .default({}),
      /**
       * Spellings that mean the same (`[쿠버네티스, k8s, kubernetes]`): a query word in a group is also
       * searched as the others.
       */
      synonyms: z.array(z.array(z.string().min(1)).min(2)).default([]),
    })
    .default({ aliases: {}, synonyms: [] }),
  /** Role id → Korean name. */
  roles: z.record(Slug, z.string()),
  /** Team id → name and GitHub team. */
  teams: z.record(Slug, z.strictObject({ name: z.string(), github: z.string().regex(/^@[\w.-]+\/[\w.-]+$/) })),
  /** People who appear in documents. */
  people: z.array(Person).min(1),
});

export type Policy = z.output<typeof PolicySchema>;
export type SeverityLevel = z.output<typeof SeverityId>;
export type CadenceId = z.output<typeof Cadence>;
