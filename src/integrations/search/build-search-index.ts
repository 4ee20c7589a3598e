/**
 * Writes the Pagefind index of a built site, so that what a first query loads grows with the
 * articles, not with the annotations, and a rebuild re-indexes only what changed:
 *
 * - `/pagefind/` — the main bundle (see mainBundle): the article pages (each quote and claim
 *   card is a sub-result with its own deep link), one record per actor and per event. Searches
 *   of every kind run here. One part up to MAIN_PART_ARTICLES articles; a larger archive's
 *   older articles are in parts of whole quarters (`/pagefind/2023-Q1/`, see mainParts).
 * - `/pagefind/quotes/…/` and `/pagefind/claims/…/` — one record per quote and per claim, with
 *   the filters lists need (speaker, verdict, year), in parts (see kindBundles): the newest
 *   quarter's (`quotes/recent/`) and one per year before it (`quotes/2024/`; a year of more
 *   than KIND_PART_RECORDS records in parts of whole quarters). They load only
 *   when a reader asks for quotes or claims alone, every part merged with Pagefind's
 *   `mergeIndex`. A corrected verdict re-indexes one part.
 * - `/pagefind/manifest.json` — the parts of each bundle and every actor's spellings
 *   (src/browser/search/search-manifest.ts).
 * - `/pagefind/vocabulary.json` — the index's most frequent words, for "did you mean" when a
 *   search finds nothing (vocabulary.ts).
 *
 * A bundle whose input is the same as in the last build is linked from the cache instead of
 * indexed again. Only the files search needs are written (the search API, its WebAssembly and
 * the index).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { FactlineError, problem, type Problem } from '../../lib/errors/index.ts';
import type { CorpusJson } from '../../lib/export/corpus-json.ts';
import { gunzipText } from '../../lib/export/gzip.ts';
import { eventAnchor, REF_CLASS, routes } from '../../lib/site/routes.ts';
import { articleBodyWords, countWords, vocabularyOf } from './vocabulary.ts';
import { indexedArticle, markArticleForIndex } from './article-search-html.ts';
import { closeServices, exclusive, pagefindServices, type Exclusive, type PagefindApi } from './pagefind-services.ts';
import { articleSearchEntries, searchRecords, type ArticleSearchEntry, type SearchRecord } from './search-records.ts';
import type { KindBundle, SearchManifest } from '../../browser/search/search-manifest.ts';
import { actorNames } from './actor-names.ts';
import { PageFactsCache } from './page-facts.ts';

/** Where the main bundle is served, under the site's root; the quote and claim years go below it. */
const MAIN_DIR = 'pagefind';

/** A file of a bundle: its path in the bundle's folder, its size and its SHA-256 (hex). */
export interface BundleFile {
  path: string;
  bytes: number;
  hash: string;
}

export interface BundleSummary {
  /** `main`, or a year of a kind's bundle: `quotes/2025`. */
  name: string;
  /** Where it is served, relative to the site's root: `pagefind/quotes/2025`. */
  dir: string;
  /** Its files, sorted by path (the service worker lists them without reading them again). */
  contents: BundleFile[];
  pages: number;
  records: number;
  files: number;
  bytes: number;
  /** Copied from the last build: its input had not changed. */
  reused: boolean;
  /** Time spent on this bundle, indexing or copying it. */
  ms: number;
}

export interface SearchIndexSummary {
  bundles: BundleSummary[];
  /** Deep links whose target is not in the built site. */
  warnings: Problem[];
}

const CORPUS_FILE = routes.data.corpus.slice(1);

/**
 * Parts of an article page that are not words of the article or of its annotation cards: the
 * refs after marked passages (their buttons and details would read as words in result
 * excerpts), links within the page ("Back to quote q1 in the text"), notices, and the headings
 * over the annotation cards ("Annotations", "Claims (1)").
 * Sources, provenance, the legend and the date cards carry `data-pagefind-ignore`.
 */
const ARTICLE_EXTRAS = [`.${REF_CLASS}`, 'a[href^="#"]', '[role="note"]', '#annotations-heading', '[aria-labelledby="annotations-heading"] > h3'];

