import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { isPrecached, precacheVersion, readPrecacheManifest, selectPrecache, urlOfFile, type PrecacheEntry } from '../../../src/integrations/offline/precache-manifest.ts';
import { serviceWorkerSource } from '../../../src/integrations/offline/service-worker-source.ts';

const root = mkdtempSync(join(tmpdir(), 'factline-precache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function site(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}

const files = {
  'index.html': '<h1>Home</h1>',
  '404.html': 'not found',
  'actors/x/index.html': 'actor',
  '_astro/Base.abc.css': 'body{}',
  'pagefind/pagefind-entry.json': '{}',
  'pagefind/index/en_1.pf_index': 'idx',
  'sw.js': 'old worker',
  '_headers': '/*',
  '.DS_Store': 'x',
  '_astro/app.js.map': '{}',
};

describe('urlOfFile and isPrecached', () => {
  it.each([
    ['index.html', '/'],
    ['actors/x/index.html', '/actors/x/'],
    ['404.html', '/404.html'],
    ['pagefind/pagefind.js', '/pagefind/pagefind.js'],
  ])('%s is served at %s', (file, url) => expect(urlOfFile(file)).toBe(url));

  it('leaves out the worker itself, host configuration, hidden files and source maps', () => {
    expect(['sw.js', '_headers', '_redirects', '.DS_Store', 'a/.hidden', 'x.js.map'].filter(isPrecached)).toEqual([]);
    expect(isPrecached('pagefind/wasm.en.pagefind')).toBe(true);
  });
});

describe('readPrecacheManifest and precacheVersion', () => {
  const a = readPrecacheManifest(site('a', files));

  it('lists every file a reader may need, by URL, sorted', () => {
    expect(a.map((e) => e.url)).toEqual(['/', '/404.html', '/_astro/Base.abc.css', '/actors/x/', '/pagefind/index/en_1.pf_index', '/pagefind/pagefind-entry.json']);
    expect(a[0]).toMatchObject({ bytes: 13 });
    expect(a[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps its version while the site is unchanged and changes it when any file changes', () => {
    const same = readPrecacheManifest(site('b', files));
    expect(precacheVersion(same)).toBe(precacheVersion(a));
    expect(precacheVersion(a)).toMatch(/^[0-9a-f]{16}$/);
    const oneByte = readPrecacheManifest(site('c', { ...files, 'pagefind/index/en_1.pf_index': 'idy' }));
    expect(precacheVersion(oneByte)).not.toBe(precacheVersion(a));
    const { 'actors/x/index.html': actor, ...rest } = files;
    const moved = readPrecacheManifest(site('d', { ...rest, 'actors/y/index.html': actor }));
    expect(precacheVersion(moved)).not.toBe(precacheVersion(a));
    // Order of discovery does not matter.
    expect(precacheVersion([...a].reverse())).toBe(precacheVersion(a));
  });
});

describe('readPrecacheManifest with known folders', () => {
  const nested = {
    ...files,
    'pagefind/recent/pagefind-entry.json': '{"r":1}',
    'pagefind/recent/fragment/a.pf_fragment': 'frag',
  };
  const hashOf = (body: string) => readPrecacheManifest(site('h', { 'f.txt': body }))[0]!.hash;

  it('takes a known folder’s files as listed, without reading them, and walks what is not known', () => {
    const dir = site('k', nested);
    // The index's own files, listed as the search step wrote them (hashes it computed then).
    const known = [
      { dir: 'pagefind', files: [{ path: 'index/en_1.pf_index', bytes: 3, hash: 'listed-index' }, { path: 'pagefind-entry.json', bytes: 2, hash: 'listed-entry' }] },
      { dir: 'pagefind/recent', files: [{ path: 'fragment/a.pf_fragment', bytes: 4, hash: 'listed-fragment' }, { path: 'pagefind-entry.json', bytes: 7, hash: 'listed-recent' }] },
    ];
    const entries = readPrecacheManifest(dir, new Map(), known);
    expect(entries.map((e) => e.url)).toEqual(readPrecacheManifest(dir).map((e) => e.url));
    const byUrl = new Map(entries.map((e) => [e.url, e.hash]));
    expect(byUrl.get('/pagefind/index/en_1.pf_index')).toBe('listed-index');
    expect(byUrl.get('/pagefind/recent/fragment/a.pf_fragment')).toBe('listed-fragment');
    expect(byUrl.get('/pagefind/recent/pagefind-entry.json')).toBe('listed-recent');
    // Files outside the known folders' own entries are read as before.
    expect(byUrl.get('/actors/x/')).toBe(hashOf('actor'));
  });

  it('gives the same manifest as reading every file when the lists are true', () => {
    const dir = site('t', nested);
    const all = readPrecacheManifest(dir);
    const listed = (folder: string, paths: string[]) => ({
      dir: folder,
      files: paths.map((p) => {
        const e = all.find((x) => x.url === `/${folder}/${p}`)!;
        return { path: p, bytes: e.bytes, hash: e.hash };
      }),
    });
    const known = [listed('pagefind', ['index/en_1.pf_index', 'pagefind-entry.json']), listed('pagefind/recent', ['fragment/a.pf_fragment', 'pagefind-entry.json'])];
    expect(readPrecacheManifest(dir, new Map(), known)).toEqual(all);
  });
});

describe('serviceWorkerSource', () => {
  const template = readFileSync(new URL('../../../src/integrations/offline/service-worker.js', import.meta.url), 'utf8');
  const entries = readPrecacheManifest(site('e', files));
  const { source, version } = serviceWorkerSource(template, entries);

  it('puts the version and the precache list in front of the hand-written worker', () => {
    expect(source.startsWith(`const VERSION = "${version}";\nconst WHOLE_SITE = true;\nconst PRECACHE = [\n  "/",\n  "/404.html",\n`)).toBe(true);
    expect(source.endsWith(template)).toBe(true);
    expect(version).toBe(precacheVersion(entries));
  });

  it('is valid JavaScript whose list is the manifest', () => {
    const listeners: string[] = [];
    const context = { self: { addEventListener: (type: string) => listeners.push(type), location: { origin: 'https://factline.example' } }, URL, Response, caches: {} };
    new Script(`${source}\nthis.__list = PRECACHE; this.__version = VERSION;`).runInNewContext(context);
    expect((context as unknown as { __list: string[] }).__list).toEqual(entries.map((e) => e.url));
    expect(listeners.sort()).toEqual(['activate', 'fetch', 'install', 'message']);
  });
});

describe('selectPrecache', () => {
  const entry = (url: string, bytes: number): PrecacheEntry => ({ url, hash: url, bytes });
  const site = [
    entry('/', 10),
    entry('/404.html', 10),
    entry('/_astro/site.css', 10),
    entry('/actors/', 10),
    entry('/actors/donald-trump/', 10),
    entry('/articles/a/', 10),
    entry('/data/corpus.json.gz', 100),
    entry('/pagefind/index/en_1.pf_index', 10),
    entry('/pagefind/quotes/index/en_2.pf_index', 10),
    entry('/search/', 10),
    entry('/timeline/page/2/', 10),
  ];

  it('saves the whole site while it is within the budget', () => {
    expect(selectPrecache(site, 1_000)).toEqual({ entries: site, whole: true });
  });

  it('over the budget, saves the assets, the main search bundle and the main pages, not every page, the quote and claim bundles or downloads', () => {
    const { entries, whole } = selectPrecache(site, 100);
    expect(whole).toBe(false);
    expect(entries.map((e) => e.url)).toEqual(['/', '/404.html', '/_astro/site.css', '/actors/', '/pagefind/index/en_1.pf_index', '/search/']);
  });

  it('over the budget, the worker says so and its version still covers every file', () => {
    const template = readFileSync(new URL('../../../src/integrations/offline/service-worker.js', import.meta.url), 'utf8');
    const partial = serviceWorkerSource(template, site, 100);
    expect(partial.whole).toBe(false);
    expect(partial.source).toContain('const WHOLE_SITE = false;');
    expect(partial.version).toBe(precacheVersion(site));
    expect(partial.version).not.toBe(serviceWorkerSource(template, site.slice(1), 100).version);
  });
});

describe('the hash cache', () => {
  it('reuses the hash of a file whose size and time are unchanged, and reads a changed file again', () => {
    const dir = site('cached', files);
    const cache = new Map() as Parameters<typeof readPrecacheManifest>[1] & Map<string, { size: number; mtimeMs: number; hash: string }>;
    const first = readPrecacheManifest(dir, cache);
    expect(cache.get('index.html')!.hash).toBe(first.find((e) => e.url === '/')!.hash);
    // A remembered hash is trusted while size and time match: the file is not read again.
    cache.set('index.html', { ...cache.get('index.html')!, hash: 'remembered' });
    expect(readPrecacheManifest(dir, cache).find((e) => e.url === '/')!.hash).toBe('remembered');
    // Rewriting the file gives it a new time (and here a new size): it is hashed again.
    writeFileSync(join(dir, 'index.html'), '<h1>Home, corrected</h1>');
    expect(readPrecacheManifest(dir, cache).find((e) => e.url === '/')!.hash).not.toBe('remembered');
    // Files that are gone leave the cache.
    rmSync(join(dir, '404.html'));
    readPrecacheManifest(dir, cache);
    expect(cache.has('404.html')).toBe(false);
  });
});
