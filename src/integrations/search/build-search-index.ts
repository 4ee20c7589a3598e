/**
 * Writes the Pagefind index of a built site into `<dir>/pagefind/`: the article pages from
 * their HTML, and a record per quote, claim, actor and event from `data/corpus.json`. Only
 * the files search needs are written (the search API, its WebAssembly and the index).
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { FactlineError, problem, type Problem } from '../../lib/errors/index.ts';
import type { CorpusJson } from '../../lib/export/corpus-json.ts';
import { eventAnchor } from '../../lib/site/site-model.ts';
import { markArticleForIndex } from './article-search-html.ts';
import { articleSearchEntries, searchRecords, type SearchRecord } from './search-records.ts';

export interface SearchIndexSummary {
  pages: number;
  records: number;
  files: number;
  bytes: number;
  /** Deep links whose target is not in the built site. */
  warnings: Problem[];
}

const CORPUS_FILE = 'data/corpus.json';

/**
 * Parts of an article page that are not the article's text: the annotation cards, sources and
 * provenance (quotes, claims and dates have records of their own), the legend and notices,
 * and the "q3" labels after marked passages (they would read as words in result excerpts).
 * Leaving them out keeps the index, and so the first query's download, small.
 */
const ARTICLE_EXTRAS = ['article section', '[aria-label="Legend"]', '[role="note"]', '.ann-ref'];

/**
 * Pagefind output the site does not use: its ready-made UIs, the playground, and the web
 * worker (search runs on the main thread; see src/scripts/search/pagefind-loader.ts).
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

/** The site-wide timeline's pages, oldest first: `/timeline/`, `/timeline/page/2/`, … */
function timelinePages(dir: string): { url: string; ids: Set<string> }[] {
  const pages: { url: string; ids: Set<string> }[] = [];
  const first = join(dir, 'timeline/index.html');
  if (existsSync(first)) pages.push({ url: '/timeline/', ids: idsOf(readFileSync(first, 'utf8')) });
  const more = join(dir, 'timeline/page');
  if (existsSync(more)) {
    const numbers = readdirSync(more).filter((n) => /^\d+$/.test(n)).map(Number).sort((a, b) => a - b);
    for (const n of numbers) {
      const file = join(more, String(n), 'index.html');
      if (existsSync(file)) pages.push({ url: `/timeline/page/${n}/`, ids: idsOf(readFileSync(file, 'utf8')) });
    }
  }
  return pages;
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

/**
 * One request to Pagefind's indexing service at a time. (Sending them in batches gives the
 * same index but was no faster: the service's own work dominates, not the round trips.)
 */
async function inOrder<T>(items: readonly T[], add: (item: T) => Promise<void>): Promise<void> {
  for (const item of items) await add(item);
}

export async function buildSearchIndex(dir: string): Promise<SearchIndexSummary> {
  const corpus = readCorpus(dir);
  const timeline = timelinePages(dir);
  const eventHref = (id: string) => {
    const anchor = eventAnchor(id);
    const page = timeline.find((p) => p.ids.has(anchor));
    return page ? `${page.url}#${anchor}` : '/timeline/';
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

  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: ARTICLE_EXTRAS });
  if (!index) throw new FactlineError(problem('pagefind', `Pagefind could not start: ${errors.join('; ')}`));
  try {
    const failures: string[] = [...errors];
    const pages = articles.filter((entry) => {
      if (existsSync(join(dir, entry.file))) return true;
      failures.push(`${entry.file}: the article page was not built`);
      return false;
    });
    await inOrder(pages, async (entry) => {
      const added = await index.addHTMLFile({ url: entry.url, content: markArticleForIndex(readFileSync(join(dir, entry.file), 'utf8'), entry) });
      failures.push(...added.errors.map((e) => `${entry.file}: ${e}`));
    });
    await inOrder(records as SearchRecord[], async (record) => {
      const added = await index.addCustomRecord(record);
      failures.push(...added.errors.map((e) => `${record.url}: ${e}`));
    });
    if (failures.length > 0) throw new FactlineError(failures.map((f) => problem('pagefind', f)));

    // Written straight to disk by Pagefind: getFiles() would copy the whole index through the
    // Node API's message channel, which costs several times the index's size in memory.
    const out = join(dir, 'pagefind');
    rmSync(out, { recursive: true, force: true });
    const { errors: writeErrors } = await index.writeFiles({ outputPath: out });
    if (writeErrors.length > 0) throw new FactlineError(writeErrors.map((e) => problem('pagefind', e)));
    const entryFile = join(out, 'pagefind-entry.json');
    const entry = existsSync(entryFile) ? (JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { wasm?: string | null }> }) : { languages: {} };
    // Only the WebAssembly builds the index's languages load.
    const wasm = new Set(Object.values(entry.languages).map((l) => `wasm.${l.wasm ?? 'unknown'}.pagefind`));
    let files = 0;
    let bytes = 0;
    for (const f of readdirSync(out, { recursive: true, withFileTypes: true })) {
      if (!f.isFile()) continue;
      const path = relative(out, join(f.parentPath, f.name)).split(sep).join('/');
      if (UNUSED.test(path) || (/^wasm\./.test(path) && !wasm.has(path))) {
        rmSync(join(out, path));
        continue;
      }
      files++;
      bytes += statSync(join(out, path)).size;
    }
    for (const unused of ['playground']) rmSync(join(out, unused), { recursive: true, force: true });
    return { pages: articles.length, records: records.length, files, bytes, warnings };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}
