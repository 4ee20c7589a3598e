/**
 * The service worker the build writes to `sw.js`: the hand-written worker
 * (`service-worker.js` beside this file) with its version and precache list in front.
 * Deterministic: the same site gives the same worker, byte for byte.
 */
import type { PrecacheEntry } from './precache-manifest.ts';
import { precacheVersion } from './precache-manifest.ts';

export function serviceWorkerSource(template: string, entries: readonly PrecacheEntry[]): { source: string; version: string } {
  const version = precacheVersion(entries);
  const urls = entries.map((e) => `  ${JSON.stringify(e.url)},\n`).join('');
  const header = `const VERSION = ${JSON.stringify(version)};\nconst PRECACHE = [\n${urls}];\n`;
  return { source: `${header}${template}`, version };
}
