/**
 * Factline's performance goals, in one place: the benchmark reports against all of them and
 * `tests/dist/budgets.test.ts` enforces the page-weight ones on every build. Sizes are in
 * bytes (1 kB = 1,000 bytes); gzip at zlib's default level, as static hosts compress.
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
  /** Transferred by the first search query on the 10,000-article site. */
  firstSearchBytes: 100_000,
  /** Build wall time relative to a bare Astro site of the same Markdown. */
  buildRatio: 1.3,
  /** Peak resident memory of the build at 10,000 articles. */
  peakRssBytes: 2 * 1024 ** 3,
  /** Extractor throughput on one core. */
  annotateArticlesPerSecond: 300,
} as const;
