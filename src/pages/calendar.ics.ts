/** `/calendar.ics`: every coming change window, blackout, routine due day and action item due day (public documents). */
import type { APIRoute } from 'astro';
import { calendarEvents, icsCalendar } from '../lib/follow/calendar.ts';
import { getHandbook } from '../site/handbook.ts';

export const GET: APIRoute = async () => {
  const handbook = await getHandbook();
  const { policy } = handbook.full;
  const text = icsCalendar(policy, calendarEvents(policy, handbook.documents, handbook.now), handbook.now);
  return new Response(text, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
