/**
 * Loads Pagefind's search API (written by the build) on first use, once per bundle: the main
 * bundle (`/pagefind/`: articles with their quote and claim cards, actors, events) and the
 * quote and claim lists (`/pagefind/quotes/recent/`, `/pagefind/quotes/2024/`), which load only
 * when a reader asks for quotes or claims alone. Each bundle's parts (the newest quarter's, the
 * years before it) are merged into one search; the first part's API and WebAssembly serve them
 * all. The paths are kept out of the bundler's sight: the files exist only in the built site.
 */
import { routes } from '../../lib/site/routes.ts';
import { shardPath, type KindBundle, type SearchManifest } from './search-manifest.ts';

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  /** Sections of a page that match, each from a heading with an id (an annotation card). */
  sub_results?: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string>; sort?: Record<string, string> }): Promise<PagefindSearch | null>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
}

export type Bundle = 'main' | KindBundle;

/** The bundle that answers a search for one kind of result (every kind: the main one). */
export const bundleFor = (kind: string | undefined): Bundle => (kind === 'quote' ? 'quotes' : kind === 'claim' ? 'claims' : 'main');

let manifest: Promise<SearchManifest> | undefined;
/** The index's manifest: the parts of each bundle, and every actor's spellings. */
export function loadSearchManifest(): Promise<SearchManifest> {
  manifest ??= fetch(routes.searchManifest).then((r) => {
    if (!r.ok) throw new Error(`${routes.searchManifest}: ${r.status}`);
    return r.json() as Promise<SearchManifest>;
  });
  // A failed load (offline before the site was saved) may succeed on the next try.
  manifest.catch(() => (manifest = undefined));
  return manifest;
}

/** The folders a search of `bundle` needs: the main bundle's (and any parts the manifest lists), or every part of a kind's. */
async function bundlePaths(bundle: Bundle): Promise<string[]> {
  const { shards } = await loadSearchManifest();
  return bundle === 'main' ? ['/pagefind/', ...shards.main.map((s) => shardPath('main', s))] : shards[bundle].map((part) => shardPath(bundle, part));
}

/**
 * The bundle a search of one kind runs on: its own, or the main one (filtered by kind, where it
 * matches nothing) for a kind the site has no records of, so that no search falls through to
 * every result.
 */
export async function bundleToSearch(kind: string | undefined): Promise<Bundle> {
  const bundle = bundleFor(kind);
  return bundle === 'main' || (await loadSearchManifest()).shards[bundle].length > 0 ? bundle : 'main';
}

const loading = new Map<Bundle, Promise<Pagefind>>();

export function loadPagefind(bundle: Bundle = 'main'): Promise<Pagefind> {
  const started = loading.get(bundle);
  if (started) return started;
  const load = (async () => {
    const [primary, ...merged] = await bundlePaths(bundle);
    if (primary === undefined) throw new Error(`the search index has no ${bundle} (see bundleToSearch)`);
    // Each bundle's first folder has its own copy of the API: a module, and a state, of its own.
    const pagefind = (await import(/* @vite-ignore */ `${primary}pagefind.js`)) as Pagefind;
    // Short excerpts: results show the record's own text; the excerpt is for article pages.
    // No web worker: searching an index this size takes milliseconds on the main thread, and
    // the worker's script would add a sixth to the first query's download.
    await pagefind.options({ excerptLength: 28, noWorker: true });
    await pagefind.init();
    await Promise.all(merged.map((path) => pagefind.mergeIndex(path, { excerptLength: 28 })));
    return pagefind;
  })();
  loading.set(bundle, load);
  // A failed load (offline before the site was saved) may succeed on the next try.
  load.catch(() => loading.delete(bundle));
  return load;
}
