/**
 * The check skips the MDX parser for plain-Markdown bodies (a bench finding: micromark was most of the
 * check's time). These tests hold the fast path to the full parser: same headings, and it never calls
 * a body plain that the parser would reject.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { generateHandbook } from '../../src/bench/generate.ts';
import { policyFacts } from '../../src/bench/workdir.ts';
import { mayHaveLinks, parseMdx, plainHeadings } from '../../src/lib/mdx.ts';
import { parseSource } from '../../src/lib/source.ts';

const root = path.resolve(import.meta.dirname, '../..');

function fullHeadings(body: string) {
  const parsed = parseMdx(body);
  if (!parsed.ok) return 'invalid';
  return parsed.tree.children
    .filter((n): n is Heading => n.type === 'heading')
    .map((h) => ({ depth: h.depth, text: toString(h), line: h.position!.start.line }));
}

function agrees(body: string): 'plain' | 'parser' {
  const fast = plainHeadings(body);
  if (fast === undefined) return 'parser';
  expect(fast).toEqual(fullHeadings(body));
  return 'plain';
}

let synthetic: string[] | undefined;
/** The bodies of 300 generated documents (generated once for both scans' tests). */
function syntheticBodies(): string[] {
  if (!synthetic) {
    const facts = policyFacts(readFileSync(path.join(root, 'content', 'policy.yaml'), 'utf8'));
    synthetic = [...generateHandbook(300, facts, 3).files.values()].map((text) => parseSource(text).body);
  }
  return synthetic;
}

const bodies = (dir: string): string[] =>
  (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.mdx')).map((f) => parseSource(readFileSync(path.join(dir, f), 'utf8')).body);

describe('plainHeadings', () => {
  it('agrees with the MDX parser on every example document', () => {
    const results = bodies(path.join(root, 'content')).map(agrees);
    expect(results.length).toBeGreaterThan(0);
  });

  it('agrees with the MDX parser on synthetic documents, and takes the fast path for most', () => {
    const results = syntheticBodies().map(agrees);
    expect(results.filter((r) => r === 'plain').length).toBeGreaterThan(results.length / 2);
  });

  it.each([
    ['a bare "<" in prose', '## 조치\n\n응답 <5분 이내'],
    ['a "{" in prose', '## 조치\n\n{ 중괄호'],
    ['an import line', 'import 기능은 좋다'],
    ['an export line', '\nexport const a = 1'],
    ['a setext heading', '제목\n---'],
    ['an indented heading', '- 항목\n  ## 하위'],
    ['inline markup in a heading', '## **조치**'],
  ])('leaves %s to the parser', (_name, body) => {
    expect(plainHeadings(body)).toBeUndefined();
  });

  it.each([
    ['fenced code with MDX-looking text', '## 진단\n\n```bash\ncurl -w "%{http_code}" <url>\n## not a heading\n```\n\n## 조치\n'],
    ['a closing sequence and a thematic break', '# 제목 #\n\n---\n\n### 셋째 ###\n'],
    ['a hashtag that is not a heading', '#태그 는 제목이 아님\n\n## 진짜'],
    ['an unclosed fence', '## 앞\n\n~~~\n## 코드 안\n'],
  ])('matches the parser on %s', (_name, body) => {
    expect(agrees(body)).toBe('plain');
  });
});

/** The links, images and definitions the parser finds (e-mail literals aside: no rule follows them). */
function parsedLinks(body: string): string[] {
  const parsed = parseMdx(body);
  if (!parsed.ok) return ['invalid'];
  const found: string[] = [];
  visit(parsed.tree, (node) => {
    if (node.type === 'link' && node.url.startsWith('mailto:')) return;
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition' || node.type === 'linkReference' || node.type === 'imageReference') {
      found.push(`${node.type} at ${node.position?.start.line}`);
    }
  });
  return found;
}

/** Holds the scan to the parser: a body it calls link-free has no link in the parse. */
function linkAgrees(body: string): 'skipped' | 'parser' {
  if (mayHaveLinks(body)) return 'parser';
  expect(parsedLinks(body)).toEqual([]);
  return 'skipped';
}

describe('mayHaveLinks', () => {
  it('never calls a body link-free that the parser finds links in: example documents', () => {
    expect(bodies(path.join(root, 'content')).map(linkAgrees).length).toBeGreaterThan(0);
  });

  it('never calls a body link-free that the parser finds links in: synthetic documents, most of them skipped', () => {
    const results = syntheticBodies().map(linkAgrees);
    expect(results.filter((r) => r === 'skipped').length).toBeGreaterThan(results.length / 2);
  });

  it.each([
    ['a URL in fenced code', '## 진단\n\n```bash\ncurl -s https://api.example/healthz\n```\n'],
    ['a URL in a tilde fence closed by a longer one', '~~~\nwget https://x.example/a\n~~~~\n\n본문\n'],
    ['a URL in an unclosed fence', '본문\n\n```\nhttps://x.example/\n'],
    ['no link syntax at all', '## 조치\n\n재시작한다.\n'],
  ])('skips the parser for %s', (_name, body) => {
    expect(mayHaveLinks(body)).toBe(false);
    expect(parsedLinks(body)).toEqual([]);
  });

  it.each([
    ['a URL after the fence closes', '```\ncurl\n```\n\nhttps://x.example/'],
    ['a fence inside a list item, which the next item ends', '- 하나\n  ```\n- 둘 https://x.example/\n'],
    ['an indented fence opener', '  ```\ncode\n  ```\n[링크](/runbooks/x/)\n'],
    ['a tab-indented closer, which is code', '```\n\t```\n[링크](/runbooks/x/)\n'],
    ['a backtick info string, which is not a fence', '``` a`b\n[링크](/runbooks/x/)\n'],
    ['a definition', '[x]: /runbooks/x/\n'],
    ['a bare www. URL', 'www.example.com 참고'],
  ])('leaves %s to the parser', (_name, body) => {
    expect(mayHaveLinks(body)).toBe(true);
  });

  it('agrees on the cases it leaves to the parser that do hold links', () => {
    for (const body of ['```\ncurl\n```\n\nhttps://x.example/', '- 하나\n  ```\n- 둘 https://x.example/\n', '```\n\t```\n[링크](/runbooks/x/)\n']) {
      expect(parsedLinks(body).length).toBeGreaterThan(0);
    }
  });
});
