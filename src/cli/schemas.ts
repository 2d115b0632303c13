/** `npm run schemas`: write `schemas/<name>.json`, the JSON Schemas editors use for completion and validation. */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { handbookSchemas } from '../site/schemas.ts';
import { COMMON_FLAGS, defineCommand } from './args.ts';

const SCHEMAS = defineCommand({
  usage: 'npm run schemas -- [options]',
  flags: {
    check: { type: 'boolean', description: 'write nothing; exit 1 when schemas/ is out of date' },
    root: COMMON_FLAGS.root,
  },
  notes: 'Writes schemas/<kind>.json and schemas/policy.json from src/schemas (generated: edit the schemas, not the files).',
});

export const SCHEMA_FOLDER = 'schemas';

/** The files `schemas/` should hold, by name. */
export function schemaFiles(): Map<string, string> {
  return new Map(Object.entries(handbookSchemas()).map(([name, schema]) => [`${name}.json`, `${JSON.stringify(schema, null, 2)}\n`]));
}

export async function schemasCommand(argv: string[]): Promise<number> {
  const args = SCHEMAS.parse(argv);
  const dir = path.join(path.resolve(args.values.root ?? '.'), SCHEMA_FOLDER);
  const wanted = schemaFiles();
  const present = await readdir(dir).catch(() => [] as string[]);
  const stale: string[] = [];
  for (const [name, text] of wanted) if ((await readFile(path.join(dir, name), 'utf8').catch(() => undefined)) !== text) stale.push(name);
  const extra = present.filter((name) => name.endsWith('.json') && !wanted.has(name));
  if (stale.length === 0 && extra.length === 0) {
    process.stdout.write(`${SCHEMA_FOLDER}/ is up to date\n`);
    return 0;
  }
  if (args.values.check) {
    process.stdout.write(`${SCHEMA_FOLDER}/ is out of date (${[...stale, ...extra].join(', ')}); run npm run schemas\n`);
    return 1;
  }
  await mkdir(dir, { recursive: true });
  for (const name of stale) await writeFile(path.join(dir, name), wanted.get(name)!);
  for (const name of extra) await rm(path.join(dir, name));
  process.stdout.write(`wrote ${stale.length} and removed ${extra.length} file(s) in ${SCHEMA_FOLDER}/\n`);
  return 0;
}
