/**
 * The counts the navigation shows on every page, computed once per build: counting them per page meant
 * a pass over the whole handbook for each of the ≈1.4 pages per document (quadratic in documents).
 */
import type { Kind } from '../schemas/kinds.ts';
import type { SiteHandbook } from './handbook.ts';
import { OPEN_INCIDENT_STATUSES } from '../lib/labels.ts';
import { incidentStatus } from './status.ts';

export interface NavCounts {
  /** Documents of a kind this audience may see. */
  of(kind: Kind): number;
  /** Incidents still open. */
  openIncidents: number;
  /** Findings not suppressed. */
  findings: number;
}

const memo = new WeakMap<SiteHandbook, NavCounts>();

export function navCounts(handbook: SiteHandbook): NavCounts {
  let counts = memo.get(handbook);
  if (!counts) {
    counts = {
      of: (kind) => handbook.countOf(kind),
      openIncidents: handbook.ofKind('incident').filter((i) => OPEN_INCIDENT_STATUSES.has(incidentStatus(handbook.full.policy, i, handbook.now))).length,
      findings: handbook.activeFindings,
    };
    memo.set(handbook, counts);
  }
  return counts;
}
