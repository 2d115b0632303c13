/** Random corruptions of documents, replayable from a seed: shared by the mutation and parity tests. */

/** Small deterministic PRNG (mulberry32) so a failure can be replayed from its seed. */
export function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Mutation = (text: string, random: () => number) => string;

export const MUTATIONS: Record<string, Mutation> = {
  // The cases a new user met: each once broke the build after the check had passed.
  dateLikeTitle(text) {
    return text.replace(/^title: .*$/m, 'title: 2026-11-25');
  },
  crOnlyLineEndings(text) {
    return text.replace(/\r?\n/g, '\r');
  },
  nulInFrontmatter(text, r) {
    const end = Math.max(4, text.indexOf('\n---', 4));
    const i = 4 + Math.floor(r() * (end - 4));
    return `${text.slice(0, i)}\u0000${text.slice(i)}`;
  },
  farFutureTimestamp(text) {
    return text.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}/, '9999-12-31T23:59:59-12:00');
  },
  offsetOutOfRange(text) {
    return text.replace(/(T\d{2}:\d{2}:\d{2})[+-]\d{2}:\d{2}/, '$1+25:00');
  },
  deleteLine(text, r) {
    const lines = text.split('\n');
    lines.splice(Math.floor(r() * lines.length), 1);
    return lines.join('\n');
  },
  swapCharacters(text, r) {
    const chars = [...text];
    const i = Math.floor(r() * (chars.length - 1));
    [chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
    return chars.join('');
  },
  truncate(text, r) {
    return text.slice(0, Math.floor(r() * text.length));
  },
  breakIndentation(text, r) {
    const lines = text.split('\n');
    const i = Math.floor(r() * lines.length);
    lines[i] = (r() < 0.5 ? '   ' : '') + lines[i]!.trimStart();
    return lines.join('\n');
  },
  insertSpecial(text, r) {
    const specials = ['<', '{', '}', ':', '- ', '"', "'", '\t', '---\n', '&', '*', '[', ']', '\u0000', '#'];
    const i = Math.floor(r() * text.length);
    return text.slice(0, i) + specials[Math.floor(r() * specials.length)] + text.slice(i);
  },
  duplicateLine(text, r) {
    const lines = text.split('\n');
    const i = Math.floor(r() * lines.length);
    lines.splice(i, 0, lines[i]!);
    return lines.join('\n');
  },
};
