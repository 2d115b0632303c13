/**
 * The one script that must run before first paint: it applies a saved theme so a dark-theme reader
 * never sees a flash of the light page. It stays an inline script in <head> (a bundled module script
 * runs only after parsing), and the Content-Security-Policy allows it by its hash.
 *
 * The text and its hash live together here: Base.astro renders exactly THEME_INIT_SCRIPT and
 * astro.config.mjs puts THEME_INIT_HASH into `security.csp.scriptDirective.hashes`, so an edit to the
 * script changes its hash in the same build and the two cannot drift apart.
 */
import { createHash } from 'node:crypto';

export const THEME_INIT_SCRIPT = `(() => {
  try {
    const saved = localStorage.getItem('opsbook-theme');
    if (saved === 'light' || saved === 'dark') document.documentElement.dataset.theme = saved;
  } catch {}
})();`;

/** CSP source expression (without quotes) for THEME_INIT_SCRIPT: `sha256-<base64>`. */
export const THEME_INIT_HASH = `sha256-${createHash('sha256').update(THEME_INIT_SCRIPT, 'utf8').digest('base64')}` as const;
