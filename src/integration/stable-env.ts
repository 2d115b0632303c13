/**
 * Keeps the shell's environment out of the bundled code, so a route's code hash (docs/architecture.md §13)
 * is the same whoever starts the build.
 *
 * Astro's env plugin replaces a bare `import.meta.env` (one not followed by `.`) with
 * `Object.assign(import.meta.env, {…})` holding every environment variable whose *name* occurs anywhere
 * in the module's source. `import.meta.env?.PROD` is such a bare reference (`?` follows it), and the
 * variable `_` (the shell's last command: `/usr/bin/npm` under `npm run build`, `node_modules/.bin/astro`
 * under `astro build`) has a name that occurs in nearly every module. So the value of `_` became part of
 * every route's hash, and a build started another way restored no page at all. Astro's own runtime writes
 * `import.meta.env?.PROD`; under Vite `import.meta.env` always exists, so the optional chain is rewritten to
 * a plain member access, which Astro replaces with the value Vite defines for that one key.
 */
import type { Plugin } from 'vite';

const OPTIONAL_ENV_MEMBER = /\bimport\.meta\.env\?\.(?=[A-Za-z_$])/g;

/** `import.meta.env?.KEY` → `import.meta.env.KEY` in the source; null when the source has none. */
export function withoutOptionalEnvMembers(source: string): string | null {
  if (!source.includes('import.meta.env?.')) return null;
  return source.replace(OPTIONAL_ENV_MEMBER, 'import.meta.env.');
}

export function stableEnvironment(): Plugin {
  return {
    name: 'opsbook:stable-env',
    // Before Astro's env plugin, which reads the source as it stands.
    enforce: 'pre',
    transform: {
      filter: { code: /import\.meta\.env\?\./ },
      handler(source) {
        const code = withoutOptionalEnvMembers(source);
        // No source map: the rewrite deletes one `?`, so at most a column moves on those lines.
        return code === null ? null : { code, map: null };
      },
    },
  };
}
