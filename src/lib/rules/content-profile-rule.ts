/** The `content/*` rules of the safe content profile share one walk (src/lib/content-violations.ts); each reports its own kind. */
import { contentViolations, type ViolationKind } from '../content-violations.ts';
import type { Rule } from './types.ts';
import { mdx } from './util.ts';

export function profileRule(kind: ViolationKind, rule: Omit<Rule, 'check' | 'category' | 'severity' | 'source'>, also?: Rule['check']): Rule {
  return {
    ...rule,
    category: 'document',
    severity: 'error',
    source: '보안 운영',
    check(ctx) {
      for (const document of ctx.targets) {
        for (const v of contentViolations(document, ctx.handbook.assets)) {
          if (v.kind === kind) ctx.report({ document, line: v.line, column: v.column, message: v.message });
        }
      }
      also?.(ctx);
    },
  };
}

/** A runbook with the given body, for the rules' examples (the body starts on line 8). */
export const exampleRunbook = (body: string) =>
  mdx('title: 캐시 장애\nsummary: 캐시 노드 장애 대응\nservices: [cache]\nowner: jung-hayoung\nlast_reviewed: 2026-11-01', body);

export const EXAMPLE_FILE = 'runbooks/cache-failure.mdx';
