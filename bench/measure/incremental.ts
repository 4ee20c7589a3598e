/**
 * What an incremental build did, in its own words: the pages it rendered and reused (the
 * report the build-report integration writes to `<cacheDir>/factline-build-report.json`), the
 * articles the content loader loaded again or kept ("N article(s) loaded, M unchanged since the
 * last build") and the search bundles it rebuilt or kept ("search index <bundle>: …, unchanged
 * since the last build").
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildCounts {
  /** null when the build wrote no report (incremental builds off, or the build failed). */
  pages: { rendered: number; reused: number; renderedFiles: string[] } | null;
  articles: { loaded: number; unchanged: number } | null;
  /** One entry per search bundle the build logged, in log order. */
  searchBundles: { name: string; reused: boolean }[];
}

/** Rendered pages listed by name up to this many; beyond it only the count says how many. */
const LISTED = 50;

const stripAnsi = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

export function countsFromLog(log: string): Omit<BuildCounts, 'pages'> {
  const text = stripAnsi(log);
  const a = [...text.matchAll(/(\d+) article\(s\) loaded, (\d+) unchanged since the last build/g)].at(-1);
  const searchBundles = [...text.matchAll(/search index (\S+): ([^\n]*)/g)].map((m) => ({ name: m[1]!, reused: /unchanged since the last build/.test(m[2]!) }));
  return { articles: a ? { loaded: Number(a[1]), unchanged: Number(a[2]) } : null, searchBundles };
}

export function buildCounts(cacheDir: string, log: string): BuildCounts {
  const file = join(cacheDir, 'factline-build-report.json');
  let pages: BuildCounts['pages'] = null;
  if (existsSync(file)) {
    const report = JSON.parse(readFileSync(file, 'utf8')) as { rendered: string[]; reused: number };
    pages = { rendered: report.rendered.length, reused: report.reused, renderedFiles: report.rendered.slice(0, LISTED) };
  }
  return { pages, ...countsFromLog(log) };
}

