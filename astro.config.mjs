// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: process.env.OPSBOOK_SITE ?? 'http://localhost:4321',
  base: process.env.OPSBOOK_BASE ?? '/',
  trailingSlash: 'always',
  integrations: [mdx()],
  // Code colours for both themes (CSS switches to --shiki-dark); the high-contrast palettes keep
  // comments in commands readable (WCAG AA) on the page's code background.
  markdown: {
    shikiConfig: { themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' }, defaultColor: 'light' },
  },
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  prefetch: false,
});
