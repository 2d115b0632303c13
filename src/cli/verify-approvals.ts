/**
 * `npm run verify-approvals`: the approvals a pull request adds to change records are approving reviews
 * of that pull request by the people they name (docs/pull-requests.md "Approvals come from code review").
 */
import { appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { summarize } from '../lib/diagnostics.ts';
import { formatApprovalSummary } from '../lib/format/approvals.ts';
import { formatGithub } from '../lib/format/github.ts';
import { formatPretty } from '../lib/format/pretty.ts';
import { verifyApprovals, type ChangeRecordVersions } from '../lib/review/approvals.ts';
import { parseReviewPages } from '../lib/review/reviews.ts';
import { parseSource } from '../lib/source.ts';
import { changedFiles, defaultBase, fileAtMergeBase, renamesSince } from '../node/git.ts';
import { pullRequestAuthor, pullRequestReviews } from '../node/github.ts';
import { loadPolicy } from '../node/load-handbook.ts';
import { COMMON_FLAGS, defineCommand, oneOf } from './args.ts';
import { ReviewsFormatError, ToolError, UsageError } from '../lib/errors.ts';

export const VERIFY_APPROVALS = defineCommand({
  usage: 'npm run verify-approvals -- (--pr N | --reviews FILE) [options]',
  flags: {
    pr: { type: 'string', value: 'N', description: "read pull request N's reviews with `gh api --paginate` (needs GH_TOKEN)" },
    repo: { type: 'string', value: 'OWNER/NAME', description: 'the repository of --pr (default: $GITHUB_REPOSITORY)' },
    reviews: { type: 'string', value: 'FILE', description: 'read the reviews from FILE instead (`gh api --paginate repos/O/R/pulls/N/reviews` output)' },
    author: { type: 'string', value: 'LOGIN', description: "the pull request's author (default with --pr: asked of GitHub)" },
    base: { ...COMMON_FLAGS.base, description: 'the branch the pull request merges into (default: origin/main or main)' },
    format: { type: 'string', value: 'pretty|github', description: 'output format (default: pretty)' },
    root: COMMON_FLAGS.root,
  },
  notes: `Every approval the pull request adds to a change record's approvals: must be an approving review of it
by that person (their latest review; bots and the author do not count).
Exit codes: 0 every added approval was given in review, 1 one was not, 2 the tool could not run.`,
});

const CHANGE_RECORD = /^content\/changes\/[^/]+\/[^/]+\.mdx$/;

async function readRecord(root: string, base: string, file: string, formerly: string): Promise<ChangeRecordVersions> {
  const headText = await readFile(path.join(root, file), 'utf8').catch(() => undefined);
  const baseText = await fileAtMergeBase(root, base, formerly);
  const head = headText === undefined ? undefined : parseSource(headText);
  return {
    file,
    head: head?.data,
    base: baseText === undefined ? undefined : parseSource(baseText).data,
    locate: head ? head.locate : () => ({ line: 1, column: 1 }),
  };
}

function prNumber(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`Expected --pr to be a pull request number, found "${value}"`);
  return Number(value);
}

export async function verifyApprovalsCommand(argv: string[]): Promise<number> {
  const args = VERIFY_APPROVALS.parse(argv);
  const { values } = args;
  const format = oneOf('format', values.format, ['pretty', 'github'] as const, 'pretty');
  if ((values.pr === undefined) === (values.reviews === undefined)) throw new UsageError('Pass exactly one of --pr N and --reviews FILE');
  const root = path.resolve(values.root ?? '.');

  let reviewsText: string;
  let author = values.author;
  if (values.pr !== undefined) {
    const number = prNumber(values.pr);
    const repo = values.repo ?? process.env.GITHUB_REPOSITORY;
    if (!repo || !/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new UsageError('Expected --repo OWNER/NAME (or $GITHUB_REPOSITORY) with --pr');
    [reviewsText, author] = await Promise.all([pullRequestReviews(repo, number, root), author ?? pullRequestAuthor(repo, number, root)]);
  } else {
    const file = path.resolve(values.reviews!);
    reviewsText = await readFile(file, 'utf8').catch(() => {
      throw new ToolError(`Cannot read the reviews file ${values.reviews}`);
    });
  }
  let reviews;
  try {
    reviews = parseReviewPages(reviewsText);
  } catch (error) {
    if (error instanceof ReviewsFormatError) throw new ToolError(error.message);
    throw error;
  }

  const policy = await loadPolicy(root);
  const base = values.base ?? (await defaultBase(root));
  const changed = [...(await changedFiles(root, base))].filter((f) => CHANGE_RECORD.test(f)).sort();
  const renames = await renamesSince(root, base);
  const records = await Promise.all(changed.map((f) => readRecord(root, base, f, renames.get(f) ?? f)));
  const { diagnostics, rows } = verifyApprovals({ policy, records, reviews, ...(author ? { author } : {}) });

  if (format === 'github') {
    const annotations = formatGithub(diagnostics, { changed: new Set(changed) });
    if (annotations) process.stdout.write(`${annotations}\n`);
    if (process.env.GITHUB_STEP_SUMMARY) await appendFile(process.env.GITHUB_STEP_SUMMARY, formatApprovalSummary(rows));
  }
  process.stdout.write(`${formatPretty(records.length, diagnostics)}\n`);
  process.stdout.write(`${rows.length} approval(s) added, ${rows.filter((r) => r.verdict === 'approved').length} given in code review\n`);
  return summarize(diagnostics).error > 0 ? 1 : 0;
}
