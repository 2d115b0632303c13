/** GitHub Actions workflow commands and the step summary a reviewer reads on the pull request. */
import { summarize, type Diagnostic } from '../diagnostics.ts';

/** Escaping of a workflow command's message (data). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a workflow command's property values, which also reserve ":" and ",". */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .filter((d) => !d.suppressed)
    .map((d) => {
      const props = `file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${escapeProperty(d.rule)}`;
      return `::${COMMAND[d.severity]} ${props}::${escapeData(d.message)}`;
    })
    .join('\n');
}

export interface SummaryDocument {
  file: string;
  kind: string;
  title: string;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** Markdown for `$GITHUB_STEP_SUMMARY`: a verdict, a row per checked document, then every finding. */
export function formatStepSummary(documents: readonly SummaryDocument[], diagnostics: readonly Diagnostic[]): string {
  const s = summarize(diagnostics);
  const lines = [
    `## opsbook check: ${s.error > 0 ? '❌ 오류 있음 (merge blocked)' : '✅ 통과'}`,
    '',
    `${documents.length}개 문서 검사 — 오류 ${s.error}, 경고 ${s.warning}, 정책 기록(info) ${s.info}`,
    '',
  ];
  if (documents.length) {
    lines.push('| 문서 | 종류 | 판정 | 발견 사항 |', '|---|---|---|---|');
    for (const doc of documents) {
      const own = diagnostics.filter((d) => d.file === doc.file && !d.suppressed);
      const verdict = own.some((d) => d.severity === 'error') ? '❌ 오류' : own.some((d) => d.severity === 'warning') ? '⚠️ 경고' : '✅ 통과';
      const findings = own.map((d) => `\`${d.rule}\` ${cell(d.message)} (L${d.line})`).join('<br>') || '—';
      lines.push(`| ${cell(doc.title)}<br>\`${doc.file}\` | ${doc.kind} | ${verdict} | ${findings} |`);
    }
    lines.push('');
  }
  const others = diagnostics.filter((d) => !d.suppressed && !documents.some((doc) => doc.file === d.file));
  if (others.length) {
    lines.push('<details><summary>그 밖의 발견 사항</summary>', '');
    for (const d of others) lines.push(`- \`${d.file}:${d.line}\` **${d.severity}** \`${d.rule}\` ${cell(d.message)}`);
    lines.push('', '</details>', '');
  }
  return lines.join('\n');
}
