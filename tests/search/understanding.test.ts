/** What the query side understands (README: What search understands): endings, typos, initials, synonyms. */
import { describe, expect, it } from 'vitest';
import { KIND_LABELS } from '../../src/lib/labels.ts';
import { PROCEDURE_KINDS } from '../../src/lib/search/filters.ts';
import { normalizeQuery, stripEnding } from '../../src/lib/search/query.ts';
import { correction, expandInitials, initials, jamo, queryVariants } from '../../src/lib/search/typos.ts';

const vocabulary = {
  words: ['복제', '복제지연', '지연', '메모리', '메모리누수', '누수', '페일오버', '패킷', '손실', 'kubernetes', 'replication'],
  synonyms: [['쿠버네티스', 'k8s', 'kubernetes']],
};

describe('conversational queries', () => {
  it.each([
    ['DB 복제가 지연됐어요', 'DB 복제 지연'],
    ['페일오버 하는 법', '페일오버'],
    ['힙 덤프 뜨는 법', '힙 덤프'],
    ['백업 복구 안돼요', '백업 복구'],
    ['응답이 느려요', '응답 느려'],
    ['해킹 당했어요', '해킹'],
    ['필요', '필요'],
    ['방법', '방법'],
  ])('%s → %s', (query, normalized) => expect(normalizeQuery(query)).toBe(normalized));

  it('cuts an ending only when a stem is left', () => {
    expect(stripEnding('지연됐어요')).toBe('지연');
    expect(stripEnding('요')).toBe('요');
  });
});

describe('typos against the vocabulary', () => {
  it('compares Hangul jamo by jamo', () => {
    expect(jamo('메모리')).toBe('ㅁㅔㅁㅗㄹㅣ');
    expect(initials('복제지연')).toBe('ㅂㅈㅈㅇ');
  });
  it.each([
    ['메로리', '메모리'],
    ['페일오부', '페일오버'],
    ['손싱', '손실'],
    ['replicaton', 'replication'],
  ])('%s → %s', (typed, fixed) => expect(correction(typed, vocabulary.words)).toBe(fixed));

  it('leaves words that are fine or far from everything alone', () => {
    expect(correction('복제', vocabulary.words)).toBeUndefined();
    expect(correction('제지', vocabulary.words)).toBeUndefined();
    expect(correction('장바구니', vocabulary.words)).toBeUndefined();
    expect(correction('zzzxq', vocabulary.words)).toBeUndefined();
    // Two syllables wrong is not a slip.
    expect(correction('메로미', vocabulary.words)).toBeUndefined();
  });

  it('expands initials to the vocabulary word with them', () => {
    expect(expandInitials('ㅂㅈㅈㅇ', vocabulary.words)).toEqual(['복제지연']);
    expect(expandInitials('ㅋㅋ', vocabulary.words)).toEqual([]);
  });
});

describe('query variants', () => {
  it('runs the query as typed first, then corrected, then with synonyms', () => {
    expect(queryVariants('메로리 누수', vocabulary)).toEqual(['메로리 누수', '메모리 누수']);
    expect(queryVariants('k8s 메모리', vocabulary)).toEqual(['k8s 메모리', '쿠버네티스 메모리', 'kubernetes 메모리']);
    expect(queryVariants('ㅂㅈㅈㅇ', vocabulary)).toEqual(['복제지연']);
    expect(queryVariants('"복제 지연"', vocabulary)).toEqual(['"복제 지연"']);
  });
});

describe('procedure kinds', () => {
  it('name the kind filter values of runbooks and guide pages', () => {
    expect([...PROCEDURE_KINDS]).toEqual([KIND_LABELS.runbook, KIND_LABELS.guide]);
  });
});
