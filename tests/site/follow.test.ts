/**
 * The built example site's feeds, calendars and issue links, read the way their readers read them: the
 * Atom feeds with an XML parser, the calendars with ical.js, the links from the pages' HTML.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { FEED_IDS } from '../../src/lib/follow/feeds.ts';
import type { AnyDocument } from '../../src/lib/handbook.ts';
import { exampleHandbook, pageFile, siteDist } from './dist.ts';

const SITE = 'https://ops.hanbit-commerce.example/';
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (tag) => tag === 'entry' || tag === 'link' });
let dist: string;
let handbook: Awaited<ReturnType<typeof exampleHandbook>>;
let restricted: AnyDocument[];
const read = (file: string) => readFile(path.join(dist, file), 'utf8');

beforeAll(async () => {
  dist = siteDist();
  handbook = await exampleHandbook();
  restricted = handbook.documents.filter((d) => d.visibility === 'restricted');
});

describe('Atom feeds', () => {
  it('are valid Atom with absolute links, and name no restricted document', async () => {
    expect(restricted.length).toBeGreaterThan(0);
    for (const id of FEED_IDS) {
      const xml = await read(`feeds/${id}.xml`);
      expect(XMLValidator.validate(xml), id).toBe(true);
      const feed = parser.parse(xml).feed;
      expect(feed.id).toBe(`${SITE}feeds/${id}.xml`);
      expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
      expect(feed.entry?.length, id).toBeGreaterThan(0);
      for (const entry of feed.entry) {
        expect(entry.id.startsWith(SITE)).toBe(true);
        expect(entry.title).toBeTruthy();
        expect(Date.parse(entry.updated)).toBeLessThanOrEqual(Date.parse(feed.updated));
      }
      for (const doc of restricted) {
        expect(xml).not.toContain(doc.id);
        expect(xml).not.toContain((doc.data as { title: string }).title);
      }
    }
  });

  it('are linked from every page as rel=alternate, and listed with the calendars on the home page', async () => {
    const incident = handbook.documents.find((d) => d.kind === 'incident' && d.visibility === 'public')!;
    for (const page of ['index.html', pageFile(incident)]) {
      const html = await read(page);
      const alternates = [...html.matchAll(/<link rel="alternate" type="application\/atom\+xml"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
      expect(alternates).toEqual(FEED_IDS.map((id) => `/feeds/${id}.xml`));
    }
    const home = await read('index.html');
    for (const target of [
      ...FEED_IDS.map((id) => `/feeds/${id}.xml`),
      '/calendar.ics',
      ...Object.keys(handbook.policy.teams).map((t) => `/calendar/${t}.ics`),
    ]) {
      expect(home).toContain(`href="${target}"`);
    }
  });
});

describe('calendars', () => {
  const events = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

  it('parse, with a UID and DTSTAMP on every event, due days as all-day dates, and per-team calendars drawn from the whole', async () => {
    const all = events(await read('calendar.ics'));
    expect(all.length).toBeGreaterThan(0);
    const uids = new Set(all.map((e) => e.uid));
    expect(uids.size).toBe(all.length);
    for (const e of all) {
      expect(e.uid.endsWith('@ops.hanbit-commerce.example')).toBe(true);
      expect(e.component.getFirstPropertyValue('dtstamp')).toBeTruthy();
      const kind = String(e.component.getFirstPropertyValue('categories'));
      expect(e.startDate.isDate).toBe(kind === 'routine-due' || kind === 'action-item-due');
    }
    for (const team of Object.keys(handbook.policy.teams)) {
      for (const e of events(await read(`calendar/${team}.ics`))) expect(uids.has(e.uid)).toBe(true);
    }
    for (const doc of restricted) expect(await read('calendar.ics')).not.toContain(doc.id);
  });
});

describe('이슈 만들기', () => {
  it("links every open action item of an incident page to the repository's prefilled new-issue form", async () => {
    const incidents = handbook.documents.filter((d) => d.kind === 'incident' && d.visibility === 'public');
    let checked = 0;
    for (const doc of incidents) {
      if (doc.kind !== 'incident') continue;
      const html = await read(pageFile(doc));
      const links = [...html.matchAll(/href="(https:\/\/github\.com\/hanbit-commerce\/ops-handbook\/issues\/new\?[^"]+)"[^>]*>\s*이슈 만들기/g)].map(
        (m) => new URL(m[1]!.replace(/&amp;/g, '&')),
      );
      const open = doc.data.action_items.filter((a) => a.status === 'open');
      expect(links.map((l) => l.searchParams.get('title'))).toEqual(open.map((a) => a.title));
      for (const l of links) {
        expect(l.searchParams.get('body')).toContain(`${SITE}incidents/${doc.id}/`);
        expect(l.searchParams.get('labels')).toBe('action-item');
      }
      checked += open.length;
    }
    expect(checked).toBeGreaterThan(0);
  });
});
