/** Argument parsing and output of `npm run bench`; the work is in run.ts. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { defineCommand } from '../cli/args.ts';
import { UsageError } from '../lib/errors.ts';
import { formatTable, runBench } from './run.ts';

const BENCH = defineCommand({
  usage: 'npm run bench -- [--docs N] [--runs R] [--out FILE] [--compare FILE] [--skip-build] [--dir DIR]',
  flags: {
    docs: { type: 'string', default: '10000', value: 'N', description: 'documents in the synthetic handbook (default 10000)' },
    runs: { type: 'string', default: '3', value: 'R', description: 'runs of every step; figures are medians (default 3)' },
    out: { type: 'string', value: 'FILE', description: 'JSON result (default bench-out/bench-N.json)' },
    compare: {
      type: 'string',
      value: 'FILE',
      description: 'a result for fewer documents to hold the scaling budgets against (default bench-out/bench-<N/2>.json when it exists)',
    },
    'skip-build': { type: 'boolean', default: false, description: 'skip the Astro builds and the search measurement' },
    dir: {
      type: 'string',
      value: 'DIR',
      description: 'folder for the generated projects and the default JSON (default bench-out; its work-N/, bare-N/ and bare-md-N/ are replaced)',
    },
  },
});

export async function benchCommand(argv: string[]): Promise<number> {
  const { values } = BENCH.parse(argv);
  const docs = Number(values.docs);
  const runs = Number(values.runs);
  if (!Number.isInteger(docs) || docs < 20 || !Number.isInteger(runs) || runs < 1) {
    throw new UsageError(`Expected --docs to be a whole number of at least 20 and --runs at least 1, found --docs ${values.docs} --runs ${values.runs}`);
  }
  const projectRoot = process.cwd();
  const outDir = values.dir ? path.resolve(values.dir) : path.join(projectRoot, 'bench-out');
  mkdirSync(outDir, { recursive: true });
  const out = values.out ? path.resolve(values.out) : undefined;
  try {
    const result = await runBench({
      docs,
      runs,
      projectRoot,
      outDir,
      out,
      compare: values.compare ? path.resolve(values.compare) : undefined,
      skipBuild: values['skip-build'],
      log: (line) => process.stderr.write(`· ${line}\n`),
    });
    process.stdout.write(`${formatTable(result)}\n\nJSON: ${path.relative(projectRoot, out ?? path.join(outDir, `bench-${docs}.json`))}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`The bench stopped: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
