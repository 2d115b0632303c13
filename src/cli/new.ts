/** `npm run new -- <kind> [flags]`: write a new document that already passes the check (docs/architecture.md §5). */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildHandbook, loadDocument } from '../lib/handbook.ts';
import { classifyPath, documentKey } from '../lib/paths.ts';
import { missingFields, NEW_KINDS, resolveAuthor, scaffold, type NewKind, type NewOptions } from '../lib/scaffold/index.ts';
import { listContentFiles, loadPolicy, readSources } from '../node/load-handbook.ts';
import { ScaffoldError, ToolError, UsageError } from '../lib/errors.ts';
import { parseNow } from './check.ts';
import { COMMON_FLAGS, defineCommand } from './args.ts';
import { askMissing } from './new-prompts.ts';

const str = (value: string, description: string, section?: string) => ({ type: 'string' as const, value, description, ...(section ? { section } : {}) });
const many = (value: string, description: string, section?: string) => ({ ...str(value, description, section), multiple: true as const });

const NEW = defineCommand({
  usage: `npm run new -- <${NEW_KINDS.join('|')}> [options]`,
  positionals: true,
  flags: {
    title: str('TEXT', 'title (runbook, incident, change; optional for routine and report)'),
    id: str('ID', 'file id (default: generated, e.g. 2026-11-25-order-db-failover)'),
    author: str('ID', 'roster id of the author (default: from git config user.email)'),
    service: many('ID', 'affected service; repeat or separate with commas'),
    tag: many('ID', 'tag; repeat or separate with commas'),
    visibility: str('public|restricted', 'who may read it (default: public; security incidents restricted)'),
    now: { ...COMMON_FLAGS.now, description: 'the instant used as "now" (default: now)' },
    root: COMMON_FLAGS.root,
    severity: str('P1..P4', 'severity', 'incident'),
    scenario: many('ID', 'failure scenario; repeatable, the primary first (runbook: the scenarios it covers)', 'incident'),
    detection: str('monitoring|user-report|automated-check', 'how it was noticed', 'incident'),
    category: str('operational|security', 'operational (default) or security', 'incident'),
    'started-at': str('TIME', 'when it began (default: --detected-at, else now)', 'incident'),
    'detected-at': str('TIME', 'when it was noticed (default: --started-at, else now)', 'incident'),
    'acknowledged-at': str('TIME', 'when someone took it on (left out unless given)', 'incident'),
    'mitigated-at': str('TIME', 'when the impact stopped (left out unless given)', 'incident'),
    'resolved-at': str('TIME', 'when it was fixed for good (left out unless given)', 'incident'),
    started: str('TIME', 'old name of --started-at', 'incident'),
    detected: str('TIME', 'old name of --detected-at', 'incident'),
    acknowledged: str('TIME', 'old name of --acknowledged-at', 'incident'),
    type: str('standard|normal|emergency', 'kind of change', 'change'),
    risk: str('low|medium|high', 'risk assessment', 'change'),
    reason: str('outage-risk|security-vulnerability|data-loss-risk', 'why an emergency change could not wait', 'change'),
    'requested-at': str('TIME', 'when it was requested (default: now)', 'change'),
    'executed-at': str('TIME', 'when it was carried out (left out unless given)', 'change'),
    result: str('succeeded|failed|rolled-back', 'outcome, once executed', 'change'),
    summary: str('TEXT', 'when to open this runbook', 'runbook'),
    routine: str('ID', 'routine id from the policy', 'routine'),
    outcome: str('pass|fail', 'result of the routine', 'routine'),
    'performed-at': str('TIME', 'when it was done', 'routine'),
    period: str('2026-11-25|2026-W48|2026-11|2026-Q4', "the period (default: today's daily)", 'report'),
    cadence: str('daily|weekly|monthly|quarterly', 'the cadence, when the period does not say it', 'report'),
    status: str('normal|degraded|outage', 'system status (daily)', 'report'),
  },
  notes: `TIME is 2026-11-25T14:03 (read in the policy time zone) or has an offset (2018-10-21T22:52:00Z,
2018-10-21T15:52:00-08:00), which is kept as written. The file name's date and the year folder are the
policy time zone's.

On a terminal, missing fields are asked for; otherwise required ones must be given as flags.
Prints the path of the new file. Never overwrites a file. Exit 2 on bad arguments.`,
});

