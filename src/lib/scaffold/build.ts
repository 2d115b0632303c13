/**
 * Builds a new document from options: its path under `content/`, its frontmatter (valid for the schema
 * of its kind, written with the `yaml` package) and a body with the sections the rules look for. Pure:
 * the caller supplies the policy, the clock, what already exists and the randomness.
 */
import { Document, isScalar, parse, visit } from 'yaml';
import { Temporal } from 'temporal-polyfill';
import { CHANGE_RESULTS, CHANGE_TYPES, EMERGENCY_REASONS } from '../../schemas/change.ts';
import { INCIDENT_STATUSES } from '../../schemas/incident.ts';
import { CADENCES, SEVERITIES, type CadenceId, type Policy } from '../../schemas/policy.ts';
import { KIND_FOLDERS } from '../../schemas/kinds.ts';
import { PERIOD_EXAMPLES, parsePeriod, periodOf } from '../periods.ts';
import { ScaffoldError } from '../errors.ts';
import { didYouMean } from '../schema-issues.ts';
import { changeBody, incidentBody, reportBody, routineBody, runbookBody } from './bodies.ts';
import { newId, randomHex } from './ids.ts';
import { fieldPlaceholder, PLACEHOLDER_ID } from './markers.ts';
import type { NewKind, NewOptions } from './options.ts';

export interface ScaffoldContext {
  policy: Policy;
  now: Temporal.Instant;
  /** Roster id of the author, already resolved (flag, git e-mail, or fallback). */
  author: string;
  /** `kind:id` keys of every document that exists, in any folder. */
  existingKeys: ReadonlySet<string>;
  /** Runbooks, to name the one for an incident's scenario. */
  runbooks?: readonly { id: string; scenarios: readonly string[] }[];
  random?: () => string;
}

