/** Every hostile document is an error of its rule at its own line, in an otherwise valid handbook. */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { runCheckAsync } from '../../src/lib/check.ts';
import { handbookOf } from '../rules/helpers.ts';
import { attacks } from './attacks.ts';

describe('attack documents', async () => {
  const list = attacks('/tmp/opsbook-attack-never-written');
  const handbook = handbookOf(Object.fromEntries(list.map((a) => [a.file, a.text])));
  const diagnostics = await runCheckAsync(handbook, { now: Temporal.Instant.from('2026-12-01T09:00:00+09:00') });

  it.each(list.map((a) => [a.name, a] as const))('%s', (_name, attack) => {
    const errors = diagnostics.filter((d) => d.file === `content/${attack.file}` && d.severity === 'error');
    expect(errors.map((d) => `${d.rule}:${d.line}`)).toContain(`${attack.rule}:${attack.line}`);
    expect(errors.find((d) => d.rule === attack.rule)!.message).not.toMatch(/internal error/);
  });
});
