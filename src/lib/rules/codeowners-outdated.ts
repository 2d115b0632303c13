/**
 * `.github/CODEOWNERS` says who approves each part of the handbook; it is generated from the roster and
 * the documents, and this rule reports when the file on disk no longer matches (a runbook changed owner,
 * someone joined a team). Silent when the handbook has no CODEOWNERS file (not hosted on GitHub).
 */
import { codeownersDrift, CODEOWNERS_PATH, generateCodeowners } from '../codeowners.ts';
import type { Rule } from './types.ts';

const FIX = 'run `npm run codeowners` and commit .github/CODEOWNERS';

export const codeownersOutdated: Rule = {
  id: 'codeowners/outdated',
  category: 'document',
  severity: 'warning',
  source: '변경 관리',
  description: '.github/CODEOWNERS matches what `npm run codeowners` generates from the roster and the documents.',
  check(ctx) {
    const current = ctx.handbook.codeowners;
    if (current === undefined) return;
    const drift = codeownersDrift(generateCodeowners(ctx.policy, ctx.handbook.documents), current);
    if (!drift) return;
    const message =
      drift.found === undefined
        ? `Expected "${drift.expected}" in ${CODEOWNERS_PATH}, found the end of the file; ${FIX}`
        : drift.expected === undefined
          ? `Expected the end of ${CODEOWNERS_PATH}, found "${drift.found}"; ${FIX}`
          : `Expected "${drift.expected}", found "${drift.found}"; ${FIX}`;
    ctx.report({ file: CODEOWNERS_PATH, line: drift.line, column: 1, message });
  },
};
