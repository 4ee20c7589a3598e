/**
 * Factline's performance goals, in one place: the benchmark reports against all of them and
 * `tests/dist/budgets.test.ts` enforces the page-weight ones on every build. Sizes are in
 * bytes (1 kB = 1,000 bytes); gzip at zlib's default level, as static hosts compress. The
 * build, memory, rebuild, output and search goals are set at 10,000 articles.
 */
export const BUDGETS = {
  /** No HTML page over 300 kB (long lists paginate). */
  pageHtmlBytes: 300_000,
  /** An article page at most 30 kB of HTML, gzipped. */
  articleHtmlGzipBytes: 30_000,
  /** All JavaScript a reading page loads up front, gzipped. */
  readingJsGzipBytes: 10_000,
  /** All CSS a page loads, gzipped. */
  cssGzipBytes: 12_000,
  /** Bytes of the first search relative to bare Pagefind's over the bare Astro baseline, same query. */
  firstSearchRatio: 1.25,
  /** Cold build wall time relative to bare Astro plus the Pagefind CLI on its output, same run. */
  buildRatio: 3,
  /** Peak resident memory of the build's whole process tree, with Node's default heap limit. */
  peakRssBytes: 4 * 1024 ** 3,
  /** Incremental rebuild after one annotation file is edited. */
  annotationRebuildMs: 60_000,
  /** Incremental rebuild after one article (with its annotation file) is added. */
  articleRebuildMs: 90_000,
  /** Everything the build writes to dist/. */
  distBytes: 600_000_000,
  /** Extractor throughput on one core. */
  annotateArticlesPerSecond: 300,
} as const;
