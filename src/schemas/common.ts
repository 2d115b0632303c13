/**
 * Building blocks shared by every frontmatter schema.
 *
 * Timestamps and dates stay strings in the parsed output: the CLI parses YAML 1.2 (strings), while
 * Astro's loader uses js-yaml, which turns them into `Date`s and drops the offset. Normalising both to
 * strings here keeps one schema valid for both readers; the check (which runs before every build) is the
 * one that sees the author's original text and enforces the offset.
 */
import { checkLinkUrl } from '../lib/content-profile.ts';
import { z } from 'astro/zod';

const OFFSET_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when year-month-day names a day that exists (rejects 2026-02-30). */
function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

function dateToIsoInstant(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : value;
}

function dateToPlainDate(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
}

/** Whether an instant lies where every zone reads a year from 1970 to 9999 (a day's margin at each end). */
function withinYears(text: string): boolean {
  const ms = Date.parse(text);
  return Number.isFinite(ms) && ms >= Date.UTC(1970, 0, 2) && ms < Date.UTC(9999, 11, 30);
}

/** An instant written as ISO 8601 with an explicit offset, e.g. `2026-11-25T14:03:00+09:00`. */
export const Timestamp = z.preprocess(
  dateToIsoInstant,
  z.string().superRefine((text, ctx) => {
    const match = OFFSET_TIMESTAMP.exec(text);
    if (!match) {
      const hint = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(text) ? `add the offset, e.g. "${text}+09:00"` : 'write it like "2026-11-25T14:03:00+09:00"';
      ctx.addIssue({ code: 'custom', message: `Expected a timestamp with an offset, found "${text}"; ${hint}` });
      return;
    }
    const [, y, mo, d, h, mi, s, offset] = match;
    if (!isRealDate(Number(y), Number(mo), Number(d)) || Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) {
      ctx.addIssue({ code: 'custom', message: `Expected a real date and time, found "${text}"` });
    } else if (!withinYears(text)) {
      // Every instant must have a 4-digit year in every time zone: the folder (incidents/<YYYY>/) and the periods depend on it.
      ctx.addIssue({ code: 'custom', message: `Expected a timestamp between 1970 and 9999, found "${text}"` });
    } else if (offset !== 'Z' && (Number(offset!.slice(1, 3)) > 23 || Number(offset!.slice(4, 6)) > 59)) {
      // Real offsets lie within ±14:00; beyond ±23:59 no clock can be read, and the rules' time maths fails.
      ctx.addIssue({ code: 'custom', message: `Expected an offset between -23:59 and +23:59 (e.g. +09:00), found "${offset}" in "${text}"` });
    }
  }),
).meta({ title: '타임스탬프 (오프셋 포함, 예: 2026-11-25T14:03:00+09:00)', type: 'string', format: 'date-time' });

/**
 * An instant that may be approximate: the same text as `Timestamp`, or with a leading `~` when the
 * record only knows "around then" (`started: ~2024-05-01T15:40+09:00`, as public postmortems say
 * "around 15:40"). The `~` stays in the parsed text: `lib/time.ts` reads the instant without it,
 * pages write "약", and findings computed from it say so.
 */
export const ApproxTimestamp = z.preprocess(
  dateToIsoInstant,
  z.string().superRefine((text, ctx) => {
    const exact = text.startsWith('~') ? text.slice(1).trimStart() : text;
    const result = Timestamp.safeParse(exact);
    for (const issue of result.error?.issues ?? [])
      ctx.addIssue({ code: 'custom', message: text === exact ? issue.message : `${issue.message} (after "~", which marks it approximate)` });
  }),
).meta({ title: '타임스탬프 (오프셋 포함; 대략이면 앞에 ~, 예: ~2024-05-01T15:40+09:00)', type: 'string' });

/** Whether a window of two valid timestamps ends before it starts (invalid ones are reported by `Timestamp`). */
export function endsBeforeStart(window: { start: string; end: string }): boolean {
  const start = Date.parse(window.start.replace(/^~\s*/, ''));
  const end = Date.parse(window.end.replace(/^~\s*/, ''));
  return Number.isFinite(start) && Number.isFinite(end) && end < start;
}

/** A calendar day `YYYY-MM-DD`, read in the policy time zone. */
export const PlainDate = z.preprocess(
  dateToPlainDate,
  z.string().superRefine((text, ctx) => {
    const match = PLAIN_DATE.exec(text);
    if (!match) {
      ctx.addIssue({ code: 'custom', message: `Expected a date like "2026-11-25", found "${text}"` });
      return;
    }
    if (!isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
      ctx.addIssue({ code: 'custom', message: `Expected a real calendar date, found "${text}"` });
    }
  }),
).meta({ title: '날짜 (YYYY-MM-DD)', type: 'string', format: 'date' });

/** Lower-case slug used for ids of people, services, scenarios, roles and documents. */
export const Slug = z.string().regex(/^[a-z0-9\uac00-\ud7a3][a-z0-9\uac00-\ud7a3-]*$/, {
  message: 'Expected an id of lower-case letters, digits, Hangul and "-" (e.g. "order-db" or "복제-지연")',
}).meta({ title: 'id (소문자, 숫자, 한글, -)' });

