/**
 * GitHub Actions output: workflow commands that annotate the pull request's diff, and the step summary
 * a reviewer reads on the run page — per checked document its kind, title, verdict and findings.
 */
import { summarize, type Diagnostic } from '../diagnostics.ts';
import { classifyPath } from '../paths.ts';
import { KIND_LABELS } from '../labels.ts';

/**
 * Escaping of a workflow command's message (data), as @actions/core does it: `%` first, so the escapes
 * it writes are not escaped again, then CR and LF (a raw newline would end the command).
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a property value (`file=…,title=…`), where ":" and "," are separators too. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * GitHub shows at most 10 annotations of each level (error, warning, notice) per step and 50 per job;
 * the rest are dropped without a word. So the check chooses which ones a reviewer sees on the diff, and
 * the step summary says how many it left to the log (which lists every finding).
 */
const ANNOTATIONS_PER_LEVEL = 10;
const ANNOTATIONS_PER_JOB = 50;

export interface AnnotationOptions {
  /** Files the pull request changed (git's list): their findings come first within each level. */
  changed?: ReadonlySet<string>;
  /** Annotations this step may still use of the job's 50 (other steps of the job may annotate too). */
  budget?: number;
}

export interface AnnotationPlan {
  /** The findings written as annotations, in the order written: errors, then warnings, then notices. */
  shown: Diagnostic[];
  /** Unsuppressed findings that are in the log only. */
  notShown: number;
}

const LEVELS = ['error', 'warning', 'info'] as const;

/**
 * Which findings become annotations: per level, those in changed files first (what the author can fix
 * in this pull request), then the others, each group by file and line; at most 10 per level and `budget`
 * in all, errors taking the budget first.
 */
export function selectAnnotations(diagnostics: readonly Diagnostic[], options: AnnotationOptions = {}): AnnotationPlan {
  const live = diagnostics.filter((d) => !d.suppressed);
  const inChanged = (d: Diagnostic) => (options.changed?.has(d.file) ? 0 : 1);
  let budget = Math.min(options.budget ?? ANNOTATIONS_PER_JOB, ANNOTATIONS_PER_JOB);
  const shown: Diagnostic[] = [];
  for (const level of LEVELS) {
    const ordered = live
      .filter((d) => d.severity === level)
      .map((d, i) => ({ d, i }))
      // Stable within a file: the check's own order (by line) breaks ties.
      .sort((a, b) => inChanged(a.d) - inChanged(b.d) || a.d.file.localeCompare(b.d.file) || a.d.line - b.d.line || a.i - b.i)
      .map(({ d }) => d);
    const take = ordered.slice(0, Math.max(0, Math.min(ANNOTATIONS_PER_LEVEL, budget)));
    shown.push(...take);
    budget -= take.length;
  }
  return { shown, notShown: live.length - shown.length };
}

/** One `::error file=…,line=…,col=…,title=…::message` line per annotation GitHub will show (selectAnnotations). */
export function formatGithub(diagnostics: readonly Diagnostic[], options: AnnotationOptions = {}): string {
  return selectAnnotations(diagnostics, options)
    .shown.map((d) => {
      const props = `file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${escapeProperty(d.rule)}`;
      return `::${COMMAND[d.severity]} ${props}::${escapeData(d.message)}`;
    })
    .join('\n');
}

export interface SummaryDocument {
  file: string;
  /** Display name of the kind (Korean label). */
  kind: string;
  title: string;
}

/** GitHub refuses step summaries over 1 MiB. */
const SUMMARY_LIMIT = 300 * 1024; // characters; at most 3 bytes each in UTF-8
/** Findings listed per document row; the rest are counted (the log and annotations have them all). */
const FINDINGS_PER_ROW = 5;

