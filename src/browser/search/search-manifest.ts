/**
 * `/pagefind/manifest.json`, written with the search index: what the search page needs to know
 * before its first query, in one small file.
 *
 * - `shards`: the parts of each bundle, so that a corrected verdict or a new article re-indexes
 *   one part, not every quote: the quote and claim bundles' newest quarter and years
 *   (`/pagefind/quotes/recent/`, `/pagefind/quotes/2024/`, newest first). A search merges the
 *   parts of its bundle. The main bundle is `/pagefind/` and, on a site larger than one part
 *   holds, its older parts (`/pagefind/2023-Q1/`); its list names those, and is mostly empty.
 * - `actors`: every actor's name and spellings, so that a query naming someone ("Zelenskiy") is
 *   recognised without loading any filter of the index (actor-query.ts).
 */
import type { KnownActor } from './actor-query.ts';

export type KindBundle = 'quotes' | 'claims';

export interface SearchManifest {
  version: 1;
  /** The parts merged into a search: the main bundle's beyond `/pagefind/` itself (older quarters), each kind's (`recent`, years). */
  shards: Record<'main' | KindBundle, string[]>;
  actors: KnownActor[];
}

/** Where a part of a bundle is served: `/pagefind/recent/`, `/pagefind/quotes/2024/`. */
export const shardPath = (bundle: 'main' | KindBundle, shard: string) => (bundle === 'main' ? `/pagefind/${shard}/` : `/pagefind/${bundle}/${shard}/`);
