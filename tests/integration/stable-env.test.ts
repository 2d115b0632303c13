import { describe, expect, it } from 'vitest';
import { withoutOptionalEnvMembers } from '../../src/integration/stable-env.ts';

describe('the env rewrite that keeps the shell out of route hashes', () => {
  it('turns optional members of import.meta.env into plain ones, and nothing else', () => {
    expect(withoutOptionalEnvMembers('if (import.meta.env?.PROD) x(import.meta.env?.BASE_URL ?? "/");')).toBe(
      'if (import.meta.env.PROD) x(import.meta.env.BASE_URL ?? "/");',
    );
    expect(withoutOptionalEnvMembers('const a = import.meta.env.DEV; b?.c;')).toBeNull();
    // An optional call or index is not a member Astro could define, so it is left for Astro to see.
    expect(withoutOptionalEnvMembers('f(import.meta.env?.[key]);')).toBe('f(import.meta.env?.[key]);');
    expect(withoutOptionalEnvMembers('my_import.meta.env?.X')).toBe('my_import.meta.env?.X');
  });
});
