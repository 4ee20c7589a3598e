/**
 * Writes the Pagefind index of a built site as three bundles, so that what a first query
 * loads grows with the articles, not with the annotations:
 *
 * - `/pagefind/` — the article pages (each quote and claim card is a sub-result with its own
 *   deep link), one record per actor and per event. Searches of every kind run here.
 * - `/pagefind/quotes/` and `/pagefind/claims/` — one record per quote and per claim, with the
 *   filters lists need (speaker, verdict, year). They load only when a reader asks for quotes
 *   or claims alone. They hold the actor records too (filtered out of their results by kind),
 *   so that the search page can tell that a query names an actor whichever bundle answers it.
 * - `/pagefind/vocabulary.json` — the index's most frequent words, for "did you mean" when a
 *   search finds nothing (vocabulary.ts).
 *
 * A bundle whose input is the same as in the last build is copied from the cache instead of
 * indexed again. Only the files search needs are written (the search API, its WebAssembly and
 * the index).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { FactlineError, problem, type Problem } from '../../lib/errors/index.ts';
import type { CorpusJson } from '../../lib/export/corpus-json.ts';
import { eventAnchor, routes } from '../../lib/site/routes.ts';
import { articleBodyWords, buildVocabulary } from './vocabulary.ts';
import { markArticleForIndex } from './article-search-html.ts';
import { articleSearchEntries, searchRecords, type SearchRecord } from './search-records.ts';

export type BundleName = 'main' | 'quotes' | 'claims';

/** Where each bundle is served, under the site's root. */
export const BUNDLE_DIRS: Record<BundleName, string> = { main: 'pagefind', quotes: 'pagefind/quotes', claims: 'pagefind/claims' };

export interface BundleSummary {
  name: BundleName;
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

const CORPUS_FILE = 'data/corpus.json';

/**
 * Parts of an article page that are not words of the article or of its annotation cards: the
 * refs after marked passages (their buttons and details would read as words in result
 * excerpts), notices, and the headings over the annotation cards ("Annotations", "Claims (1)").
 * Sources, provenance, the legend and the date cards carry `data-pagefind-ignore`.
 */
const ARTICLE_EXTRAS = ['.ann-ref', '[role="note"]', '#annotations-heading', '[aria-labelledby="annotations-heading"] > h3'];

/**
 * Pagefind output the site does not use: its ready-made UIs, the playground, and the web
 * worker (search runs on the main thread; see src/browser/search/pagefind-loader.ts).
 */
const UNUSED = /^(pagefind-(ui|modular-ui|component-ui|highlight|worker)\.|playground\/)/;

function readCorpus(dir: string): CorpusJson {
  const file = join(dir, CORPUS_FILE);
  if (!existsSync(file)) {
    throw new FactlineError(problem(CORPUS_FILE, 'the build wrote no corpus export, so there is nothing to index for search', { hint: 'keep src/pages/data/corpus.json.ts in the site' }));
  }
  const corpus = JSON.parse(readFileSync(file, 'utf8')) as CorpusJson;
  if (corpus.version !== 1 || !Array.isArray(corpus.articles) || !Array.isArray(corpus.actors) || !Array.isArray(corpus.events)) {
    throw new FactlineError(problem(CORPUS_FILE, 'the corpus export is not version 1 of the format the search index reads', { hint: 'see public/data/corpus.schema.json' }));
  }
  return corpus;
}

/** Element ids of a built page. */
const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

/** Every timeline page of the built site with its element ids. */
function timelinePages(dir: string): { url: string; ids: Set<string> }[] {
  const root = join(dir, 'timeline');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && f.name === 'index.html')
    .map((f) => {
      const folder = relative(root, f.parentPath).split(sep).join('/');
      return { url: routes.timelineArchive(folder.replaceAll('/', '-')), ids: idsOf(readFileSync(join(f.parentPath, f.name), 'utf8')) };
    })
    .sort((a, b) => (a.url < b.url ? -1 : 1));
}

/** The page (and element) a deep link points to, if the built site has it. */
function linkTarget(dir: string, url: string, pageIds: Map<string, Set<string>>): { page: boolean; anchor: boolean } {
  const [path = '', hash] = url.split('#');
  const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
  if (!pageIds.has(path)) pageIds.set(path, existsSync(file) ? idsOf(readFileSync(file, 'utf8')) : new Set(['\0missing']));
  const ids = pageIds.get(path)!;
  const page = !ids.has('\0missing');
  return { page, anchor: page && (hash === undefined || ids.has(hash)) };
}

/** What one bundle is made of: HTML pages and custom records. */
interface BundleInput {
  name: BundleName;
  pages: { url: string; file: string; html: string }[];
  records: SearchRecord[];
}