/**
 * Pagefind output the site does not use: its ready-made UIs, the playground, and the web
 * worker (search runs on the main thread; see src/browser/search/pagefind-loader.ts).
 */
const UNUSED = /^(pagefind-(ui|modular-ui|component-ui|highlight|worker)\.|playground\/)/;

function readCorpus(dir: string): CorpusJson {
  const file = join(dir, CORPUS_FILE);
  if (!existsSync(file)) {
    throw new FactlineError(problem(CORPUS_FILE, 'the build wrote no corpus export, so there is nothing to index for search', { hint: 'keep src/pages/data/corpus.json.gz.ts in the site' }));
  }
  const corpus = JSON.parse(gunzipText(readFileSync(file))) as CorpusJson;
  if (corpus.version !== 1 || !Array.isArray(corpus.articles) || !Array.isArray(corpus.actors) || !Array.isArray(corpus.events)) {
    throw new FactlineError(problem(CORPUS_FILE, 'the corpus export is not version 1 of the format the search index reads', { hint: 'see public/data/corpus.schema.json' }));
  }
  return corpus;
}

/** Every timeline page of the built site with its element ids. */
function timelinePages(dir: string, pages: PageFactsCache): { url: string; ids: Set<string> }[] {
  const root = join(dir, 'timeline');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && f.name === 'index.html')
    .map((f) => {
      const folder = relative(root, f.parentPath).split(sep).join('/');
      const file = relative(dir, join(f.parentPath, f.name)).split(sep).join('/');
      return { url: routes.timelineArchive(folder.replaceAll('/', '-')), ids: pages.facts(file)?.ids ?? new Set<string>() };
    })
    .sort((a, b) => (a.url < b.url ? -1 : 1));
}

