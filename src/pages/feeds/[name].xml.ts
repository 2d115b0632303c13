/** `/feeds/<name>.xml`: the Atom feeds of incidents, postmortems, changes and reports (public documents only). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { atomFeed, FEED_IDS, type FeedId } from '../../lib/follow/feeds.ts';
import { getHandbook } from '../../site/handbook.ts';

export const getStaticPaths = (() => FEED_IDS.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const handbook = await getHandbook();
  const xml = atomFeed(params.name as FeedId, handbook.full.policy, handbook.documents, handbook.now);
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
