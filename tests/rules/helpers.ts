/** Small in-memory handbooks for rule tests: the fixture policy with optional changes, files under content/. */
import { Temporal } from 'temporal-polyfill';
import { runCheckAsync } from '../../src/lib/check.ts';
import type { Diagnostic } from '../../src/lib/diagnostics.ts';
import { buildHandbook, type Handbook } from '../../src/lib/handbook.ts';
import { POLICY_FILE, readPolicy } from '../../src/lib/policy-source.ts';
import type { Rule } from '../../src/lib/rules/types.ts';
import { parse, stringify } from 'yaml';
import type { Policy } from '../../src/schemas/policy.ts';
import { FIXTURE_POLICY_TEXT } from '../helpers/handbook.ts';

export const EXAMPLE_NOW = '2026-12-01T09:00:00+09:00';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function merge(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(patch)) out[k] = merge(base[k], v);
  return out;
}

interface TestPolicy {
  policy: Policy;
  /** The YAML text it was read from (scanned for secrets like the real policy.yaml). */
  text: string;
  locate?: Handbook['policyLocate'];
}

/** The fixture policy (a copy of the example handbook's), with `patch` deep-merged into it; positions come from its YAML text. */
export function testPolicy(patch: Record<string, unknown> = {}): TestPolicy {
  return policyFromText(Object.keys(patch).length === 0 ? FIXTURE_POLICY_TEXT : stringify(merge(parse(FIXTURE_POLICY_TEXT), patch)));
}

/** A policy from exact YAML text (comments and all), for tests about the file itself. */
export function policyFromText(text: string): TestPolicy {
  const { policy, problems, locate } = readPolicy(text);
  if (!policy) throw new Error(`test policy invalid: ${JSON.stringify(problems)}`);
  return { policy, text, locate };
}

/** As the loader builds it: the documents, and policy.yaml among the other files. */
export function handbookOf(files: Readonly<Record<string, string>>, policy: TestPolicy = testPolicy()): Handbook {
  const built = buildHandbook(
    policy.policy,
    Object.entries(files).map(([path, bytes]) => ({ path, bytes })),
  );
  return { ...built, otherFiles: [...built.otherFiles, { file: POLICY_FILE, read: () => policy.text }], policyLocate: policy.locate };
}

/** Runs only `rule` (its findings, plus any load problems so broken fixtures show). */
export async function runRule(
  rule: Rule,
  files: Readonly<Record<string, string>>,
  options: { now?: string; policy?: Record<string, unknown>; policyText?: string; onlyFiles?: ReadonlySet<string> } = {},
): Promise<{ handbook: Handbook; findings: Diagnostic[] }> {
  const handbook = handbookOf(files, options.policyText === undefined ? testPolicy(options.policy) : policyFromText(options.policyText));
  const diagnostics = await runCheckAsync(handbook, {
    now: Temporal.Instant.from(options.now ?? EXAMPLE_NOW),
    rules: [rule],
    ...(options.onlyFiles ? { onlyFiles: options.onlyFiles } : {}),
  });
  return { handbook, findings: diagnostics.filter((d) => d.rule === rule.id) };
}
