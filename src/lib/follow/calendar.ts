/**
 * iCalendar files of what is coming: change windows, blackout windows, routine due dates and open action
 * items' due dates, for the whole handbook (`/calendar.ics`) and per team (`/calendar/<team>.ics`).
 * Pure and deterministic for a given `now`: DTSTAMP is `now`, UIDs are derived from the records, events
 * are sorted. The text is written by `ical-generator`.
 *
 * Times: windows are instants and are written in UTC (`…Z`), which every calendar app shows in its own
 * zone without needing a VTIMEZONE; due dates are days in the policy time zone and are written as
 * all-day DATE values, so a day never shifts for a reader elsewhere. Public documents only, as for the
 * feeds: a subscribed calendar is copied into other systems.
 */
import { actionItemStatusOn } from '../as-of.ts';
import ical from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import type { AnyDocument, HandbookDocument } from '../handbook.ts';
import { periodsBetween } from '../periods.ts';
import { periodIdOf } from '../metrics/period-ids.ts';
import { dayIn, instant, plainDate } from '../time.ts';
import type { Policy } from '../../schemas/index.ts';
import { documentUrl, siteHost, siteUrl } from './urls.ts';

type CalendarEventKind = 'change-window' | 'blackout' | 'routine-due' | 'action-item-due';

export interface CalendarEvent {
  /** Globally unique and stable across builds: `<what>@<site host>`. */
  uid: string;
  kind: CalendarEventKind;
  summary: string;
  description: string;
  url: string;
  /** A timed event (a window) … */
  start?: Temporal.Instant;
  end?: Temporal.Instant;
  /** … or an all-day one (a due day in the policy time zone). */
  day?: Temporal.PlainDate;
  /** Team ids whose calendar shows it; `all` for every team (a blackout freezes everyone). */
  teams: readonly string[] | 'all';
}

/** Routine due dates reach this far ahead (monthly routines give a year of due days). */
const ROUTINE_HORIZON = { years: 1 } as const;

const teamOf = (policy: Policy, person: string | undefined) => policy.people.find((p) => p.id === person)?.team;
const compact = (at: Temporal.Instant) => at.toString().replace(/[-:]/g, '').replace(/\.\d+/, '');

function changeWindows(policy: Policy, changes: readonly HandbookDocument<'change'>[], now: Temporal.Instant, host: string): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const doc of changes) {
    const c = doc.data;
    // A change with a result has run; one whose window has passed is no longer coming.
    if (!c.window || c.result || Temporal.Instant.compare(instant(c.window.end), now) <= 0) continue;
    const team = teamOf(policy, c.requester);
    events.push({
      uid: `change-${doc.id}@${host}`,
      kind: 'change-window',
      summary: `변경 작업: ${c.title}`,
      description: `${c.type} 변경 · 위험도 ${c.risk} · 서비스 ${c.services.join(', ')}\n${documentUrl(policy, doc)}`,
      url: documentUrl(policy, doc),
      start: instant(c.window.start),
      end: instant(c.window.end),
      teams: team ? [team] : [],
    });
  }
  return events;
}

function blackouts(policy: Policy, now: Temporal.Instant, host: string): CalendarEvent[] {
  return policy.changes.blackout
    .filter((b) => Temporal.Instant.compare(instant(b.end), now) > 0)
    .map((b) => ({
      uid: `blackout-${compact(instant(b.start))}@${host}`,
      kind: 'blackout' as const,
      summary: `변경 동결: ${b.reason}`,
      description: `이 기간에는 변경을 실행하지 않습니다 (policy.yaml changes.blackout).\n${siteUrl(policy, 'changes/')}`,
      url: siteUrl(policy, 'changes/'),
      start: instant(b.start),
      end: instant(b.end),
      teams: 'all' as const,
    }));
}

/**
 * The last day of each coming period of every routine, the running one included unless it already has
 * a record. A routine belongs to the team of whoever did it last (the policy names no owner for it);
 * a routine never done yet is only in the handbook-wide calendar.
 */
