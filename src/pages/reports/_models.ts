/**
 * The report models of this build, computed once and shared by every report page and JSON endpoint
 * (the `_` prefix keeps this file out of Astro's routes).
 */
import { buildReportModels, type ReportModel } from '../../lib/reports/model.ts';
import type { CadenceId } from '../../schemas/policy.ts';
import { getHandbook } from '../../site/handbook.ts';
import { oncePerHandbook } from '../../site/handbook-version.ts';

export const getReportModels: () => Promise<Record<CadenceId, ReportModel[]>> = oncePerHandbook(() =>
  getHandbook().then((h) =>
    // Only the audience's documents: restricted records count in no public figure (see model.ts).
    buildReportModels({ policy: h.full.policy, documents: h.documents, diagnostics: h.diagnostics, now: h.now }),
  ),
);

/** A site path with the configured base (`OPSBOOK_BASE`), e.g. `/ops/reports/`. */
export function withBase(path: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}`;
}
