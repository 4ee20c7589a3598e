/**
 * Incremental builds through the real build: build a copy of the seed content, correct one
 * claim's verdict in its annotation file, build again with the same cache. Going by the
 * build's own report, only the pages that show that claim are rendered again (plus the few
 * pages that have no cache key and are always rendered), and the result is byte-identical to
 * a clean full build of the edited content.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { treeHashes } from '../helpers/tree-hashes.ts';
import { readCorpusExport } from '../helpers/corpus-export.ts';

const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'factline-incremental-'));
const content = join(work, 'content');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Pages with no getStaticPaths (so no cache key): Astro renders them on every build. */
const UNKEYED = ['404.html', 'about/index.html', 'actors/index.html', 'claims/index.html', 'index.html', 'methodology/index.html', 'quotes/index.html', 'search/index.html'];

interface Report {
  rendered: string[];
  reused: number;
  /** The search bundles the build logged: `main`, `quotes/2025`, … and whether each was reused. */
  search: Record<string, 'indexed' | 'reused'>;
}

function build(out: string, cache: string): Report {
  const r = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      // The project's own Node runs Astro, whatever started the tests.
      PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
      FACTLINE_CONTENT: content,
      FACTLINE_OUT: out,
      FACTLINE_CACHE_DIR: cache,
      // The index of a large site, in parts, on the few seed articles: the quotes' and claims'
      // newest quarter apart, and the main index in parts of at most two articles.
      FACTLINE_SEARCH_SPLIT_FROM: '1',
      FACTLINE_SEARCH_MAIN_PART: '2',
    },
  });
  expect(r.status, `${r.stdout.slice(-3000)}\n${r.stderr}`).toBe(0);
  const search = Object.fromEntries([...r.stdout.matchAll(/search index (\S+): ([^\n]*)/g)].map((m) => [m[1]!, /unchanged since the last build/.test(m[2]!) ? 'reused' : 'indexed'] as const));
  return { ...(JSON.parse(readFileSync(join(cache, 'factline-build-report.json'), 'utf8')) as Omit<Report, 'search'>), search };
}

