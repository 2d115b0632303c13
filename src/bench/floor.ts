/**
 * The check's floor: read every document under `<root>/content` and parse its frontmatter with `yaml`,
 * nothing else. `npm run bench` times this as a whole process; the check may cost at most twice as much.
 * Usage: node src/bench/floor.ts <root>
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { mapLimit, READ_CONCURRENCY } from '../node/map-limit.ts';

const root = path.resolve(process.argv[2] ?? '.');
const content = path.join(root, 'content');
const files = (await readdir(content, { recursive: true })).filter((f) => f.endsWith('.mdx'));
let parsed = 0;
// Read as the check reads (bounded concurrency), so the floor is the same kind of work.
await mapLimit(files, READ_CONCURRENCY, async (f) => {
  const text = await readFile(path.join(content, f), 'utf8');
  const end = text.indexOf('\n---', 4);
  if (text.startsWith('---') && end > 0 && parse(text.slice(4, end))) parsed++;
});
process.stdout.write(`${JSON.stringify({ files: files.length, parsed })}\n`);
