import { summarize, type Diagnostic } from '../diagnostics.ts';

/** The `--format json` contract (docs/architecture.md §4). */
export function formatJson(documents: number, diagnostics: readonly Diagnostic[]): string {
  return JSON.stringify({ version: 1, documents, diagnostics, summary: summarize(diagnostics) }, null, 2);
}
