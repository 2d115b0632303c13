/** Who is writing: the roster person whose e-mail matches git's, or a stated fallback. */
import type { Policy } from '../../schemas/policy.ts';
import { didYouMean } from '../schema-issues.ts';
import { ScaffoldError } from '../errors.ts';

export interface Author {
  id: string;
  /** Set when the author was not found from the e-mail and a fallback was used: say so. */
  note?: string;
}

export function resolveAuthor(policy: Policy, explicit: string | undefined, gitEmail: string | undefined): Author {
  const ids = policy.people.map((p) => p.id);
  if (explicit) {
    if (ids.includes(explicit)) return { id: explicit };
    const guess = didYouMean(explicit, ids);
    throw new ScaffoldError(
      `Cannot find person "${explicit}" (--author) in the policy roster${guess ? `; did you mean "${guess}"?` : `; known: ${ids.join(', ')}`}`,
    );
  }
  const email = gitEmail?.trim().toLowerCase();
  const match = email ? policy.people.find((p) => p.email?.toLowerCase() === email) : undefined;
  if (match) return { id: match.id };
  const fallback = policy.people.find((p) => p.roles.includes('team-lead')) ?? policy.people[0]!;
  const why = email ? `git의 user.email(${email})이 명단(content/policy.yaml people)에 없어` : 'git config user.email이 설정되지 않아';
  return { id: fallback.id, note: `작성자: ${why} 첫 팀장 ${fallback.id}(으)로 두었습니다; --author <id> 로 지정하거나 명단에 e-mail을 추가하세요` };
}
