/**
 * Cache keys for Astro's incremental build (docs/architecture.md §13). Astro restores a page from the
 * previous build when the route's code and the key its `getStaticPaths` returns are unchanged, without
 * rendering it; so a key must cover everything the page shows:
 *
 * - on every page: the audience, the policy, the navigation counts, and the build day in the policy time
 *   zone (verdicts such as "overdue" and "expired" are days; the footer says the day);
 * - a document page: the document, the documents it names or that name it (src/lib/page-keys.ts), its
 *   findings, its git history, and the build instant while an incident is open (its timeline runs to
 *   now); a document using registered components (policy tables, scenario lists), everything;
 * - a tag or service page: the documents it lists; a report page: its view model; a rule page: its findings.
 *
 * The audience is in every key, and each audience has its own cache folder (src/integration/), so a
 * restricted page is never restored into a public build.
 */
import type { Diagnostic } from '../lib/diagnostics.ts';
import type { AnyDocument } from '../lib/handbook.ts';
import { digest, documentFingerprint, documentNeighbours } from '../lib/page-keys.ts';
import { isoDayIn } from '../lib/time.ts';
import { KINDS } from '../schemas/kinds.ts';
import { oncePerHandbook } from './handbook-version.ts';
import { OPEN_INCIDENT_STATUSES } from '../lib/labels.ts';
import { navCounts } from './nav-counts.ts';
import { incidentStatus } from './status.ts';
import { getSite } from './relations.ts';

/** Bumped when what a key covers changes, so no page is restored under a key of the old meaning. */
const KEY_FORMAT = 2;

export interface PageKeys {
  /** A document's page; `alsoShows`: other documents it shows (a guide page's previous and next). */
  document(doc: AnyDocument, alsoShows?: readonly (AnyDocument | undefined)[]): string;
  /** A page listing documents (a tag, a service). */
  listing(name: string, docs: readonly AnyDocument[]): string;
  /** A report page: its model and its narrative, if one was written. */
  report(model: unknown, narrative: AnyDocument | undefined): string;
  rule(ruleId: string): string;
}

export const getPageKeys: () => Promise<PageKeys> = oncePerHandbook(build);

async function build(): Promise<PageKeys> {
  const site = await getSite();
  const { handbook } = site;
  const { policy } = handbook.full;
  const nav = navCounts(handbook);
  const siteKey = digest({
    format: KEY_FORMAT,
    audience: handbook.audience,
    policy,
    counts: KINDS.map((k) => nav.of(k)),
    openIncidents: nav.openIncidents,
    findings: nav.findings,
    day: isoDayIn(policy.timezone, handbook.now),
  });
  const fingerprints = new Map(handbook.documents.map((d) => [d.key, documentFingerprint(d)]));
  const neighbours = documentNeighbours(handbook.documents);
  const findingsByFile = new Map<string, Diagnostic[]>();
  for (const d of handbook.diagnostics) {
    const list = findingsByFile.get(d.file);
    if (list) list.push(d);
    else findingsByFile.set(d.file, [d]);
  }
  const keyOfFile = new Map(handbook.documents.map((d) => [d.file, d.key]));
  let everything: string | undefined;
  const wholeHandbook = () => (everything ??= digest([...fingerprints.values()].sort()));
  // Status as of the build's instant (src/lib/as-of.ts): a resolution stamped after it is not known yet.
  const byKey = new Map(handbook.documents.map((d) => [d.key, d]));
  const statusOf = (key: string) => {
    const d = byKey.get(key);
    return d?.kind === 'incident' ? incidentStatus(policy, d, handbook.now) : undefined;
  };
  // An open incident's page runs its timeline to the instant.
  const open = (doc: AnyDocument) => doc.kind === 'incident' && OPEN_INCIDENT_STATUSES.has(statusOf(doc.key)!);

  return {
    document: (doc, alsoShows = []) => {
      const shown = [...(neighbours.get(doc.key) ?? [])].sort();
      return digest({
        site: siteKey,
        doc: fingerprints.get(doc.key),
        shows: shown.map((k) => fingerprints.get(k)),
        // Incident lists on a neighbour's page show the status as of now (src/lib/as-of.ts), which moves with it.
        statuses: shown.map(statusOf),
        alsoShows: alsoShows.map((d) => d && fingerprints.get(d.key)),
        // Registered components in a body can show anything in the handbook (the routine table, scenario lists).
        handbook: /<[A-Z]/.test(doc.body) ? wholeHandbook() : undefined,
        findings: findingsByFile.get(doc.file) ?? [],
        commits: site.commits(doc),
        now: open(doc) ? handbook.now.toString() : undefined,
      });
    },
    listing: (name, docs) => digest({ site: siteKey, name, docs: docs.map((d) => fingerprints.get(d.key)) }),
    report: (model, narrative) => digest({ site: siteKey, model, narrative: narrative && fingerprints.get(narrative.key) }),
    rule: (ruleId) =>
      digest({
        site: siteKey,
        ruleId,
        findings: handbook.diagnostics.filter((d) => d.rule === ruleId).map((d) => [d, fingerprints.get(keyOfFile.get(d.file) ?? '')]),
      }),
  };
}
