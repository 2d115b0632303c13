/**
 * One hostile file never stops the check: alias bombs, huge files, deep nesting and invalid UTF-8 are
 * each an error on that file with its line, and the rest of the handbook is still checked.
 */
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8, SOURCE_LIMITS } from '../../src/lib/source.ts';
import { readPolicy } from '../../src/lib/policy-source.ts';
import { SAMPLES } from '../helpers/samples.ts';
import { problemsOf } from '../helpers/handbook.ts';

const RUNBOOK = SAMPLES['runbooks/db-primary-failure.mdx'];
const FILE = 'runbooks/db-primary-failure.mdx';
const ALIAS_BOMB = [
  'a: &a [x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  `d: [${Array(40).fill('*c').join(', ')}]`,
].join('\n');

function problems(path: string, text: string | Uint8Array) {
  return problemsOf({ ...SAMPLES, [path]: text });
}

describe('bounded parsing', () => {
  it('an alias bomb in a document is a YAML error on that file; the other documents are still checked', () => {
    const text = RUNBOOK.replace('last_reviewed: 2026-10-01', `last_reviewed: 2026-10-01\n${ALIAS_BOMB}`);
    const found = problems(FILE, text);
    expect(found.map((d) => [d.file, d.rule, d.line])).toEqual([[`content/${FILE}`, 'document/yaml', 2]]);
    expect(found[0]!.message).toContain('too many aliases');
    // The incident that cites this runbook is not reported as a dangling reference: the file is known.
    expect(
      problemsOf({ ...SAMPLES, [FILE]: text, 'runbooks/other.mdx': RUNBOOK.replace('services: [order-db]', 'services: order-db') }).map((d) => d.file),
    ).toContain('content/runbooks/other.mdx');
  });

  it('an alias bomb in policy.yaml is a positioned problem, not a crash', () => {
    const { policy, problems: found } = readPolicy(`timezone: Asia/Seoul\n${ALIAS_BOMB}\n`);
    expect(policy).toBeUndefined();
    expect(found[0]).toMatchObject({ file: 'content/policy.yaml', rule: 'document/yaml', line: 1 });
    expect(found[0]!.message).toContain('too many aliases');
  });

  it('a document over the size limit is one error at line 1, never parsed', () => {
    const huge = `${RUNBOOK}\n${'가'.repeat(SOURCE_LIMITS.documentBytes / 3 + 10)}\n`;
    const found = problems(FILE, new TextEncoder().encode(huge));
    expect(found.map((d) => [d.rule, d.line])).toEqual([['document/size', 1]]);
    expect(found[0]!.message).toContain('at most 1024 KiB');
  });

  it('block quotes nested deeper than the limit are an error at their line', () => {
    const text = `${RUNBOOK}\n${'> '.repeat(SOURCE_LIMITS.bodyNesting + 1)}깊은 인용\n`;
    const found = problems(FILE, text);
    expect(found.map((d) => [d.rule, d.line])).toEqual([['document/mdx', text.split('\n').length - 1]]);
    expect(found[0]!.message).toContain(`nest ${SOURCE_LIMITS.bodyNesting + 1} deep`);
    expect(problems(FILE, `${RUNBOOK}\n${'> '.repeat(SOURCE_LIMITS.bodyNesting)}인용\n`)).toEqual([]);
  });

  it.each([
    ['surrogate (ED A0 80)', [0xed, 0xa0, 0x80]],
    ['overlong three-byte (E0 80 80)', [0xe0, 0x80, 0x80]],
    ['overlong two-byte (C0 AF)', [0xc0, 0xaf]],
    ['above U+10FFFF (F4 90 80 80)', [0xf4, 0x90, 0x80, 0x80]],
    ['overlong four-byte (F0 80 80 80)', [0xf0, 0x80, 0x80, 0x80]],
    ['truncated (EA B0)', [0xea, 0xb0]],
  ])('invalid UTF-8: %s is an encoding error at its line', (_name, bad) => {
    const before = new TextEncoder().encode(`${RUNBOOK}\n본문 `);
    const bytes = new Uint8Array([...before, ...bad, 0x0a]);
    expect(firstInvalidUtf8(bytes)).toBe(before.length);
    const found = problems(FILE, bytes).filter((d) => d.rule === 'document/encoding');
    expect(found.map((d) => d.line)).toEqual([RUNBOOK.split('\n').length + 1]);
  });

  it('valid UTF-8 at the edges of the ranges is accepted', () => {
    for (const ok of [
      [0xed, 0x9f, 0xbf],
      [0xe0, 0xa0, 0x80],
      [0xf4, 0x8f, 0xbf, 0xbf],
      [0xf0, 0x90, 0x80, 0x80],
      [0xea, 0xb0, 0x80],
    ]) {
      const bytes = new Uint8Array(ok);
      expect(firstInvalidUtf8(bytes), ok.join(' ')).toBe(-1);
      expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes).length).toBeGreaterThan(0);
    }
  });
});
