/** `npm run codeowners`: write `.github/CODEOWNERS` from the roster and the documents (idempotent). */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { codeownersDrift, CODEOWNERS_PATH, generateCodeowners } from '../lib/codeowners.ts';
import { loadHandbook } from '../node/load-handbook.ts';
import { COMMON_FLAGS, defineCommand } from './args.ts';

const CODEOWNERS = defineCommand({
  usage: 'npm run codeowners -- [options]',
  flags: {
    check: { type: 'boolean', description: 'write nothing; exit 1 when .github/CODEOWNERS is out of date' },
    root: COMMON_FLAGS.root,
  },
  notes: `Writes ${CODEOWNERS_PATH} from content/policy.yaml (roles, teams, people) and the documents' owners.
The file is generated: edit the roster or the documents, not the file.`,
});

export async function codeownersCommand(argv: string[]): Promise<number> {
  const args = CODEOWNERS.parse(argv);
  const { values } = args;
  const root = path.resolve(values.root ?? '.');
  const handbook = await loadHandbook(root);
  const text = generateCodeowners(handbook.policy, handbook.documents);
  const file = path.join(root, CODEOWNERS_PATH);
  const current = await readFile(file, 'utf8').catch(() => undefined);
  const drift = current === undefined ? { line: 1 } : codeownersDrift(text, current);
  if (!drift) {
    process.stdout.write(`${CODEOWNERS_PATH} is up to date\n`);
    return 0;
  }
  if (values.check) {
    process.stdout.write(`${CODEOWNERS_PATH} is out of date (line ${drift.line}); run npm run codeowners\n`);
    return 1;
  }
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
  process.stdout.write(`${current === undefined ? 'wrote' : 'updated'} ${CODEOWNERS_PATH}\n`);
  return 0;
}
