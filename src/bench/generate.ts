/**
 * A synthetic handbook of N documents for `npm run bench`: the example handbook's mix and sizes
 * (runbooks, incidents, changes, routine records, reports; Korean prose), valid against the schemas and
 * the document rules, spread over enough years that every period and id is unique. Pure and seeded: it
 * returns files, the caller writes them.
 */
import { bullets, codeBlock, paragraph, rng, timelineTable, type Random } from './prose.ts';

export interface PolicyFacts {
  people: { id: string; roles: string[] }[];
  scenarios: { id: string }[];
  routines: { id: string }[];
  approverRoles: string[];
  approvals: { low: number; medium: number; high: number };
  blackout: { start: string; end: string }[];
}

export interface GeneratedHandbook {
  /** Paths relative to `content/`. */
  files: Map<string, string>;
  /** First day covered; the bench writes it as the policy's start_date. */
  startDate: string;
  counts: Record<string, number>;
}

/** Shares of the example handbook (11 runbooks, 17 incidents, 15 changes, ~8 routine records, 10 reports). */
const MIX = { runbook: 0.18, incident: 0.28, change: 0.25, routine: 0.13, report: 0.16 } as const;

const SERVICES = ['order-api', 'payment-api', 'catalog-api', 'search-api', 'auth-api', 'api-gateway', 'order-db', 'catalog-db', 'redis-cache', 'kafka', 'web'];
const TOPICS = [
  'cache-warmup',
  'pool-tuning',
  'index-rebuild',
  'cert-rotation',
  'log-rotation',
  'scale-out',
  'config-drift',
  'queue-drain',
  'disk-cleanup',
  'dns-failover',
];
const END_DATE = '2026-11-25';
const DAY_MS = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');
function dayString(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
/** `YYYY-MM-DDTHH:MM:00+09:00` for `minutes` after local midnight of the day at `ms` (may roll over). */
function stamp(ms: number, minutes: number): string {
  const local = new Date(ms + minutes * 60_000);
  return `${dayString(local.getTime())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:00+09:00`;
}
function isoWeek(ms: number): string {
  const d = new Date(ms);
  const dow = (d.getUTCDay() + 6) % 7; // Monday = 0
  const thursday = new Date(ms + (3 - dow) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return `${year}-W${pad(week)}`;
}
const yamlList = (items: readonly string[]) => `[${items.join(', ')}]`;
const quote = (text: string) => JSON.stringify(text);

export function generateHandbook(n: number, policy: PolicyFacts, seed = 1): GeneratedHandbook {
  const r = rng(seed);
  const files = new Map<string, string>();
  const years = Math.max(1, Math.ceil(n / 1500));
  const endMs = Date.parse(`${END_DATE}T00:00:00Z`);
  const startMs = endMs - years * 365 * DAY_MS;
  const days = Math.round((endMs - startMs) / DAY_MS);
  const blackout = policy.blackout.map((b) => [Date.parse(b.start), Date.parse(b.end)] as const);
  /** A day in the span that is not inside a change freeze (changes and incidents alike, for simplicity). */
  const randomDay = () => {
    for (;;) {
      const ms = startMs + r.int(0, days - 3) * DAY_MS;
      if (!blackout.some(([s, e]) => ms + DAY_MS > s - 9 * 3600_000 && ms < e)) return ms;
    }
  };
  const ids = new Set<string>();
  const unique = (base: string) => {
    let id = base;
    for (let k = 2; ids.has(id); k++) id = `${base}-${k}`;
    ids.add(id);
    return id;
  };
  const people = policy.people.map((p) => p.id);
  const approvers = policy.people.filter((p) => p.roles.some((role) => policy.approverRoles.includes(role))).map((p) => p.id);
  const scenarios = policy.scenarios.map((s) => s.id);

  const count = (share: number) => Math.max(1, Math.round(n * share));
  const counts = { runbook: count(MIX.runbook), incident: count(MIX.incident), change: count(MIX.change), routine: count(MIX.routine), report: 0 };
  counts.report = Math.max(0, n - counts.runbook - counts.incident - counts.change - counts.routine);

  // Runbooks first: one per scenario plus the backup runbook the policy requires, then more per service.
  const runbooks: string[] = [];
  const fixed = [...scenarios, 'backup-restore', 'security-incident-response'];
  for (let i = 0; i < counts.runbook; i++) {
    const id = unique(i < fixed.length ? fixed[i]! : `${r.pick(SERVICES)}-${r.pick(TOPICS)}`);
    runbooks.push(id);
    files.set(`runbooks/${id}.mdx`, runbook(r, id, i < scenarios.length ? [scenarios[i]!] : [], people, runbooks, endMs));
  }

  // Plan changes and incidents first so that links go both ways (caused_by ↔ related_incidents).
  const changes = Array.from({ length: counts.change }, () => {
    const ms = randomDay();
    const service = r.pick(SERVICES);
    return { ms, service, id: unique(`${dayString(ms)}-${service}-${r.pick(TOPICS)}`), incidents: [] as string[] };
  });
  const incidents = Array.from({ length: counts.incident }, () => {
    const ms = randomDay();
    const service = r.pick(SERVICES);
    const scenario = r.chance(0.03) ? undefined : r.pick(scenarios);
    const id = unique(`${dayString(ms)}-${service}-${scenario ?? 'security-event'}`);
    const cause = changes.length && r.chance(0.15) ? r.pick(changes) : undefined;
    const causedBy = cause && cause.ms <= ms ? [cause.id] : [];
    // A security incident is restricted: a public change may not name it (document/restricted-reference).
    if (cause && causedBy.length && scenario !== undefined) cause.incidents.push(id);
    return { ms, service, scenario, id, causedBy };
  });
  for (const c of changes) {
    files.set(`changes/${dayString(c.ms).slice(0, 4)}/${c.id}.mdx`, change(r, c.ms, c.service, people, approvers, policy.approvals, c.incidents));
  }
  for (const i of incidents) {
    const runbook = i.scenario ?? 'security-incident-response';
    const recent = endMs - i.ms < 10 * DAY_MS;
    files.set(
      `incidents/${dayString(i.ms).slice(0, 4)}/${i.id}.mdx`,
      incident(r, i.ms, i.service, i.scenario, people, runbooks.includes(runbook) ? runbook : runbooks[0]!, i.causedBy, recent),
    );
  }

  for (let i = 0; i < counts.routine; i++) {
    const routine = policy.routines[i % policy.routines.length]!.id;
    const ms = randomDay();
    const id = unique(`${routine}/${dayString(ms)}`);
    files.set(`routines/${id}.mdx`, routineRecord(r, ms, people, runbooks));
  }

  // Reports: every weekly, monthly and quarterly period of the span (newest first), then daily ones.
  const periods: { cadence: string; id: string; ms: number }[] = [];
  const seen = new Set<string>();
  for (let ms = endMs - 7 * DAY_MS; ms >= startMs; ms -= DAY_MS) {
    const d = new Date(ms);
    const candidates = [
      { cadence: 'weekly', id: isoWeek(ms), last: d.getUTCDay() === 0 },
      { cadence: 'monthly', id: dayString(ms).slice(0, 7), last: new Date(ms + DAY_MS).getUTCDate() === 1 },
      {
        cadence: 'quarterly',
        id: `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`,
        last: new Date(ms + DAY_MS).getUTCDate() === 1 && d.getUTCMonth() % 3 === 2,
      },
    ];
    for (const c of candidates) {
      if (c.last && !seen.has(`${c.cadence}/${c.id}`)) {
        seen.add(`${c.cadence}/${c.id}`);
        periods.push({ cadence: c.cadence, id: c.id, ms });
      }
    }
  }
  for (let ms = endMs - DAY_MS; ms >= startMs && periods.length < counts.report; ms -= DAY_MS) {
    periods.push({ cadence: 'daily', id: dayString(ms), ms });
  }
  for (const p of periods.slice(0, counts.report)) files.set(`reports/${p.cadence}/${p.id}.mdx`, report(r, p.cadence, p.id, people));
  counts.report = Math.min(counts.report, periods.length);
  return { files, startDate: dayString(startMs), counts };
}

function runbook(r: Random, id: string, scenarios: string[], people: string[], earlier: string[], endMs: number): string {
  const related = earlier.length > 1 && r.chance(0.6) ? [...new Set([r.pick(earlier), r.pick(earlier)])].filter((x) => x !== id) : [];
  const services = [...new Set([r.pick(SERVICES), r.pick(SERVICES)])];
  const section = (title: string) => `## ${title}\n\n${paragraph(r, r.int(2, 4))}\n\n${bullets(r, r.int(2, 5))}\n\n${codeBlock(r)}\n`;
  return `---
title: ${quote(`${services[0]} ${id} 대응 런북`)}
summary: ${quote(paragraph(r, 1))}
services: ${yamlList(services)}
scenarios: ${yamlList(scenarios)}
owner: ${r.pick(people)}
last_reviewed: ${dayString(endMs - r.int(0, 120) * DAY_MS)}
related: ${yamlList(related)}
tags: [${r.pick(['database', 'network', 'application', 'cache', 'queue'])}, generated]
---

${paragraph(r, r.int(2, 4))}

${section('증상')}
${section('진단')}
${section('조치')}
${section('확인')}
${section('롤백')}`;
}

function change(r: Random, ms: number, service: string, people: string[], approvers: string[], needed: PolicyFacts['approvals'], related: string[]): string {
  const type = r.pick(['standard', 'normal', 'normal', 'normal', 'emergency'] as const);
  const risk = r.pick(['low', 'medium', 'medium', 'high'] as const);
  const start = r.int(8 * 60, 20 * 60);
  const approvalCount = Math.max(needed[risk], 1);
  const requester = r.pick(people);
  const chosen = approvers
    .filter((a) => a !== requester)
    .sort(() => r.next() - 0.5)
    .slice(0, approvalCount);
  const approvals = chosen.map((a, i) => `  - approver: ${a}\n    at: ${stamp(ms, start + 20 + i * 5)}`).join('\n');
  const executed = start + 60 + r.int(0, 30);
  const emergency =
    type === 'emergency'
      ? `emergency:\n  reason: ${r.pick(['outage-risk', 'security-vulnerability', 'data-loss-risk'])}\n  documented_at: ${stamp(ms, executed + r.int(60, 40 * 60))}\n`
      : '';
  return `---
title: ${quote(`${service} ${r.pick(['설정 변경', '버전 업그레이드', '인덱스 추가', '용량 증설', '인증서 갱신'])}`)}
type: ${type}
requester: ${requester}
requested_at: ${stamp(ms, start)}
services: [${service}]
risk: ${risk}
impact_analysis: ${quote(paragraph(r, 2))}
technical_review:
  reviewer: ${r.pick(people)}
  at: ${stamp(ms, start + 10)}
approvals:
${approvals}
window:
  start: ${stamp(ms, start + 50)}
  end: ${stamp(ms, start + 150)}
rollback_plan: ${quote(paragraph(r, 1))}
execution_plan: ${quote(paragraph(r, 1))}
monitoring_plan: ${quote(paragraph(r, 1))}
result: ${r.pick(['succeeded', 'succeeded', 'succeeded', 'failed', 'rolled-back'])}
executed_at: ${stamp(ms, executed)}
${emergency}related_incidents: ${yamlList(related)}
tags: [${service}, generated]
---

## 배경

${paragraph(r, r.int(2, 4))}

## 작업 내용

${bullets(r, r.int(2, 4))}

## 결과

${paragraph(r, r.int(1, 3))}
`;
}

const RESPONSE_MINUTES: Record<string, number> = { P1: 15, P2: 30, P3: 120, P4: 1440 };

function incident(
  r: Random,
  ms: number,
  service: string,
  scenario: string | undefined,
  people: string[],
  runbook: string,
  causedBy: string[],
  recent: boolean,
): string {
  const severity = r.pick(['P1', 'P2', 'P2', 'P3', 'P3', 'P3', 'P4']);
  // Only recent incidents are still open (older open ones would be stale, a finding).
  const status = recent ? r.pick(['resolved', 'mitigated', 'investigating']) : r.pick(['closed', 'closed', 'closed', 'postmortem', 'resolved']);
  const t0 = r.int(0, 22 * 60);
  const detected = t0 + r.int(1, 10);
  // Most incidents are acknowledged within their response time; some are late (policy findings, as in the example).
  const acknowledged = detected + (r.chance(0.9) ? r.int(1, RESPONSE_MINUTES[severity]!) : RESPONSE_MINUTES[severity]! + r.int(5, 60));
  const mitigated = acknowledged + r.int(10, 90);
  const resolved = mitigated + r.int(10, 240);
  const done = status !== 'investigating' && status !== 'mitigated';
  const timeline = [
    `  started: ${stamp(ms, t0)}`,
    `  detected: ${stamp(ms, detected)}`,
    ...(status !== 'investigating'
      ? [`  acknowledged: ${stamp(ms, acknowledged)}`, `  mitigated: ${stamp(ms, mitigated)}`]
      : [`  acknowledged: ${stamp(ms, acknowledged)}`]),
    ...(done ? [`  resolved: ${stamp(ms, resolved)}`] : []),
  ].join('\n');
  const security = scenario === undefined;
  const phases = security
    ? `security:\n${['detection', 'analysis', 'containment', 'eradication', 'recovery', 'post_incident'].map((p, i) => `  ${p}: ${stamp(ms, detected + i * 30)}`).join('\n')}\n`
    : '';
  const items = Array.from({ length: r.int(1, 3) }, () => {
    const due = dayString(ms + r.int(5, 30) * DAY_MS);
    const closed = !recent && r.chance(0.95);
    return `  - title: ${quote(paragraph(r, 1))}\n    owner: ${r.pick(people)}\n    due: ${due}\n    status: ${closed ? 'done' : 'open'}${closed ? `\n    closed: ${due}` : ''}`;
  }).join('\n');
  const postmortem =
    done && (severity === 'P1' || severity === 'P2')
      ? `postmortem:\n  author: ${r.pick(people)}\n  published: ${dayString(ms + r.int(1, 5) * DAY_MS)}\n  reviewers: [${r.pick(people)}]\n`
      : '';
  const section = (title: string, body: string) => `## ${title}\n\n${body}\n`;
  return `---
title: ${quote(`${service} ${paragraph(r, 1).slice(0, 40)}`)}
severity: ${severity}
status: ${status}
${security ? 'category: security\n' : ''}services: [${service}]
${scenario ? `scenarios: [${scenario}]\n` : ''}detection: ${r.pick(['monitoring', 'monitoring', 'user-report', 'automated-check'])}
commander: ${r.pick(people)}
assignees: [${r.pick(people)}, ${r.pick(people)}]
timeline:
${timeline}
escalations:
${severity === 'P1' ? `  - to: cto\n    at: ${stamp(ms, detected)}\n  - to: team-lead\n    at: ${stamp(ms, detected)}` : `  - to: team-lead\n    at: ${stamp(ms, acknowledged + 1)}`}
impact:
  summary: ${quote(paragraph(r, 1))}
  users: ${r.int(0, 20000)}
  data_loss: false
caused_by: ${yamlList(causedBy)}
runbooks: [${runbook}]
action_items:
${items}
${postmortem}${phases}tags: [${service}, generated]
---

${section('영향', bullets(r, r.int(2, 4)))}
${section('타임라인', timelineTable(r, r.int(4, 8), t0))}
${section('근본 원인', paragraph(r, r.int(2, 5)))}
${section('해결', bullets(r, r.int(2, 4)))}
${section('재발 방지', bullets(r, r.int(1, 3)))}
${section('프로세스 개선', bullets(r, r.int(1, 3)))}`;
}

function routineRecord(r: Random, ms: number, people: string[], runbooks: string[]): string {
  const outcome = r.chance(0.9) ? 'pass' : 'fail';
  return `---
performed_at: ${stamp(ms, r.int(9 * 60, 17 * 60))}
performer: ${r.pick(people)}
outcome: ${outcome}
evidence: [${quote(`https://ci.example/jobs/${r.int(1000, 99999)}`)}]
findings: ${quote(paragraph(r, 1))}
runbooks: [${r.pick(runbooks)}]
tags: [generated]
---

${paragraph(r, r.int(2, 4))}

${bullets(r, r.int(2, 4))}
`;
}

function report(r: Random, cadence: string, period: string, people: string[]): string {
  const head = `---\nauthor: ${r.pick(people)}\n`;
  const tail = `tags: [generated]\n---\n\n${paragraph(r, r.int(2, 4))}\n\n${bullets(r, r.int(1, 3))}\n`;
  switch (cadence) {
    case 'daily':
      return `${head}system_status: ${r.pick(['normal', 'normal', 'normal', 'degraded'])}\nbackups: { full: true, incremental: true, incremental_count: ${r.int(20, 24)}, config: true, logs: true }\nalerts: { total: ${r.int(0, 40)}, critical: ${r.int(0, 2)} }\n${tail}`;
    case 'weekly': {
      const p50 = r.int(80, 200);
      return `${head}title: ${quote(`${period} 주간 성능 보고서`)}\nperformance:\n  cpu_pct: { avg: ${r.int(30, 60)}, max: ${r.int(60, 95)} }\n  memory_pct: { avg: ${r.int(40, 70)}, max: ${r.int(70, 90)} }\n  disk_pct: { avg: ${r.int(40, 60)}, max: ${r.int(60, 80)} }\n  response_ms: { p50: ${p50}, p95: ${p50 * 4}, p99: ${p50 * 9} }\n  throughput_rps: ${r.int(800, 3000)}\n  error_rate_pct: ${(r.int(1, 150) / 100).toFixed(2)}\n  slow_queries: ${r.int(10, 500)}\n  cache_hit_pct: ${r.int(85, 99)}\n${tail}`;
    }
    case 'monthly':
      return `${head}security:\n  vulnerabilities: { critical: ${r.int(0, 2)}, high: ${r.int(0, 6)}, medium: ${r.int(0, 20)}, low: ${r.int(0, 40)} }\n  mfa_coverage_pct: ${r.int(90, 100)}\n  api_keys_rotated: ${r.int(0, 12)}\n  security_events: ${r.int(0, 30)}\n${tail}`;
    default:
      return `${head}title: ${quote(`${period} 분기 운영 리뷰`)}\n${tail}`;
  }
}
