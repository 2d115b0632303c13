/**
 * The JSON API's view of a document: kind, id, URL, source file, typed frontmatter, visibility. The
 * MDX body is left out (pages hold it); tools read the structured data.
 */
import type { AnyDocument } from '../lib/handbook.ts';
import { KIND_FOLDERS, type Kind, type Policy } from '../schemas/index.ts';
import { docTitle } from './format.ts';

export interface ApiDocument {
  kind: Kind;
  id: string;
  title: string;
  url: string;
  file: string;
  data: unknown;
}

/** Reference fields and the kinds they point at; ids of documents this audience may not see are dropped. */
const REFERENCES: Partial<Record<Kind, Record<string, Kind[]>>> = {
  incident: { caused_by: ['change'], runbooks: ['runbook'] },
  change: { related_incidents: ['incident'] },
  routine: { follow_up: ['incident', 'change', 'runbook'], runbooks: ['runbook'] },
  runbook: { related: ['runbook'] },
};

/**
 * `isHidden(kind, id)` says whether a referenced document is withheld from this build: a public change
 * must not reveal the id of the restricted incident it is linked to.
 */
export function apiDocument(doc: AnyDocument, policy: Policy, base: string, isHidden: (kind: Kind, id: string) => boolean = () => false): ApiDocument {
  const data: Record<string, unknown> = { ...(doc.data as Record<string, unknown>) };
  for (const [field, kinds] of Object.entries(REFERENCES[doc.kind] ?? {})) {
    const ids = data[field];
    if (Array.isArray(ids)) data[field] = ids.filter((id: string) => !kinds.some((k) => isHidden(k, id)));
  }
  return {
    kind: doc.kind,
    id: doc.id,
    title: docTitle(doc, policy),
    url: `${base.replace(/\/?$/, '/')}${KIND_FOLDERS[doc.kind]}/${doc.id}/`,
    file: doc.file,
    data,
  };
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
