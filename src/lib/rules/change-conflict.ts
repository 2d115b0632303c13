/**
 * Two changes on one service do not share a window, and no change runs in a blackout window of the
 * policy. Windows are swept per service in start order (n log n, not every pair).
 */
import { Temporal } from 'temporal-polyfill';
import type { AnyDocument } from '../handbook.ts';
import { instant } from '../time.ts';
import { policyDay } from './util.ts';
import type { Rule } from './types.ts';
import { exampleChange } from './change-example.ts';

interface Slot {
  document: Extract<AnyDocument, { kind: 'change' }>;
  start: number;
  end: number;
}

/** A restricted change is not named on a public one: the finding shows on public pages. */
function named(mine: AnyDocument, theirs: AnyDocument): string {
  return theirs.visibility === 'restricted' && mine.visibility !== 'restricted' ? 'a restricted change' : theirs.id;
}

function tryInstant(text: string): number | undefined {
  try {
    return Temporal.Instant.from(text).epochMilliseconds;
  } catch {
    return undefined;
  }
}

export const changeConflict: Rule = {
  id: 'change/conflict',
  category: 'policy',
  severity: 'info',
  source: '변경 관리 → 변경 프로세스 → 변경 검토',
  description: 'Changes to one service do not overlap in time, and no change window falls in a blackout window of the policy.',
  check(ctx) {
    const targets = new Set(ctx.targetsOf('change').map((d) => d.key));
    // Findings are only on target changes: with --changed and none among them, there is nothing to index.
    if (targets.size === 0) return;
    const byService = new Map<string, Slot[]>();
    for (const document of ctx.all('change')) {
      const w = document.data.window;
      if (!w) continue;
      const slot = { document, start: instant(w.start).epochMilliseconds, end: instant(w.end).epochMilliseconds };
      for (const s of document.data.services) {
        const list = byService.get(s);
        if (list) list.push(slot);
        else byService.set(s, [slot]);
      }
    }
    for (const [service, slots] of byService) {
      slots.sort((a, b) => a.start - b.start);
      let open: Slot[] = [];
      for (const slot of slots) {
        open = open.filter((o) => o.end > slot.start);
        for (const other of open) {
          for (const [mine, theirs] of [
            [slot, other],
            [other, slot],
          ] as const) {
            if (!targets.has(mine.document.key)) continue;
            ctx.report({
              document: mine.document,
              at: ['window'],
              day: policyDay(ctx.policy.timezone, mine.document.data.window!.start),
              message: `Expected no other change on ${service} during this window, found ${named(mine.document, theirs.document)} (${theirs.document.data.window!.start} – ${theirs.document.data.window!.end})`,
            });
          }
        }
        open.push(slot);
      }
    }
    const blackouts = ctx.policy.changes.blackout
      .map((b) => ({ ...b, s: tryInstant(b.start), e: tryInstant(b.end) }))
      .filter((b) => b.s !== undefined && b.e !== undefined);
    for (const document of ctx.targetsOf('change')) {
      const w = document.data.window;
      if (!w) continue;
      const s = instant(w.start).epochMilliseconds;
      const e = instant(w.end).epochMilliseconds;
      for (const b of blackouts) {
        if (s < b.e! && e > b.s!) {
          ctx.report({
            document,
            at: ['window'],
            day: policyDay(ctx.policy.timezone, w.start),
            message: `Expected no change during the blackout "${b.reason}" (${b.start} – ${b.end}), found this window overlapping it`,
          });
        }
      }
    }
  },
  examples: [
    {
      name: 'back-to-back windows',
      files: {
        'changes/2026/a.mdx': exampleChange(),
        'changes/2026/b.mdx': exampleChange({
          'start: 2026-11-03T22:00:00+09:00, end: 2026-11-03T23:00:00+09:00': 'start: 2026-11-03T23:00:00+09:00, end: 2026-11-03T23:30:00+09:00',
        }),
      },
      expect: [],
    },
    {
      name: 'overlapping windows on order-api',
      files: {
        'changes/2026/a.mdx': exampleChange(),
        'changes/2026/b.mdx': exampleChange({
          'start: 2026-11-03T22:00:00+09:00, end: 2026-11-03T23:00:00+09:00': 'start: 2026-11-03T22:59:00+09:00, end: 2026-11-03T23:30:00+09:00',
        }),
      },
      expect: [
        { file: 'content/changes/2026/a.mdx', line: 12, severity: 'info', message: 'found b' },
        { file: 'content/changes/2026/b.mdx', line: 12, severity: 'info', message: 'found a' },
      ],
    },
    {
      name: 'inside a blackout window',
      policy: { changes: { blackout: [{ start: '2026-11-03T00:00:00+09:00', end: '2026-11-04T00:00:00+09:00', reason: '블랙프라이데이 동결' }] } },
      files: { 'changes/2026/a.mdx': exampleChange() },
      expect: [{ file: 'content/changes/2026/a.mdx', line: 12, severity: 'info', message: '블랙프라이데이 동결' }],
    },
  ],
};
