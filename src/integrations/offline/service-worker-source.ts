/**
 * The service worker the build writes to `sw.js`: the hand-written worker
 * (`service-worker.js` beside this file) with its version and precache list in front.
 * Deterministic: the same site gives the same worker, byte for byte.
 */
import type { PrecacheEntry } from './precache-manifest.ts';
import { precacheVersion, selectPrecache } from './precache-manifest.ts';

/**
 * `entries` is every file of the site: the version covers them all, so any change gives a
 * new cache, even when only part of the site is saved up front (see selectPrecache).
 */
export function serviceWorkerSource(template: string, entries: readonly PrecacheEntry[], budget?: number): { source: string; version: string; saved: PrecacheEntry[]; whole: boolean } {
  const version = precacheVersion(entries);
  const { entries: saved, whole } = selectPrecache(entries, budget);
  const urls = saved.map((e) => `  ${JSON.stringify(e.url)},\n`).join('');
  const header = `const VERSION = ${JSON.stringify(version)};\nconst WHOLE_SITE = ${whole};\nconst PRECACHE = [\n${urls}];\n`;
  return { source: `${header}${template}`, version, saved, whole };
}
