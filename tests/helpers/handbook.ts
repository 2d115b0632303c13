/** Builds handbooks for tests: in memory (pure) or as a real folder on disk (for the CLI). */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { runCheck } from '../../src/lib/check.ts';
import { buildHandbook, type SourceFile } from '../../src/lib/handbook.ts';
import { readPolicy } from '../../src/lib/policy-source.ts';
import type { Policy } from '../../src/schemas/policy.ts';

export const FIXTURE_POLICY_TEXT = readFileSync(new URL('../fixtures/policy.yaml', import.meta.url), 'utf8');

export function fixturePolicy(): Policy {
  const { policy, problems } = readPolicy(FIXTURE_POLICY_TEXT);
  if (!policy) throw new Error(`fixture policy invalid: ${JSON.stringify(problems)}`);
  return policy;
}

export const FIXED_NOW = Temporal.Instant.from('2026-11-26T09:00:00+09:00');

export function checkFiles(files: Record<string, string | Uint8Array>, options: { policy?: Policy; ruleIds?: string[] } = {}) {
  const sources: SourceFile[] = Object.entries(files).map(([p, bytes]) => ({ path: p, bytes }));
  const handbook = buildHandbook(options.policy ?? fixturePolicy(), sources);
  const diagnostics = runCheck(handbook, { now: FIXED_NOW });
  return { handbook, diagnostics: options.ruleIds ? diagnostics.filter((d) => options.ruleIds!.includes(d.rule)) : diagnostics };
}

/** Only the document problems (errors and warnings), which is what validity tests care about. */
export function problemsOf(files: Record<string, string | Uint8Array>) {
  return checkFiles(files).diagnostics.filter((d) => (d.severity !== 'info' && d.rule.startsWith('document/')) || d.rule === 'incident/timeline-order');
}

/** A real handbook folder: content/policy.yaml plus the given files under content/. */
export function handbookDir(files: Record<string, string | Uint8Array>, policyText = FIXTURE_POLICY_TEXT): string {
  const root = mkdtempSync(path.join(tmpdir(), 'opsbook-test-'));
  mkdirSync(path.join(root, 'content'), { recursive: true });
  writeFileSync(path.join(root, 'content', 'policy.yaml'), policyText);
  for (const [rel, bytes] of Object.entries(files)) {
    const target = path.join(root, 'content', rel);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  return root;
}
