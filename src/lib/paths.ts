/**
 * Where a file lives decides what it is: its kind, its id, and (for routines and reports) its routine
 * or period. Pure: takes a path relative to `content/` with `/` separators.
 */
import { CADENCES, type CadenceId } from '../schemas/policy.ts';
import { KIND_FOLDERS, type Kind } from '../schemas/kinds.ts';
import { PERIOD_EXAMPLES, parsePeriod } from './periods.ts';

export interface DocumentLocation {
  kind: Kind;
  /** Id within its kind: the file stem, or `<routine>/<date>` and `<cadence>/<period>`. */
  id: string;
  /** Incidents and changes: the year folder. */
  year?: number;
  /** Routines: the routine id (folder). */
  routine?: string;
  /** Reports: cadence and period label. */
  cadence?: CadenceId;
  period?: string;
}

export type Classification = { ok: true; location: DocumentLocation } | { ok: false; message: string };

/** A document id: lower-case letters, digits, Hangul syllables and "-" (Korean file names are ids as written). */
const SLUG = /^[a-z0-9\uac00-\ud7a3][a-z0-9\uac00-\ud7a3-]*$/;
const DATE_STEM = /^(\d{4}-\d{2}-\d{2})(-[a-z0-9-]+)?$/;

const LAYOUT_HELP =
  'documents live in guide/<id>.mdx, runbooks/<id>.mdx, incidents/<YYYY>/<id>.mdx, changes/<YYYY>/<id>.mdx, ' +
  'routines/<routine>/<YYYY-MM-DD>.mdx or reports/<daily|weekly|monthly|quarterly>/<period>.mdx';

/** Global key of a document: `runbook:db-primary-failure`. */
export function documentKey(kind: Kind, id: string): string {
  return `${kind}:${id}`;
}

/** The site-style reference used by policy and links: `runbooks/db-primary-failure`. */
export function documentRoute(kind: Kind, id: string): string {
  return `${KIND_FOLDERS[kind]}/${id}`;
}

export function classifyPath(relPath: string): Classification {
  const parts = relPath.split('/');
  const file = parts.at(-1) ?? '';
  if (!file.endsWith('.mdx')) {
    return { ok: false, message: `Expected an .mdx file, found "${file}"; rename it to "${file.replace(/\.[^.]*$/, '')}.mdx"` };
  }
  const stem = file.slice(0, -4);
  // macOS may hand over decomposed Hangul (NFD): the same name to a reader, another id to the site.
  if (relPath.normalize('NFC') !== relPath) {
    return {
      ok: false,
      message: `Expected the file name in composed form (NFC), found "${relPath}" in decomposed Hangul; rename it to "${relPath.normalize('NFC')}"`,
    };
  }
  const folder = parts[0];
  const kind = (Object.keys(KIND_FOLDERS) as Kind[]).find((k) => KIND_FOLDERS[k] === folder);
  if (!kind) return { ok: false, message: `Cannot tell what kind of document "${relPath}" is; ${LAYOUT_HELP}` };
  const wrong = (shape: string) => ({ ok: false as const, message: `Expected ${shape}, found "${relPath}"` });

  switch (kind) {
    case 'guide':
    case 'runbook':
      if (parts.length !== 2) return wrong(`${folder}/<id>.mdx`);
      if (!SLUG.test(stem)) return wrong(`a file name of lower-case letters, digits, Hangul and "-" in ${folder}/<id>.mdx`);
      return { ok: true, location: { kind, id: stem } };
    case 'incident':
    case 'change': {
      if (parts.length !== 3 || !/^\d{4}$/.test(parts[1] ?? '')) return wrong(`${folder}/<YYYY>/<id>.mdx`);
      if (!SLUG.test(stem)) return wrong(`a file name of lower-case letters, digits, Hangul and "-" in ${folder}/<YYYY>/<id>.mdx`);
      return { ok: true, location: { kind, id: stem, year: Number(parts[1]) } };
    }
    case 'routine': {
      const routine = parts[1] ?? '';
      if (parts.length !== 3 || !SLUG.test(routine) || !DATE_STEM.test(stem)) return wrong('routines/<routine>/<YYYY-MM-DD>.mdx');
      return { ok: true, location: { kind, id: `${routine}/${stem}`, routine } };
    }
    case 'report': {
      const cadence = parts[1] as CadenceId;
      if (parts.length !== 3 || !CADENCES.includes(cadence)) return wrong('reports/<daily|weekly|monthly|quarterly>/<period>.mdx');
      if (!parsePeriod(cadence, stem)) return wrong(`a ${cadence} period like "${PERIOD_EXAMPLES[cadence]}" as the file name`);
      return { ok: true, location: { kind, id: `${cadence}/${stem}`, cadence, period: stem } };
    }
  }
}
