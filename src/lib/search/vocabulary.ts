/**
 * The vocabulary the search page corrects typos and expands initials against (src/lib/search/typos.ts),
 * and the policy's synonym groups: served as `/search/vocabulary.json`. Built from what a person on call
 * searches for — titles of runbooks and guide pages, scenario names and aliases — not from every word of
 * every page, so it stays a few kilobytes however many records the handbook holds.
 */
import type { AnyDocument } from '../handbook.ts';
import type { Policy } from '../../schemas/policy.ts';
import { stripParticle } from './query.ts';

export interface SearchVocabulary {
  version: 1;
  /** Lower-case words, sorted; Hangul neighbours also joined (`복제 지연` → `복제지연`), for initials. */
  words: string[];
  /** Groups of spellings that mean the same, lower-case. */
  synonyms: string[][];
}

export function searchVocabulary(documents: readonly AnyDocument[], policy: Policy): SearchVocabulary {
  const phrases: string[] = [];
  for (const doc of documents) if (doc.kind === 'runbook' || doc.kind === 'guide') phrases.push(doc.data.title);
  for (const scenario of policy.scenarios) phrases.push(scenario.name, ...scenario.aliases);
  for (const aliases of Object.values(policy.search.aliases)) phrases.push(...aliases);
  const synonyms = policy.search.synonyms.map((group) => [...new Set(group.map((w) => w.toLowerCase()))]);
  phrases.push(...synonyms.flat());

  const words = new Set<string>();
  for (const phrase of phrases) {
    const parts = phrase
      .toLowerCase()
      .split(/[^\p{L}\p{N}-]+/u)
      .map((w) => stripParticle(w))
      .filter((w) => w.length >= 2);
    for (const [i, word] of parts.entries()) {
      words.add(word);
      const next = parts[i + 1];
      if (next && /^[\uAC00-\uD7A3]+$/.test(word) && /^[\uAC00-\uD7A3]+$/.test(next)) words.add(word + next);
    }
  }
  return { version: 1, words: [...words].sort(), synonyms };
}
