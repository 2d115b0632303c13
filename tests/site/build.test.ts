/** The built site (dist/): a page for every public document, links that resolve, restricted content nowhere. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Handbook } from '../../src/lib/handbook.ts';
import { distTexts, exampleHandbook, pageFile, siteDist, uniquePhrases } from './dist.ts';

let dist: string;
let texts: Map<string, string>;
let handbook: Handbook;

beforeAll(async () => {
  dist = siteDist();
  [texts, handbook] = await Promise.all([distTexts(dist), exampleHandbook()]);
});

const publicDocs = () => handbook.documents.filter((d) => d.visibility === 'public');
const restrictedDocs = () => handbook.documents.filter((d) => d.visibility === 'restricted');

describe('pages', () => {
  it('has a page for every public document', () => {
    const missing = publicDocs()
      .map(pageFile)
      .filter((f) => !existsSync(path.join(dist, f)));
    expect(missing).toEqual([]);
    expect(publicDocs().length).toBeGreaterThan(50);
  });

  it('has the index pages of docs/architecture.md §6', () => {
    for (const page of [
      'index.html',
      'guide/index.html',
      'runbooks/index.html',
      'incidents/index.html',
      'changes/index.html',
      'routines/index.html',
      'compliance/index.html',
      'tags/index.html',
      'services/index.html',
      'reference/frontmatter/index.html',
      'rules/index.html',
    ]) {
      expect(texts.has(page), page).toBe(true);
    }
  });

  it('marks every page as Korean and loads nothing from another origin', () => {
    for (const [file, html] of texts) {
      if (!file.endsWith('.html')) continue;
      expect(html, file).toMatch(/<html lang="ko"/);
      // Resources (scripts, styles, images, fonts) are local; outbound <a href> links in prose are allowed.
      const external = [...html.matchAll(/<(?:script|link|img|source|iframe)\b[^>]*?\s(?:src|href)="(https?:)?\/\/[^"]*"/g)].map((m) => m[0]);
      expect(external, file).toEqual([]);
      expect(html, file).not.toMatch(/@import\s+url\(["']?https?:/);
    }
  });

  it('resolves every internal link and asset', () => {
    const broken: string[] = [];
    for (const [file, html] of texts) {
      if (!file.endsWith('.html')) continue;
      for (const [, url] of html.matchAll(/\s(?:href|src)="(\/[^"#?]*)[^"]*"/g)) {
        if (url!.startsWith('//')) continue;
        const target = decodeURIComponent(url!).replace(/^\//, '');
        const candidates = target === '' || target.endsWith('/') ? [path.join(target, 'index.html')] : [target, path.join(target, 'index.html')];
        if (!candidates.some((c) => existsSync(path.join(dist, c)))) broken.push(`${file} → ${url}`);
      }
    }
    expect([...new Set(broken)]).toEqual([]);
  });

  it('renders the guide tables from the policy, not from prose', () => {
    const html = texts.get('guide/incident-response/index.html')!;
    const p2 = handbook.policy.severities.P2;
    expect(html).toContain(p2.description);
    expect(html).toContain(p2.escalation.label!);
    expect(html).toContain('1시간 후 팀장');
  });

  it('ends guide pages with their git change history', () => {
    const html = texts.get('guide/incident-response/index.html')!;
    expect(html).toContain('변경 이력');
    expect(html).toMatch(/<table class="history-table">[\s\S]*?<time datetime="\d{4}-\d{2}-\d{2}T/);
  });

  it('puts data-pagefind-body on document pages only', () => {
    expect(texts.get(pageFile(publicDocs().find((d) => d.kind === 'runbook')!))).toContain('data-pagefind-body');
    for (const index of ['index.html', 'runbooks/index.html', 'incidents/index.html', 'compliance/index.html']) {
      expect(texts.get(index), index).not.toContain('data-pagefind-body');
    }
  });

  it('publishes every public document as JSON, and only those', () => {
    const api = JSON.parse(texts.get('api/documents.json')!) as { count: number; documents: { kind: string; id: string }[] };
    expect(api.count).toBe(publicDocs().length);
    const incidents = JSON.parse(texts.get('api/incidents.json')!) as { documents: { id: string }[] };
    expect(incidents.documents.map((d) => d.id).sort()).toEqual(
      publicDocs()
        .filter((d) => d.kind === 'incident')
        .map((d) => d.id)
        .sort(),
    );
    for (const name of ['runbooks', 'changes', 'routines', 'guide']) expect(texts.has(`api/${name}.json`), name).toBe(true);
  });
});

describe('restricted documents', () => {
  it('exist in the example handbook (otherwise this test proves nothing)', () => {
    expect(restrictedDocs().length).toBeGreaterThan(0);
  });

  it('appear nowhere in dist/: no title, id or unique sentence in any page, list or JSON', () => {
    const leaks: string[] = [];
    for (const doc of restrictedDocs()) {
      const phrases = uniquePhrases(doc, publicDocs());
      expect(phrases.length).toBeGreaterThan(2);
      for (const phrase of phrases) {
        for (const [file, text] of texts) if (text.includes(phrase)) leaks.push(`${file}: "${phrase}"`);
      }
    }
    expect(leaks).toEqual([]);
  });
});