/**
 * What a reference field names. Each reference type below carries it as the `x-references` annotation of
 * its JSON Schema, and one walk over schema and data (src/lib/schema-json.ts, `referencesIn`) finds every
 * reference a document makes, for the reference rules, the page keys and `check --changed`.
 */
export type ReferenceTarget = 'person' | 'role' | 'scenario' | 'runbook' | 'incident' | 'change' | 'change-or-incident';
export const REFERENCES_KEY = 'x-references';
const references = (target: ReferenceTarget) => ({ [REFERENCES_KEY]: target });

/** A person, by their roster id in `content/policy.yaml`. */
export const PersonRef = Slug.meta({ title: '사람 id (정책 명단)', description: 'A person id from the policy roster', ...references('person') });
/** A role of the policy (`roles:`), such as `cto`. */
export const RoleRef = Slug.meta({ title: '역할 id (정책 roles)', description: 'A role id from the policy', ...references('role') });
/** A failure scenario of the policy (`scenarios:`). */
export const ScenarioRef = Slug.meta({ title: '장애 시나리오 id (정책)', description: 'A failure scenario id from the policy', ...references('scenario') });
/** Other documents, by id. */
export const RunbookRef = Slug.meta({ title: '런북 id', description: 'A runbook id', ...references('runbook') });
export const IncidentRef = Slug.meta({ title: '장애 id', description: 'An incident id', ...references('incident') });
export const ChangeRef = z.string().meta({ title: '변경 id', description: 'A change id', ...references('change') });
export const ChangeOrIncidentRef = Slug.meta({ title: '변경 또는 장애 id', description: 'A change or incident id', ...references('change-or-incident') });

/** A service name, as used on the services pages and in filters. */
export const ServiceRef = Slug.meta({ title: '서비스 id', description: 'A service id, e.g. "order-api"' });

/** Who may read a document. Restricted documents are left out of the default (public) build. */
const Visibility = z.enum(['public', 'restricted']);

/**
 * A link a page shows (a ticket, a pull request, a site page): https:, http:, mailto: or a site path,
 * never javascript:, vbscript: or data: (the same test as links in bodies, src/lib/content-profile.ts).
 */
export const SafeLink = z.string().superRefine((value, ctx) => {
  const verdict = value.trim() === '' ? { ok: false as const, reason: 'the link is empty' } : checkLinkUrl(value);
  if (!verdict.ok) ctx.addIssue({ code: 'custom', message: `Expected a safe link, found "${value}": ${verdict.reason}` });
});

/** An ISO 8601 duration such as `PT15M`, `PT1H`, `P1D`. Parsed with Temporal by the domain code. */
/** Longest duration a handbook means (a review interval, a deadline); beyond it date maths overflows. */
const MAX_DURATION_YEARS = 100;

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
/** Years per unit of DURATION's groups (a month as 1/12 year, a day as 1/365): enough to bound a duration. */
const YEARS_PER_UNIT = [1, 1 / 12, 7 / 365, 1 / 365, 1 / 8760, 1 / 525600, 1 / 31536000];

/** A duration's length in years, roughly; 0 when it does not parse (the regex above reports that). */
function durationYears(text: string): number {
  const match = DURATION.exec(text);
  return match ? YEARS_PER_UNIT.reduce((sum, perUnit, i) => sum + Number(match[i + 1] ?? 0) * perUnit, 0) : 0;
}

export const IsoDuration = z
  .string()
  .regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/, {
    message: 'Expected an ISO 8601 duration such as "PT15M", "PT2H" or "P1D"',
  })
  .refine((text) => durationYears(text) <= MAX_DURATION_YEARS, {
    message: `Expected a duration of at most ${MAX_DURATION_YEARS} years (no deadline in a handbook is further away)`,
  }).meta({ title: 'ISO 8601 기간 (예: PT15M, P1D)', format: 'duration' });

/** A written-down exception: the rule id to silence for this document and why. */
const Suppression = z.strictObject({
  rule: z.string().regex(/^[a-z-]+\/[a-z0-9-]+$/, { message: 'Expected a rule id such as "incident/response-sla"' }).meta({ description: "Rule id, e.g. `incident/response-sla`." }),
  reason: z.string().min(10, { message: 'Expected a reason of at least 10 characters' }).meta({ description: "Why the rule does not apply here. Shown on the compliance page." }),
});

/** Fields every document kind may carry. */
export const BaseFields = {
  tags: z.array(Slug).default([]).meta({ description: "Labels for browsing and search." }),
  visibility: Visibility.optional().meta({ description: "`restricted` keeps the document out of the public build." }),
  suppress: z.array(Suppression).default([]).meta({ description: "Rules this document is excused from, each with a reason." }),
  former_ids: z.array(Slug).default([]).meta({ description: "Ids this document had before it was renamed: their pages redirect here, so links in alerts and chats keep working." }),
};
