// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';
import buildReport from './src/integrations/build-report.ts';
import contentSecurity from './src/integrations/content-security.ts';

import { LOCAL_SITE_URL, readSiteConfig, siteUrl } from './src/lib/config/index.ts';

/**
 * The deployed site's origin (FACTLINE_SITE, else `url` in factline.config.yaml); canonical URLs,
 * feeds and the sitemap are built from it. scripts/build.ts refuses a production build without
 * one; `astro dev` and `astro preview` fall back to the local address.
 */
const site = siteUrl(readSiteConfig()) ?? LOCAL_SITE_URL;

export default defineConfig({
  site,
  // A build of other content (FACTLINE_CONTENT) keeps Astro's content cache apart, so it never
  // races a build of the project's own content.
  ...(process.env.FACTLINE_CACHE_DIR ? { cacheDir: process.env.FACTLINE_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // After the build: count what was rendered, check the rendered pages against the
  // Content-Security-Policy. The search index and the service worker are written by
  // scripts/build.ts once Astro has exited (see src/integrations/search-index.ts for why).
  integrations: [sitemap(), buildReport(), contentSecurity()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
  // Pages whose data (their getStaticPaths cacheKey) and code are unchanged are copied from the
  // last build instead of rendered again. It needs build.concurrency 1, Astro's default.
  experimental: { incrementalBuild: true },
});
