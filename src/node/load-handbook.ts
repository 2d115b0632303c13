/** Reads a handbook from disk: the only place the check touches the file system for content. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { buildHandbook, type Handbook, type LoadProblem, type SourceFile } from '../lib/handbook.ts';
import { readPolicy } from '../lib/policy-source.ts';
import type { Policy } from '../schemas/policy.ts';

/** Raised when the tool cannot run at all (exit code 2). */
export class ToolError extends Error {
  readonly problems: LoadProblem[];
  constructor(message: string, problems: LoadProblem[] = []) {
    super(message);
    this.name = 'ToolError';
    this.problems = problems;
  }
}

export async function loadPolicy(root: string): Promise<Policy> {
  return (await readPolicyFile(root)).policy;
}

async function readPolicyFile(root: string): Promise<{ policy: Policy; locate?: Handbook['policyLocate'] }> {
  const file = path.join(root, 'content', 'policy.yaml');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new ToolError(`Cannot read ${path.relative(process.cwd(), file) || file}; run the command from the handbook root (the folder holding content/policy.yaml)`);
  }
  const { policy, problems, locate } = readPolicy(text);
  if (!policy) throw new ToolError('content/policy.yaml is not valid; fix it before the documents can be checked', problems);
  return { policy, locate };
}

/** Document files under content/, relative to it. Markdown files are included so a wrong extension is reported. */
export async function listContentFiles(root: string): Promise<string[]> {
  const files = await glob(['**/*.{md,mdx,markdown}'], { cwd: path.join(root, 'content'), dot: false, onlyFiles: true });
  return files.sort();
}

export async function readSources(root: string, relPaths: readonly string[]): Promise<SourceFile[]> {
  return Promise.all(
    relPaths.map(async (p) => ({ path: p, bytes: new Uint8Array(await readFile(path.join(root, 'content', p))) })),
  );
}

export async function loadHandbook(root: string): Promise<Handbook> {
  const { policy, locate } = await readPolicyFile(root);
  const files = await readSources(root, await listContentFiles(root));
  const handbook: Handbook = { ...buildHandbook(policy, files), ...(locate ? { policyLocate: locate } : {}) };
  // Compared with the generated one by `codeowners/outdated`; absent on handbooks not hosted on GitHub.
  const codeowners = await readFile(path.join(root, '.github', 'CODEOWNERS'), 'utf8').catch(() => undefined);
  return codeowners === undefined ? handbook : { ...handbook, codeowners };
}
