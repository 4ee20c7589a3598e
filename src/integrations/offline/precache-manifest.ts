/**
 * The precache manifest: every file of the built site a reader may need offline, by URL, and
 * a version that is a hash of all their contents. Any change to any file gives a new version,
 * so a new deploy installs a new cache and the old one is deleted; an unchanged site keeps
 * its version, so readers download nothing again.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface PrecacheEntry {
  url: string;
  /** SHA-256 of the file's bytes, hex. */
  hash: string;
  bytes: number;
}

/** Files the site serves that a browser never asks for, or must not keep (the worker itself). */
const NOT_PRECACHED = [/^sw\.js$/, /^_headers$/, /^_redirects$/, /(^|\/)\./, /\.map$/];

export const isPrecached = (file: string) => !NOT_PRECACHED.some((re) => re.test(file));

/** The URL a file is served at: `index.html` → `/`, `actors/x/index.html` → `/actors/x/`. */
export function urlOfFile(file: string): string {
  const path = file.split(sep).join('/');
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path}`;
}

/** The cache version: a short hash over every URL and its content hash, in URL order. */
export function precacheVersion(entries: readonly PrecacheEntry[]): string {
  const lines = [...entries].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)).map((e) => `${e.url} ${e.hash}\n`);
  return createHash('sha256').update(lines.join('')).digest('hex').slice(0, 16);
}

/**
 * Content hashes remembered from the last build, by file: a file whose size and modification
 * time are unchanged (the search bundles a build copies from its cache keep theirs) is not
 * read again. Keyed by path relative to the site.
 */
export type HashCache = Map<string, { size: number; mtimeMs: number; hash: string }>;

/**
 * Files whose hashes are known already, a folder's worth at a time: the search index's bundles,
 * each listed with its hashes when it was written (search/build-search-index.ts). Their files
 * are not read or looked at again: a large site's index is most of its files.
 */
export interface KnownFolder {
  /** Relative to the site, `pagefind/quotes/2025`. */
  dir: string;
  /** Every file the folder's bundle wrote, relative to `dir`. */
  files: readonly { path: string; bytes: number; hash: string }[];
}

/** Every precached file of the built site in `dir`, sorted by URL; `cache` is read and updated. */
export function readPrecacheManifest(dir: string, cache: HashCache = new Map(), known: readonly KnownFolder[] = []): PrecacheEntry[] {
  const entries: PrecacheEntry[] = [];
  const seen = new Set<string>();
  // A known folder's own entries (a bundle's `fragment/`, its `pagefind-entry.json`), skipped by
  // the walk: a bundle may hold another in a folder of its own (`pagefind/` holds `pagefind/recent/`).
  const skipped = new Set(known.flatMap((k) => k.files.map((f) => `${k.dir}/${f.path.split('/')[0]}`)));
  for (const k of known) {
    for (const f of k.files) if (isPrecached(`${k.dir}/${f.path}`)) entries.push({ url: urlOfFile(`${k.dir}/${f.path}`), hash: f.hash, bytes: f.bytes });
  }
  const walk = (folder: string) => {
    for (const dirent of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, dirent.name);
      const file = relative(dir, full).split(sep).join('/');
      if (skipped.has(file)) continue;
      if (dirent.isDirectory()) walk(full);
      else if (dirent.isFile()) {
        if (!isPrecached(file)) continue;
        const { size, mtimeMs } = statSync(full);
        let known = cache.get(file);
        if (!known || known.size !== size || known.mtimeMs !== mtimeMs) {
          known = { size, mtimeMs, hash: createHash('sha256').update(readFileSync(full)).digest('hex') };
          cache.set(file, known);
        }
        seen.add(file);
        entries.push({ url: urlOfFile(file), hash: known.hash, bytes: size });
      }
    }
  };
  walk(dir);
  for (const file of [...cache.keys()]) if (!seen.has(file)) cache.delete(file);
  return entries.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/**
 * Up to this many bytes, the worker saves the whole site on the first visit. A larger site
 * (thousands of articles) would make that first visit download hundreds of megabytes: it
 * saves the search index, the assets and the main pages up front, and every other page as
 * the reader opens it.
 */
export const PRECACHE_BUDGET_BYTES = 40 * 1024 * 1024;

/** Pages saved up front on a site over budget: the home page, the section indexes, search, 404. */
const isMainPage = (url: string) => /^\/(?:[^/]+\/)?$/.test(url) || url === '/404.html';
/** Downloads (the open-data exports) are not needed to read or search offline. */
const isDownload = (url: string) => url.startsWith('/data/');
/** The quote and claim bundles of the search index: saved when a reader first uses them. */
const isKindBundle = (url: string) => url.startsWith('/pagefind/quotes/') || url.startsWith('/pagefind/claims/');
const isPage = (url: string) => url.endsWith('/') || url.endsWith('.html');

/**
 * The files the worker saves on install: every file while the site is within the budget;
 * beyond it, the assets, the main pages and the main search bundle (so that any search works
 * offline), and every other file once a reader opens it.
 */
export function selectPrecache(entries: readonly PrecacheEntry[], budget = PRECACHE_BUDGET_BYTES): { entries: PrecacheEntry[]; whole: boolean } {
  const total = entries.reduce((n, e) => n + e.bytes, 0);
  if (total <= budget) return { entries: [...entries], whole: true };
  return { entries: entries.filter((e) => !isDownload(e.url) && !isKindBundle(e.url) && (!isPage(e.url) || isMainPage(e.url))), whole: false };
}
