/**
 * Writes the site's Pagefind search index into a built site (see search/build-search-index.ts).
 * Run by scripts/build.ts after `astro build` has exited, not as an Astro hook: Pagefind's
 * indexing service holds a whole bundle in memory, and next to the Astro process (which keeps
 * every page's props until it exits) the two peaked at 6.2 GiB at 10,000 articles.
 */
import { formatProblem } from '../lib/errors/index.ts';
import type { KnownFolder } from './offline/precache-manifest.ts';
import { buildSearchIndex, type SearchIndexOptions } from './search/build-search-index.ts';

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

export interface StepLogger {
  info(message: string): void;
  warn(message: string): void;
}

/** Returns the index's folders with every file's hash, for the service worker's list. */
export async function writeSearchIndex(dir: string, logger: StepLogger, options: SearchIndexOptions): Promise<KnownFolder[]> {
  const index = await buildSearchIndex(dir, options);
  for (const w of index.warnings) logger.warn(formatProblem(w));
  for (const b of index.bundles) {
    logger.info(`search index ${b.name}: ${b.pages} pages and ${b.records} records in ${b.files} files (${kB(b.bytes)})${b.reused ? ', unchanged since the last build' : ''}, ${(b.ms / 1000).toFixed(1)} s`);
  }
  return index.bundles.map((b) => ({ dir: b.dir, files: b.contents }));
}
