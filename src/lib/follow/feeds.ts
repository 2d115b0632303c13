/**
 * Atom feeds of the records a team follows: incidents, postmortems, changes and reports. Pure and
 * deterministic for a given `now`: each entry's `updated` is the latest instant its record states (never
 * later than `now`, so a build never announces the future), and the feed's is its newest entry's, so
 * an unchanged handbook gives the same bytes on every build. The XML is written by the `feed` package.
 *
 * Only public documents go in, whatever the build's audience: a feed is copied into readers and
 * aggregators that no one can later take back.
 */
import { Feed } from 'feed';
import { Temporal } from 'temporal-polyfill';
import type { AnyDocument, HandbookDocument } from '../handbook.ts';
import { periodsBetween, type Period } from '../periods.ts';
import { CADENCE_LABELS, CHANGE_RESULT_LABELS, CHANGE_TYPE_LABELS, INCIDENT_STATUS_LABELS, periodLabel, REPORT_TITLES, RISK_LABELS } from '../labels.ts';
import { dayIn, instant, plainDate } from '../time.ts';
import { CADENCES, type Policy } from '../../schemas/index.ts';
import { documentUrl, siteUrl } from './urls.ts';

export const FEED_IDS = ['incidents', 'postmortems', 'changes', 'reports'] as const;
export type FeedId = (typeof FEED_IDS)[number];

export const FEED_TITLES: Record<FeedId, string> = { incidents: '장애', postmortems: '사후 분석', changes: '변경 기록', reports: '보고서' };

/** Where a feed is published, without the base path: `feeds/incidents.xml`. */
export function feedPath(id: FeedId): string {
  return `feeds/${id}.xml`;
}

/** The site page a feed follows. */
const LIST_PAGES: Record<FeedId, string> = { incidents: 'incidents/', postmortems: 'incidents/', changes: 'changes/', reports: 'reports/' };

/** Newest entries kept per feed; readers keep what they have already fetched. */
const FEED_LIMIT = 50;

export interface FeedEntry {
  /** The entry's id and link: an absolute URL of the page (a fragment tells a postmortem from its incident). */
  url: string;
  title: string;
  updated: Temporal.Instant;
  published: Temporal.Instant;
  summary: string;
  categories: string[];
  author?: string;
}

const name = (policy: Policy, id: string | undefined) => (id ? (policy.people.find((p) => p.id === id)?.name ?? id) : undefined);

/** The latest of the given timestamps that is not after `now` (undefined when none is). */
function latest(stamps: readonly (string | undefined)[], now: Temporal.Instant): Temporal.Instant | undefined {
  let best: Temporal.Instant | undefined;
  for (const s of stamps) {
    if (!s) continue;
    const at = instant(s);
    if (Temporal.Instant.compare(at, now) > 0) continue;
    if (!best || Temporal.Instant.compare(at, best) > 0) best = at;
  }
  return best;
}

/** Midnight that starts a day in the policy time zone (a postmortem's `published` is a plain day). */
function startOfDay(policy: Policy, day: Temporal.PlainDate): Temporal.Instant {
  return day.toZonedDateTime({ timeZone: policy.timezone }).toInstant();
}

function incidentEntry(policy: Policy, doc: HandbookDocument<'incident'>, now: Temporal.Instant): FeedEntry | undefined {
  const i = doc.data;
  const updated = latest([...Object.values(i.timeline), ...i.escalations.map((e) => e.at)], now);
  if (!updated) return undefined;
  return {
    url: documentUrl(policy, doc),
    title: `[${i.severity}] ${i.title}`,
    updated,
    published: latest([i.timeline.detected, i.timeline.started], now) ?? updated,
    summary: `${i.severity} · ${INCIDENT_STATUS_LABELS[i.status]} · ${i.impact.summary}`,
    categories: [...i.services],
    author: name(policy, i.commander),
  };
}

function postmortemEntry(policy: Policy, doc: HandbookDocument<'incident'>, now: Temporal.Instant): FeedEntry | undefined {
  const i = doc.data;
  if (!i.postmortem?.published) return undefined;
  const published = startOfDay(policy, plainDate(i.postmortem.published));
  if (Temporal.Instant.compare(published, now) > 0) return undefined;
  return {
    url: `${documentUrl(policy, doc)}#postmortem-heading`,
    title: `사후 분석: ${i.title}`,
    updated: published,
    published,
    summary: `${i.severity} · ${i.impact.summary}`,
    categories: [...i.services],
    author: name(policy, i.postmortem.author),
  };
}

