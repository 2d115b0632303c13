import { needsMdxParse } from '../mdx.ts';
import type { Rule } from './types.ts';

export const documentMdx: Rule = {
  id: 'document/mdx',
  category: 'document',
  severity: 'error',
  source: '문서화',
  description: 'The body is valid MDX (a bare "<" or "{" in prose is the usual culprit).',
  check(ctx) {
    for (const document of ctx.targets) {
      // A body with no MDX syntax outside fenced code cannot fail to parse; skip the (slow) parser.
      if (!needsMdxParse(document.body)) continue;
      const parsed = document.mdx();
      if (!parsed.ok) {
        ctx.report({ document, line: document.bodyLine + parsed.line - 1, column: parsed.column, message: parsed.message });
      }
    }
  },
};
