/*
 * Factline's service worker. The build prepends `VERSION` (a hash of every file of the site),
 * `PRECACHE` (the URLs to save on install) and `WHOLE_SITE` (whether that is every file);
 * see docs/offline.md.
 *
 * - install: saves every page, asset and the whole search index in a cache named after
 *   VERSION, then takes over at once (the site is static: a new version is a whole new copy).
 *   A site too large to save whole saves its assets, search index and main pages, and each
 *   other page when the reader opens it.
 * - activate: deletes the caches of earlier versions.
 * - pages: network first, so readers online see the latest deploy; the saved copy when the
 *   network fails or is too slow.
 * - hashed assets and the search index: cache first (their names or the cache version change
 *   whenever their contents do).
 */
/* global VERSION, PRECACHE, WHOLE_SITE */
const CACHE_PREFIX = 'factline-';
const CACHE = `${CACHE_PREFIX}${VERSION}`;
const STATUS_MESSAGE = 'factline:status';
/** A page request slower than this is answered from the cache when the page is saved. */
const NETWORK_TIMEOUT_MS = 4000;
const PRECACHED = new Set(PRECACHE);
const MATCH = { ignoreVary: true };

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // `reload`: bypass the HTTP cache, so the saved copy is this deploy's, byte for byte.
      await cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      await Promise.all(keys.filter((key) => key.startsWith(CACHE_PREFIX) && key !== CACHE).map((key) => caches.delete(key)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data?.type !== STATUS_MESSAGE || !event.source) return;
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const cached = (await cache.keys()).length;
      event.source.postMessage({ type: STATUS_MESSAGE, version: VERSION, cached, total: PRECACHE.length, complete: cached >= PRECACHE.length });
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(page(request, url));
  } else if (url.pathname.startsWith('/pagefind/')) {
    // Pagefind asks for its entry file with a cache-busting `?ts=`; the saved copy is this version's.
    event.respondWith(cacheFirst(request, { ...MATCH, ignoreSearch: true }));
  } else if (url.pathname.startsWith('/_astro/') || PRECACHED.has(url.pathname)) {
    event.respondWith(cacheFirst(request, MATCH));
  }
});

async function cacheFirst(request, options) {
  const cache = await caches.open(CACHE);
  const saved = await cache.match(request, options);
  if (saved) return saved;
  const response = await fetch(request);
  // A large site saves part of its search index when first used (see selectPrecache).
  if (!WHOLE_SITE && response.ok && response.type === 'basic') cache.put(request, response.clone()).catch(() => {});
  return response;
}

/** The saved copy of a page: `/search/?q=…` is `/search/`, `/actors/x` is `/actors/x/`. */
async function savedPage(url) {
  const cache = await caches.open(CACHE);
  const path = url.pathname;
  return (await cache.match(path, MATCH)) ?? (path.endsWith('/') ? undefined : await cache.match(`${path}/`, MATCH));
}

async function page(request, url) {
  const network = fetch(request);
  // Answered from the cache after a timeout, the late network reply is of no use to anyone.
  network.catch(() => {});
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS, 'timeout'));
  try {
    const first = await Promise.race([network, timeout]);
    if (first !== 'timeout') {
      if (!WHOLE_SITE && first.ok && first.type === 'basic') {
        const copy = first.clone();
        caches.open(CACHE).then((cache) => cache.put(url.pathname, copy)).catch(() => {});
      }
      return first;
    }
    const saved = await savedPage(url);
    return saved ?? (await network);
  } catch {
    const saved = await savedPage(url);
    if (saved) return saved;
    const cache = await caches.open(CACHE);
    const notFound = await cache.match('/404.html', MATCH);
    return notFound ? new Response(notFound.body, { status: 404, headers: notFound.headers }) : Response.error();
  }
}