/** The page (and element) a deep link points to, if the built site has it. */
function linkTarget(url: string, pages: PageFactsCache): { page: boolean; anchor: boolean } {
  const [path = '', hash] = url.split('#');
  const facts = pages.facts((path.endsWith('/') ? `${path}index.html` : path).replace(/^\//, ''));
  return { page: facts !== undefined, anchor: facts !== undefined && (hash === undefined || facts.ids.has(hash)) };
}

/** What one bundle is made of: HTML pages and custom records. */
interface BundleInput {
  name: string;
  /** Where it is served, relative to the site's root. */
  dir: string;
  /**
   * Article pages, read when needed: holding ten thousand of them in memory (most of a gigabyte)
   * next to Pagefind's own copy is what made indexing the largest step of a build. `built` is
   * the page as the site wrote it (its words count for "did you mean"), `html` the copy the
   * indexer is given.
   */
  pages: { url: string; file: string; title: string; built: () => string; html: () => string; stamp: () => string }[];
  records: SearchRecord[];
  /**
   * The main bundle's date order, kept out of Pagefind: its sort lists every page in the
   * metadata a first query loads (a quarter of it). Written as `dates.json` beside the bundle,
   * loaded only when a reader sorts by date (src/browser/search/date-order.ts).
   */
  dates?: Map<string, string>;
}

/** The installed Pagefind's version: a new indexer makes a new index. */
function pagefindVersion(): string {
  const file = join(process.cwd(), 'node_modules', 'pagefind', 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : 'unknown';
}

/**
 * The code that prepares an article page for the indexer and counts its words: a page's stamp
 * stands for what it makes of the page, and a part's word counts are kept under its digest, so
 * a change to either must make new digests.
 */
const PAGE_PREPARATION = createHash('sha256')
  .update(readFileSync(fileURLToPath(new URL('./article-search-html.ts', import.meta.url))))
  .update(readFileSync(fileURLToPath(new URL('./vocabulary.ts', import.meta.url))))
  .digest('hex');

/**
 * A digest of everything a bundle is built from, and of the indexer's version and settings. A
 * page counts by its stamp: its search entry and the digest of its indexed copy, kept with the
 * page's facts so that a rebuild does not prepare ten thousand pages only to hash them.
 */
function inputDigest(input: BundleInput): string {
  const hash = createHash('sha256').update(`${pagefindVersion()}\n${JSON.stringify(ARTICLE_EXTRAS)}\n${PAGE_PREPARATION}\n`);
  for (const p of input.pages) hash.update(`${p.url}\n${p.stamp()}\n`);
  for (const r of input.records) hash.update(`${JSON.stringify(r)}\n`);
  for (const [url, key] of input.dates ?? []) hash.update(`${url} ${key}\n`);
  return hash.digest('hex').slice(0, 24);
}

/** One request to Pagefind's indexing service at a time: the service's own work dominates. */
async function inOrder<T>(items: readonly T[], add: (item: T) => Promise<void>): Promise<void> {
  for (const item of items) await add(item);
}

/** Index one bundle into `out` (which must not exist) and drop the files the site does not use. */
async function writeBundle(input: BundleInput, out: string, pagefind: PagefindApi, oneAtATime: Exclusive): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: ARTICLE_EXTRAS });
  if (!index) throw new FactlineError(problem('pagefind', `Pagefind could not start: ${errors.join('; ')}`));
  try {
    const failures: string[] = [...errors];
    // Each page is read and prepared while the service indexes the one before: the two take
    // turns otherwise, and preparing ten thousand pages is a tenth of indexing them.
    let content = input.pages[0]?.html();
    for (const [i, page] of input.pages.entries()) {
      const adding = index.addHTMLFile({ url: page.url, content: content! });
      content = input.pages[i + 1]?.html();
      const added = await adding;
      failures.push(...added.errors.map((e) => `${page.file}: ${e}`));
    }
    await inOrder(input.records, async (record) => {
      const added = await index.addCustomRecord(record);
      failures.push(...added.errors.map((e) => `${record.url}: ${e}`));
    });
    if (failures.length > 0) throw new FactlineError(failures.map((f) => problem('pagefind', f)));
    // Written straight to disk by Pagefind: getFiles() would copy the whole index through the
    // Node API's message channel, which costs several times the index's size in memory.
    const { errors: writeErrors } = await oneAtATime(() => index.writeFiles({ outputPath: out }));
    if (writeErrors.length > 0) throw new FactlineError(writeErrors.map((e) => problem('pagefind', e)));
  } finally {
    await index.deleteIndex();
    // A new service for the next bundle: one that has indexed a large part keeps the memory it
    // took, and the next bundle beside it would add to that.
    await pagefind.close();
  }
  if (input.dates) writeDateOrder(out, input.dates);
  const entryFile = join(out, 'pagefind-entry.json');
  const entry = existsSync(entryFile) ? (JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { wasm?: string | null }> }) : { languages: {} };
  // Only the WebAssembly builds the index's languages load.
  const wasm = new Set(Object.values(entry.languages).map((l) => `wasm.${l.wasm ?? 'unknown'}.pagefind`));
  for (const f of readdirSync(out, { recursive: true, withFileTypes: true })) {
    if (!f.isFile()) continue;
    const path = relative(out, join(f.parentPath, f.name)).split(sep).join('/');
    if (UNUSED.test(path) || (/^wasm\./.test(path) && !wasm.has(path))) rmSync(join(out, path));
  }
  rmSync(join(out, 'playground'), { recursive: true, force: true });
}

/** Pagefind's compressed files: gzip of a signature and the payload. */
const SIGNATURE = 'pagefind_dcd';

/**
 * `dates.json`: the sort key of every dated page of a bundle, by the id Pagefind gives its
 * results (the page's fragment hash), found by reading the URL in each fragment.
 */
function writeDateOrder(out: string, dates: Map<string, string>): void {
  const keys: Record<string, string> = {};
  const fragments = join(out, 'fragment');
  for (const name of existsSync(fragments) ? readdirSync(fragments).sort() : []) {
    const text = gunzipSync(readFileSync(join(fragments, name))).toString('utf8');
    const { url } = JSON.parse(text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text) as { url: string };
    const key = dates.get(url);
    if (key !== undefined) keys[name.replace(/\.pf_fragment$/, '')] = key;
  }
  writeFileSync(join(out, 'dates.json'), `${JSON.stringify(keys)}\n`);
}

