/** Writes the site's Pagefind search index after the build (see search/build-search-index.ts). */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblem } from '../lib/errors/index.ts';
import { buildSearchIndex } from './search/build-search-index.ts';

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

export default function searchIndex(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'factline-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const index = await buildSearchIndex(fileURLToPath(dir), { cacheDir });
        for (const w of index.warnings) logger.warn(formatProblem(w));
        for (const b of index.bundles) {
          logger.info(`search index ${b.name}: ${b.pages} pages and ${b.records} records in ${b.files} files (${kB(b.bytes)})${b.reused ? ', unchanged since the last build' : ''}, ${(b.ms / 1000).toFixed(1)} s`);
        }
      },
    },
  };
}
