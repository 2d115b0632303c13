/** The GitHub questions the tools ask, answered by the GitHub CLI (`gh`, authenticated by GH_TOKEN in a workflow). */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ToolError } from '../lib/errors.ts';

const run = promisify(execFile);

async function gh(args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run('gh', args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const e = error as { code?: unknown; stderr?: string };
    if (e.code === 'ENOENT') throw new ToolError('Cannot run gh (the GitHub CLI); install it, or pass the reviews as a file with --reviews FILE');
    const stderr = e.stderr?.trim();
    throw new ToolError(`gh ${args.join(' ')} failed${stderr ? `: ${stderr.split('\n')[0]}` : ''}`);
  }
}

/** Every review of pull request `number` in `repo` (`owner/name`), as `gh api --paginate` prints the pages. */
export function pullRequestReviews(repo: string, number: number, cwd: string): Promise<string> {
  return gh(['api', '--paginate', `repos/${repo}/pulls/${number}/reviews`], cwd);
}

/** The login of the pull request's author. */
export async function pullRequestAuthor(repo: string, number: number, cwd: string): Promise<string> {
  return (await gh(['api', `repos/${repo}/pulls/${number}`, '--jq', '.user.login'], cwd)).trim();
}
