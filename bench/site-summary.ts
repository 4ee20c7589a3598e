/**
 * The figures the benchmark reports about one built site: size, page count, the largest
 * page, article page weight and what reading pages load.
 */
import { analyzeSite, isArticlePage, isReadingPage, largest, median } from './page-weight.ts';

export interface SiteSummary {
  bytes: number;
  files: number;
  htmlPages: number;
  largestPage: { url: string; bytes: number } | null;
  articlePages: { count: number; maxGzipBytes: number; maxGzipUrl: string | null; medianGzipBytes: number; medianBytes: number };
  readingPages: { count: number; maxJsGzipBytes: number; maxJsUrl: string | null; maxCssGzipBytes: number; maxCssUrl: string | null };
  /** The ten largest pages, to see which kind of page grows with N. */
  topPages: { url: string; bytes: number }[];
}

export function summarizeSite(dist: string): SiteSummary {
  const site = analyzeSite(dist);
  const pages = site.pages;
  const articles = pages.filter(isArticlePage);
  const reading = pages.filter(isReadingPage);
  const big = largest(pages, (p) => p.htmlBytes);
  const heaviestArticle = largest(articles, (p) => p.htmlGzipBytes);
  const mostJs = largest(reading, (p) => p.jsGzipBytes);
  const mostCss = largest(pages, (p) => p.cssGzipBytes);
  return {
    bytes: site.totalBytes,
    files: site.files,
    htmlPages: pages.length,
    largestPage: big ? { url: big.url, bytes: big.htmlBytes } : null,
    articlePages: {
      count: articles.length,
      maxGzipBytes: heaviestArticle?.htmlGzipBytes ?? 0,
      maxGzipUrl: heaviestArticle?.url ?? null,
      medianGzipBytes: median(articles.map((p) => p.htmlGzipBytes)),
      medianBytes: median(articles.map((p) => p.htmlBytes)),
    },
    readingPages: {
      count: reading.length,
      maxJsGzipBytes: mostJs?.jsGzipBytes ?? 0,
      maxJsUrl: mostJs && mostJs.jsGzipBytes > 0 ? mostJs.url : null,
      maxCssGzipBytes: mostCss?.cssGzipBytes ?? 0,
      maxCssUrl: mostCss?.url ?? null,
    },
    topPages: [...pages]
      .sort((a, b) => b.htmlBytes - a.htmlBytes || (a.url < b.url ? -1 : 1))
      .slice(0, 10)
      .map((p) => ({ url: p.url, bytes: p.htmlBytes })),
  };
}
