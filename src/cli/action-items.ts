/** `npm run action-items`: open and overdue action items for the weekly review, read from the files alone (no network). */
import path from 'node:path';
import { forAudience } from '../lib/audience.ts';
import { documentsOfKind } from '../lib/handbook.ts';
import { openActionItems } from '../lib/follow/action-items.ts';
import { formatActionItemsJson, formatActionItemsTable, formatActionItemsTasks } from '../lib/format/action-items.ts';
import { loadHandbook } from '../node/load-handbook.ts';
import { oneOf, parseCommandArgs } from './args.ts';
import { parseNow } from './check.ts';

const ACTION_ITEMS_USAGE = `Usage: npm run action-items -- [options]

  --format table|json|tasks     table (default), JSON, or a GitHub task list for the weekly review issue
  --now ISO                     check as of this instant: later events are not yet known (default: now)
  --audience public|restricted  whose incidents to list (default: public; restricted includes restricted incidents)
  --fail-on-overdue             exit 1 when any open item is overdue (for a scheduled job)
  --root DIR                    handbook root (default: current folder)

Exit codes: 0 listed, 1 overdue items with --fail-on-overdue, 2 the tool could not run.`;

export async function actionItemsCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, {
    format: { type: 'string' },
    now: { type: 'string' },
    audience: { type: 'string' },
    'fail-on-overdue': { type: 'boolean' },
    root: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${ACTION_ITEMS_USAGE}\n`);
    return 0;
  }
  const format = oneOf('format', values.format, ['table', 'json', 'tasks'] as const, 'table');
  // Public by default: the task list is meant to be pasted into an issue, which may be more widely read.
  const audience = oneOf('audience', values.audience, ['public', 'restricted'] as const, 'public');
  const now = parseNow(values.now);
  const handbook = forAudience(await loadHandbook(path.resolve(values.root ?? '.')), audience);
  const { policy } = handbook;
  const incidents = documentsOfKind(handbook, 'incident');
  const items = openActionItems(policy, incidents, now);
  const stamp = now.toString({ timeZone: policy.timezone });
  const text =
    format === 'json'
      ? formatActionItemsJson(items, now.toString())
      : format === 'tasks'
        ? formatActionItemsTasks(policy, items, stamp)
        : formatActionItemsTable(policy, items, stamp);
  process.stdout.write(`${text}\n`);
  return values['fail-on-overdue'] && items.some((i) => i.overdue) ? 1 : 0;
}
