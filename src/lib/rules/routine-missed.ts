/**
 * Every closed window of a routine's cadence has a record (guide: e.g. 백업 복구 테스트 월 1회). Windows
 * are counted in the policy time zone from the handbook's start date; the current window is still open.
 */
import { Temporal } from 'temporal-polyfill';
import { periodIdOf } from '../metrics/period-ids.ts';
import { periodsBetween } from '../periods.ts';
import { POLICY_FILE } from '../policy-source.ts';
import { today } from '../sla.ts';
import { dayIn, plainDate } from '../time.ts';
import type { Rule } from './types.ts';
import { mdx, policyLine } from './util.ts';

const record = (day: string) => mdx(`performed_at: ${day}T14:00:00+09:00\nperformer: han-jiwoo\noutcome: pass`);
const ONE_ROUTINE = { routines: [{ id: 'backup-restore-test', name: '백업 복구 테스트', cadence: 'monthly' }] };

export const routineMissed: Rule = {
  id: 'routine/missed',
  category: 'policy',
  severity: 'info',
  source: '일상 운영 → 백업; 보안 운영',
  description: "Every closed window of a routine's cadence (month, quarter, …) since the handbook's start has a record.",
  check(ctx) {
    const tz = ctx.policy.timezone;
    const start = plainDate(ctx.policy.start_date);
    const lastClosed = today(ctx.policy, ctx.now).subtract({ days: 1 });
    if (Temporal.PlainDate.compare(lastClosed, start) < 0) return;
    const done = new Map<string, Set<string>>();
    const cadence = new Map(ctx.policy.routines.map((r) => [r.id, r.cadence]));
    for (const r of ctx.all('routine')) {
      const c = cadence.get(r.location.routine!);
      if (!c) continue;
      const set = done.get(r.location.routine!) ?? new Set<string>();
      // The label only: building and checking the period per record was most of `check --changed`'s rule time.
      set.add(periodIdOf(c, dayIn(tz, r.data.performed_at)));
      done.set(r.location.routine!, set);
    }
    ctx.policy.routines.forEach((routine, i) => {
      for (const period of periodsBetween(routine.cadence, start, lastClosed)) {
        // Windows that began before the handbook or have not ended yet do not count.
        if (Temporal.PlainDate.compare(period.first, start) < 0 || Temporal.PlainDate.compare(period.last, lastClosed) > 0) continue;
        if (done.get(routine.id)?.has(period.id)) continue;
        ctx.report({
          file: POLICY_FILE,
          line: policyLine(ctx.handbook, ['routines', i]),
          day: period.last.toString(),
          message: `Expected a ${routine.name} (${routine.id}) record in ${period.id} (${period.first} – ${period.last}), found none; add content/routines/${routine.id}/<YYYY-MM-DD>.mdx`,
        });
      }
    });
  },
  examples: [
    {
      name: 'a restore test every month',
      now: '2026-09-15T09:00:00+09:00',
      policy: ONE_ROUTINE,
      files: {
        'routines/backup-restore-test/2026-06-10.mdx': record('2026-06-10'),
        'routines/backup-restore-test/2026-07-08.mdx': record('2026-07-08'),
        'routines/backup-restore-test/2026-08-31.mdx': record('2026-08-31'),
      },
      expect: [],
    },
    {
      name: 'a month without a restore test',
      now: '2026-09-15T09:00:00+09:00',
      policy: ONE_ROUTINE,
      files: {
        'routines/backup-restore-test/2026-06-10.mdx': record('2026-06-10'),
        'routines/backup-restore-test/2026-08-31.mdx': record('2026-08-31'),
      },
      expect: [{ file: 'content/policy.yaml', at: ['routines', 0], severity: 'info', message: 'in 2026-07' }],
    },
  ],
};
