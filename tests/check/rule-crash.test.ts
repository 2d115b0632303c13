/** A rule that crashes names the document it was checking, not policy.yaml, and the check goes on. */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check.ts';
import type { Rule } from '../../src/lib/rules/types.ts';
import { SAMPLES } from '../helpers/samples.ts';
import { handbookOf } from '../rules/helpers.ts';

const RUNBOOK = SAMPLES['runbooks/db-primary-failure.mdx'];
const now = Temporal.Instant.from('2026-12-01T09:00:00+09:00');

const fragile: Rule = {
  id: 'test/fragile',
  category: 'document',
  severity: 'error',
  description: 'crashes on one document',
  check(ctx) {
    for (const d of ctx.targets) {
      if (d.id === 'bad') throw new RangeError('value out of range');
      ctx.report({ document: d, message: 'seen' });
    }
  },
};
const global: Rule = {
  ...fragile,
  id: 'test/global',
  check: () => {
    throw new Error('always');
  },
};

describe('rule crashes', () => {
  it('are reported on the document being checked', () => {
    const handbook = handbookOf({ 'runbooks/a.mdx': RUNBOOK, 'runbooks/bad.mdx': RUNBOOK, 'runbooks/c.mdx': RUNBOOK });
    const found = runCheck(handbook, { now, rules: [fragile] }).filter((d) => d.rule === 'test/fragile');
    const crash = found.find((d) => d.message.includes('internal error'));
    expect(crash).toMatchObject({ file: 'content/runbooks/bad.mdx', severity: 'error' });
    expect(crash!.message).toContain('value out of range');
  });

  it('that happen whatever the documents are blamed on policy.yaml', () => {
    const found = runCheck(handbookOf({ 'runbooks/a.mdx': RUNBOOK }), { now, rules: [global] });
    expect(found).toMatchObject([{ file: 'content/policy.yaml', rule: 'test/global' }]);
  });
});
