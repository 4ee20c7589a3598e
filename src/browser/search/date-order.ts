/**
 * Sorting the main bundle's results by date. The main bundle carries no Pagefind sort: a sort
 * lists every page in the metadata each first query downloads, a quarter of it. Its dates are in
 * a `dates.json` beside each part of it (`/pagefind/dates.json`, written with the index), loaded
 * only when a reader sorts.
 */
import { loadSearchManifest } from './pagefind-loader.ts';
import { shardPath } from './search-manifest.ts';

/** Sort keys (`calendarSortKey`) by result id (the page's fragment hash). */
export type DateKeys = Record<string, string>;

let dates: Promise<DateKeys> | undefined;
export function loadDateKeys(): Promise<DateKeys> {
  dates ??= loadSearchManifest().then(async ({ shards }) => {
    const files = ['/pagefind/', ...shards.main.map((s) => shardPath('main', s))].map((path) => `${path}dates.json`);
    const parts = await Promise.all(
      files.map(async (url) => {
        const r = await fetch(url);
        if (!r.ok) throw new Error(`${url}: ${r.status}`);
        return r.json() as Promise<DateKeys>;
      }),
    );
    return Object.assign({}, ...parts) as DateKeys;
  });
  dates.catch(() => (dates = undefined));
  return dates;
}

/**
 * Results in date order, newest (`desc`) or oldest (`asc`) first; undated results (actors)
 * last, and results of the same date in their relevance order.
 */
export function byDate<T extends { id: string }>(results: readonly T[], keys: DateKeys, direction: 'asc' | 'desc'): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return results
    .map((result, rank) => ({ result, rank, key: keys[result.id] }))
    .sort((a, b) => {
      if (a.key === undefined || b.key === undefined) return a.key === b.key ? a.rank - b.rank : a.key === undefined ? 1 : -1;
      return a.key === b.key ? a.rank - b.rank : (a.key < b.key ? -1 : 1) * sign;
    })
    .map((r) => r.result);
}
