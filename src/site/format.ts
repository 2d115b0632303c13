/**
 * Small formatting helpers the pages share: dates in the policy time zone, people and roles by their
 * display names, links that respect the site's base path.
 */
import { memoByKey } from '../lib/memo.ts';
import { exactText, formatDurationKo, formatInstant, instant, isApproximate, minutesBetween, writtenClock } from '../lib/time.ts';
import type { AnyDocument } from '../lib/handbook.ts';
import { KIND_FOLDERS, type Kind, type Policy } from '../schemas/index.ts';

const BASE = (import.meta.env.BASE_URL ?? '/').replace(/\/?$/, '/');

/** A site path with the configured base: `href('runbooks/x/')` → `/runbooks/x/`. */
export function href(path: string): string {
  return `${BASE}${path.replace(/^\//, '')}`;
}

/** The page of a document (one URL scheme everywhere: `/<folder>/<id>/`). */
export function docPath(kind: Kind, id: string): string {
  return href(`${KIND_FOLDERS[kind]}/${id}/`);
}

export function docHref(doc: Pick<AnyDocument, 'kind' | 'id'>): string {
  return docPath(doc.kind, doc.id);
}

/** Display title of any document: its title, else a name built from its kind and id. */
export function docTitle(doc: AnyDocument, policy: Policy): string {
  const title = (doc.data as { title?: string }).title;
  if (title) return title;
  if (doc.kind === 'routine') {
    const routine = policy.routines.find((r) => r.id === doc.location.routine);
    return `${routine?.name ?? doc.location.routine} · ${doc.id.split('/')[1]}`;
  }
  if (doc.kind === 'report') return `${doc.location.period} 보고서`;
  return doc.id;
}

/** `2026-11-25 14:03` in the policy time zone. */
export function when(policy: Policy, timestamp: string | undefined): string {
  return timestamp ? localTime(policy.timezone, timestamp) : '—';
}

/**
 * An incident time as its record says it: `2026-11-25 14:03` in the policy zone, "약 …" when written
 * approximate (`~`), and "(원문 05:03Z)" when the author wrote another offset, so a postmortem whose
 * prose is in UTC still matches its timeline.
 */
export function whenWritten(policy: Policy, timestamp: string | undefined): string {
  if (!timestamp) return '—';
  const written = writtenClock(policy.timezone, timestamp);
  return `${isApproximate(timestamp) ? '약 ' : ''}${localTime(policy.timezone, timestamp)}${written ? ` (원문 ${written})` : ''}`;
}

/** The instant of a timestamp as a `datetime` attribute (without the approximate mark). */
export function datetimeAttr(timestamp: string): string {
  return exactText(timestamp);
}

/** Day only, `2026-11-25`, in the policy time zone. */
export function day(policy: Policy, timestamp: string | undefined): string {
  return timestamp ? localTime(policy.timezone, timestamp).slice(0, 10) : '—';
}

// Pages format the same instants again and again (the build time on every page, a document's dates on its
// page, its list and the reports); a Temporal parse and zone conversion each time was a visible share of
// page rendering at 10,000 documents. One entry per distinct zone and timestamp.
const formatted = memoByKey((key) => {
  const split = key.indexOf('|');
  return formatInstant(key.slice(0, split), key.slice(split + 1));
}, 500_000);
function localTime(timeZone: string, timestamp: string): string {
  return formatted(`${timeZone}|${timestamp}`);
}

/** "1시간 5분" between two timestamps (rounded to minutes), "약 …" when either is approximate. */
export function elapsed(from: string, to: string): string {
  const rough = isApproximate(from) || isApproximate(to) ? '약 ' : '';
  return rough + minutesText(Math.round(minutesBetween(instant(from), instant(to))));
}

/** "1일 2시간 5분" for a number of minutes. */
export function minutesText(value: number): string {
  const minutes = Math.round(value);
  if (minutes <= 0) return minutes === 0 ? '0분' : `-${minutesText(-minutes)}`;
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  return [days && `${days}일`, hours && `${hours}시간`, mins && `${mins}분`].filter(Boolean).join(' ');
}

export { formatDurationKo };

export function personName(policy: Policy, id: string | undefined): string {
  if (!id) return '—';
  return policy.people.find((p) => p.id === id)?.name ?? id;
}

export function roleName(policy: Policy, id: string): string {
  return policy.roles[id] ?? id;
}

export function scenarioName(policy: Policy, id: string | undefined): string {
  if (!id) return '—';
  return policy.scenarios.find((s) => s.id === id)?.name ?? id;
}

/** Korean number formatting: 1800 → "1,800". */
export function num(n: number): string {
  return n.toLocaleString('ko-KR');
}
