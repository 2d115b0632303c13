/**
 * A pull request's reviews as GitHub's REST API lists them (`GET /repos/{owner}/{repo}/pulls/{n}/reviews`,
 * read through `gh api --paginate`), and where each reviewer stands after all of them.
 */
import { ReviewsFormatError } from '../errors.ts';

export interface PullReview {
  /** GitHub login of the reviewer. */
  login: string;
  /** An app or bot account (`user.type: Bot`): never a person's approval. */
  bot: boolean;
  /** APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED (or PENDING: a draft only its author sees). */
  state: string;
}

/**
 * The JSON values of a text holding several one after the other: `gh api --paginate` prints each page as
 * its own array (`[…][…]`), which is not one JSON document.
 */
function jsonValues(text: string): unknown[] {
  const values: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      if (depth++ === 0) start = i;
    } else if (c === ']' || c === '}') {
      if (--depth === 0) {
        values.push(JSON.parse(text.slice(start, i + 1)));
        start = -1;
      } else if (depth < 0) throw new ReviewsFormatError(`unexpected "${c}" at character ${i + 1}`);
    } else if (depth === 0 && !/\s/.test(c)) throw new ReviewsFormatError(`expected a JSON array, found "${c}" at character ${i + 1}`);
  }
  if (depth !== 0 || inString) throw new ReviewsFormatError('the JSON ends in the middle of a value');
  return values;
}

function toReview(item: unknown, where: string): PullReview | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) throw new ReviewsFormatError(`${where}: expected a review object`);
  const { user, state } = item as { user?: unknown; state?: unknown };
  if (typeof state !== 'string') throw new ReviewsFormatError(`${where}: expected a "state"`);
  // A deleted account's reviews come back with `user: null` (shown as "ghost"): nobody to match.
  if (user === null || user === undefined) return undefined;
  const { login, type } = user as { login?: unknown; type?: unknown };
  if (typeof login !== 'string') throw new ReviewsFormatError(`${where}: expected "user.login"`);
  return { login, bot: type === 'Bot' || login.endsWith('[bot]'), state };
}

/**
 * The reviews in `gh api --paginate …/reviews` output, oldest first as GitHub lists them: pages one
 * after the other, a single array, or `--slurp`'s array of pages.
 */
export function parseReviewPages(text: string): PullReview[] {
  let values: unknown[];
  try {
    values = jsonValues(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ReviewsFormatError(`Cannot read the reviews as JSON: ${reason}`);
  }
  const reviews: PullReview[] = [];
  values.forEach((page, p) => {
    if (!Array.isArray(page)) throw new ReviewsFormatError(`Expected each page of reviews to be a JSON array, found ${typeof page} (page ${p + 1})`);
    const items = page.every(Array.isArray) && page.length > 0 ? (page as unknown[][]).flat() : page;
    items.forEach((item, i) => {
      const review = toReview(item, `page ${p + 1}, review ${i + 1}`);
      if (review) reviews.push(review);
    });
  });
  return reviews;
}

export type ReviewerState = 'APPROVED' | 'CHANGES_REQUESTED' | 'DISMISSED' | 'COMMENTED';

/**
 * Where each person stands, by lower-cased login (GitHub logins are case-insensitive), as GitHub's own
 * review decision reads the list: a later approval, change request or dismissal replaces an earlier one,
 * a comment changes nothing that came before it, and a pending draft is not submitted. Bots are left
 * out: an automated review is not a person's approval.
 */
export function reviewerStates(reviews: readonly PullReview[]): Map<string, ReviewerState> {
  const states = new Map<string, ReviewerState>();
  for (const review of reviews) {
    if (review.bot) continue;
    const key = review.login.toLowerCase();
    if (review.state === 'APPROVED' || review.state === 'CHANGES_REQUESTED' || review.state === 'DISMISSED') states.set(key, review.state);
    else if (review.state === 'COMMENTED' && !states.has(key)) states.set(key, 'COMMENTED');
  }
  return states;
}