/** Every file of a bundle's folder, with its size and hash, sorted by path. */
function listBundle(dir: string): BundleFile[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => {
      const bytes = readFileSync(join(f.parentPath, f.name));
      return { path: relative(dir, join(f.parentPath, f.name)).split(sep).join('/'), bytes: bytes.length, hash: createHash('sha256').update(bytes).digest('hex') };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Put a bundle from the cache into the site as hard links: the cache keeps the last build of
 * every bundle, and linking tens of thousands of index files is much quicker than copying them.
 * The files are those the bundle's list names (no walk of the cache); the service worker takes
 * their hashes from the same list. Where the cache is on another file system, the files are
 * copied.
 */
function placeFromCache(cached: string, target: string, contents: readonly BundleFile[]): void {
  // The target is new (the site's index folder is emptied first) and may already hold other
  // bundles' folders (`pagefind/quotes/…` inside `pagefind/`): files are added, nothing removed.
  const made = new Set<string>();
  try {
    for (const f of contents) {
      const to = join(target, f.path);
      const folder = dirname(to);
      if (!made.has(folder)) mkdirSync(folder, { recursive: true });
      made.add(folder);
      linkSync(join(cached, f.path), to);
    }
  } catch (error) {
    if (!['EXDEV', 'EPERM', 'EMLINK'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    cpSync(cached, target, { recursive: true, preserveTimestamps: true });
  }
}

/** What the search step knows of the site's pages (page-facts.ts), beside the bundles' folders. */
const PAGES_CACHE = '_pages.json';

/** The cache folder of one bundle: `<cacheDir>/search/quotes-2025/`. */
const cacheRootOf = (cacheDir: string, name: string) => join(cacheDir, 'search', name.replaceAll('/', '-'));

/**
 * How often each word occurs in a bundle's text: its records, and its article pages' titles and
 * body words. The vocabulary is the sum over the bundles, so a rebuild counts the words of the
 * bundles it indexed again and reads the others' counts from the cache, beside their index.
 */
function bundleWordCounts(input: BundleInput, digest: string, cacheDir: string | undefined): Map<string, number> {
  const file = cacheDir ? join(cacheRootOf(cacheDir, input.name), `${digest}.words.json`) : undefined;
  if (file && existsSync(file)) return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>));
  const counts = countWords(
    (function* () {
      for (const r of input.records) yield r.content;
      for (const p of input.pages) {
        yield p.title;
        yield articleBodyWords(p.built());
      }
    })(),
  );
  if (file) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : 1)))));
  }
  return counts;
}

/**
 * Build (or reuse) one bundle and put it into the site. The cache keeps the last build of
 * each bundle under `<cacheDir>/search/<bundle>/<digest>/`.
 */
async function placeBundle(input: BundleInput, digest: string, site: string, cacheDir: string | undefined, pagefind: PagefindApi, oneAtATime: Exclusive): Promise<BundleSummary> {
  const started = performance.now();
  const cacheRoot = cacheDir ? cacheRootOf(cacheDir, input.name) : undefined;
  const cached = cacheRoot ? join(cacheRoot, digest) : undefined;
  const reused = Boolean(cached && existsSync(join(cached, 'pagefind-entry.json')));
  const target = join(site, input.dir);
  // A bundle's files are listed (sizes and hashes) once, when it is written, and the list is
  // kept beside it in the cache.
  const listFile = cached ? `${cached}.files.json` : undefined;
  let contents: BundleFile[];
  if (!reused) {
    const build = cached ?? `${target}.tmp`;
    if (cacheRoot) rmSync(cacheRoot, { recursive: true, force: true });
    rmSync(build, { recursive: true, force: true });
    mkdirSync(join(build, '..'), { recursive: true });
    await writeBundle(input, build, pagefind, oneAtATime);
    contents = listBundle(build);
    if (listFile) writeFileSync(listFile, JSON.stringify(contents));
    if (!cached) {
      cpSync(build, target, { recursive: true });
      rmSync(build, { recursive: true, force: true });
    }
  } else {
    contents = listFile && existsSync(listFile) ? (JSON.parse(readFileSync(listFile, 'utf8')) as BundleFile[]) : listBundle(cached!);
    if (listFile && !existsSync(listFile)) writeFileSync(listFile, JSON.stringify(contents));
  }
  if (cached) {
    try {
      placeFromCache(cached, target, contents);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      throw new FactlineError(problem(cacheRoot!, `a file of the cached search index ${input.name} is missing (${(error as Error).message})`, { hint: `delete ${cacheRoot} and build again` }));
    }
  }
  const bytes = contents.reduce((n, f) => n + f.bytes, 0);
  return { name: input.name, dir: input.dir, contents, pages: input.pages.length, records: input.records.length, files: contents.length, bytes, reused, ms: Math.round(performance.now() - started) };
}

