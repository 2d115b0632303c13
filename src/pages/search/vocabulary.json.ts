/** `/search/vocabulary.json`: what the search UI corrects typos and expands initials against (src/lib/search/vocabulary.ts). */
import type { APIRoute } from 'astro';
import { searchVocabulary } from '../../lib/search/vocabulary.ts';
import { getHandbook } from '../../site/handbook.ts';

export const GET: APIRoute = async () => {
  const handbook = await getHandbook();
  const body = searchVocabulary(handbook.documents, handbook.full.policy);
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
