/**
 * `locate` answers from a table of positions built while reading the YAML (the parsed document is not
 * kept). It must point where a walk of the parsed YAML document points: for every path in every example
 * document and the policy, for paths that go past what is there, and for YAML that is odd (aliases,
 * flow collections, numeric keys, empty items, duplicate keys). The positions a parse cache keeps
 * (`positions`, through JSON as the cache stores them) must give the same answers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { positionsLocator, readYaml, type YamlPath } from '../../src/lib/source.ts';

/** The walk `locate` used to do over the kept document: the oracle. */
function locatorByWalk(yamlText: string, lineOffset: number, lastLine: number): (target: YamlPath) => { line: number; column: number } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: Math.max(1, Math.min(pos.line + lineOffset, lastLine)), column: Math.max(1, pos.col) };
  };
  return (target) => {
    let node: Node | null | undefined = doc.contents as Node | null;
    let best = { line: Math.min(lineOffset + 1, lastLine), column: 1 };
    for (const segment of target) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) break;
        const key = pair.key as Node;
        if (key.range) best = at(key.range[0]);
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item) break;
        if (item.range) best = at(item.range[0]);
        node = item;
      } else {
        break;
      }
    }
    return best;
  };
}

/** Every path in a value, and for each a few that do not exist below and beside it. */
function pathsOf(value: unknown, prefix: YamlPath = []): YamlPath[] {
  const out: YamlPath[] = [prefix, [...prefix, 'missing'], [...prefix, 99]];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...pathsOf(item, [...prefix, i]), [...prefix, String(i)]));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}

function frontmatterOf(file: string): string | undefined {
  const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
  const end = text.indexOf('\n---', 4);
  return text.startsWith('---\n') && end > 0 ? text.slice(4, end + 1) : undefined;
}

const ODD = [
  'a: &x {b: 1, c: [1, 2]}\nd: *x\ne: [ , 1]\n',
  '0: zero\nlist:\n  - 0\n  -\n  - [a, {b: c}]\n',
  'k: 1\nk: 2\nm:\n  n: 1\n',
  'flow: {a: [x, y], "quoted key": z}\n? complex\n: value\n',
  'plain\n',
  '- a\n- b\n',
];

describe('locate from the position table', () => {
  const root = path.resolve('content');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => path.join(root, f));

  it('points where a walk of the parsed YAML points, for every field of every example document and the policy', () => {
    let checked = 0;
    const texts = files.map(frontmatterOf).filter((t): t is string => t !== undefined);
    texts.push(readFileSync(path.join(root, 'policy.yaml'), 'utf8'));
    for (const text of texts) {
      const lastLine = text.split('\n').length + 1;
      const read = readYaml(text, 1, lastLine);
      const oracle = locatorByWalk(text, 1, lastLine);
      const stored = positionsLocator(JSON.parse(JSON.stringify(read.positions())));
      for (const p of pathsOf(read.data)) {
        expect(read.locate(p), JSON.stringify(p)).toEqual(oracle(p));
        expect(stored(p), JSON.stringify(p)).toEqual(oracle(p));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it.each(ODD.map((t) => [JSON.stringify(t), t] as const))('and for odd YAML: %s', (_name, text) => {
    const read = readYaml(text, 3, 40);
    const oracle = locatorByWalk(text, 3, 40);
    const stored = positionsLocator(JSON.parse(JSON.stringify(read.positions())));
    const data = parseDocument(text).toJS() as unknown;
    for (const p of [...pathsOf(data), ['a', 'c', 1], ['d', 'b'], ['e', 0], ['e', 1], [0], ['0'], ['list', 1], ['list', 2, 1, 'b'], ['k'], ['m', 'n']]) {
      expect(read.locate(p), JSON.stringify(p)).toEqual(oracle(p));
      expect(stored(p), JSON.stringify(p)).toEqual(oracle(p));
    }
  });
});