/**
 * Bundles in flight at once, each with an indexing service of its own (`pagefind-services.ts`):
 * on two cores, two services index the same bundles in about half the time of one.
 */
const CONCURRENT_BUNDLES = 2;

async function placeAll(inputs: BundleInput[], digests: string[], site: string, cacheDir: string | undefined): Promise<BundleSummary[]> {
  const summaries: BundleSummary[] = new Array(inputs.length);
  // The largest first, so that the two services finish together: a page takes the indexer
  // several times as long as a record.
  const weight = (b: BundleInput) => 8 * b.pages.length + b.records.length;
  const pending = inputs.map((_, i) => i).sort((a, b) => weight(inputs[b]!) - weight(inputs[a]!) || a - b);
  // (A service starts with the first bundle it indexes: a rebuild that reuses every part starts none.)
  const apis = await pagefindServices(CONCURRENT_BUNDLES);
  // One part of article pages at a time: a service holds the part it indexes in memory, and
  // the main bundle's parts are sized to what one may take (MAIN_PART_ARTICLES).
  let pagesInFlight = false;
  // Writing a bundle's files takes its service three to four times the memory that adding its
  // pages or records did: the two services write one at a time.
  const writing = exclusive();
  const worker = async (pagefind: PagefindApi) => {
    for (;;) {
      const at = pending.findIndex((i) => !pagesInFlight || inputs[i]!.pages.length === 0);
      if (at === -1) return;
      const i = pending.splice(at, 1)[0]!;
      const pages = inputs[i]!.pages.length > 0;
      if (pages) pagesInFlight = true;
      try {
        summaries[i] = await placeBundle(inputs[i]!, digests[i]!, site, cacheDir, pagefind, writing);
      } finally {
        if (pages) pagesInFlight = false;
      }
    }
  };
  try {
    await Promise.all(apis.map(worker));
  } finally {
    await closeServices(apis);
  }
  return summaries;
}

/** The newest quarter's own part of the quote and claim bundles: `/pagefind/quotes/recent/`. */
export const RECENT_SHARD = 'recent';

/** The quarter of a date, `2025-Q3`; a date without a month is its year alone (`2025`, before its quarters). */
export function quarterOf(datetime: string): string {
  const month = Number(datetime.slice(5, 7));
  return month >= 1 && month <= 12 ? `${datetime.slice(0, 4)}-Q${Math.ceil(month / 3)}` : datetime.slice(0, 4);
}