function routineDues(policy: Policy, routines: readonly HandbookDocument<'routine'>[], now: Temporal.Instant, host: string): CalendarEvent[] {
  const today = dayIn(policy.timezone, now);
  const start = plainDate(policy.start_date);
  const from = Temporal.PlainDate.compare(today, start) < 0 ? start : today;
  const events: CalendarEvent[] = [];
  for (const routine of policy.routines) {
    const records = routines
      .filter((r) => r.location.routine === routine.id)
      .sort((a, b) => Temporal.Instant.compare(instant(a.data.performed_at), instant(b.data.performed_at)));
    const done = new Set(records.map((r) => periodIdOf(routine.cadence, dayIn(policy.timezone, r.data.performed_at))));
    const team = teamOf(policy, records.at(-1)?.data.performer);
    for (const period of periodsBetween(routine.cadence, from, from.add(ROUTINE_HORIZON))) {
      // As routine/missed counts them: a period that began before the handbook is not required.
      if (done.has(period.id) || Temporal.PlainDate.compare(period.first, start) < 0 || Temporal.PlainDate.compare(period.last, from.add(ROUTINE_HORIZON)) > 0)
        continue;
      events.push({
        uid: `routine-${routine.id}-${period.id}@${host}`,
        kind: 'routine-due',
        summary: `정기 점검 기한: ${routine.name} (${period.id})`,
        description: `${period.first} – ${period.last} 안에 기록이 있어야 합니다: content/routines/${routine.id}/<YYYY-MM-DD>.mdx\n${siteUrl(policy, 'routines/')}`,
        url: siteUrl(policy, `routines/${routine.id}/`),
        day: period.last,
        teams: team ? [team] : [],
      });
    }
  }
  return events;
}

/** Open action items with a due day; overdue ones stay on their day, marked, until they are closed. */
function actionItemDues(policy: Policy, incidents: readonly HandbookDocument<'incident'>[], now: Temporal.Instant, host: string): CalendarEvent[] {
  const today = dayIn(policy.timezone, now);
  const events: CalendarEvent[] = [];
  for (const doc of incidents) {
    doc.data.action_items.forEach((item, index) => {
      if (actionItemStatusOn(item, today) !== 'open' || !item.due) return;
      const due = plainDate(item.due);
      const late = Temporal.PlainDate.compare(due, today) < 0;
      const owner = policy.people.find((p) => p.id === item.owner);
      const team = owner?.team;
      events.push({
        // The item's position in its incident: ids are stable as long as items are appended, as the guide asks.
        uid: `action-${doc.id}-${index + 1}@${host}`,
        kind: 'action-item-due',
        summary: `${late ? '[기한 초과] ' : ''}조치 기한: ${item.title}`,
        description: `담당 ${owner?.name ?? item.owner ?? '미정'} · 장애 ${doc.data.title}\n${documentUrl(policy, doc)}`,
        url: documentUrl(policy, doc),
        day: due,
        teams: team ? [team] : [],
      });
    });
  }
  return events;
}

const sortKey = (e: CalendarEvent) => (e.day ? e.day.toString() : e.start!.toString());

/** Every coming event of the public documents, in order of time then UID. */
export function calendarEvents(policy: Policy, documents: readonly AnyDocument[], now: Temporal.Instant): CalendarEvent[] {
  const host = siteHost(policy);
  const visible = documents.filter((d) => d.visibility === 'public');
  const of = <K extends AnyDocument['kind']>(kind: K) => visible.filter((d): d is Extract<AnyDocument, { kind: K }> => d.kind === kind);
  return [
    ...changeWindows(policy, of('change'), now, host),
    ...blackouts(policy, now, host),
    ...routineDues(policy, of('routine'), now, host),
    ...actionItemDues(policy, of('incident'), now, host),
  ].sort((a, b) => sortKey(a).localeCompare(sortKey(b)) || a.uid.localeCompare(b.uid));
}

/** Where a calendar is published, without the base path: `calendar.ics`, `calendar/<team>.ics`. */
export function calendarPath(team?: string): string {
  return team ? `calendar/${team}.ics` : 'calendar.ics';
}

/** The iCalendar text of the handbook's calendar, or of one team's. */
export function icsCalendar(policy: Policy, events: readonly CalendarEvent[], now: Temporal.Instant, team?: string): string {
  const teamName = team ? (policy.teams[team]?.name ?? team) : undefined;
  const calendar = ical({
    name: `${policy.organization} 운영 일정${teamName ? ` · ${teamName}` : ''}`,
    description: '변경 작업 창, 변경 동결, 정기 점검 기한, 조치 항목 기한',
    prodId: { company: 'opsbook', product: 'opsbook', language: 'KO' },
    url: siteUrl(policy, calendarPath(team)),
    // Calendar apps show UTC times in their own zone; this names the handbook's zone for those that ask.
    x: [{ key: 'X-WR-TIMEZONE', value: policy.timezone }],
  });
  const stamp = new Date(now.epochMilliseconds);
  for (const e of events) {
    if (team && e.teams !== 'all' && !e.teams.includes(team)) continue;
    const when = e.day
      ? { start: e.day.toString(), end: e.day.add({ days: 1 }).toString(), allDay: true }
      : { start: new Date(e.start!.epochMilliseconds), end: new Date(e.end!.epochMilliseconds) };
    calendar.createEvent({ id: e.uid, stamp, summary: e.summary, description: e.description, url: e.url, categories: [{ name: e.kind }], ...when });
  }
  return calendar.toString();
}
