/**
 * Result excerpts. Pagefind builds an excerpt around the words it matched in the page text; when a
 * page matched only through its Hangul sub-word forms (`지연` inside `복제지연`), pagefind has no
 * position in the text and shows the page's opening words. Then we find the query inside the page text
 * ourselves and cut the excerpt there, marking the part that matched.
 *
 * `content` is pagefind's page text, which keeps HTML entities escaped, so it is safe to insert as HTML
 * once `<mark>` is added; we cut only at spaces so no entity is split.
 */

/** True when pagefind's excerpt highlights something (it matched words in the page text). */
export function hasHighlight(excerpt: string): boolean {
  return excerpt.includes('<mark>');
}

/** An excerpt of `length` words around the first occurrence of any term, with the terms marked. */
export function excerptAround(content: string, terms: string[], length = 30): string {
  const words = content.split(' ');
  const needles = terms.map((t) => escapeHtml(t.toLowerCase())).filter((t) => t.length > 0);
  if (needles.length === 0) return words.slice(0, length).join(' ');
  const hit = words.findIndex((w) => needles.some((n) => w.toLowerCase().includes(n)));
  if (hit < 0) return words.slice(0, length).join(' ');
  const start = Math.max(0, Math.min(hit - Math.floor(length / 3), words.length - length));
  return words
    .slice(start, start + length)
    .map((w) => markWord(w, needles))
    .join(' ');
}

function markWord(word: string, needles: string[]): string {
  const lower = word.toLowerCase();
  // Longest needle first, so `복제지연` is marked whole rather than as `지연`.
  for (const n of [...needles].sort((a, b) => b.length - a.length)) {
    const at = lower.indexOf(n);
    if (at >= 0) return `${word.slice(0, at)}<mark>${word.slice(at, at + n.length)}</mark>${word.slice(at + n.length)}`;
  }
  return word;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
