/** A dated document sits in the folder and under the file name its own dates say. */
import { dayIn, isoDayIn } from '../time.ts';
import type { Rule } from './types.ts';

export const documentPlacement: Rule = {
  id: 'document/placement',
  category: 'document',
  severity: 'error',
  source: '문서화',
  description: 'Incidents and changes sit in the folder of their year; routine records are named after the day they were done.',
  check(ctx) {
    const tz = ctx.policy.timezone;
    for (const document of ctx.targets) {
      if (document.kind === 'incident' || document.kind === 'change') {
        const [field, stamp] =
          document.kind === 'incident' ? (['timeline', document.data.timeline.started] as const) : (['requested_at', document.data.requested_at] as const);
        const year = dayIn(tz, stamp).year;
        if (year !== document.location.year) {
          ctx.report({
            document,
            at: document.kind === 'incident' ? [field, 'started'] : [field],
            message: `Expected this ${document.kind} in ${document.kind}s/${year}/ (the year of ${document.kind === 'incident' ? 'timeline.started' : 'requested_at'}), found it in ${document.kind}s/${document.location.year}/`,
          });
        }
      }
      if (document.kind === 'routine') {
        const day = isoDayIn(tz, document.data.performed_at);
        const fileDay = document.id.split('/')[1]!.slice(0, 10);
        if (day !== fileDay) {
          ctx.report({ document, at: ['performed_at'], message: `Expected the file name to start with ${day} (the day of performed_at), found ${fileDay}` });
        }
      }
    }
  },
};
