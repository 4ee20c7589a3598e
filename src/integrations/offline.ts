/**
 * Offline reading: writes the service worker (`/sw.js`) with the precache list of every file
 * of the built site, the search index included, versioned by a hash of their contents. It must
 * run after every other step that writes into the output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readPrecacheManifest } from './offline/precache-manifest.ts';
import { serviceWorkerSource } from './offline/service-worker-source.ts';

const WORKER_TEMPLATE = 'src/integrations/offline/service-worker.js';
const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

export default function offline(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'factline-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const entries = readPrecacheManifest(out);
        const template = readFileSync(join(root, WORKER_TEMPLATE), 'utf8');
        const { source, version, saved, whole } = serviceWorkerSource(template, entries);
        writeFileSync(join(out, 'sw.js'), source);
        logger.info(
          `service worker ${version}: ${saved.length} of ${entries.length} files saved for offline use on the first visit (${kB(saved.reduce((n, e) => n + e.bytes, 0))})` +
            (whole ? '' : '; the rest are saved as readers open them'),
        );
      },
    },
  };
}
