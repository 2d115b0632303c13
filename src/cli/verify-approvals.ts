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
import { parseReviewPages, ReviewsFormatError } from '../lib/review/reviews.ts';
import { parseSource } from '../lib/source.ts';
import { changedFiles, defaultBase, fileAtMergeBase, renamesSince } from '../node/git.ts';
import { pullRequestAuthor, pullRequestReviews } from '../node/github.ts';
import { loadPolicy, ToolError } from '../node/load-handbook.ts';
import { oneOf, parseCommandArgs, UsageError } from './args.ts';

export const VERIFY_APPROVALS_USAGE = `Usage: npm run verify-approvals -- (--pr N | --reviews FILE) [options]

  --pr N                        read pull request N's reviews with \`gh api --paginate\` (needs GH_TOKEN)
  --repo OWNER/NAME             the repository of --pr (default: $GITHUB_REPOSITORY)
  --reviews FILE                read the reviews from FILE instead (\`gh api --paginate repos/O/R/pulls/N/reviews\` output)
  --author LOGIN                the pull request's author (default with --pr: asked of GitHub)
  --base REF                    the branch the pull request merges into (default: origin/main or main)
  --format pretty|github        output format (default: pretty)
  --root DIR                    handbook root (default: current folder)

Every approval the pull request adds to a change record's approvals: must be an approving review of it
by that person (their latest review; bots and the author do not count).
Exit codes: 0 every added approval was given in review, 1 one was not, 2 the tool could not run.`;

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
  const { values } = parseCommandArgs(argv, {
    pr: { type: 'string' },
    repo: { type: 'string' },
    reviews: { type: 'string' },
    author: { type: 'string' },
    base: { type: 'string' },
    format: { type: 'string' },
    root: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${VERIFY_APPROVALS_USAGE}\n`);
    return 0;
  }
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
