import { describe, expect, it } from 'vitest';
import { memoByKey } from '../../src/lib/memo.ts';
import { dayIn, instant } from '../../src/lib/time.ts';

describe('memoByKey', () => {
  it('computes each key once and returns the same value after', () => {
    const seen: string[] = [];
    const upper = memoByKey((key) => (seen.push(key), { text: key.toUpperCase() }), 10);
    const first = upper('a');
    expect(upper('a')).toBe(first);
    expect(upper('b').text).toBe('B');
    expect(seen).toEqual(['a', 'b']);
  });

  it('stays within its limit: full, it starts again', () => {
    const seen: string[] = [];
    const id = memoByKey((key) => (seen.push(key), key), 2);
    id('a');
    id('b');
    id('c'); // the map held 2: cleared, then c stored
    id('a');
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });

  it('stores nothing when the computation throws', () => {
    let calls = 0;
    const parse = memoByKey((key) => {
      calls++;
      if (key === 'bad') throw new Error('bad input');
      return key;
    }, 10);
    expect(() => parse('bad')).toThrow('bad input');
    expect(() => parse('bad')).toThrow('bad input');
    expect(calls).toBe(2);
  });
});

describe('memoised time parsing', () => {
  it('gives the same answers as parsing anew, including the day in another zone', () => {
    expect(instant('2026-11-25T23:30:00+09:00').toString()).toBe('2026-11-25T14:30:00Z');
    expect(dayIn('Asia/Seoul', '2026-11-25T15:30:00Z').toString()).toBe('2026-11-26');
    expect(dayIn('America/New_York', instant('2026-11-25T15:30:00Z')).toString()).toBe('2026-11-25');
    expect(() => instant('2026-11-25T23:30:00')).toThrow();
  });
});
