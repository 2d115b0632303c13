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

/** The query sent to pagefind: trimmed, spaces collapsed, particles cut (quoted phrases left as typed). */
export function normalizeQuery(query: string): string {
  const trimmed = query.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (trimmed === '' || trimmed.includes('"')) return trimmed;
  return trimmed
    .split(' ')
    .map((word) => stripParticle(word.replace(/[.,!?·…]+$/, '')))
    .filter(Boolean)
    .join(' ');
}

/** The words of a normalised query, for highlighting matches in an excerpt. */
export function queryTerms(query: string): string[] {
  return normalizeQuery(query)
    .replace(/"/g, '')
    .split(' ')
    .map((w) => w.toLowerCase())
    .filter((w) => w.length > 0);
}
