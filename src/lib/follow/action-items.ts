/**
 * Open action items for the weekly review and for the tracker: which are open, which are overdue, and
 * the GitHub new-issue link that turns one into an issue. Pure: measured against `now` in the policy
 * time zone, the same way the `incident/action-item-overdue` rule counts a day late.
 */
import { actionItemStatusOn } from '../as-of.ts';
import type { Temporal } from 'temporal-polyfill';
import type { HandbookDocument } from '../handbook.ts';
import { dayIn, plainDate } from '../time.ts';
import type { ActionItem, Policy } from '../../schemas/index.ts';
import { documentUrl } from './urls.ts';

export interface OpenActionItem {
  incident: { id: string; title: string; severity: string; url: string };
  /** Position in the incident's `action_items` (stable within a version of the file). */
  index: number;
  title: string;
  owner?: string;
  /** The owner's team id, when the owner is on the roster. */
  team?: string;
  due?: string;
  /** Days past the due day (0 when due today or later, or no due day). */
  daysLate: number;
  overdue: boolean;
  link?: string;
  /** The repository's new-issue form, prefilled from this item. */
  issueUrl: string;
}

/** GitHub caps the whole new-issue URL (about 8 KB); the body is cut well before, the title never is. */
const BODY_LIMIT = 4000;

/**
 * The repository's new-issue form prefilled with a title, a body that links back to the incident page,
 * and the policy's labels (GitHub drops labels the repository does not have, and the form lets the
 * reader edit everything before submitting).
 */
export function newIssueUrl(policy: Policy, incident: HandbookDocument<'incident'>, item: ActionItem): string {
  const page = documentUrl(policy, incident);
  const owner = item.owner ? policy.people.find((p) => p.id === item.owner) : undefined;
  const lines = [
    `장애 [${incident.data.title}](${page}) (${incident.data.severity})의 조치 항목입니다.`,
    '',
    `- 항목: ${item.title}`,
    `- 담당: ${owner ? `${owner.name} (@${owner.github})` : (item.owner ?? '미정')}`,
    `- 기한: ${item.due ?? '없음'}`,
    '',
    `이슈를 만든 뒤 \`${incident.file}\`의 조치 항목에 \`link:\`로 이 이슈를 적어 주세요.`,
  ];
  const params = new URLSearchParams({ title: item.title, body: lines.join('\n').slice(0, BODY_LIMIT) });
  if (policy.site.issue_labels.length) params.set('labels', policy.site.issue_labels.join(','));
  if (owner) params.set('assignees', owner.github);
  return `${policy.site.repository}/issues/new?${params.toString()}`;
}

/** Every open action item, most overdue first, then by due day (none last), incident and position. */
export function openActionItems(policy: Policy, incidents: readonly HandbookDocument<'incident'>[], now: Temporal.Instant): OpenActionItem[] {
  const today = dayIn(policy.timezone, now);
  const rows: OpenActionItem[] = [];
  for (const incident of incidents) {
    incident.data.action_items.forEach((item, index) => {
      if (actionItemStatusOn(item, today) !== 'open') return;
      const late = item.due ? plainDate(item.due).until(today, { largestUnit: 'days' }).days : 0;
      const person = item.owner ? policy.people.find((p) => p.id === item.owner) : undefined;
      rows.push({
        incident: { id: incident.id, title: incident.data.title, severity: incident.data.severity, url: documentUrl(policy, incident) },
        index,
        title: item.title,
        ...(item.owner ? { owner: item.owner } : {}),
        ...(person ? { team: person.team } : {}),
        ...(item.due ? { due: item.due } : {}),
        daysLate: Math.max(0, late),
        overdue: late > 0,
        ...(item.link ? { link: item.link } : {}),
        issueUrl: newIssueUrl(policy, incident, item),
      });
    });
  }
  return rows.sort(
    (a, b) => b.daysLate - a.daysLate || (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.incident.id.localeCompare(b.incident.id) || a.index - b.index,
  );
}
