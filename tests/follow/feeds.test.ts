/** Atom feeds from a small handbook: parsed back as XML, deterministic for a given now, public documents only. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { atomFeed, FEED_IDS, feedEntries } from '../../src/lib/follow/feeds.ts';
import { checkFiles } from '../helpers/handbook.ts';
import { FILES } from './samples.ts';

const NOW = Temporal.Instant.from('2026-11-26T09:00:00+09:00');
const { handbook } = checkFiles(FILES);
const { policy } = handbook;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (tag) => tag === 'entry' || tag === 'link' || tag === 'category' });

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml).feed;
}

describe('atomFeed', () => {
  it('writes valid Atom with absolute ids and links under site.url, the same bytes for the same now', () => {
    for (const id of FEED_IDS) {
      const xml = atomFeed(id, policy, handbook.documents, NOW);
      expect(atomFeed(id, policy, handbook.documents, NOW)).toBe(xml);
      const feed = parse(xml);
      expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
      expect(feed.id).toBe(`https://ops.hanbit-commerce.example/feeds/${id}.xml`);
      expect(feed.link.map((l: { '@rel': string }) => l['@rel']).sort()).toEqual(['alternate', 'self']);
      for (const entry of feed.entry ?? []) {
        expect(entry.id).toMatch(/^https:\/\/ops\.hanbit-commerce\.example\//);
        expect(entry.link[0]['@href']).toBe(entry.id);
        expect(Date.parse(entry.updated)).toBeLessThanOrEqual(NOW.epochMilliseconds);
      }
    }
  });

  it('dates the feed by its newest entry, not by the build: a later build of the same records changes nothing', () => {
    const feed = parse(atomFeed('incidents', policy, handbook.documents, NOW));
    expect(feed.updated).toBe('2026-11-20T03:00:00.000Z'); // resolved 12:00 in Seoul
    expect(atomFeed('incidents', policy, handbook.documents, NOW.add({ hours: 48 }))).toBe(atomFeed('incidents', policy, handbook.documents, NOW));
  });

  it('leaves out restricted documents and records dated after now', () => {
    const incidents = feedEntries('incidents', policy, handbook.documents, NOW).map((e) => e.url);
    expect(incidents).toEqual(['https://ops.hanbit-commerce.example/incidents/2026-11-20-payment-api-slow/']);
    expect(atomFeed('incidents', policy, handbook.documents, NOW)).not.toContain('관리자 계정');
    // Before the postmortem was published (its day, in the policy time zone), it is not in the feed.
    expect(feedEntries('postmortems', policy, handbook.documents, Temporal.Instant.from('2026-11-22T23:59:00+09:00'))).toEqual([]);
    const [pm] = feedEntries('postmortems', policy, handbook.documents, NOW);
    expect(pm).toMatchObject({ url: 'https://ops.hanbit-commerce.example/incidents/2026-11-20-payment-api-slow/#postmortem-heading', author: '김민수' });
    expect(pm!.updated.toString()).toBe('2026-11-22T15:00:00Z');
  });

  it('has a change entry dated by its latest step, and a report per closed required period, newest first', () => {
    const [change] = feedEntries('changes', policy, handbook.documents, NOW);
    expect(change!.updated.toString()).toBe('2026-11-21T00:00:00Z'); // the approval
    const reports = feedEntries('reports', policy, handbook.documents, NOW);
    // The fixture policy requires weekly, monthly and quarterly reports: W47 ended on Sunday 2026-11-22.
    expect(reports[0]!.url).toBe('https://ops.hanbit-commerce.example/reports/weekly/2026-W47/');
    expect(reports[0]!.updated.toString()).toBe('2026-11-22T15:00:00Z');
    expect(reports.some((r) => r.url.includes('/daily/'))).toBe(false);
  });
});
