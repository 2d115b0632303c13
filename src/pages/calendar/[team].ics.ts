/** `/calendar/<team>.ics`: one team's share of /calendar.ics (its people's windows and due days, and every blackout). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarEvents, icsCalendar } from '../../lib/follow/calendar.ts';
import { getHandbook } from '../../site/handbook.ts';

export const getStaticPaths = (async () => {
  const handbook = await getHandbook();
  return Object.keys(handbook.full.policy.teams).map((team) => ({ params: { team } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const handbook = await getHandbook();
  const { policy } = handbook.full;
  const text = icsCalendar(policy, calendarEvents(policy, handbook.documents, handbook.now), handbook.now, params.team);
  return new Response(text, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
