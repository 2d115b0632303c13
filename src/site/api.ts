/**
 * The JSON API's view of a document: kind, id, URL, source file, typed frontmatter, visibility. The
 * MDX body is left out (pages hold it); tools read the structured data.
 */
import type { AnyDocument } from '../lib/handbook.ts';
import { KIND_FOLDERS, type Kind, type Policy } from '../schemas/index.ts';
import { docTitle } from './format.ts';
import { impactDuration, incidentScenarios } from '../lib/incident.ts';
import type { Temporal } from 'temporal-polyfill';
import { documentKindsOf, referencesOf } from '../lib/rules/document-reference.ts';
import type { SchemaReference } from '../lib/schema-json.ts';

/**
 * The version of the documents' JSON shape (`/api/*.json` `version`), raised whenever a field changes
 * shape so tools can tell. 2: an incident's `scenario` became `scenarios` (primary first), `impact`
 * has outage/degradation windows and `data_loss` may be an object, and incidents carry `figures`.
 */
export const API_VERSION = 2;

export interface ApiDocument {
  kind: Kind;
  id: string;
  title: string;
  url: string;
  file: string;
  data: unknown;
  /** Incidents: figures worked out from the record (impact minutes from its windows). */
  figures?: { impact_minutes: number | null; outage_minutes: number | null; degradation_minutes: number | null; impact_approximate: boolean };
}

/**
 * `isHidden(kind, id)` says whether a referenced document is withheld from this build: a public change
 * must not reveal the id of the restricted incident it is linked to.
 */
export function apiDocument(
  doc: AnyDocument,
  policy: Policy,
  base: string,
  isHidden: (kind: Kind, id: string) => boolean = () => false,
  now?: Temporal.Instant,
): ApiDocument {
  const data: Record<string, unknown> = { ...(doc.data as Record<string, unknown>) };
  let figures: ApiDocument['figures'];
  if (doc.kind === 'incident') {
    // Version 2 has one shape however the record was written: the deprecated `scenario` is read into `scenarios`.
    data.scenarios = incidentScenarios(doc.data);
    delete data.scenario;
    const impact = now ? impactDuration(doc.data, now) : undefined;
    figures = {
      impact_minutes: impact ? Math.round(impact.total) : null,
      outage_minutes: impact?.source === 'windows' ? Math.round(impact.outage) : null,
      degradation_minutes: impact?.source === 'windows' ? Math.round(impact.degradation) : null,
      impact_approximate: impact?.approximate ?? false,
    };
  }
  dropReferences(
    data,
    referencesOf(doc).filter((r) => documentKindsOf(r.target).some((k) => isHidden(k, r.id))),
  );
  return {
    kind: doc.kind,
    id: doc.id,
    title: docTitle(doc, policy),
    url: `${base.replace(/\/?$/, '/')}${KIND_FOLDERS[doc.kind]}/${doc.id}/`,
    file: doc.file,
    data,
    ...(figures ? { figures } : {}),
  };
}

/**
 * Removes the references at their paths in `data`, copying each object or list on the way instead of
 * changing the document's own. The references are those the schemas annotate (src/schemas/common.ts),
 * so a reference field added to a schema is covered here without a list to keep.
 */
function dropReferences(data: Record<string, unknown>, references: readonly SchemaReference[]): void {
  // Last first: removing a list item leaves the indexes of the ones before it valid.
  for (const { path } of [...references].reverse()) {
    let holder: Record<string | number, unknown> = data;
    for (const key of path.slice(0, -1)) {
      const child = holder[key];
      const copy = Array.isArray(child) ? [...(child as unknown[])] : { ...(child as Record<string, unknown>) };
      holder[key] = copy;
      holder = copy as Record<string | number, unknown>;
    }
    const last = path.at(-1)!;
    if (Array.isArray(holder) && typeof last === 'number') holder.splice(last, 1);
    else delete holder[last];
  }
}

/** The file name under /api/ for each kind: /api/incidents.json, /api/runbooks.json, … */
export const API_FILES: Record<Kind, string> = {
  guide: 'guide',
  runbook: 'runbooks',
  incident: 'incidents',
  change: 'changes',
  routine: 'routines',
  report: 'report-documents',
};