export interface Scaffold {
  kind: NewKind;
  id: string;
  /** Path relative to `content/`. */
  path: string;
  text: string;
  /** Defaults the user should know were chosen for them. */
  notes: string[];
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

function pick<V extends string>(flag: string, value: string | undefined, allowed: readonly V[], fallback?: V): V {
  if (value === undefined || value === '') {
    if (fallback !== undefined) return fallback;
    throw new ScaffoldError(`Missing ${flag}; expected one of ${allowed.join(', ')}`);
  }
  if ((allowed as readonly string[]).includes(value)) return value as V;
  const guess = didYouMean(value, allowed);
  throw new ScaffoldError(`Expected ${flag} to be one of ${allowed.join(', ')}, found "${value}"${guess ? `; did you mean "${guess}"?` : ''}`);
}

function slugs(flag: string, values: readonly string[] | undefined): string[] {
  for (const v of values ?? []) if (!SLUG.test(v)) throw new ScaffoldError(`Expected ${flag} to be a lower-case id such as "order-api", found "${v}"`);
  return [...new Set(values ?? [])];
}

/**
 * A moment as the author wrote it: `at` in the policy time zone (for ordering, and the date in the file
 * name and year folder), `text` in the author's own offset. A public postmortem written in UTC keeps
 * `Z`, one in Pacific time keeps `-08:00`, so the record matches its prose; pages show the policy zone.
 * A local time without an offset is read in the policy time zone.
 */
interface Moment {
  at: Temporal.ZonedDateTime;
  text: string;
}

const OFFSET = /(Z|[+-]\d{2}:\d{2})$/i;

function moment(flag: string, text: string, ctx: ScaffoldContext): Moment {
  const tz = ctx.policy.timezone;
  try {
    const offset = OFFSET.exec(text.trim())?.[1];
    if (!offset) {
      const at = Temporal.PlainDateTime.from(text.trim()).toZonedDateTime(tz);
      return { at, text: stamp(at) };
    }
    const instant = Temporal.Instant.from(text.trim());
    const at = instant.toZonedDateTimeISO(tz);
    if (offset.toUpperCase() === 'Z') return { at, text: instant.toString({ smallestUnit: 'second' }) };
    return { at, text: stamp(instant.toZonedDateTimeISO(offset)) };
  } catch {
    throw new ScaffoldError(`Expected ${flag} to be a time such as 2026-11-25T14:03, 2026-11-25T14:03:00+09:00 or 2018-10-21T22:52:00Z, found "${text}"`);
  }
}

/** `now` in the policy time zone, to the minute: what a record filed as it happens is stamped with. */
function nowMoment(ctx: ScaffoldContext): Moment {
  const at = ctx.now.toZonedDateTimeISO(ctx.policy.timezone).round({ smallestUnit: 'minute', roundingMode: 'floor' });
  return { at, text: stamp(at) };
}

/** A flag's moment, or undefined when it was not given (an event nobody said happened is left out). */
function optionalMoment(flag: string, text: string | undefined, ctx: ScaffoldContext): Moment | undefined {
  return text?.trim() ? moment(flag, text, ctx) : undefined;
}

/** Refuses moments out of order (the ones given; absent steps are skipped). */
function inOrder(steps: readonly [string, Moment | undefined][]): void {
  const given = steps.filter((s): s is [string, Moment] => s[1] !== undefined);
  for (let i = 1; i < given.length; i++) {
    if (Temporal.ZonedDateTime.compare(given[i - 1]![1].at, given[i]![1].at) > 0) {
      const [[a, ma], [b, mb]] = [given[i - 1]!, given[i]!];
      throw new ScaffoldError(`Expected ${a} ≤ ${b}, found ${a} ${ma.text} after ${b} ${mb.text}`);
    }
  }
}

const stamp = (z: Temporal.ZonedDateTime) => z.toString({ smallestUnit: 'second', timeZoneName: 'never' });
const hhmm = (z: Temporal.ZonedDateTime) => `${String(z.hour).padStart(2, '0')}${String(z.minute).padStart(2, '0')}`;

function title(options: NewOptions): string {
  const t = options.title?.trim();
  if (!t) throw new ScaffoldError('Missing --title; e.g. --title "결제 API 응답 지연"');
  return t;
}

function services(options: NewOptions, notes: string[]): string[] {
  const list = slugs('--service', options.services);
  if (list.length) return list;
  notes.push(`services: 아직 모르므로 "${PLACEHOLDER_ID}"로 두었습니다; 영향받은 서비스 id로 바꾸세요 (--service 로 지정 가능)`);
  return [PLACEHOLDER_ID];
}

function scenarios(options: NewOptions, policy: Policy): string[] {
  const known = policy.scenarios.map((s) => s.id);
  for (const s of options.scenario ?? []) pick('--scenario', s, known);
  return [...new Set(options.scenario ?? [])];
}

/** An explicit `--id`, or a generated one that no document of this kind uses. */
function documentId(kind: 'incident' | 'change' | 'runbook', options: NewOptions, ctx: ScaffoldContext, at: Temporal.ZonedDateTime): string {
  const taken = (id: string) => ctx.existingKeys.has(`${kind}:${id}`);
  if (options.id) {
    if (!SLUG.test(options.id)) throw new ScaffoldError(`Expected --id to be lower-case letters, digits and "-", found "${options.id}"`);
    if (taken(options.id)) throw new ScaffoldError(`A ${kind} with id "${options.id}" already exists; choose another --id or leave it out to generate one`);
    return options.id;
  }
  // The date of the file name is the policy time zone's, like the year folder and the reports (README: `npm run new`).
  const date = kind === 'runbook' ? undefined : at.toPlainDate().toString();
  const service = options.services?.find((s) => s !== PLACEHOLDER_ID);
  const scenario = kind === 'incident' ? options.scenario?.[0] : undefined;
  return newId({ date, title: options.title ?? '', service, scenario, kind, time: hhmm(at), taken, random: ctx.random ?? randomHex });
}

/**
 * Whether a string would read as something else to a YAML 1.1 reader (a date, a number, yes/no): opsbook
 * reads YAML 1.2, where `title: 2026-11-25` is text, but editors, GitHub's preview and other tools may not.
 */
/** Fields whose value is prose an author typed (a title, a summary), never a date or an id. */
const TEXT_FIELDS = new Set(['title', 'summary', 'reason', 'findings']);

function ambiguousText(value: string): boolean {
  try {
    return typeof parse(value, { version: '1.1' }) !== 'string';
  } catch {
    return true;
  }
}

/** YAML with short lists of ids written inline, as people write them (`services: [order-api]`). */
function toYaml(data: Record<string, unknown>): string {
  const doc = new Document(data);
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
    Pair(_, pair) {
      // Free text that looks like a date, number or boolean is quoted; the dates the scaffold writes stay plain.
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const value = pair.value;
      if (TEXT_FIELDS.has(key) && isScalar(value) && typeof value.value === 'string' && ambiguousText(value.value)) value.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function compact(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
}

function common(options: NewOptions): Record<string, unknown> {
  return {
    tags: slugs('--tag', options.tags),
    visibility: options.visibility ? pick('--visibility', options.visibility, ['public', 'restricted'] as const) : undefined,
  };
}

export function scaffold(kind: NewKind, options: NewOptions, ctx: ScaffoldContext): Scaffold {
  const notes: string[] = [];
  const { policy } = ctx;
  const now = nowMoment(ctx).at;
  let id: string;
  let path: string;
  let data: Record<string, unknown>;
  let body: string;

  switch (kind) {
    case 'incident': {
      const severity = pick('--severity', options.severity, SEVERITIES);
      const scenario = scenarios(options, policy);
      // Started and detected are required fields: a record filed as it happens takes now for what is not
      // given (and says so); a historic record passes them. Later steps are written only when given: an
      // acknowledgement nobody recorded is left out for the check to ask about, never invented as "now".
      const givenStarted = optionalMoment('--started-at', options.started, ctx);
      const givenDetected = optionalMoment('--detected-at', options.detected, ctx);
      const started = givenStarted ?? givenDetected ?? nowMoment(ctx);
      const detected = givenDetected ?? started;
      if (!givenStarted)
        notes.push(
          `timeline.started: ${started.text}${givenDetected ? ' (감지 시각)' : ' (지금)'}으로 두었습니다; 실제 시작 시각이 다르면 --started-at 으로 지정하세요`,
        );
      if (!givenDetected)
        notes.push(`timeline.detected: ${detected.text}${givenStarted ? ' (시작 시각)' : ' (지금)'}으로 두었습니다; 다르면 --detected-at 으로 지정하세요`);
      const acknowledged = optionalMoment('--acknowledged-at', options.acknowledged, ctx);
      const mitigated = optionalMoment('--mitigated-at', options.mitigated, ctx);
      const resolved = optionalMoment('--resolved-at', options.resolved, ctx);
      if (!acknowledged) notes.push('timeline.acknowledged: 기록하지 않았습니다; 대응을 시작한 시각을 적으세요 (--acknowledged-at)');
      inOrder([
        ['started', started],
        ['detected', detected],
        ['acknowledged', acknowledged],
        ['mitigated', mitigated],
        ['resolved', resolved],
      ]);
      const category = pick('--category', options.category, ['operational', 'security'] as const, 'operational');
      title(options);
      id = documentId('incident', options, ctx, started.at);
      path = `${KIND_FOLDERS.incident}/${started.at.year}/${id}.mdx`;
      const runbook = scenario[0] ? ctx.runbooks?.find((r) => r.scenarios.includes(scenario[0]!)) : undefined;
      data = {
        title: title(options),
        severity,
        // The status the timestamps say (incident/status-agrees and timeline-order hold the two together).
        status: resolved ? 'resolved' : mitigated ? 'mitigated' : INCIDENT_STATUSES[0],
        category: category === 'security' ? category : undefined,
        services: services(options, notes),
        scenarios: scenario.length ? scenario : undefined,
        detection: pick('--detection', options.detection, ['monitoring', 'user-report', 'automated-check'] as const, 'monitoring'),
        commander: ctx.author,
        timeline: compact({
          started: started.text,
          detected: detected.text,
          acknowledged: acknowledged?.text,
          mitigated: mitigated?.text,
          resolved: resolved?.text,
        }),
        impact: { summary: fieldPlaceholder('사용자에게 보인 영향을 한 줄로 적으세요') },
        security: category === 'security' ? { detection: detected.text } : undefined,
        ...common(options),
      };
      body = incidentBody({ runbookHint: runbook ? `runbooks/${runbook.id}` : undefined });
      break;
    }
    case 'change': {
      const type = pick('--type', options.type, CHANGE_TYPES, 'normal');
      const risk = pick('--risk', options.risk, ['low', 'medium', 'high'] as const, 'medium');
      if (!options.risk) notes.push(`risk: medium으로 두었습니다 (승인 ${policy.changes.approvals.medium}명 필요); 다르면 --risk 로 지정하세요`);
      const reason = type === 'emergency' ? pick('--reason', options.reason, EMERGENCY_REASONS) : undefined;
      if (type !== 'emergency' && options.reason) throw new ScaffoldError('--reason is only for --type emergency');
      title(options);
      const requested = optionalMoment('--requested-at', options.requestedAt, ctx) ?? nowMoment(ctx);
      const executed = optionalMoment('--executed-at', options.executedAt, ctx);
      inOrder([
        ['requested_at', requested],
        ['executed_at', executed],
      ]);
      const result = options.result ? pick('--result', options.result, CHANGE_RESULTS) : undefined;
      if (result && !executed) throw new ScaffoldError('--result needs --executed-at (when the change ran)');
      if (executed && !result) notes.push('result: 기록하지 않았습니다; 실행 결과를 적으세요 (--result succeeded|failed|rolled-back)');
      // The write-up of an emergency change happens now, when this record is written (a real event).
      const documented = nowMoment(ctx);
      // File name and year folder: the day it was requested, in the policy time zone (schema: YYYY is the year requested).
      id = documentId('change', options, ctx, requested.at);
      path = `${KIND_FOLDERS.change}/${requested.at.year}/${id}.mdx`;
      data = {
        title: title(options),
        type,
        requester: ctx.author,
        requested_at: requested.text,
        services: services(options, notes),
        risk,
        impact_analysis: fieldPlaceholder('영향받는 서비스, 사용자, 예상 중단 시간을 적으세요'),
        rollback_plan: fieldPlaceholder('실패 시 되돌리는 절차를 적으세요'),
        execution_plan: fieldPlaceholder('실행 순서를 적으세요'),
        monitoring_plan: fieldPlaceholder('실행 중과 후에 지켜볼 지표를 적으세요'),
        result,
        executed_at: executed?.text,
        emergency: reason ? { reason, documented_at: documented.text } : undefined,
        ...common(options),
      };
      body = changeBody({ emergency: type === 'emergency' });
      break;
    }
    case 'runbook': {
      title(options);
      id = documentId('runbook', options, ctx, now);
      path = `${KIND_FOLDERS.runbook}/${id}.mdx`;
      data = {
        title: title(options),
        summary: options.summary?.trim() || fieldPlaceholder('언제 이 런북을 여는지 한두 문장으로 적으세요'),
        services: services(options, notes),
        scenarios: scenarios(options, policy),
        owner: ctx.author,
        last_reviewed: now.toPlainDate().toString(),
        ...common(options),
      };
      body = runbookBody();
      break;
    }
    case 'routine': {
      const routine = pick(
        '--routine',
        options.routine,
        policy.routines.map((r) => r.id),
      );
      const outcome = pick('--outcome', options.outcome, ['pass', 'fail'] as const);
      const performed = optionalMoment('--performed-at', options.performedAt, ctx) ?? nowMoment(ctx);
      const day = performed.at.toPlainDate().toString();
      let stem = day;
      for (let n = 2; ctx.existingKeys.has(`routine:${routine}/${stem}`); n++) stem = `${day}-${n}`;
      id = `${routine}/${stem}`;
      path = `${KIND_FOLDERS.routine}/${id}.mdx`;
      data = { title: options.title?.trim() || undefined, performed_at: performed.text, performer: ctx.author, outcome, ...common(options) };
      body = routineBody();
      break;
    }
    case 'report': {
      const { cadence, period } = reportPeriod(options, now);
      id = `${cadence}/${period}`;
      if (ctx.existingKeys.has(`report:${id}`)) {
        throw new ScaffoldError(`The ${cadence} report for ${period} already exists (content/reports/${id}.mdx); edit it instead, or pick another --period`);
      }
      path = `${KIND_FOLDERS.report}/${id}.mdx`;
      data = { title: options.title?.trim() || undefined, author: ctx.author, ...reportFigures(cadence, options, notes), ...common(options) };
      body = reportBody(cadence);
      break;
    }
  }
  const text = `---\n${toYaml(compact(data))}---\n\n${body}`;
  return { kind, id, path, text, notes };
}

/** The cadence follows from the period's shape (`2026-11-25`, `2026-W48`, `2026-11`, `2026-Q4`); default today's daily. */
function reportPeriod(options: NewOptions, now: Temporal.ZonedDateTime): { cadence: CadenceId; period: string } {
  const cadence = options.cadence ? pick('--cadence', options.cadence, CADENCES) : undefined;
  if (!options.period) {
    const c = cadence ?? 'daily';
    return { cadence: c, period: periodOf(c, now.toPlainDate()).id };
  }
  const fits = CADENCES.filter((c) => (!cadence || c === cadence) && parsePeriod(c, options.period!));
  if (!fits[0]) {
    const shapes = CADENCES.map((c) => `${PERIOD_EXAMPLES[c]} (${c})`).join(', ');
    throw new ScaffoldError(`Expected --period to be a real period such as ${shapes}, found "${options.period}"${cadence ? ` for --cadence ${cadence}` : ''}`);
  }
  return { cadence: fits[0], period: options.period };
}

function reportFigures(cadence: CadenceId, options: NewOptions, notes: string[]): Record<string, unknown> {
  switch (cadence) {
    case 'daily':
      if (!options.status) notes.push('system_status: normal, backups: 확인 전(false)으로 두었습니다; 점검 결과로 고치세요');
      return {
        system_status: pick('--status', options.status, ['normal', 'degraded', 'outage'] as const, 'normal'),
        backups: { full: false, incremental: false },
      };
    case 'weekly':
      notes.push('performance: 수치를 0으로 두었습니다; 이번 주 실제 값으로 채우세요');
      return {
        performance: {
          cpu_pct: { avg: 0, max: 0 },
          memory_pct: { avg: 0, max: 0 },
          response_ms: { p50: 0, p95: 0, p99: 0 },
          throughput_rps: 0,
          error_rate_pct: 0,
        },
      };
    case 'monthly':
      notes.push('security: 수치를 0으로 두었습니다; 이번 달 실제 값으로 채우세요');
      return {
        security: { vulnerabilities: { critical: 0, high: 0, medium: 0, low: 0 }, mfa_coverage_pct: 0, api_keys_rotated: 0, security_events: 0 },
      };
    case 'quarterly':
      return {};
  }
}
