// @ts-check
import { defineConfig } from 'astro/config';
import { THEME_INIT_HASH } from './src/site/theme-init.ts';

export default defineConfig({
  site: process.env.OPSBOOK_SITE ?? 'http://localhost:4321',
  base: process.env.OPSBOOK_BASE ?? '/',
  trailingSlash: 'always',
  // Documents are not Astro modules: bodies are rendered as data from the check's parse
  // (src/site/render-body.ts), so no MDX is compiled and nothing a document says is evaluated.
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  prefetch: false,
  // Content-Security-Policy on every page (docs/security.md). Astro writes it as a
  // <meta http-equiv="content-security-policy"> with the hashes of every script and style it renders,
  // so nothing inline runs or applies unless it is one of ours:
  // - script-src: 'self' (the bundled scripts and pagefind's JS), the hashes Astro adds, the theme-init
  //   script's hash (src/site/theme-init.ts holds its text and hash together, so they cannot drift),
  //   and 'wasm-unsafe-eval' because pagefind compiles its search engine from WebAssembly. No
  //   'unsafe-inline': inline scripts and inline event handlers (onerror=…) do not run.
  // - style-src: 'self' and the hashes of the <style> blocks Astro inlines. Hashes make the browser
  //   ignore every style="…" attribute, so the site has none: they were moved to classes in
  //   src/styles/global.css. (Only the Markdown code highlighter's token colours in document bodies
  //   still use them until the class-based body renderer lands.)
  // - frame-ancestors (who may frame the site) is ignored in a <meta> CSP: set it, with the rest of
  //   this policy, as a real response header where the site is hosted.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: ["default-src 'self'", "img-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [THEME_INIT_HASH],
      },
      styleDirective: {
        resources: ["'self'"],
      },
    },
  },
});
