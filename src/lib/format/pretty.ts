import pc from 'picocolors';
import { summarize, type Diagnostic, type Severity } from '../diagnostics.ts';

const PAINT: Record<Severity, (s: string) => string> = { error: pc.red, warning: pc.yellow, info: pc.cyan };

/** Human output: grouped by file, `file:line:column` first so terminals and editors can jump to it. */
export function formatPretty(documents: number, diagnostics: readonly Diagnostic[], options: { showInfo?: boolean } = {}): string {
  const out: string[] = [];
  const shown = diagnostics.filter((d) => options.showInfo !== false || d.severity !== 'info');
  let lastFile = '';
  for (const d of shown) {
    if (d.file !== lastFile) {
      if (lastFile) out.push('');
      out.push(pc.underline(d.file));
      lastFile = d.file;
    }
    const where = `${d.file}:${d.line}:${d.column}`;
    const tag = d.suppressed ? pc.dim(`suppressed: ${d.suppressed}`) : PAINT[d.severity](d.severity.padEnd(7));
    out.push(`  ${pc.dim(where)}  ${tag}  ${d.message}  ${pc.dim(d.rule)}`);
  }
  const s = summarize(diagnostics);
  if (out.length) out.push('');
  const verdict = s.error > 0 ? pc.red('✖') : pc.green('✔');
  out.push(`${verdict} ${documents} documents checked: ${s.error} error(s), ${s.warning} warning(s), ${s.info} policy finding(s)`);
  return out.join('\n');
}
