/**
 * The site's Content-Security-Policy, in one place: the `<meta>` tag on every page and the
 * `_headers` file for hosts that read one are both derived from it (a unit test keeps
 * `public/_headers` in step).
 *
 * Why each source is allowed:
 * - `script-src 'self' 'wasm-unsafe-eval'`: every script is an external file from the site
 *   (the build refuses inline scripts); Pagefind compiles its WebAssembly search engine, which
 *   needs `'wasm-unsafe-eval'` (it allows WebAssembly compilation only, not `eval`).
 * - `worker-src 'self'`: the service worker is the same-origin file `/sw.js`. Pagefind 1.6
 *   would start its optional search worker from `/pagefind/pagefind-worker.js`, not from a
 *   `blob:` URL, so `blob:` is not needed either way.
 * - `style-src 'self'`: one external stylesheet; no `<style>` element and no `style` attribute.
 * - `img-src 'self' data:`: site images, and small images a stylesheet may inline.
 * - `form-action 'self'`: the search forms submit to `/search/`.
 * No `'unsafe-inline'` anywhere; JSON-LD blocks are data, not scripts, and CSP does not apply
 * to them.
 */
export const CSP_DIRECTIVES: readonly (readonly [string, ...string[]])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'", "'wasm-unsafe-eval'"],
  ['worker-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self'", 'data:'],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/**
 * Directives a browser honours only in a response header (in a `<meta>` tag they are ignored
 * with a console error), so they go to `_headers` only.
 */
export const HEADER_ONLY_DIRECTIVES: readonly (readonly [string, ...string[]])[] = [['frame-ancestors', "'none'"]];

const serialize = (directives: readonly (readonly string[])[]) => directives.map((d) => d.join(' ')).join('; ');

/** The policy for `<meta http-equiv="Content-Security-Policy">`. */
export const CSP_META = serialize(CSP_DIRECTIVES);

/** The policy for the `Content-Security-Policy` response header. */
export const CSP_HEADER = serialize([...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES]);

/** The `_headers` file (Netlify, Cloudflare Pages and others read it) with the policy and its companions. */
export function headersFile(): string {
  return [
    '/*',
    `  Content-Security-Policy: ${CSP_HEADER}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '/sw.js',
    '  Cache-Control: no-cache',
    '/pagefind/pagefind-entry.json',
    '  Cache-Control: no-cache',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