/** The built site on a local port, as a static host serves it. */
async function serveDir(root: string) {
  const types: Record<string, string> = { html: 'text/html', js: 'text/javascript', css: 'text/css', json: 'application/json', svg: 'image/svg+xml', wasm: 'application/wasm' };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': types[extname(file).slice(1)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

const htmlOf = (hashes: Record<string, string>) => Object.fromEntries(Object.entries(hashes).filter(([f]) => f.endsWith('.html')));

describe('a corrected verdict', () => {
  const cache = join(work, 'cache');
  const dist = join(work, 'dist');
  let before: Record<string, string>;
  let first: Report;
  let second: Report;
  let slug = '';
  let verdict = '';

  beforeAll(() => {
    cpSync(join(root, 'content'), content, { recursive: true });
    // One quote said a year earlier, so that the quote index has a second year.
    const quoteFile = join(content, 'annotations', 'putin-and-trump-hold-two-hour-phone-call-on-ukraine.yaml');
    writeFileSync(quoteFile, readFileSync(quoteFile, 'utf8').replace('said: "2025-05-19"', 'said: "2024-12-30"'));
    // One article published a year earlier. The main index's parts, of whole quarters from the
    // oldest: 2024-Q3 with 2025-Q1, then 2025-Q2 (two articles), and the newest, 2025-Q3.
    const articleFile = join(content, 'articles', 'trump-hopes-for-peace-in-ukraine-amid-putin-negotiation-uncertainty.md');
    writeFileSync(articleFile, readFileSync(articleFile, 'utf8').replace('published: 2025-08-19', 'published: 2024-08-19'));
    first = build(dist, cache);
    before = treeHashes(dist);

    // An editor corrects the verdict of one decided claim in the newest article.
    const corpus = readCorpusExport(dist) as unknown as { articles: { slug: string; published: string; claims: { id: string; verdict: string; status: string }[] }[] };
    const article = corpus.articles.filter((a) => a.claims.some((c) => c.status === 'reviewed')).sort((a, b) => (a.published < b.published ? 1 : -1))[0]!;
    slug = article.slug;
    const file = join(content, 'annotations', `${slug}.yaml`);
    const doc = parseDocument(readFileSync(file, 'utf8'));
    const claims = doc.get('claims') as { items: { get(k: string): unknown; set(k: string, v: unknown): void }[] };
    const claim = claims.items.find((c) => c.get('status') === 'reviewed')!;
    verdict = claim.get('verdict') === 'accurate' ? 'mostly-accurate' : 'accurate';
    claim.set('verdict', verdict);
    writeFileSync(file, doc.toString());

    second = build(dist, cache);
  }, 600_000);

  it('renders every page on the first build, and reuses pages on the second', () => {
    expect(first.reused).toBe(0);
    expect(second.reused).toBeGreaterThan(20);
  });

  it('renders again only the pages that show the claim', () => {
    const after = treeHashes(dist);
    const changed = Object.keys(htmlOf(after)).filter((f) => after[f] !== before[f]);
    // The claim's article, its page and the lists that show its verdict changed…
    expect(changed).toContain(`articles/${slug}/index.html`);
    expect(changed.some((f) => f.startsWith(`claims/verdict/${verdict}/`))).toBe(true);
    // …and exactly those keyed pages were rendered; every other page was copied.
    const renderedKeyed = second.rendered.filter((f) => !UNKEYED.includes(f));
    console.log(`second build: ${second.rendered.length} rendered (${renderedKeyed.length} keyed), ${second.reused} reused; ${changed.length} pages changed`);
    expect(renderedKeyed.sort()).toEqual(changed.filter((f) => !UNKEYED.includes(f)).sort());
    expect(second.rendered.length).toBeLessThan(first.rendered.length / 3);
  });

  it('indexes again only the part of the claims that holds the claim, not the main index of the article pages', () => {
    // Quotes and claims: the newest quarter (July to September 2025) apart, the years before it
    // in parts of their own. The main bundle's parts hold the articles, and a verdict is in none.
    expect(Object.keys(first.search).sort()).toEqual(['claims/2024', 'claims/2025', 'claims/recent', 'main', 'main/2024-Q3', 'main/2025-Q2', 'quotes/2024', 'quotes/2025', 'quotes/recent']);
    expect(second.search).toEqual({
      main: 'reused',
      'main/2025-Q2': 'reused',
      'main/2024-Q3': 'reused',
      'quotes/recent': 'reused',
      'quotes/2025': 'reused',
      'quotes/2024': 'reused',
      'claims/recent': 'indexed',
      'claims/2025': 'reused',
      'claims/2024': 'reused',
    });
    // Every bundle is in the site, whichever finished first.
    for (const bundle of Object.keys(second.search)) expect(existsSync(join(dist, 'pagefind', bundle.replace(/^main\/?/, ''), 'pagefind-entry.json')), bundle).toBe(true);
  });

  it('the search page finds what each part of the index holds, in one search: articles of every part, and every part of the quotes', async () => {
    const server = await serveDir(dist);
    const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
    const browser = await chromium.launch({ ...(systemChromium ? { executablePath: systemChromium } : {}), args: ['--no-sandbox', '--disable-background-networking'] });
    try {
      const page = await browser.newPage();
      const links = async (query: string) => {
        await page.goto(`${server.origin}/search/?${query}`);
        await page.locator('[data-search-status]').filter({ hasText: /result/ }).waitFor();
        return page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      };
      // The article moved to 2024 (/pagefind/2024-Q3/), one of May 2025 (/pagefind/2025-Q2/) and
      // the newest, of September 2025 (/pagefind/).
      const articles = await links('q=Trump&kind=article');
      expect(articles.some((h) => h.startsWith('/articles/trump-hopes-for-peace-in-ukraine-amid-putin-negotiation-uncertainty/'))).toBe(true);
      expect(articles.some((h) => h.startsWith('/articles/putin-and-trump-hold-two-hour-phone-call-on-ukraine/'))).toBe(true);
      expect(articles.some((h) => h.startsWith('/articles/putin-we-have-open-dialogue-with-trump/'))).toBe(true);
      // Sorted by date across the parts: each part's dates.json.
      const newest = await links('q=Trump&kind=article&sort=newest');
      const order = ['putin-we-have-open-dialogue-with-trump', 'putin-and-trump-hold-two-hour-phone-call-on-ukraine', 'trump-hopes-for-peace-in-ukraine-amid-putin-negotiation-uncertainty'].map((slug) => newest.findIndex((h) => h.startsWith(`/articles/${slug}/`)));
      expect(order.every((i) => i >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      // "excellent" was said in 2024 (quotes/2024), "meaningful and frank." in May 2025 (quotes/2025),
      // "long, detailed conversation" is in the newest article (quotes/recent).
      expect((await links('q=excellent&kind=quote')).some((h) => h.includes('putin-and-trump-hold-two-hour-phone-call-on-ukraine/#q-1'))).toBe(true);
      expect((await links('q=meaningful+frank&kind=quote')).some((h) => h.includes('putin-and-trump-hold-two-hour-phone-call-on-ukraine/#q-2'))).toBe(true);
      expect((await links('q=detailed+conversation&kind=quote')).some((h) => h.includes('putin-we-have-open-dialogue-with-trump/#q-2'))).toBe(true);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 120_000);

  it('gives the same bytes as a clean full build of the edited content', () => {
    const clean = join(work, 'dist-clean');
    build(clean, join(work, 'cache-clean'));
    const incremental = treeHashes(dist);
    const full = treeHashes(clean);
    expect(Object.keys(incremental)).toEqual(Object.keys(full));
    expect(Object.keys(full).filter((f) => full[f] !== incremental[f])).toEqual([]);
  }, 300_000);
});