const run = promisify(execFile);

const list = (values: string[] | undefined) =>
  values
    ?.flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

async function gitEmail(root: string): Promise<string | undefined> {
  try {
    return (await run('git', ['config', 'user.email'], { cwd: root })).stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

export async function newCommand(argv: string[]): Promise<number> {
  const args = NEW.parse(argv);
  const { values, positionals } = args;
  const kind = positionals[0];
  if (!kind || !(NEW_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(
      `Expected the kind of document first (${NEW_KINDS.join(', ')}), found ${kind ? `"${kind}"` : 'nothing'}; e.g. npm run new -- incident --title "결제 API 응답 지연" --severity P2`,
    );
  }
  if (positionals.length > 1) throw new UsageError(`Unexpected argument "${positionals[1]}"; put text in quotes, e.g. --title "결제 API 응답 지연"`);

  const root = path.resolve(values.root ?? '.');
  const now = parseNow(values.now);
  const policy = await loadPolicy(root);
  let options: NewOptions = {
    title: values.title,
    id: values.id,
    author: values.author,
    services: list(values.service),
    tags: list(values.tag),
    severity: values.severity,
    scenario: list(values.scenario),
    detection: values.detection,
    category: values.category,
    started: values['started-at'] ?? values.started,
    detected: values['detected-at'] ?? values.detected,
    acknowledged: values['acknowledged-at'] ?? values.acknowledged,
    mitigated: values['mitigated-at'],
    resolved: values['resolved-at'],
    requestedAt: values['requested-at'],
    executedAt: values['executed-at'],
    result: values.result,
    type: values.type,
    risk: values.risk,
    reason: values.reason,
    summary: values.summary,
    routine: values.routine,
    outcome: values.outcome,
    performedAt: values['performed-at'],
    period: values.period,
    cadence: values.cadence,
    status: values.status,
    visibility: values.visibility,
  };

  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY) && !process.env.CI;
  if (interactive) {
    const answered = await askMissing(kind as NewKind, options, policy);
    if (!answered) return 130;
    options = answered;
  } else {
    const missing = missingFields(kind as NewKind, options, policy);
    if (missing.length) {
      throw new UsageError(
        `Missing ${missing.map((f) => `${f.flag} (${f.message})`).join(', ')}; e.g. npm run new -- ${kind} ${missing.map((f) => f.example).join(' ')}`,
      );
    }
  }

  const files = await listContentFiles(root);
  const existingKeys = new Set<string>();
  for (const file of files) {
    const c = classifyPath(file);
    if (c.ok) existingKeys.add(documentKey(c.location.kind, c.location.id));
  }
  const runbookFiles = files.filter((f) => f.startsWith('runbooks/'));
  const runbooks = buildHandbook(policy, await readSources(root, runbookFiles)).documents.flatMap((d) =>
    d.kind === 'runbook' ? [{ id: d.id, scenarios: d.data.scenarios }] : [],
  );

  let created;
  try {
    const author = resolveAuthor(policy, options.author, values.author ? undefined : await gitEmail(root));
    if (author.note) process.stderr.write(`참고: ${author.note}\n`);
    created = scaffold(kind as NewKind, options, { policy, now, author: author.id, existingKeys, runbooks });
  } catch (error) {
    if (error instanceof ScaffoldError) throw new UsageError(error.message);
    throw error;
  }

  // The scaffold must pass the schema; if it does not, that is a bug here, not the user's mistake.
  const problems = loadDocument({ path: created.path, bytes: created.text }).problems;
  if (problems.length) {
    throw new ToolError(`The new ${kind} would not pass the check (a bug in the scaffolder; please report it)`, problems);
  }

  const target = path.join(root, 'content', created.path);
  await mkdir(path.dirname(target), { recursive: true });
  try {
    await writeFile(target, created.text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new ToolError(`content/${created.path} already exists and was left untouched; pass another --id (or --period) to create a new document`);
    }
    throw new ToolError(`Cannot write content/${created.path}: ${(error as Error).message}`);
  }
  for (const note of created.notes) process.stderr.write(`참고: ${note}\n`);
  const shown = path.relative(process.cwd(), target);
  process.stdout.write(`${shown.startsWith('..') || path.isAbsolute(shown) ? target : shown}\n`);
  return 0;
}