/** The installed Pagefind's version: a new indexer makes a new index. */
function pagefindVersion(): string {
  const file = join(process.cwd(), 'node_modules', 'pagefind', 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : 'unknown';
}

/** A digest of everything a bundle is built from, and of the indexer's version and settings. */
function inputDigest(input: BundleInput): string {
  const hash = createHash('sha256').update(`${pagefindVersion()}\n${JSON.stringify(ARTICLE_EXTRAS)}\n`);
  for (const p of input.pages) hash.update(`${p.url}\n${p.html}\n`);
  for (const r of input.records) hash.update(`${JSON.stringify(r)}\n`);
  return hash.digest('hex').slice(0, 24);
}

/** One request to Pagefind's indexing service at a time: the service's own work dominates. */
async function inOrder<T>(items: readonly T[], add: (item: T) => Promise<void>): Promise<void> {
  for (const item of items) await add(item);
}

/** Index one bundle into `out` (which must not exist) and drop the files the site does not use. */
async function writeBundle(input: BundleInput, out: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: ARTICLE_EXTRAS });
  if (!index) throw new FactlineError(problem('pagefind', `Pagefind could not start: ${errors.join('; ')}`));
  try {
    const failures: string[] = [...errors];
    await inOrder(input.pages, async (page) => {
      const added = await index.addHTMLFile({ url: page.url, content: page.html });
      failures.push(...added.errors.map((e) => `${page.file}: ${e}`));
    });
    await inOrder(input.records, async (record) => {
      const added = await index.addCustomRecord(record);
      failures.push(...added.errors.map((e) => `${record.url}: ${e}`));
    });
    if (failures.length > 0) throw new FactlineError(failures.map((f) => problem('pagefind', f)));
    // Written straight to disk by Pagefind: getFiles() would copy the whole index through the
    // Node API's message channel, which costs several times the index's size in memory.
    const { errors: writeErrors } = await index.writeFiles({ outputPath: out });
    if (writeErrors.length > 0) throw new FactlineError(writeErrors.map((e) => problem('pagefind', e)));
  } finally {
    await index.deleteIndex();
  }
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

function sizeOf(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!f.isFile()) continue;
    files++;
    bytes += statSync(join(f.parentPath, f.name)).size;
  }
  return { files, bytes };
}

/**
 * Build (or reuse) one bundle and copy it into the site. The cache keeps the last build of
 * each bundle under `<cacheDir>/search/<bundle>/<digest>/`.
 */
async function placeBundle(input: BundleInput, site: string, cacheDir: string | undefined): Promise<BundleSummary> {
  const started = performance.now();
  const digest = inputDigest(input);
  const cacheRoot = cacheDir ? join(cacheDir, 'search', input.name) : undefined;
  const cached = cacheRoot ? join(cacheRoot, digest) : undefined;
  const reused = Boolean(cached && existsSync(join(cached, 'pagefind-entry.json')));
  const target = join(site, BUNDLE_DIRS[input.name]);
  if (!reused) {
    const build = cached ?? join(site, `${BUNDLE_DIRS[input.name]}.tmp`);
    if (cacheRoot) rmSync(cacheRoot, { recursive: true, force: true });
    rmSync(build, { recursive: true, force: true });
    mkdirSync(join(build, '..'), { recursive: true });
    await writeBundle(input, build);
    if (!cached) {
      cpSync(build, target, { recursive: true });
      rmSync(build, { recursive: true, force: true });
    }
  }
  // Timestamps kept, so the service worker's hash cache knows the files are unchanged.
  if (cached) cpSync(cached, target, { recursive: true, preserveTimestamps: true });
  const size = sizeOf(cached ?? target);
  return { name: input.name, pages: input.pages.length, records: input.records.length, ...size, reused, ms: Math.round(performance.now() - started) };
}

export async function buildSearchIndex(dir: string, options: { cacheDir?: string } = {}): Promise<SearchIndexSummary> {
  const corpus = readCorpus(dir);
  const timeline = timelinePages(dir);
  const eventHref = (id: string) => {
    const anchor = eventAnchor(id);
    const page = timeline.find((p) => p.ids.has(anchor));
    return page ? `${page.url}#${anchor}` : routes.timeline;
  };
  const records = searchRecords(corpus, { eventHref });
  const articles = articleSearchEntries(corpus);

  const warnings: Problem[] = [];
  const pageIds = new Map<string, Set<string>>();
  for (const r of records) {
    const target = linkTarget(dir, r.url, pageIds);
    if (!target.anchor) {
      warnings.push(problem(CORPUS_FILE, `search result link ${r.url} leads ${target.page ? 'to a page without that anchor' : 'to no page'}`, { severity: 'warning', hint: 'the page that shows this item did not render it' }));
    }
  }
  pageIds.clear();

  const missing = articles.filter((entry) => !existsSync(join(dir, entry.file)));
  if (missing.length > 0) throw new FactlineError(missing.map((entry) => problem('pagefind', `${entry.file}: the article page was not built`)));
  const kindOf = (r: SearchRecord) => r.meta?.kind;
  const actorRecords = records.filter((r) => kindOf(r) === 'actor');
  const inputs: BundleInput[] = [
    {
      name: 'main',
      pages: articles.map((entry) => ({ url: entry.url, file: entry.file, html: markArticleForIndex(readFileSync(join(dir, entry.file), 'utf8'), entry) })),
      records: records.filter((r) => kindOf(r) === 'actor' || kindOf(r) === 'event'),
    },
    { name: 'quotes', pages: [], records: [...records.filter((r) => kindOf(r) === 'quote'), ...actorRecords] },
    { name: 'claims', pages: [], records: [...records.filter((r) => kindOf(r) === 'claim'), ...actorRecords] },
  ];
  const vocabulary = buildVocabulary([...records.map((r) => r.content), ...corpus.articles.map((a) => a.title), ...inputs[0]!.pages.map((p) => articleBodyWords(p.html))]);
  rmSync(join(dir, BUNDLE_DIRS.main), { recursive: true, force: true });
  const bundles: BundleSummary[] = [];
  try {
    // One bundle in memory at a time: the main one holds every article's page.
    while (inputs.length > 0) bundles.push(await placeBundle(inputs.shift()!, dir, options.cacheDir));
  } finally {
    await pagefind.close();
  }
  writeFileSync(join(dir, routes.searchVocabulary), `${JSON.stringify(vocabulary)}\n`);
  return { bundles, warnings };
}
