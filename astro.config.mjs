// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';
import offlineSearch from './src/integrations/offline-search.ts';

/** The deployed site's origin; canonical URLs, feeds and the sitemap are built from it. */
const site = process.env.FACTLINE_SITE ?? 'http://localhost:4321';

export default defineConfig({
  site,
  // A build of other content (FACTLINE_CONTENT) keeps Astro's content cache apart, so it never
  // races a build of the project's own content.
  ...(process.env.FACTLINE_CACHE_DIR ? { cacheDir: process.env.FACTLINE_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // offlineSearch runs last: its service worker precaches every file the others wrote.
  integrations: [sitemap(), offlineSearch()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
