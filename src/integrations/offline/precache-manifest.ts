/**
 * The precache manifest: every file of the built site a reader may need offline, by URL, and
 * a version that is a hash of all their contents. Any change to any file gives a new version,
 * so a new deploy installs a new cache and the old one is deleted; an unchanged site keeps
 * its version, so readers download nothing again.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
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

/** Every precached file of the built site in `dir`, sorted by URL. */
export function readPrecacheManifest(dir: string): PrecacheEntry[] {
  const entries: PrecacheEntry[] = [];
  const walk = (folder: string) => {
    for (const dirent of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, dirent.name);
      if (dirent.isDirectory()) walk(full);
      else if (dirent.isFile()) {
        const file = relative(dir, full).split(sep).join('/');
        if (!isPrecached(file)) continue;
        const bytes = readFileSync(full);
        entries.push({ url: urlOfFile(file), hash: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length });
      }
    }
  };
  walk(dir);
  return entries.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}
