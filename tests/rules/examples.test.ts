/** Every documented example of every rule runs here: the findings must be exactly the documented ones. */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lib/rules/index.ts';
import { runRule } from './helpers.ts';

const withExamples = RULES.filter((r) => r.examples?.length);

describe.each(withExamples.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it('documents at least one passing and one failing example', () => {
    expect(rule.examples!.some((e) => e.expect.length === 0)).toBe(true);
    expect(rule.examples!.some((e) => e.expect.length > 0)).toBe(true);
  });

  it.each(rule.examples!.map((e) => [e.name, e] as const))('%s', async (_name, example) => {
    const { handbook, findings } = await runRule(rule, example.files, { now: example.now, policy: example.policy as Record<string, unknown> });
    expect(handbook.problems, 'the example files are valid documents').toEqual([]);
    expect(findings.map((f) => ({ file: f.file, line: f.line, severity: f.severity }))).toEqual(
      example.expect.map((e) => ({ file: e.file, line: 'line' in e ? e.line : handbook.policyLocate!(e.at).line, severity: e.severity })),
    );
    example.expect.forEach((e, i) => {
      if (e.message) expect(findings[i]!.message).toContain(e.message);
    });
  });
});
