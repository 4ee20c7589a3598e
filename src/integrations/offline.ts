/**
 * Offline reading: writes the service worker (`/sw.js`) with the precache list of every file
 * of the built site, the search index included, versioned by a hash of their contents. It must
 * run after every other step that writes into the output: scripts/build.ts runs it last, after
 * the search index.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StepLogger } from './search-index.ts';
import { readPrecacheManifest, type HashCache, type KnownFolder } from './offline/precache-manifest.ts';
import { serviceWorkerSource } from './offline/service-worker-source.ts';

const WORKER_TEMPLATE = 'src/integrations/offline/service-worker.js';
const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

/** Where the content hashes of the last build's files are kept (see HashCache). */
const HASHES_FILE = 'precache-hashes.json';

function loadHashes(file: string): HashCache {
  if (!existsSync(file)) return new Map();
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, { size: number; mtimeMs: number; hash: string }>));
  } catch {
    return new Map(); // a damaged cache only costs reading every file again
  }
}

/**
 * Write `sw.js` into the built site `dir`. `root` is the project (for the worker's template);
 * the content hashes of unchanged files are kept in `cacheDir` between builds, and the folders
 * of `known` (the search index's) come with theirs.
 */
export function writeServiceWorker(dir: string, root: string, cacheDir: string, logger: StepLogger, known: readonly KnownFolder[] = []): void {
  const hashesFile = join(cacheDir, HASHES_FILE);
  const hashes = loadHashes(hashesFile);
  const entries = readPrecacheManifest(dir, hashes, known);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(hashesFile, JSON.stringify(Object.fromEntries([...hashes].sort(([a], [b]) => (a < b ? -1 : 1)))));
  const template = readFileSync(join(root, WORKER_TEMPLATE), 'utf8');
  const { source, version, saved, whole } = serviceWorkerSource(template, entries);
  writeFileSync(join(dir, 'sw.js'), source);
  logger.info(
    `service worker ${version}: ${saved.length} of ${entries.length} files saved for offline use on the first visit (${kB(saved.reduce((n, e) => n + e.bytes, 0))})` +
      (whole ? '' : '; the rest are saved as readers open them'),
  );
}
