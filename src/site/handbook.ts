/**
 * The handbook as the site sees it: loaded once per build with the same code as the check, restricted to
 * the build's audience (src/lib/audience.ts), with the compliance findings computed once. Pages import
 * from here, never read files themselves. `npm run build` and a bare `astro build` both come through
 * here, so they publish the same findings.
 */
import { Temporal } from 'temporal-polyfill';
import { runCheckAsync } from '../lib/check.ts';
import { compliance, type Compliance } from '../lib/compliance.ts';
import type { Diagnostic } from '../lib/diagnostics.ts';
import { forAudience } from '../lib/audience.ts';
import { groupByKind, type AnyDocument, type Handbook } from '../lib/handbook.ts';
import { loadHandbook } from '../node/load-handbook.ts';
import type { Kind } from '../schemas/kinds.ts';
import { currentAudience, type Audience } from './audience.ts';
import { oncePerHandbook } from './handbook-version.ts';
import { preloadedHandbook } from './preloaded.ts';

export interface SiteHandbook {
  audience: Audience;
  /** The instant the build measures "overdue" from (OPSBOOK_NOW or now). */
  now: Temporal.Instant;
  /**
   * The full handbook (restricted documents included): use it for the policy, never for documents, counts
   * or findings (the API only asks it which referenced ids are withheld, to drop them).
   */
  full: Handbook;
  /** Documents this audience may see. */
  documents: AnyDocument[];
  /** The findings of the check run over this audience's documents alone (src/lib/audience.ts). */
  diagnostics: Diagnostic[];
  /** Documents of a kind, in handbook order: a fresh array the caller may sort. */
  ofKind<K extends Kind>(kind: K): Extract<AnyDocument, { kind: K }>[];
  /** How many documents of a kind this audience may see (no copy: the navigation asks on every page). */
  countOf(kind: Kind): number;
  /** Findings not suppressed, counted once (the navigation shows it on every page). */
  activeFindings: number;
  /** The findings by rule, file and period (src/lib/compliance.ts), indexed once for the pages that list them. */
  compliance: Compliance;
  byKey(kind: Kind, id: string): AnyDocument | undefined;
  /** Whether a document exists but is withheld from this audience: references to it are dropped, never shown. */
  withheld(kind: Kind, id: string): boolean;
}

export const getHandbook: () => Promise<SiteHandbook> = oncePerHandbook(load);

async function load(): Promise<SiteHandbook> {
  const audience = currentAudience();
  const now = process.env.OPSBOOK_NOW ? Temporal.Instant.from(process.env.OPSBOOK_NOW) : Temporal.Now.instant();
  // `npm run build` has loaded and checked this handbook already, for this instant: reuse it.
  const preloaded = preloadedHandbook(process.cwd(), now.toString());
  const full = preloaded?.handbook ?? (await loadHandbook(process.cwd()));
  const view = forAudience(full, audience);
  const { documents, byKey } = view;
  // Not the full check's findings filtered by file: a handbook-wide finding on a public document can
  // still describe a restricted one (its date, its window). The check over the view cannot. The
  // restricted audience's view is the full handbook, whose findings `npm run build` already has; for
  // another view its findings of per-file rules (the secret scan) are copied, not looked for again.
  const diagnostics =
    preloaded && view === full ? [...preloaded.diagnostics] : await runCheckAsync(view, { now, ...(preloaded ? { fullRun: preloaded.diagnostics } : {}) });
  // Grouped once: pages ask for a kind's documents on every render (navigation counts, lists), and a
  // filter over the whole handbook per call made the build quadratic in documents.
  const byKind = groupByKind(documents);
  const activeFindings = diagnostics.filter((d) => !d.suppressed).length;
  return {
    audience,
    now,
    full,
    documents,
    diagnostics,
    ofKind: (kind) => (byKind.get(kind) ?? []).slice() as never,
    countOf: (kind) => byKind.get(kind)?.length ?? 0,
    activeFindings,
    compliance: compliance(view, diagnostics),
    byKey: (kind, id) => byKey.get(`${kind}:${id}`),
    withheld: (kind, id) => !byKey.has(`${kind}:${id}`) && full.knownKeys.has(`${kind}:${id}`),
  };
}
