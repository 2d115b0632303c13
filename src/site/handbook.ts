/**
 * The handbook as the site sees it: loaded once per build with the same code as the check, filtered to
 * the build's audience, with the compliance findings computed once. Pages import from here, never read
 * files themselves.
 */
import { Temporal } from 'temporal-polyfill';
import { runCheckAsync } from '../lib/check.ts';
import type { Diagnostic } from '../lib/diagnostics.ts';
import type { AnyDocument, Handbook } from '../lib/handbook.ts';
import { loadHandbook } from '../node/load-handbook.ts';
import type { Kind } from '../schemas/kinds.ts';
import { currentAudience, visibleTo, type Audience } from './audience.ts';

export interface SiteHandbook {
  audience: Audience;
  /** The instant the build measures "overdue" from (OPSBOOK_NOW or now). */
  now: Temporal.Instant;
  /** The full handbook (restricted documents included): use only for counts that reveal nothing. */
  full: Handbook;
  /** Documents this audience may see. */
  documents: AnyDocument[];
  /** Findings on documents this audience may see, plus handbook-wide ones. */
  diagnostics: Diagnostic[];
  ofKind<K extends Kind>(kind: K): Extract<AnyDocument, { kind: K }>[];
  byKey(kind: Kind, id: string): AnyDocument | undefined;
}

let cached: Promise<SiteHandbook> | undefined;

export function getHandbook(): Promise<SiteHandbook> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteHandbook> {
  const audience = currentAudience();
  const now = process.env.OPSBOOK_NOW ? Temporal.Instant.from(process.env.OPSBOOK_NOW) : Temporal.Now.instant();
  const full = await loadHandbook(process.cwd());
  const documents = full.documents.filter((d) => visibleTo(audience, d.visibility));
  const hidden = new Set(full.documents.filter((d) => !visibleTo(audience, d.visibility)).map((d) => d.file));
  const diagnostics = (await runCheckAsync(full, { now })).filter((d) => !hidden.has(d.file));
  const byKey = new Map(documents.map((d) => [d.key, d]));
  return {
    audience,
    now,
    full,
    documents,
    diagnostics,
    ofKind: (kind) => documents.filter((d) => d.kind === kind) as never,
    byKey: (kind, id) => byKey.get(`${kind}:${id}`),
  };
}
