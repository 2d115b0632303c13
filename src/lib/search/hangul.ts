/**
 * Hangul sub-word forms for the search index. Pagefind splits text only on whitespace and matches a
 * query word against the *start* of indexed words, so `지연` finds `지연이` but not `복제지연`. Indexing
 * every suffix (of two or more syllables) of every Hangul run makes any substring of two or more
 * syllables a prefix of some indexed word; joining a Hangul word with the next one makes the unspaced
 * spelling (`마스터장애`) find the spaced text (`마스터 장애`). The forms go into index-only metadata,
 * never into the page text, so they cannot show up in result excerpts.
 */

const HANGUL_RUN = /[\uAC00-\uD7A3]+/g;

/**
 * The word pagefind indexes for a whitespace-separated token: lower-cased letters and digits only
 * (pagefind drops punctuation inside a word: `(마스터장애,` → `마스터장애`).
 */
export function indexedWord(token: string): string {
  // One regex pass, not a test per character: this runs on every word of every page of the site.
  return token.toLowerCase().replace(NOT_LETTER_OR_DIGIT, '');
}
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;

/**
 * Extra index words for a text, minimal: a form already reachable by prefix search — because it is the
 * start of a word in the text or of a longer form — is left out.
 */
export function hangulForms(text: string): string[] {
  const tokens = text.split(/\s+/).filter(Boolean);
  const words = tokens.map(indexedWord).filter(Boolean);
  const candidates = new Set<string>();

  for (const word of words) {
    for (const run of word.matchAll(HANGUL_RUN)) {
      const [syllables, start] = [run[0], run.index];
      for (let i = 0; i + 2 <= syllables.length; i++) {
        // The whole word is indexed already; a run that starts the word is reachable from it.
        if (start + i === 0) continue;
        candidates.add(syllables.slice(i));
      }
    }
  }

  // Spacing variants: a Hangul word directly followed by another in the same block (`마스터 장애`) → `마스터장애`.
  for (const line of text.split('\n')) joinNeighbours(line.split(/\s+/).filter(Boolean), candidates);

  return withoutPrefixes(candidates, words);
}

function joinNeighbours(tokens: string[], candidates: Set<string>): void {
  for (const [i, token] of tokens.entries()) {
    const next = tokens[i + 1];
    if (next === undefined) break;
    const left = trailingHangul(token);
    const right = leadingHangul(next);
    if (left && right) candidates.add(left + right);
  }
}

/** The Hangul run a token ends with, when its last character is Hangul (`복제` in `DB복제`). */
function trailingHangul(token: string): string | undefined {
  return /[\uAC00-\uD7A3]+$/.exec(token)?.[0];
}

/** The Hangul run a token starts with (`장애` in `장애가,`). */
function leadingHangul(token: string): string | undefined {
  return /^[\uAC00-\uD7A3]+/.exec(token)?.[0];
}

/** Drops every candidate that is a prefix of an indexed word or of another candidate; sorted. */
function withoutPrefixes(candidates: ReadonlySet<string>, words: string[]): string[] {
  const wordSet = new Set(words);
  const union = new Set(candidates);
  for (const word of wordSet) union.add(word);
  // One sort: in sorted order a string's extensions follow it directly (only the next one needs
  // checking), and the candidates that survive come out already sorted.
  const all = [...union].sort();
  const kept: string[] = [];
  for (const [i, value] of all.entries()) {
    if (all[i + 1]?.startsWith(value)) continue;
    if (candidates.has(value) && !wordSet.has(value)) kept.push(value);
  }
  return kept;
}
