/** `npm run check`: validate every document and run every rule (docs/architecture.md §4). */
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { runCheckAsync } from '../lib/check.ts';
import { summarize, type Diagnostic } from '../lib/diagnostics.ts';
import { formatGithub, formatStepSummary, selectAnnotations } from '../lib/format/github.ts';
import { formatJson } from '../lib/format/json.ts';
import { formatPretty } from '../lib/format/pretty.ts';
import { formatRuleList } from '../lib/format/rules.ts';
import { RULES } from '../lib/rules/index.ts';
import { KIND_LABELS } from '../lib/labels.ts';
import { changedScope } from '../lib/changed-scope.ts';
import { changedFiles, defaultBase } from '../node/git.ts';
import { loadHandbook } from '../node/load-handbook.ts';
import { defaultCacheFile } from '../node/parse-cache.ts';
import { COMMON_FLAGS, defineCommand, oneOf } from './args.ts';
import { UsageError } from '../lib/errors.ts';

export const CHECK = defineCommand({
  usage: 'npm run check -- [options]',
  flags: {
    format: { type: 'string', value: 'pretty|json|github', description: 'output format (default: pretty)' },
    changed: { type: 'boolean', description: 'check only documents changed against --base (plus handbook-wide rules)' },
    base: COMMON_FLAGS.base,
    now: COMMON_FLAGS.now,
    strict: { type: 'boolean', description: 'warnings fail too' },
    'no-cache': { type: 'boolean', description: 'parse every document (no node_modules/.cache/opsbook/ read or written)' },
    'list-rules': { type: 'boolean', description: 'list every rule (with --format json for JSON)' },
    root: COMMON_FLAGS.root,
  },
  notes: 'Exit codes: 0 no errors, 1 errors found, 2 the tool could not run.',
});

export function parseNow(value: string | undefined): Temporal.Instant {
  if (value === undefined) return Temporal.Now.instant();
  try {
    if (!/(Z|[+-]\d{2}:\d{2})$/.test(value)) throw new Error('no offset');
    return Temporal.Instant.from(value);
  } catch {
    throw new UsageError(`Expected --now to be a timestamp with an offset such as 2026-11-26T09:00:00+09:00, found "${value}"`);
  }
}

export async function checkCommand(argv: string[]): Promise<number> {
  const args = CHECK.parse(argv);
  const { values } = args;
  const format = oneOf('format', values.format, ['pretty', 'json', 'github'] as const, 'pretty');
  if (values['list-rules']) {
    process.stdout.write(`${formatRuleList(RULES, format === 'json' ? 'json' : 'pretty')}\n`);
    return 0;
  }
  if (values.base && !values.changed) throw new UsageError('--base only makes sense with --changed');
  const now = parseNow(values.now);
  const root = path.resolve(values.root ?? '.');

  // git answers while the files are listed and stamped; its errors (a bad --base) still come first.
  const changed = values.changed ? (async () => changedFiles(root, values.base ?? (await defaultBase(root))))() : undefined;
  changed?.catch(() => {});
  // A full check records every file it parses so that a later --changed parses only what changed.
  const cache = values['no-cache'] ? undefined : defaultCacheFile(root);
  let handbook;
  try {
    handbook = await loadHandbook(root, { ...(cache ? { cache } : {}), ...(changed ? { onlyFiles: changed } : {}) });
  } catch (error) {
    await changed;
    throw error;
  }
  // The changed files plus every document that refers to one of them; everything when the policy changed.
  const changedPaths = await changed;
  const onlyFiles = changedPaths && changedScope(handbook, changedPaths);
  const diagnostics = await runCheckAsync(handbook, { now, onlyFiles });
  const checked = onlyFiles ? handbook.documents.filter((d) => onlyFiles.has(d.file)).length : handbook.knownKeys.size;

  await print(
    format,
    checked,
    diagnostics,
    handbook.documents.filter((d) => !onlyFiles || onlyFiles.has(d.file)),
    changedPaths,
  );
  const summary = summarize(diagnostics);
  return summary.error > 0 || (values.strict && summary.warning > 0) ? 1 : 0;
}

async function print(
  format: 'pretty' | 'json' | 'github',
  checked: number,
  diagnostics: Diagnostic[],
  documents: { file: string; kind: keyof typeof KIND_LABELS; data: { title?: string }; id: string }[],
  changed: ReadonlySet<string> | undefined,
): Promise<void> {
  if (format === 'json') {
    process.stdout.write(`${formatJson(checked, diagnostics)}\n`);
    return;
  }
  if (format === 'github') {
    // GitHub shows only 10 annotations per level and step: those in the changed files come first, and the
    // log below lists everything in full.
    const options = changed ? { changed } : {};
    const annotations = formatGithub(diagnostics, options);
    if (annotations) process.stdout.write(`${annotations}\n`);
    process.stdout.write(`${formatPretty(checked, diagnostics)}\n`);
    const summaryFile = process.env.GITHUB_STEP_SUMMARY;
    if (summaryFile) {
      const rows = documents.map((d) => ({ file: d.file, kind: KIND_LABELS[d.kind], title: d.data.title ?? d.id }));
      await appendFile(summaryFile, formatStepSummary(rows, diagnostics, selectAnnotations(diagnostics, options).notShown));
    }
    return;
  }
  process.stdout.write(`${formatPretty(checked, diagnostics)}\n`);
}
