/**
 * Loads Pagefind's search API (written by the build) on first use, once per bundle: the main
 * bundle (`/pagefind/`: articles with their quote and claim cards, actors, events) and the
 * quote and claim lists (`/pagefind/quotes/`, `/pagefind/claims/`), which load only when a
 * reader asks for quotes or claims alone. The paths are kept out of the bundler's sight: the
 * files exist only in the built site.
 */
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
}

export type Bundle = 'main' | 'quotes' | 'claims';

const PAGEFIND_URLS: Record<Bundle, string> = {
  main: '/pagefind/pagefind.js',
  quotes: '/pagefind/quotes/pagefind.js',
  claims: '/pagefind/claims/pagefind.js',
};

/** The bundle that answers a search for one kind of result (every kind: the main one). */
export const bundleFor = (kind: string | undefined): Bundle => (kind === 'quote' ? 'quotes' : kind === 'claim' ? 'claims' : 'main');

const loading = new Map<Bundle, Promise<Pagefind>>();

export function loadPagefind(bundle: Bundle = 'main'): Promise<Pagefind> {
  const started = loading.get(bundle);
  if (started) return started;
  const load = (async () => {
    const url = PAGEFIND_URLS[bundle];
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Short excerpts: results show the record's own text; the excerpt is for article pages.
    // No web worker: searching an index this size takes milliseconds on the main thread, and
    // the worker's script would add a sixth to the first query's download.
    await pagefind.options({ excerptLength: 28, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  loading.set(bundle, load);
  // A failed load (offline before the site was saved) may succeed on the next try.
  load.catch(() => loading.delete(bundle));
  return load;
}
