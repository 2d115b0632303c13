/**
 * Result excerpts. Pagefind builds an excerpt around the words it matched in the page text; when a
 * page matched only through its Hangul sub-word forms (`지연` inside `복제지연`), pagefind has no
 * position in the text and shows the page's opening words. Then we find the query inside the page text
 * ourselves and cut the excerpt there, marking the part that matched.
 *
 * `content` is pagefind's plain page text (not HTML): every piece is escaped before `<mark>` is added, as
 * pagefind does for its own excerpts.
 */

import { stripParticle } from './query.ts';

/** True when pagefind's excerpt highlights something (it matched words in the page text). */
export function hasHighlight(excerpt: string): boolean {
  return excerpt.includes('<mark>');
}

/**
 * An excerpt of `length` words around the first occurrence of any term, with the match marked. A term
 * typed without a space may match two words of the text (`복제지연` in `복제 지연`): both are marked.
 */
export function excerptAround(content: string, terms: string[], length = 30): string {
  const words = content.split(' ');
  const needles = terms.map((t) => t.toLowerCase()).filter((t) => t.length > 0);
  const has = (text: string) => needles.some((n) => text.toLowerCase().includes(n));
  let hit = words.findIndex(has);
  let span = 1;
  if (hit < 0) {
    hit = words.findIndex((w, i) => i + 1 < words.length && has(w + words[i + 1]));
    span = 2;
  }
  if (hit < 0 || needles.length === 0) return escapeHtml(words.slice(0, length).join(' '));
  const start = Math.max(0, Math.min(hit - Math.floor(length / 3), words.length - length));
  const excerpt = words
    .slice(start, start + length)
    .map((w, i) => {
      const at = start + i;
      if (span === 2) return at === hit || at === hit + 1 ? `<mark>${escapeHtml(w)}</mark>` : escapeHtml(w);
      return markWord(w, needles);
    })
    .join(' ');
  return tightenMarks(excerpt);
}

/**
 * Marks cover the word that matched, not what is glued to it: punctuation and entities around it
 * (`(<mark>Seconds_Behind_Source)이</mark>` → `(<mark>Seconds_Behind_Source</mark>)이`) and a trailing
 * particle (`<mark>복제지연이</mark>` → `<mark>복제지연</mark>이`). Works on pagefind's excerpts and ours
 * (escaped text with `<mark>` added).
 */
export function tightenMarks(excerpt: string): string {
  return excerpt.replace(/<mark>([^<]*)<\/mark>/g, (whole, inner: string) => {
    const [, lead = '', core = '', trail = ''] = /^((?:&[#\w]+;|[^\p{L}\p{N}&])*)([\p{L}\p{N}_]+(?:[-.][\p{L}\p{N}_]+)*)(.*)$/su.exec(inner) ?? [];
    if (core === '') return whole;
    const stem = stripParticle(core);
    return `${lead}<mark>${stem}</mark>${core.slice(stem.length)}${trail}`;
  });
}

function markWord(word: string, needles: string[]): string {
  const lower = word.toLowerCase();
  // Longest needle first, so `복제지연` is marked whole rather than as `지연`.
  for (const n of [...needles].sort((a, b) => b.length - a.length)) {
    const at = lower.indexOf(n);
    if (at >= 0) {
      const [before, match, after] = [word.slice(0, at), word.slice(at, at + n.length), word.slice(at + n.length)];
      return `${escapeHtml(before)}<mark>${escapeHtml(match)}</mark>${escapeHtml(after)}`;
    }
  }
  return escapeHtml(word);
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
