/**
 * What the search step needs to know of a built page: a hash of its bytes, its element ids (to
 * check that deep links land) and, for an article, the digest of the copy the indexer is given
 * (the page's stamp in the digest of the index part it is in). Kept between builds by the
 * page's size and time: a page Astro copied unchanged from the last build keeps the time it was
 * rendered (src/integrations/build-report.ts), so a rebuild reads only the pages it rendered,
 * not the ten thousand it did not.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface PageFacts {
  /** SHA-256 of the page's bytes, hex. */
  hash: string;
  /** Every `id` of an element of the page. */
  ids: Set<string>;
}

interface Stored {
  size: number;
  mtimeMs: number;
  hash: string;
  ids: string[];
  /** The digest of the page's indexed copy, made by the code whose version the store names. */
  indexed?: string;
}

/** The store on disk: facts by page, and the version of the code that made the indexed digests. */
interface Store {
  preparation: string;
  pages: Record<string, Stored>;
}

/**
 * Element ids of a built page. Each id is copied out of the page: a substring V8 cuts from a
 * string keeps the whole string alive, and the ids of every page of a large site would
 * otherwise hold every page's HTML in memory for the rest of the build.
 */
export const idsOf = (html: string): Set<string> => new Set(JSON.parse(JSON.stringify([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))) as string[]);

export class PageFactsCache {
  readonly #stored: Map<string, Stored>;
  readonly #used = new Map<string, Stored>();
  readonly #live = new Map<string, PageFacts | undefined>();
  readonly #dir: string;
  readonly #file: string | undefined;

  readonly #preparation: string;

  /**
   * `dir`: the built site; `file`: where the facts are kept between builds (none: every page is
   * read); `preparation`: a digest of the code that prepares pages for the indexer (indexed
   * digests made by other code are not reused).
   */
  constructor(dir: string, file?: string, preparation = '') {
    this.#dir = dir;
    this.#file = file;
    this.#preparation = preparation;
    let stored: Record<string, Stored> = {};
    try {
      if (file && existsSync(file)) {
        const store = JSON.parse(readFileSync(file, 'utf8')) as Store;
        stored = store.pages ?? {};
        if (store.preparation !== preparation) for (const facts of Object.values(stored)) delete facts.indexed;
      }
    } catch {
      stored = {}; // a damaged cache only costs reading every page again
    }
    this.#stored = new Map(Object.entries(stored));
  }

  /**
   * The digest of what `prepare` makes of a page (its indexed copy), or undefined if there is no
   * such page. Kept with the page's other facts: a page that was not rendered again is not read.
   */
  indexedDigest(path: string, prepare: (html: string) => string): string | undefined {
    if (!this.facts(path)) return undefined;
    const stored = this.#used.get(path)!;
    stored.indexed ??= createHash('sha256').update(prepare(readFileSync(join(this.#dir, path), 'utf8'))).digest('hex');
    return stored.indexed;
  }

  /** The facts of a page of the site (`articles/x/index.html`), or undefined if there is no such file. */
  facts(path: string): PageFacts | undefined {
    if (this.#live.has(path)) return this.#live.get(path);
    const full = join(this.#dir, path);
    let facts: PageFacts | undefined;
    if (existsSync(full)) {
      const { size, mtimeMs } = statSync(full);
      let stored = this.#stored.get(path);
      if (!stored || stored.size !== size || stored.mtimeMs !== mtimeMs) {
        const bytes = readFileSync(full);
        stored = { size, mtimeMs, hash: createHash('sha256').update(bytes).digest('hex'), ids: [...idsOf(bytes.toString('utf8'))] };
      }
      this.#used.set(path, stored);
      facts = { hash: stored.hash, ids: new Set(stored.ids) };
    }
    this.#live.set(path, facts);
    return facts;
  }

  /** Keep the facts of the pages asked about in this build (and only those) for the next. */
  save(): void {
    if (!this.#file) return;
    mkdirSync(dirname(this.#file), { recursive: true });
    const store: Store = { preparation: this.#preparation, pages: Object.fromEntries([...this.#used].sort(([a], [b]) => (a < b ? -1 : 1))) };
    writeFileSync(this.#file, JSON.stringify(store));
  }
}