/** Text for a markdown table cell: no raw HTML (messages quote `<5분`), no pipes, one line. */
export function cell(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function verdict(own: readonly Diagnostic[]): string {
  if (own.some((d) => d.severity === 'error')) return '❌ 오류';
  if (own.some((d) => d.severity === 'warning')) return '⚠️ 경고';
  return '✅ 통과';
}

const ICON = { error: '❌', warning: '⚠️', info: 'ℹ️' } as const;

function findingList(own: readonly Diagnostic[]): string {
  if (own.length === 0) return '—';
  const shown = own.slice(0, FINDINGS_PER_ROW).map((d) => `${ICON[d.severity]} L${d.line} \`${d.rule}\` ${cell(d.message)}`);
  if (own.length > FINDINGS_PER_ROW) shown.push(`외 ${own.length - FINDINGS_PER_ROW}건 (로그 참고)`);
  return shown.join('<br>');
}

/** Content files with diagnostics that are not among the documents (they failed to load) get a row too. */
function unreadableRows(documents: readonly SummaryDocument[], diagnostics: readonly Diagnostic[]): SummaryDocument[] {
  const known = new Set(documents.map((d) => d.file));
  const rows = new Map<string, SummaryDocument>();
  for (const d of diagnostics) {
    if (known.has(d.file) || rows.has(d.file) || !d.file.startsWith('content/') || d.file === 'content/policy.yaml') continue;
    if (!d.rule.startsWith('document/')) continue;
    const c = classifyPath(d.file.slice('content/'.length));
    rows.set(d.file, { file: d.file, kind: c.ok ? KIND_LABELS[c.location.kind] : '알 수 없음', title: '(읽을 수 없는 문서)' });
  }
  return [...rows.values()].sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * Markdown for `$GITHUB_STEP_SUMMARY`: the verdict, a row per checked document, then the other findings,
 * and how many findings GitHub's limits kept off the diff (`notAnnotated`, from selectAnnotations).
 */
export function formatStepSummary(documents: readonly SummaryDocument[], diagnostics: readonly Diagnostic[], notAnnotated = 0): string {
  const live = diagnostics.filter((d) => !d.suppressed);
  const s = summarize(diagnostics);
  const rows = [...documents, ...unreadableRows(documents, live)];
  const lines = [
    `## opsbook check: ${s.error > 0 ? '❌ 오류 있음 — 머지 전에 고쳐야 합니다' : '✅ 통과'}`,
    '',
    `문서 ${rows.length}개 검사 — 오류 ${s.error}, 경고 ${s.warning}, 정책 기록(info) ${s.info}. 정책 기록은 머지를 막지 않습니다.`,
    '',
  ];
  if (rows.length === 0) lines.push('변경된 문서가 없습니다.', '');
  else {
    lines.push('| 문서 | 종류 | 판정 | 발견 사항 |', '|---|---|---|---|');
    for (const row of rows) {
      const own = live.filter((d) => d.file === row.file);
      lines.push(`| ${cell(row.title)}<br>\`${row.file}\` | ${cell(row.kind)} | ${verdict(own)} | ${findingList(own)} |`);
    }
    lines.push('');
  }
  const inRows = new Set(rows.map((r) => r.file));
  const others = live.filter((d) => !inRows.has(d.file));
  if (others.length) {
    lines.push(`<details><summary>그 밖의 발견 사항 ${others.length}건 (핸드북 전체 규칙)</summary>`, '');
    for (const d of others) lines.push(`- ${ICON[d.severity]} \`${d.file}:${d.line}\` \`${d.rule}\` ${cell(d.message)}`);
    lines.push('', '</details>', '');
  }
  if (notAnnotated > 0)
    lines.push(
      `GitHub은 한 단계에 수준별로 주석을 ${ANNOTATIONS_PER_LEVEL}개까지만 보여 주므로, 발견 사항 ${notAnnotated}건은 diff에 주석으로 표시하지 않았습니다 (변경된 파일의 오류부터 표시). 전체 목록은 실행 로그에 있습니다.`,
      '',
    );
  const suppressed = diagnostics.length - live.length;
  if (suppressed) lines.push(`문서에서 사유와 함께 제외한 발견 사항 ${suppressed}건은 표에 없습니다.`, '');
  const text = `${lines.join('\n')}\n`;
  return text.length <= SUMMARY_LIMIT ? text : `${text.slice(0, SUMMARY_LIMIT)}\n\n…(요약이 너무 길어 잘랐습니다; 전체 목록은 실행 로그에 있습니다)\n`;
}
