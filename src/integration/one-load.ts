/**
 * The one load of a build or dev server: the handbook read and checked once, shared by the integration's
 * hooks (the gate, the redirects), the documents loader (src/integration/documents-loader.ts) and the
 * pages (src/site/handbook.ts). `npm run build` has done both before Astro starts and hands them over
 * (src/site/preloaded.ts); `astro build`, `astro dev` and `astro sync` do them here.
 */
import { Temporal } from 'temporal-polyfill';
import { runCheckAsync } from '../lib/check.ts';
import type { Diagnostic } from '../lib/diagnostics.ts';
import { ToolError } from '../lib/errors.ts';
import type { Handbook } from '../lib/handbook.ts';
import { loadHandbookForBuild } from '../node/load-handbook.ts';
import { preloadedHandbook, preloadHandbook } from '../site/preloaded.ts';

/** The instant the build measures "overdue" from: OPSBOOK_NOW, or now. */
export function buildNow(): Temporal.Instant {
  return process.env.OPSBOOK_NOW ? Temporal.Instant.from(process.env.OPSBOOK_NOW) : Temporal.Now.instant();
}

/** The handbook and every finding of the check, loaded and checked unless this build already has them for `now`. */
export async function checkedHandbook(root: string, now: Temporal.Instant = buildNow()): Promise<{ handbook: Handbook; diagnostics: Diagnostic[] }> {
  const preloaded = preloadedHandbook(root, now.toString());
  if (preloaded) return { handbook: preloaded.handbook, diagnostics: [...preloaded.diagnostics] };
  return checkAgain(root, now);
}

/** Reads and checks the handbook from the files as they are now (an edit in `astro dev`), and shares the result. */
export async function checkAgain(root: string, now: Temporal.Instant = buildNow()): Promise<{ handbook: Handbook; diagnostics: Diagnostic[] }> {
  const handbook = await loadHandbookForBuild(root).catch((error: unknown) => {
    // An unreadable policy: the check's own message and positions, not a stack trace.
    if (!(error instanceof ToolError)) throw error;
    const where = error.problems.map((p) => `  ${p.file}:${p.line}:${p.column}  ${p.message}  ${p.rule}`).join('\n');
    throw new Error(`opsbook: ${error.message}${where ? `\n${where}` : ''}`);
  });
  const diagnostics = await runCheckAsync(handbook, { now });
  preloadHandbook({ root, now: now.toString(), handbook, diagnostics });
  return { handbook, diagnostics };
}
