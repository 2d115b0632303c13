// @ts-check
import { defineConfig } from 'astro/config';
import opsbook from './src/integration/index.ts';
import { THEME_INIT_HASH } from './src/site/theme-init.ts';

export default defineConfig({
  site: process.env.OPSBOOK_SITE ?? 'http://localhost:4321',
  base: process.env.OPSBOOK_BASE ?? '/',
  trailingSlash: 'always',
  // One path from documents to pages for astro build, astro dev and npm run build (src/integration/):
  // the check first, bodies rendered as data from its parse (no MDX is compiled, nothing a document says
  // is evaluated), document pages streamed to the search index.
  integrations: [opsbook()],
  // Astro's Markdown pipeline is unused (bodies render from the check's parse with class-based colours).
  markdown: { syntaxHighlight: false },
  // One page at a time (Astro's default). Two at a time hides Astro's per-page writes behind the next
  // render, which made a 10,000-document build without the search index ≈9 s faster, but with the index
  // the two cores are already full (pages, indexer, pagefind) and no build was faster (docs/performance.md,
  // sixth round). The search indexer and the failure handling are correct for any value.
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Pages whose key (src/site/page-keys.ts) and code are unchanged are restored from the previous build
  // instead of rendered; the cache folder is set per audience by the integration (docs/architecture.md §13).
  experimental: { incrementalBuild: true },
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
  //   src/styles/global.css, and code in document bodies is coloured by class (src/styles/code.css).
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