/** The first day of a dated day's quarter: `2025-10-11` → `2025-10-01` (where a newest part begins). */
export function quarterStart(day: string): string {
  const quarter = Number(quarterOf(day).split('-Q')[1]);
  return `${day.slice(0, 4)}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
}

/**
 * From this many articles on, the quote and claim bundles' newest quarter is a part of its own.
 * A smaller site is indexed whole in seconds, and one part fewer is one index chunk fewer for
 * a first query of quotes or claims; a larger one would index a year of quotes again for every
 * new article.
 */
export const SPLIT_FROM_ARTICLES = 1000;

/**
 * Whether a date is in the newest quarter (the quarter of the newest article) or later: what
 * goes into the bundles' newest parts. An undated record (an actor) counts as recent. Undefined
 * for a site of fewer than `splitFrom` articles, which has no such parts.
 */
function newestQuarter(articles: ArticleSearchEntry[], splitFrom: number): ((datetime: string | undefined) => boolean) | undefined {
  if (articles.length < splitFrom) return undefined;
  const newest = articles.map((a) => quarterOf(a.meta.datetime ?? '')).sort().at(-1) ?? '';
  return (datetime) => datetime === undefined || quarterOf(datetime) >= newest;
}

/**
 * How many articles a part of the main bundle holds at most, unless set. Pagefind's service
 * holds a part in memory while it indexes it (about 2.4 GB for 10,000 article pages), so a
 * part of this size keeps the build within a CI runner's memory however large the archive; a
 * site of this size or less is one part, which a first query loads at the lowest cost.
 */
export const MAIN_PART_ARTICLES = 12_000;

/** A part of the main bundle: the newest is `/pagefind/` itself, an older one `/pagefind/2023-Q1/`, after its first quarter. */
interface MainPart {
  /** `main`, or `main/2023-Q1`. */
  name: string;
  dir: string;
  articles: ArticleSearchEntry[];
}

/**
 * The article pages in parts of at most `perPart` articles: whole quarters, gathered from the
 * oldest on, so that a new article changes the newest part only (or starts a new one), and an
 * archive's parts keep their contents. A quarter larger than a part is a part of its own. The
 * newest part comes first: it is `/pagefind/`, which also holds the actors and events.
 */
export function mainParts(articles: readonly ArticleSearchEntry[], perPart: number): MainPart[] {
  const quarterOfEntry = (a: ArticleSearchEntry) => quarterOf(a.meta.datetime ?? '');
  const groups = gatherQuarters(articles.map(quarterOfEntry), perPart);
  if (groups.length === 0) return [{ name: 'main', dir: MAIN_DIR, articles: [] }];
  const members = groupMembers(articles, groups, quarterOfEntry);
  return groups
    .map((g, i) => ({ first: g.first, articles: members[i]! }))
    .reverse()
    .map((g, i) => (i === 0 ? { name: 'main', dir: MAIN_DIR, articles: g.articles } : { name: `main/${g.first}`, dir: `${MAIN_DIR}/${g.first}`, articles: g.articles }));
}

/**
 * Whole quarters (the quarter of each item, as given) gathered from the oldest into groups of
 * at most `perGroup` items; a quarter larger than that is a group of its own. Oldest first,
 * each named by its first quarter. Adding items to the newest quarter changes the last group
 * only (or starts a new one).
 */
export function gatherQuarters(quarters: readonly string[], perGroup: number): { first: string; quarters: Set<string> }[] {
  const counts = new Map<string, number>();
  for (const q of quarters) counts.set(q, (counts.get(q) ?? 0) + 1);
  const groups: { first: string; quarters: Set<string>; size: number }[] = [];
  for (const [quarter, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const last = groups.at(-1);
    if (last && last.size + n <= perGroup) {
      last.size += n;
      last.quarters.add(quarter);
    } else groups.push({ first: quarter, quarters: new Set([quarter]), size: n });
  }
  return groups.map(({ first, quarters: q }) => ({ first, quarters: q }));
}

/** The items of each group, in the order given. */
function groupMembers<T>(items: readonly T[], groups: readonly { quarters: Set<string> }[], quarterOfItem: (item: T) => string): T[][] {
  const groupOf = new Map(groups.flatMap((g, i) => [...g.quarters].map((q) => [q, i] as const)));
  const members = groups.map(() => [] as T[]);
  for (const item of items) members[groupOf.get(quarterOfItem(item))!]!.push(item);
  return members;
}

/**
 * A part of the main bundle: its article pages, and (in the newest part, `/pagefind/`) every
 * event and actor. A query loads one index chunk per part whatever the part's size (Pagefind
 * closes a chunk at 20,000 word positions), so a second part costs every first search about a
 * seventh more: a site of up to MAIN_PART_ARTICLES articles is one part. A part is made again
 * when an article's indexed copy or entry changes (a new article, a quote's speaker corrected),
 * not for a corrected verdict: the review is not in the article's copy (see indexedBody in
 * article-search-html.ts) but in the claims' own parts.
 */
function mainBundle(part: MainPart, records: SearchRecord[], built: (entry: ArticleSearchEntry) => string, stamp: (entry: ArticleSearchEntry) => string): BundleInput {
  const { articles } = part;
  return {
    name: part.name,
    dir: part.dir,
    pages: articles.map((entry) => ({
      url: entry.url,
      file: entry.file,
      title: entry.meta.title ?? '',
      built: () => built(entry),
      html: () => markArticleForIndex(built(entry), { ...entry, sort: {} }),
      stamp: () => stamp(entry),
    })),
    records: records.map(({ sort: _, ...r }) => r),
    dates: new Map(
      [...articles, ...records]
        .filter((e) => e.sort?.date !== undefined)
        .map((e) => [e.url, e.sort!.date!] as const)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    ),
  };
}

/**
 * How many records a part of the quotes or claims holds at most, unless given. Pagefind's time
 * per record grows with the part: at 20,000 articles a year of quotes (67,000 records) took
 * five minutes to index, twice the time per record of a year at 10,000 articles (33,000).
 */
export const KIND_PART_RECORDS = 40_000;

/**
 * A kind's records (quotes, claims) in parts: the newest quarter's (`quotes/recent`), then one
 * per year, newest first. A new article or a corrected verdict of the newest quarter re-indexes
 * its small part, not a whole year; an older one re-indexes its year. A year of more than
 * `perPart` records is in parts of whole quarters, named by their first (`quotes/2024-Q3`).
 */
export function kindBundles(kind: KindBundle, records: SearchRecord[], recent: ((datetime: string | undefined) => boolean) | undefined, perPart = KIND_PART_RECORDS): BundleInput[] {
  const byYear = new Map<string, SearchRecord[]>();
  for (const r of records) {
    const part = recent?.(r.meta?.datetime) ? RECENT_SHARD : (r.filters?.year?.[0] ?? 'undated');
    const list = byYear.get(part);
    if (list) list.push(r);
    else byYear.set(part, [r]);
  }
  const byPart = new Map<string, SearchRecord[]>();
  for (const [year, list] of byYear) {
    if (year === RECENT_SHARD || list.length <= perPart || !/^\d{4}$/.test(year)) {
      byPart.set(year, list);
      continue;
    }
    const quarterOfRecord = (r: SearchRecord) => quarterOf(r.meta?.datetime ?? year);
    const groups = gatherQuarters(list.map(quarterOfRecord), perPart);
    groupMembers(list, groups, quarterOfRecord).forEach((members, i) => byPart.set(groups[i]!.first, members));
  }
  const parts = [...byPart.keys()].filter((p) => p !== RECENT_SHARD).sort().reverse();
  return [...(byPart.has(RECENT_SHARD) ? [RECENT_SHARD] : []), ...parts].map((part) => ({ name: `${kind}/${part}`, dir: `${MAIN_DIR}/${kind}/${part}`, pages: [], records: byPart.get(part)! }));
}

/** Cache folders of bundles this site no longer has (a year that lost its last quote). */
function pruneCache(cacheDir: string, names: string[]): void {
  const root = join(cacheDir, 'search');
  if (!existsSync(root)) return;
  const keep = new Set([...names.map((n) => n.replaceAll('/', '-')), PAGES_CACHE]);
  for (const entry of readdirSync(root)) if (!keep.has(entry)) rmSync(join(root, entry), { recursive: true, force: true });
}

export interface SearchIndexOptions {
  /** Where the parts of the index are kept between builds. */
  cacheDir?: string;
  /** From how many articles on the newest quarter is a part of its own (SPLIT_FROM_ARTICLES). */
  splitFrom?: number;
  /** How many articles a part of the main bundle holds at most (MAIN_PART_ARTICLES). */
  mainPart?: number;
  /** How many records a part of the quotes or claims holds at most (KIND_PART_RECORDS). */
  kindPart?: number;
}

export async function buildSearchIndex(dir: string, options: SearchIndexOptions = {}): Promise<SearchIndexSummary> {
  const corpus = readCorpus(dir);
  const pages = new PageFactsCache(dir, options.cacheDir ? join(options.cacheDir, 'search', PAGES_CACHE) : undefined, PAGE_PREPARATION);
  const timeline = timelinePages(dir, pages);
  const eventHref = (id: string) => {
    const anchor = eventAnchor(id);
    const page = timeline.find((p) => p.ids.has(anchor));
    return page ? `${page.url}#${anchor}` : routes.timeline;
  };
  const records = searchRecords(corpus, { eventHref });
  const articles = articleSearchEntries(corpus);

  const warnings: Problem[] = [];
  for (const r of records) {
    const target = linkTarget(r.url, pages);
    if (!target.anchor) {
      warnings.push(problem(CORPUS_FILE, `search result link ${r.url} leads ${target.page ? 'to a page without that anchor' : 'to no page'}`, { severity: 'warning', hint: 'the page that shows this item did not render it' }));
    }
  }
  const missing = articles.filter((entry) => pages.facts(entry.file) === undefined);
  if (missing.length > 0) throw new FactlineError(missing.map((entry) => problem('pagefind', `${entry.file}: the article page was not built`)));
  const kindOf = (r: SearchRecord) => r.meta?.kind;
  const mainRecords = records.filter((r) => kindOf(r) === 'actor' || kindOf(r) === 'event');
  const recent = newestQuarter(articles, options.splitFrom ?? SPLIT_FROM_ARTICLES);
  const readPage = (entry: ArticleSearchEntry) => readFileSync(join(dir, entry.file), 'utf8');
  // What the indexer is given: the entry, and the page's indexed copy (by its digest, kept with
  // the page's facts, so an unchanged page is not read).
  const pageStamp = (entry: ArticleSearchEntry) =>
    `${JSON.stringify([entry.meta, entry.filters, entry.names ?? null])} ${pages.indexedDigest(entry.file, (html) => JSON.stringify(indexedArticle(html, entry.file)))!}`;
  const main = mainParts(articles, options.mainPart ?? MAIN_PART_ARTICLES).map((part, i) => mainBundle(part, i === 0 ? mainRecords : [], readPage, pageStamp));
  const quotes = kindBundles('quotes', records.filter((r) => kindOf(r) === 'quote'), recent, options.kindPart);
  const claims = kindBundles('claims', records.filter((r) => kindOf(r) === 'claim'), recent, options.kindPart);
  const inputs = [...main, ...quotes, ...claims];
  const digests = inputs.map(inputDigest);
  pages.save();
  const people = actorNames(corpus.actors);
  const manifest: SearchManifest = {
    version: 1,
    shards: { main: main.slice(1).map((b) => b.name.split('/')[1]!), quotes: quotes.map((b) => b.name.split('/')[1]!), claims: claims.map((b) => b.name.split('/')[1]!) },
    actors: corpus.actors.map((a) => ({ name: a.name, spellings: people.spellingsOf(a.id) })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
  };
  rmSync(join(dir, MAIN_DIR), { recursive: true, force: true });
  const bundles = await placeAll(inputs, digests, dir, options.cacheDir);
  if (options.cacheDir) pruneCache(options.cacheDir, inputs.map((b) => b.name));
  const words = new Map<string, number>();
  inputs.forEach((input, i) => {
    for (const [word, n] of bundleWordCounts(input, digests[i]!, options.cacheDir)) words.set(word, (words.get(word) ?? 0) + n);
  });
  const vocabulary = vocabularyOf(words);
  writeFileSync(join(dir, routes.searchVocabulary), `${JSON.stringify(vocabulary)}\n`);
  writeFileSync(join(dir, routes.searchManifest), `${JSON.stringify(manifest)}\n`);
  return { bundles, warnings };
}
