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

  // `check --changed` of one file: the rule reports on that file what it reports on a full run, so a
  // shortcut a rule takes for a small scope (skipping documents nothing checked can be affected by) loses nothing.
  it.each(rule.examples!.filter((e) => Object.keys(e.files).length > 0).map((e) => [e.name, e] as const))(
    '%s, checked file by file',
    async (_name, example) => {
      const options = { now: example.now, policy: example.policy as Record<string, unknown> };
      const { findings: full } = await runRule(rule, example.files, options);
      for (const name of Object.keys(example.files)) {
        const file = `content/${name}`;
        const { findings } = await runRule(rule, example.files, { ...options, onlyFiles: new Set([file]) });
        expect(
          findings.filter((f) => f.file === file),
          file,
        ).toEqual(full.filter((f) => f.file === file));
      }
    },
  );
});
