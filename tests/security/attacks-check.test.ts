/** Every hostile document is an error of its rule at its own line, in an otherwise valid handbook. */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { runCheckAsync } from '../../src/lib/check.ts';
import { FIXTURE_POLICY_TEXT } from '../helpers/handbook.ts';
import { handbookOf, policyFromText } from '../rules/helpers.ts';
import { attacks, POLICY_SECRET_LINE } from './attacks.ts';

describe('attack documents', async () => {
  const list = attacks('/tmp/opsbook-attack-never-written');
  const handbook = handbookOf(Object.fromEntries(list.map((a) => [a.file, a.text])));
  const diagnostics = await runCheckAsync(handbook, { now: Temporal.Instant.from('2026-12-01T09:00:00+09:00') });

  it.each(list.map((a) => [a.name, a] as const))('%s', (_name, attack) => {
    const errors = diagnostics.filter((d) => d.file === `content/${attack.file}` && d.severity === 'error');
    expect(errors.map((d) => `${d.rule}:${d.line}`)).toContain(`${attack.rule}:${attack.line}`);
    expect(errors.find((d) => d.rule === attack.rule)!.message).not.toMatch(/internal error/);
  });

  it('a secret in policy.yaml', async () => {
    const text = FIXTURE_POLICY_TEXT.replace(/^timezone:/m, `${POLICY_SECRET_LINE}\ntimezone:`);
    const found = await runCheckAsync(handbookOf({}, policyFromText(text)), { now: Temporal.Instant.from('2026-12-01T09:00:00+09:00') });
    const line = text.split('\n').indexOf(POLICY_SECRET_LINE) + 1;
    expect(found.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}:${d.rule}`)).toContain(`content/policy.yaml:${line}:content/secret`);
  });
});
