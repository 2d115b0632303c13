/** `npm run action-items`: open and overdue action items for the weekly review, read from the files alone (no network). */
import path from 'node:path';
import { forAudience } from '../lib/audience.ts';
import { documentsOfKind } from '../lib/handbook.ts';
import { openActionItems } from '../lib/follow/action-items.ts';
import { formatActionItemsJson, formatActionItemsTable, formatActionItemsTasks } from '../lib/format/action-items.ts';
import { loadHandbook } from '../node/load-handbook.ts';
import { COMMON_FLAGS, defineCommand, oneOf } from './args.ts';
import { parseNow } from './check.ts';

const ACTION_ITEMS = defineCommand({
  usage: 'npm run action-items -- [options]',
  flags: {
    format: { type: 'string', value: 'table|json|tasks', description: 'table (default), JSON, or a GitHub task list for the weekly review issue' },
    now: COMMON_FLAGS.now,
    audience: { ...COMMON_FLAGS.audience, description: 'whose incidents to list (default: public; restricted includes restricted incidents)' },
    'fail-on-overdue': { type: 'boolean', description: 'exit 1 when any open item is overdue (for a scheduled job)' },
    root: COMMON_FLAGS.root,
  },
  notes: 'Exit codes: 0 listed, 1 overdue items with --fail-on-overdue, 2 the tool could not run.',
});

export async function actionItemsCommand(argv: string[]): Promise<number> {
  const args = ACTION_ITEMS.parse(argv);
  const { values } = args;
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
