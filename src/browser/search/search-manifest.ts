/**
 * `/pagefind/manifest.json`, written with the search index: what the search page needs to know
 * before its first query, in one small file.
 *
 * - `shards`: the quote and claim bundles are split by year (`/pagefind/quotes/2025/`), so that a
 *   corrected verdict or a new article re-indexes one year, not the archive. Years are listed
 *   newest first; a search loads the year it is filtered to, or merges them all.
 * - `actors`: every actor's name and spellings, so that a query naming someone ("Zelenskiy") is
 *   recognised without loading any filter of the index (actor-query.ts).
 */
import type { KnownActor } from './actor-query.ts';

export type KindBundle = 'quotes' | 'claims';

export interface SearchManifest {
  version: 1;
  shards: Record<KindBundle, string[]>;
  actors: KnownActor[];
}

/** Where a year of the quote or claim bundle is served. */
export const shardPath = (bundle: KindBundle, shard: string) => `/pagefind/${bundle}/${shard}/`;
