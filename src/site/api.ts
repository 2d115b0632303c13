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

export function apiDocument(doc: AnyDocument, policy: Policy, base: string): ApiDocument {
  return {
    kind: doc.kind,
    id: doc.id,
    title: docTitle(doc, policy),
    url: `${base.replace(/\/?$/, '/')}${KIND_FOLDERS[doc.kind]}/${doc.id}/`,
    file: doc.file,
    data: doc.data,
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
