/**
 * Query-side Korean normalisation. Pagefind matches a query word as a prefix of indexed words, so a
 * query word that carries a particle (`롤백을`, `복제지연이`) would miss a page that writes the word
 * bare or with another particle. Cutting the particle leaves a prefix of the original word, so this
 * only ever widens what a query finds, never loses a page.
 */

/** Particles (조사) cut from the end of a query word, longest first so `에서` wins over `서`. */
const PARTICLES = ['에서', '으로', '은', '는', '이', '가', '을', '를', '에', '의', '로', '와', '과', '도'] as const;

const HANGUL_END = /[\uAC00-\uD7A3]$/;

/** A query word without its trailing particle, when at least two Hangul syllables remain. */
export function stripParticle(word: string): string {
  if (!HANGUL_END.test(word)) return word;
  for (const particle of PARTICLES) {
    if (!word.endsWith(particle)) continue;
    const stem = word.slice(0, -particle.length);
    const hangulTail = /[\uAC00-\uD7A3]*$/.exec(stem)?.[0] ?? '';
    // `평가` stays `평가`: after a one-syllable stem the "particle" is more likely part of the word.
    // `DB가` → `DB`: a particle right after Latin letters or digits is always a particle.
    if (hangulTail.length >= 2 || (hangulTail.length === 0 && /[\p{L}\p{N}]$/u.test(stem))) return stem;
    return word;
  }
  return word;
}

/**
 * Conversational endings cut from a query word, longest first: people type what happened
 * (`지연됐어요`, `느려요`), the pages name it (`지연`). What is left is a prefix of the word as typed.
 */
const ENDINGS = [
  '되었어요',
  '됐어요',
  '했어요',
  '었어요',
  '았어요',
  '됩니다',
  '합니다',
  '습니다',
  '어요',
  '아요',
  '해요',
  '돼요',
  '되요',
  '나요',
  '까요',
  '됐다',
  '했다',
  '됐음',
  '했음',
  '요',
] as const;

/** Words that carry no subject: how-to phrasing and complaints (`…하는 법`, `안돼요`). */
const FILLERS = new Set([
  '법',
  '방법',
  '하는',
  '하는법',
  '안',
  '안돼',
  '안돼요',
  '안되요',
  '안됨',
  '안되는',
  '어떻게',
  '왜',
  '좀',
  '해결',
  '해결법',
  '조치법',
  '하려면',
  '되나요',
]);

/** A query word without its conversational ending, when at least two syllables remain. */
export function stripEnding(word: string): string {
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    // `요` alone only after two syllables (`느려요` → `느려`), so `필요` stays.
    if (/[\uAC00-\uD7A3]$/.test(stem) && stem.length >= (ending === '요' ? 2 : 1)) return stem;
  }
  return word;
}

/** The query sent to pagefind: trimmed, spaces collapsed, fillers, endings and particles cut (quoted phrases left as typed). */
export function normalizeQuery(query: string): string {
  const trimmed = query.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (trimmed === '' || trimmed.includes('"')) return trimmed;
  const typed = trimmed.split(' ').map((word) => word.replace(/[.,!?·…]+$/, ''));
  const words = typed
    // `뜨는 법`, `하는 법`: a modifier before 법 is part of the how-to phrasing.
    .filter((word, i) => !FILLERS.has(word) && !(word.endsWith('는') && FILLERS.has(typed[i + 1] ?? '')))
    .map((word) => {
      const stem = stripEnding(word);
      // A verb cut down to one syllable (`당했어요` → `당`) names nothing.
      if (stem !== word && stem.length < 2) return '';
      return stripParticle(stem);
    })
    .filter(Boolean);
  // A query of fillers only is searched as typed rather than as nothing.
  return words.length > 0 ? words.join(' ') : trimmed;
}

/** The words of a normalised query, for highlighting matches in an excerpt. */
export function queryTerms(query: string): string[] {
  return normalizeQuery(query)
    .replace(/"/g, '')
    .split(' ')
    .map((w) => w.toLowerCase())
    .filter((w) => w.length > 0);
}
