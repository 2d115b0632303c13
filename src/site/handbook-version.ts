/**
 * Which reading of the handbook the site's pages may reuse. `astro dev` loads pages from Vite's module
 * graph, not from the integration's module instance, so an edit reaches the pages through `globalThis`:
 * the integration bumps the version, and the next `getHandbook()` loads the handbook again.
 */
const KEY = Symbol.for('opsbook.site-handbook-version');
type Holder = { [KEY]?: number };

function siteHandbookVersion(): number {
  return (globalThis as Holder)[KEY] ?? 0;
}

export function invalidateSiteHandbook(): void {
  (globalThis as Holder)[KEY] = siteHandbookVersion() + 1;
}

/** A value computed once per reading of the handbook (`make` runs again after an edit in `astro dev`). */
export function oncePerHandbook<T>(make: () => Promise<T>): () => Promise<T> {
  let cached: { version: number; value: Promise<T> } | undefined;
  return () => {
    const version = siteHandbookVersion();
    if (cached?.version !== version) cached = { version, value: make() };
    return cached.value;
  };
}
