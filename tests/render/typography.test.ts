/**
 * smartTypography skips retext where a pass could change nothing (a bench finding: remark-smartypants
 * was 1.7 s of a 2,000-document build). These tests hold it to remark-smartypants itself: the same tree
 * on every example body, on generated bodies and on the cases where quotes pair across inline markup.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import { describe, expect, it } from 'vitest';
import { generateHandbook } from '../../src/bench/generate.ts';
import { policyFacts } from '../../src/bench/workdir.ts';
import { parseMdx } from '../../src/lib/mdx.ts';
import { smartTypography } from '../../src/lib/render/typography.ts';
import { parseSource } from '../../src/lib/source.ts';

const root = path.resolve(import.meta.dirname, '../..');
const reference = (remarkSmartypants as unknown as () => (tree: Root) => void)();

/** Both results, and whether the body had anything to change (so a test can show it is not vacuous). */
function both(body: string): { ours: Root; theirs: Root; changed: boolean } {
  const parsed = parseMdx(body);
  if (!parsed.ok) throw new Error(parsed.message);
  const ours = structuredClone(parsed.tree);
  const theirs = structuredClone(parsed.tree);
  smartTypography(ours);
  reference(theirs);
  return { ours, theirs, changed: JSON.stringify(theirs) !== JSON.stringify(parsed.tree) };
}

const exampleBodies = (): string[] =>
  (readdirSync(path.join(root, 'content'), { recursive: true }) as string[])
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => parseSource(readFileSync(path.join(root, 'content', f), 'utf8')).body);

describe('smartTypography', () => {
  it('gives the tree remark-smartypants gives on every example body', () => {
    const results = exampleBodies().map(both);
    for (const { ours, theirs } of results) expect(ours).toEqual(theirs);
    // Some example bodies have quotes or dashes to change, so the comparison covers both passes.
    expect(results.filter((r) => r.changed).length).toBeGreaterThan(0);
  });

  it('gives the tree remark-smartypants gives on generated bodies', () => {
    const facts = policyFacts(readFileSync(path.join(root, 'content', 'policy.yaml'), 'utf8'));
    const bodies = [...generateHandbook(200, facts, 7).files.values()].map((text) => parseSource(text).body);
    for (const body of bodies) {
      const { ours, theirs } = both(body);
      expect(ours).toEqual(theirs);
    }
  });

  it.each([
    ['quotes around bold text', '"**주문**" 확인'],
    ['quotes around a link', "'[런북](/runbooks/x/)' 참고"],
    ['a quote opening a paragraph after another', '끝났다.\n\n"다음" 문단'],
    ['quotes in a heading and a table cell', '## "제목"\n\n| a | b |\n|---|---|\n| "1" | \'2\' |'],
    ['inline code between quotes', '"`--force`" 금지, 그리고 "끝"'],
    ['dashes, ellipses and backticks', "2024--2025 ... 그리고 . . . ``인용'' --- 끝"],
    ['an apostrophe', "it's the team's runbook"],
    ['quotes inside an allowed element', '<kbd>"Ctrl"</kbd> -- <span>"값"</span>'],
    ['text with nothing to change', '평범한 문장. 두 번째 문장.\n\n- 항목 하나\n- 항목 둘'],
  ])('agrees with remark-smartypants on %s', (_name, body) => {
    const { ours, theirs } = both(body);
    expect(ours).toEqual(theirs);
  });

  it('changes quotes, dashes and ellipses (the comparison is not between two no-ops)', () => {
    const { ours, changed } = both('"주문" -- 확인...');
    expect(changed).toBe(true);
    expect(JSON.stringify(ours)).toContain('“주문” — 확인…');
  });
});
