/**
 * Query-side tolerance against the index's own vocabulary (the words of runbook and guide titles and
 * headings, scenario names and the policy's aliases: `pagefind/opsbook-vocabulary.json`, written at
 * index time). Two jobs, both pure:
 * - a word that no vocabulary word starts with, but one is a single slip away from, is corrected
 *   (`메로리` → `메모리`, `페일오부` → `페일오버`). Hangul is compared jamo by jamo, so a wrong vowel or
 *   final consonant costs one edit, not a whole syllable;
 * - a query of initial consonants only (`ㅂㅈㅈㅇ`) becomes the vocabulary word with those initials.
 * Kept free of imports but fastest-levenshtein: the search page's browser bundle uses it.
 */
import { distance } from 'fastest-levenshtein';

const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const MEDIALS = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
const FINALS = ['', ...'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ'];
const SYLLABLE = /^[\uAC00-\uD7A3]$/;

/** `메모리` → `ㅁㅔㅁㅗㄹㅣ`; other characters stay as they are. */
export function jamo(text: string): string {
  let out = '';
  for (const ch of text) {
    if (!SYLLABLE.test(ch)) {
      out += ch;
      continue;
    }
    const code = ch.charCodeAt(0) - 0xac00;
    out += INITIALS[Math.floor(code / 588)]! + MEDIALS[Math.floor((code % 588) / 28)]! + FINALS[code % 28]!;
  }
  return out;
}

/** `복제지연` → `ㅂㅈㅈㅇ`. */
export function initials(text: string): string {
  let out = '';
  for (const ch of text) out += SYLLABLE.test(ch) ? INITIALS[Math.floor((ch.charCodeAt(0) - 0xac00) / 588)]! : ch;
  return out;
}

/** True when a query word is only initial consonants (two or more). */
function isInitials(word: string): boolean {
  return /^[ㄱ-ㅎ]{2,}$/.test(word);
}

/** The vocabulary words whose initials are `word`, shortest first. */
export function expandInitials(word: string, vocabulary: readonly string[]): string[] {
  return vocabulary.filter((v) => /^[\uAC00-\uD7A3]+$/.test(v) && initials(v) === word).sort((a, b) => a.length - b.length || a.localeCompare(b));
}

/**
 * The vocabulary word `word` most likely misspells, or undefined when it is fine as typed (a vocabulary
 * word starts with it or contains it) or nothing is close. Close: the same number of syllables and at
 * most two jamo apart (one syllable's vowel or consonant), or for Latin words of five letters or more one
 * edit apart. Ties go to the first word in vocabulary order.
 */
export function correction(word: string, vocabulary: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  const hangul = /^[\uAC00-\uD7A3]{2,}$/.test(w);
  const latin = /^[a-z]{5,}$/.test(w);
  if (!hangul && !latin) return undefined;
  if (vocabulary.some((v) => v.includes(w))) return undefined;
  let best: { word: string; cost: number } | undefined;
  for (const v of vocabulary) {
    let cost: number;
    if (hangul) {
      if (!/^[\uAC00-\uD7A3]+$/.test(v)) continue;
      // The typed word may be the start of a longer vocabulary word (`페일오부` in `페일오버`); compare
      // against a start of the same length.
      if (v.length < w.length) continue;
      const start = v.slice(0, w.length);
      cost = distance(jamo(w), jamo(start));
      if (cost > 2 || differentSyllables(w, start) > 1) continue;
    } else {
      if (!/^[a-z]+$/.test(v) || Math.abs(v.length - w.length) > 1) continue;
      cost = distance(w, v);
      if (cost > 1) continue;
    }
    if (!best || cost < best.cost) best = { word: hangul ? v.slice(0, w.length) : v, cost };
  }
  return best?.word;
}

function differentSyllables(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

/** What the UI loads from `/search/vocabulary.json` (src/lib/search/vocabulary.ts). */
export interface Vocabulary {
  words: readonly string[];
  synonyms: readonly (readonly string[])[];
}

/** At most this many queries are run for one typed query (the first as typed, the rest variants). */
const MAX_VARIANTS = 4;

/**
 * The queries to run for a normalised query, best first: the query itself with initials expanded, then
 * the typo-corrected query, then the same with each synonym of a word (`k8s` → `kubernetes`,
 * `쿠버네티스`). Quoted phrases run as typed.
 */
export function queryVariants(normalized: string, vocabulary: Vocabulary): string[] {
  if (normalized === '' || normalized.includes('"')) return [normalized];
  const words = normalized.split(' ').map((w) => (isInitials(w) ? (expandInitials(w, vocabulary.words)[0] ?? w) : w));
  const variants = [words.join(' ')];
  const corrected = words.map((w) => correction(w, vocabulary.words) ?? w);
  variants.push(corrected.join(' '));
  for (const [i, word] of corrected.entries()) {
    const group = vocabulary.synonyms.find((g) => g.includes(word.toLowerCase()));
    for (const other of group ?? []) {
      if (other === word.toLowerCase()) continue;
      variants.push(corrected.map((w, j) => (j === i ? other : w)).join(' '));
    }
  }
  return [...new Set(variants)].slice(0, MAX_VARIANTS);
}