function changeEntry(policy: Policy, doc: HandbookDocument<'change'>, now: Temporal.Instant): FeedEntry | undefined {
  const c = doc.data;
  const updated = latest([c.requested_at, c.technical_review?.at, ...c.approvals.map((a) => a.at), c.executed_at, c.emergency?.documented_at], now);
  if (!updated) return undefined;
  const window = c.window ? ` · 작업 창 ${c.window.start} – ${c.window.end}` : '';
  const result = c.result ? ` · ${CHANGE_RESULT_LABELS[c.result]}` : '';
  return {
    url: documentUrl(policy, doc),
    title: c.title,
    updated,
    published: instant(c.requested_at),
    summary: `${CHANGE_TYPE_LABELS[c.type]} · 위험도 ${RISK_LABELS[c.risk]}${result}${window}`,
    categories: [...c.services],
    author: name(policy, c.requester),
  };
}

/**
 * A report for every period that has ended, of the cadences the policy requires, plus any period with a
 * narrative; each entry dated the instant its period ended (the first moment of the next day).
 */
function reportEntries(policy: Policy, reports: readonly HandbookDocument<'report'>[], now: Temporal.Instant): FeedEntry[] {
  const lastClosed = dayIn(policy.timezone, now).subtract({ days: 1 });
  const start = plainDate(policy.start_date);
  if (Temporal.PlainDate.compare(lastClosed, start) < 0) return [];
  const narratives = new Map(reports.map((r) => [`${r.location.cadence}/${r.location.period}`, r]));
  const entries: FeedEntry[] = [];
  for (const cadence of CADENCES) {
    // The newest periods only: the feed keeps FEED_LIMIT entries, so walking from the start is wasted.
    const from = lastClosed.subtract({ days: FEED_LIMIT * { daily: 1, weekly: 7, monthly: 31, quarterly: 92 }[cadence] });
    const periods: Period[] = periodsBetween(cadence, Temporal.PlainDate.compare(from, start) < 0 ? start : from, lastClosed);
    for (const p of periods) {
      if (Temporal.PlainDate.compare(p.last, lastClosed) > 0 || Temporal.PlainDate.compare(p.first, start) < 0) continue;
      const narrative = narratives.get(`${cadence}/${p.id}`);
      if (!policy.reports[cadence] && !narrative) continue;
      const ended = startOfDay(policy, p.last.add({ days: 1 }));
      entries.push({
        url: siteUrl(policy, `reports/${cadence}/${p.id}/`),
        title: `${REPORT_TITLES[cadence]} · ${periodLabel(p)}`,
        updated: ended,
        published: ended,
        summary: `${CADENCE_LABELS[cadence]} 보고서 ${p.id} (${p.first} – ${p.last})${narrative ? ', 담당자 작성 본문 포함' : ''}`,
        categories: [cadence],
        ...(narrative ? { author: name(policy, narrative.data.author) } : {}),
      });
    }
  }
  return entries;
}

/** A feed's entries, newest first (ties by URL, so the order never depends on file order), at most FEED_LIMIT. */
export function feedEntries(id: FeedId, policy: Policy, documents: readonly AnyDocument[], now: Temporal.Instant): FeedEntry[] {
  const visible = documents.filter((d) => d.visibility === 'public');
  const incidents = visible.filter((d): d is HandbookDocument<'incident'> => d.kind === 'incident');
  const entries: (FeedEntry | undefined)[] =
    id === 'incidents'
      ? incidents.map((d) => incidentEntry(policy, d, now))
      : id === 'postmortems'
        ? incidents.map((d) => postmortemEntry(policy, d, now))
        : id === 'changes'
          ? visible.filter((d): d is HandbookDocument<'change'> => d.kind === 'change').map((d) => changeEntry(policy, d, now))
          : reportEntries(
              policy,
              visible.filter((d): d is HandbookDocument<'report'> => d.kind === 'report'),
              now,
            );
  return entries
    .filter((e): e is FeedEntry => e !== undefined)
    .sort((a, b) => Temporal.Instant.compare(b.updated, a.updated) || a.url.localeCompare(b.url))
    .slice(0, FEED_LIMIT);
}

const toDate = (at: Temporal.Instant) => new Date(at.epochMilliseconds);

/** The Atom document of a feed. */
export function atomFeed(id: FeedId, policy: Policy, documents: readonly AnyDocument[], now: Temporal.Instant): string {
  const entries = feedEntries(id, policy, documents, now);
  const self = siteUrl(policy, feedPath(id));
  const feed = new Feed({
    id: self,
    title: `${policy.organization} 운영 핸드북 · ${FEED_TITLES[id]}`,
    link: siteUrl(policy, LIST_PAGES[id]),
    language: 'ko',
    // The newest entry's instant, not the build's: rebuilding an unchanged handbook changes no byte.
    updated: toDate(entries[0]?.updated ?? now),
    generator: 'opsbook',
    feedLinks: { atom: self },
    copyright: policy.organization,
  });
  for (const e of entries) {
    feed.addItem({
      id: e.url,
      link: e.url,
      title: e.title,
      date: toDate(e.updated),
      published: toDate(e.published),
      description: e.summary,
      category: e.categories.map((term) => ({ name: term, term })),
      ...(e.author ? { author: [{ name: e.author }] } : {}),
    });
  }
  return feed.atom1();
}
