/**
 * `npm run action-items` output: a table for the terminal, JSON for tools, and a GitHub task list to
 * paste into the weekly review issue. Pure and deterministic for a given `now`.
 */
import type { OpenActionItem } from '../follow/action-items.ts';
import type { Policy } from '../../schemas/index.ts';

function ownerName(policy: Policy, id: string | undefined): string {
  if (!id) return '미정';
  return policy.people.find((p) => p.id === id)?.name ?? id;
}

function state(item: OpenActionItem): string {
  if (item.overdue) return `${item.daysLate}일 지남`;
  return item.due ? '진행 중' : '기한 없음';
}

/** Display width: Hangul and other wide characters take two terminal columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

const pad = (text: string, to: number) => text + ' '.repeat(Math.max(0, to - width(text)));

export function formatActionItemsTable(policy: Policy, items: readonly OpenActionItem[], now: string): string {
  const overdue = items.filter((i) => i.overdue).length;
  const head = `열린 조치 항목 ${items.length}건, 기한 초과 ${overdue}건 (기준 ${now})`;
  if (items.length === 0) return head;
  const rows = [['상태', '기한', '담당', '항목', '장애'], ...items.map((i) => [state(i), i.due ?? '—', ownerName(policy, i.owner), i.title, i.incident.id])];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => width(r[c]!))));
  const lines = rows.map((r) => r.map((cellText, c) => (c === r.length - 1 ? cellText : pad(cellText, widths[c]!))).join('  '));
  return [head, '', ...lines].join('\n');
}

export function formatActionItemsJson(items: readonly OpenActionItem[], now: string): string {
  return JSON.stringify({ version: 1, now, open: items.length, overdue: items.filter((i) => i.overdue).length, items }, null, 2);
}

/** Markdown task list (unchecked boxes), overdue items first, each linking to its incident page. */
export function formatActionItemsTasks(policy: Policy, items: readonly OpenActionItem[], now: string): string {
  const lines = [`열린 조치 항목 ${items.length}건, 기한 초과 ${items.filter((i) => i.overdue).length}건 (기준 ${now})`, ''];
  if (items.length === 0) lines.push('열린 조치 항목이 없습니다.');
  for (const i of items) {
    const person = i.owner ? policy.people.find((p) => p.id === i.owner) : undefined;
    const who = person ? `@${person.github}` : ownerName(policy, i.owner);
    const title = i.title.replace(/[[\]]/g, '\\$&');
    const track = i.link ? ` · [추적](${i.link})` : '';
    lines.push(
      `- [ ] ${i.overdue ? `**${i.daysLate}일 지남** ` : ''}${title} — ${who} · 기한 ${i.due ?? '없음'} · [${i.incident.id}](${i.incident.url})${track}`,
    );
  }
  return lines.join('\n');
}
