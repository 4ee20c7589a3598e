/**
 * Bytes transferred by a reader's first search: Chromium opens the site's `/search/?q=…`
 * page against a static server of `dist/` and every request to `/pagefind/` is summed (as
 * transferred: compressed body plus headers). With `via: 'pagefind-api'`, or when the site has
 * no search page but has a Pagefind index (the bare Astro + Pagefind baseline), a bare
 * measurement page instead loads `/pagefind/pagefind.js`, runs the same query through
 * Pagefind's JS API and loads the first five results' data, as Pagefind's default UI does: the
 * like-for-like comparison of two indexes.
 *
 * Service workers are blocked: the offline precache downloads the whole index once, in the
 * background, and is reported separately as the index size.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { serveStatic } from './static-server.ts';

export interface FirstSearch {
  mode: 'search-page' | 'pagefind-api';
  query: string;
  results: number | null;
  requests: number;
  bytes: number;
  files: { url: string; bytes: number }[];
}

const HARNESS = (query: string) => `<!doctype html><meta charset="utf-8"><title>search</title>
<script type="module">
const pagefind = await import('/pagefind/pagefind.js');
await pagefind.init?.();
// A site whose main index comes in parts (Factline's /pagefind/recent/) lists them in its manifest.
const manifest = await fetch('/pagefind/manifest.json').then((r) => (r.ok ? r.json() : null)).catch(() => null);
await Promise.all((manifest?.shards?.main ?? []).map((s) => pagefind.mergeIndex(\`/pagefind/\${s}/\`)));
const search = await pagefind.search(${JSON.stringify(query)});
await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
window.__results = search.results.length;
window.__done = true;
</script>`;

export interface FirstSearchOptions {
  /** How to search: the site's own `/search/` page when it has one (the default), or Pagefind's API directly. */
  via?: FirstSearch['mode'];
  executablePath?: string;
}

export async function measureFirstSearch(dist: string, query: string, options: FirstSearchOptions = {}): Promise<FirstSearch | { skipped: string }> {
  const executablePath = options.executablePath ?? '/usr/bin/chromium';
  const hasIndex = existsSync(join(dist, 'pagefind', 'pagefind.js'));
  const hasPage = options.via !== 'pagefind-api' && existsSync(join(dist, 'search', 'index.html'));
  if (!hasPage && !hasIndex) return { skipped: `the site has no ${options.via === 'pagefind-api' ? '' : 'search page and no '}Pagefind index` };
  const server = await serveStatic(dist, { '/__bench/search/': HARNESS(query) });
  const browser = await chromium.launch({ executablePath: existsSync(executablePath) ? executablePath : undefined, args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const pending: Promise<{ url: string; bytes: number }>[] = [];
    page.on('requestfinished', (request) => {
      const url = new URL(request.url());
      if (!url.pathname.startsWith('/pagefind/')) return;
      // A file the site does not have (the bare baseline has no manifest) is not a download.
      pending.push(
        request.response().then(async (response) => {
          if (!response || response.status() >= 400) return { url: url.pathname, bytes: 0 };
          const s = await request.sizes();
          return { url: url.pathname, bytes: s.responseBodySize + s.responseHeadersSize };
        }),
      );
    });
    const mode: FirstSearch['mode'] = hasPage ? 'search-page' : 'pagefind-api';
    const target = hasPage ? `/search/?q=${encodeURIComponent(query)}` : '/__bench/search/';
    await page.goto(server.url + target, { waitUntil: 'load' });
    let results: number | null = null;
    if (mode === 'pagefind-api') {
      await page.waitForFunction(() => (window as unknown as { __done?: boolean }).__done === true, null, { timeout: 60_000 });
      results = await page.evaluate(() => (window as unknown as { __results: number }).__results);
    }
    // The search UI debounces and then fetches index chunks and result fragments: wait until the network is quiet.
    await page.waitForLoadState('networkidle', { timeout: 60_000 });
    await page.waitForTimeout(500);
    await page.waitForLoadState('networkidle', { timeout: 60_000 });
    const files = (await Promise.all(pending)).filter((f) => f.bytes > 0).sort((a, b) => (a.url < b.url ? -1 : 1));
    return { mode, query, results, requests: files.length, bytes: files.reduce((n, f) => n + f.bytes, 0), files };
  } finally {
    await browser.close();
    await server.close();
  }
}
