/**
 * Cache keys for incremental builds. A page's key is the digest of exactly the data it
 * renders (its props), so a page is rendered again when, and only when, what it shows
 * changed; Astro adds the hash of the page's code. Props are plain JSON built in a fixed
 * order (see site-model.ts), so equal data gives equal keys.
 */
import { createHash } from 'node:crypto';

export function pageKey(data: unknown): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('base64url').slice(0, 32);
}

/**
 * A `getStaticPaths` entry whose cache key is the digest of its props. `standIns` replace props
 * by something small that determines them (an article's view by the digest of the files and the
 * core's code it was made from): the key still changes whenever they do, and ten thousand
 * articles are not serialised again on every build only to be hashed. (A change to the core's
 * code then renders every article again, even where its view came out the same.)
 */
export function keyedPath<P extends Record<string, string | undefined>, T extends object>(
  params: P,
  props: T,
  standIns: Partial<Record<keyof T, string>> = {},
): { params: P; props: T; cacheKey: string } {
  return { params, props, cacheKey: pageKey({ ...props, ...standIns }) };
}
