/**
 * The handbook `npm run build` already loaded and checked, handed to the Astro build it runs in the same
 * process. Without it the site loaded every file twice more (the content collections for the audience
 * filter, src/site/handbook.ts for the pages) and ran the whole check a second time: at 10,000 documents
 * that was ≈15 s of a build whose budget is 1.3× a bare Astro build.
 *
 * The hand-off goes through `globalThis` because Astro runs the config and the pages from its own bundle,
 * not from the module instance the build command imported. Anything that runs Astro without the build
 * command (`astro build`, `astro dev`, the site tests) finds nothing here and loads the handbook itself.
 */
import path from 'node:path';
import type { Diagnostic } from '../lib/diagnostics.ts';
import type { Handbook } from '../lib/handbook.ts';

export interface PreloadedHandbook {
  /** The handbook root it was loaded from (absolute). */
  root: string;
  /** The instant the check measured "overdue" from (ISO), as OPSBOOK_NOW. */
  now: string;
  /** The full handbook, restricted documents included. */
  handbook: Handbook;
  /**
   * All findings of the check (async rules included), restricted documents included: the site reuses them
   * only for the restricted audience. A public site checks its own view (src/site/handbook.ts).
   */
  diagnostics: readonly Diagnostic[];
}

const KEY = Symbol.for('opsbook.preloaded-handbook');
type Holder = { [KEY]?: PreloadedHandbook };

export function preloadHandbook(preloaded: PreloadedHandbook): void {
  (globalThis as Holder)[KEY] = { ...preloaded, root: path.resolve(preloaded.root) };
}

/**
 * The preloaded handbook when it is the one this build needs: same root and, when `now` is given, the same
 * instant (a check run for another instant found other overdue items).
 */
export function preloadedHandbook(root: string, now?: string): PreloadedHandbook | undefined {
  const found = (globalThis as Holder)[KEY];
  if (!found || found.root !== path.resolve(root)) return undefined;
  if (now !== undefined && found.now !== now) return undefined;
  return found;
}
