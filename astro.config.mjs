// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: process.env.OPSBOOK_SITE ?? 'http://localhost:4321',
  base: process.env.OPSBOOK_BASE ?? '/',
  trailingSlash: 'always',
  integrations: [mdx()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  prefetch: false,
});
