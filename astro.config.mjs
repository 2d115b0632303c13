// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: process.env.OPSBOOK_SITE ?? 'http://localhost:4321',
  base: process.env.OPSBOOK_BASE ?? '/',
  trailingSlash: 'always',
  // Documents are not Astro modules: bodies are rendered as data from the check's parse
  // (src/site/render-body.ts), so no MDX is compiled and nothing a document says is evaluated.
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  prefetch: false,
});
