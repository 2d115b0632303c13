/**
 * Hangul sub-word forms for the search index. Pagefind splits text only on whitespace and matches a
 * query word against the *start* of indexed words, so `지연` finds `지연이` but not `복제지연`. Indexing
 * suffixes of the Hangul runs of noun-like words makes an inner part of a word a prefix of some indexed
 * word; joining a noun-like word with the next one makes the unspaced spelling (`마스터장애`) find the
 * spaced text (`마스터 장애`) — for titles and headings only, where the compounds people search for are
 * (the policy's aliases cover the rest). The forms go into index-only metadata, never into the page text, so they
 * cannot show up in result excerpts.
 *
 * The forms are sent with every result a page shows (pagefind keeps metadata in the result's fragment),
 * so they are kept lean (docs/architecture.md §6): a suffix form is at most FORM_SYLLABLES long (a
 * longer inner part still finds its page, through its first syllables), particles and endings are cut
 * first, and conjugated predicates (`늘어나는지`, `않습니다`) get none — nobody searches for their middle.
 */
const HANGUL_RUN = /[\uAC00-\uD7A3]+/g;

/** Longest suffix form, in syllables. */
export const FORM_SYLLABLES = 3;

/**
 * Endings of conjugated verbs and adjectives (`…합니다`, `…했고`, `…되는`, `…않는`): such a word gets no
 * forms and joins no neighbour. Nouns that happen to end like this lose only their inner forms.
 */
const PREDICATE =
  /(?:거나|다면|되면|지면|다|요|까|죠|는데|도록|면서|으며|으면|니까|어서|아서|해서|하고|하며|하면|하여|하는|되는|되어|되고|됐고|했고|않는|없는|있는|는지|던|은지)$/;

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
 * Particles cut before forms are made, longest first: only those no noun ends with (`이`, `가`, `도`,
 * `로` are left on: `나이`, `평가`, `속도`, `경로`).
 */
const SAFE_PARTICLES = ['에서는', '으로는', '에서', '으로', '에게', '까지', '부터', '에는', '은', '는', '을', '를'];

/** A Hangul run without its trailing particle (`복제지연을` → `복제지연`), or undefined for a predicate. */
function nounStem(run: string): string | undefined {
  if (PREDICATE.test(run)) return undefined;
  const particle = SAFE_PARTICLES.find((p) => run.endsWith(p) && run.length - p.length >= 2);
  return particle ? run.slice(0, -particle.length) : run;
}

/**
 * Extra index words for a text, minimal: a form already reachable by prefix search — because it is the
 * start of a word in the text or of a longer form — is left out.
 */
export function hangulForms(text: string, options: { join?: boolean } = {}): string[] {
  const tokens = text.split(/\s+/).filter(Boolean);
  const words = tokens.map(indexedWord).filter(Boolean);
  const candidates = new Set<string>();

  for (const word of words) {
    for (const run of word.matchAll(HANGUL_RUN)) {
      const start = run.index;
      const atEnd = start + run[0].length === word.length;
      const syllables = atEnd ? nounStem(run[0]) : run[0];
      if (syllables === undefined) continue;
      for (let i = 0; i + 2 <= syllables.length; i++) {
        // The whole word is indexed already; a run that starts the word is reachable from it.
        if (start + i === 0) continue;
        candidates.add(syllables.slice(i, i + FORM_SYLLABLES));
      }
    }
  }

  // Spacing variants: a noun-like word directly followed by another in the same block (`마스터 장애`) → `마스터장애`.
  if (options.join !== false) for (const line of text.split('\n')) joinNeighbours(line.split(/\s+/).filter(Boolean), candidates);

  return withoutPrefixes(candidates, words);
}

/**
 * Compound nouns are what people write with and without a space (`복제 지연`, `마스터장애`): the left
 * word is all Hangul, short and bare (a particle or a predicate ending means a phrase, not a compound:
 * `레플리카에서 읽는`, `방금 만든`), and so is the right one up to its particle.
 */
function joinNeighbours(tokens: string[], candidates: Set<string>): void {
  for (const [i, token] of tokens.entries()) {
    const next = tokens[i + 1];
    if (next === undefined) break;
    const left = /^[\uAC00-\uD7A3]{2,4}$/.exec(token)?.[0] ?? trailingCompound(token);
    const right = leadingHangul(next);
    if (!left || !right || BOUND_END.test(left) || PREDICATE.test(right)) continue;
    let stem = nounStem(right);
    if (!stem) continue;
    // `지연이` → `지연`: for a join the particle is cut even where a noun could end like one; the
    // query side cuts it too, and a form one syllable short still matches by prefix.
    if (stem.length > 2 && BOUND_END.test(stem)) stem = stem.slice(0, -1);
    candidates.add(left + stem.slice(0, FORM_SYLLABLES));
  }
}

/** Last syllables that mark a word as a phrase part rather than a noun: particles and modifier endings. */
const BOUND_END = /[은는이가을를에의로와과도만든던서며고]$/;

/** The Hangul run a mixed token ends with (`DB복제`, `(마스터`), when it is a short noun. */
function trailingCompound(token: string): string | undefined {
  return /(?:^|[^\uAC00-\uD7A3])([\uAC00-\uD7A3]{2,4})$/.exec(token)?.[1];
}

/** The Hangul run a token starts with, when nothing but punctuation follows it (`장애` in `장애가,`). */
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
