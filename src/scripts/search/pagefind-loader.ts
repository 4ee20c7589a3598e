/**
 * Loads Pagefind's search API (`/pagefind/pagefind.js`, written by the build) on first use,
 * once. The path is kept out of the bundler's sight: the file exists only in the built site.
 */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
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

const PAGEFIND_URL = '/pagefind/pagefind.js';

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = PAGEFIND_URL;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Short excerpts: results show the record's own text; the excerpt is for article pages.
    // No web worker: searching an index this size takes milliseconds on the main thread, and
    // the worker's script would add a sixth to the first query's download.
    await pagefind.options({ excerptLength: 28, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (offline before the site was saved) may succeed on the next try.
  loading.catch(() => (loading = undefined));
  return loading;
}
