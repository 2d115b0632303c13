/**
 * File ids for new documents. Two people on two branches must not pick the same id for different
 * documents, so an id that cannot be read from the title (Korean-only titles, titles whose Korean words
 * were dropped) or that is already taken gets a random suffix; an English title on a free slug keeps the
 * short, readable `YYYY-MM-DD-<slug>` form the examples use (two branches filing that same title on the
 * same day touch the same path, and git reports the conflict at merge).
 */
const MAX_WORDS = 6;
const MAX_LENGTH = 48;

export interface Slugged {
  slug: string;
  /** True when some of the title could not be spelled in the slug (Korean words). */
  lossy: boolean;
}

/** Lower-case ASCII words of a title, joined by "-"; no transliteration. */
export function slugify(title: string): Slugged {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, MAX_WORDS);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_LENGTH) break;
    slug = next;
  }
  // Letters outside ASCII (Hangul above all) are dropped, not transliterated: the id says so with a suffix.
  return { slug, lossy: /[\u0080-\u{10ffff}]/u.test(title.replace(/[\s\p{P}\p{S}]/gu, '')) };
}

export interface IdRequest {
  /** `YYYY-MM-DD` prefix for dated kinds (incidents, changes); omitted for runbooks. */
  date?: string;
  title: string;
  /** First service, used to name documents whose title is (partly) Korean: `payment-api-1f3a`. */
  service?: string;
  /** Scenario (incidents), named after the service for a Korean title: `order-db-db-primary-failure-1f3a`. */
  scenario?: string;
  /** Word used when the title has no ASCII at all: `incident`, `change`, `runbook`. */
  kind: string;
  /** `HHMM` in the policy time zone, to order same-day documents with Korean titles. */
  time: string;
  /** True when an id is already used by a document of this kind. */
  taken: (id: string) => boolean;
  /** Four hex digits; injected so tests are deterministic. */
  random: () => string;
}

/** A new, unused id for a dated or undated document. */
export function newId(request: IdRequest): string {
  const { slug: titleSlug, lossy } = slugify(request.title);
  // A Korean title keeps only scraps of English and digits ("github.com 24시간 11분" → "github-com-24-11"),
  // which read as noise; the service and the scenario say what it is about ("2018-10-22-github-com-
  // db-primary-failure-ba44"). Without either, its English words are what there is.
  const named = [request.service, request.scenario].filter((s): s is string => !!s);
  const slug = lossy && named.length ? named.join('-') : titleSlug;
  const prefix = request.date ? `${request.date}-` : '';
  let id: string;
  if (!slug) id = `${prefix}${request.kind}-${request.time}-${request.random()}`;
  else if (lossy) id = `${prefix}${slug}-${request.random()}`;
  else id = `${prefix}${slug}`;
  // A random suffix may itself be taken; a handful of tries is plenty for 65,536 values per slug.
  for (let attempt = 0; request.taken(id); attempt++) {
    if (attempt > 20) throw new Error(`Cannot find a free id for "${request.title}"; pass one with --id`);
    id = `${prefix}${slug || `${request.kind}-${request.time}`}-${request.random()}`;
  }
  return id;
}

/** Four random hex digits. */
export function randomHex(): string {
  return (globalThis.crypto.getRandomValues(new Uint16Array(1))[0] ?? 0).toString(16).padStart(4, '0');
}
