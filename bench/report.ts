/**
 * The benchmark's result: one JSON shape (written to `bench/results/<N>.json`) and the
 * Markdown table printed at the end of a run, with every goal checked.
 */
import { BUDGETS } from './budgets.ts';
import type { AnnotateThroughput } from './measure/annotate-throughput.ts';
import type { FirstSearch } from './measure/first-search.ts';
import type { BuildCounts } from './measure/incremental.ts';
import type { PagefindTiming } from './measure/pagefind-index.ts';
import type { SiteSummary } from './site-summary.ts';

export interface BuildResult {
  ok: boolean;
  wallMs: number;
  /** CPU time (user + system) of the build's process tree. */
  cpuMs: number | null;
  peakRssBytes: number;
  peakTreeRssBytes: number;
  gnuTimeMaxRssBytes: number | null;
  htmlPages: number;
  msPerPage: number;
  site: SiteSummary | null;
  /** What the build reported doing (Factline's builds only). */
  counts?: BuildCounts;
  /** Last lines of the log when the build failed. */
  error?: string;
}

/** The Pagefind CLI with its defaults over the bare Astro site, run right after it. */
export interface BaselineSearch {
  ok: boolean;
  wallMs: number;
  cpuMs: number | null;
  peakRssBytes: number;
  indexBytes: number;
  indexFiles: number;
  error?: string;
}

/** An incremental rebuild into the same cache and output as the cold build. */
export interface RebuildResult {
  ok: boolean;
  wallMs: number;
  cpuMs: number | null;
  /** What changed in the content before this build. */
  changed: string;
  /** Did the build reuse any page from the last one? */
  incremental: boolean;
  peakRssBytes: number;
  peakTreeRssBytes: number;
  counts: BuildCounts;
  error?: string;
}

type Skipped = { skipped: string };

export interface BenchResult {
  n: number;
  seed: number;
  environment: {
    node: string;
    cpu: string;
    cores: number;
    memoryBytes: number;
    astro: string;
    pagefind: string;
    commit: string;
    loadAverage: { start: number; end: number };
    /** NODE_OPTIONS the builds ran with (no heap flag: Node's default heap limit). */
    nodeOptions?: string;
    /** Site files that differed from the commit when the run copied the site's code. */
    uncommitted?: string[];
  };
  corpus: {
    articles: number;
    annotated: number;
    actors: number;
    events: number;
    markdownBytes: number;
    annotationBytes: number;
    yamlWriter: string;
    generateMs: number;
  };
  factline: BuildResult;
  /** Bare Astro over the same Markdown (its `site` includes the Pagefind index written after it). */
  baseline: BuildResult;
  /** Factline / bare Astro alone, wall time. */
  buildRatio: number | null;
  /** The same ratio in CPU time: steadier when other work shares the machine. */
  cpuRatio: number | null;
  baselineSearch?: BaselineSearch | Skipped;
  /** Bare Astro plus its Pagefind run: wall and CPU summed, peak memory the larger of the two. */
  baselineTotal?: { wallMs: number; cpuMs: number | null; peakRssBytes: number } | null;
  /** Factline's cold build / (bare Astro + bare Pagefind), wall time. */
  coldBuildRatio?: number | null;
  /** The same ratio in CPU time. */
  coldCpuRatio?: number | null;
  pagefind: PagefindTiming | Skipped;
  /** Factline's first search through its own `/search/` page. */
  firstSearch: FirstSearch | Skipped;
  /** Factline's first search through Pagefind's API (first five results' data), as measured on the baseline. */
  firstSearchApi?: FirstSearch | Skipped;
  /** Bare Pagefind's first search on the baseline, same query, through Pagefind's API. */
  baselineFirstSearch?: FirstSearch | Skipped;
  /** firstSearch / baselineFirstSearch, bytes transferred: the site's page against bare Pagefind. */
  firstSearchRatio?: number | null;
  /** firstSearchApi / baselineFirstSearch: the two indexes queried alike. */
  firstSearchApiRatio?: number | null;
  annotate: AnnotateThroughput | Skipped;
  /** Rebuild after one annotation edit (a claim's verdict corrected). */
  rebuild: RebuildResult | Skipped;
  /** Rebuild after one article and its annotation file are added (the generator's next article, whatever its date). */
  articleRebuild?: RebuildResult | Skipped;
  /** Then after one more, published in the newest quarter (the search index's newest part): a newsroom's usual case. */
  recentArticleRebuild?: RebuildResult | Skipped;
  goals: Goal[];
}

export interface Goal {
  goal: string;
  target: string;
  measured: string;
  /** null when not measured at this N or not measurable yet. */
  pass: boolean | null;
}

const kb = (b: number) => `${(b / 1000).toFixed(1)} kB`;
const mb = (b: number) => (b >= 1e9 ? `${(b / 1024 ** 3).toFixed(2)} GiB` : `${(b / 1024 ** 2).toFixed(0)} MiB`);
const decimalMb = (b: number) => `${(b / 1e6).toFixed(b < 1e7 ? 1 : 0)} MB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const count = (x: number) => x.toLocaleString('en-US');
const ratio = (x: number | null | undefined) => (x === null || x === undefined ? 'n/a' : `${x.toFixed(2)}×`);
const has = <T extends object>(v: T | Skipped | undefined): v is T => v !== undefined && !('skipped' in v);
const skipped = (v: object | undefined) => (v && 'skipped' in v ? String(v.skipped) : 'not measured');

/** Where a run's figures were taken at another N than the goals were set for. */
export const goalsNote = (n: number) => (n === 10_000 ? '' : `Goals are set at 10,000 articles; this run has N = ${count(n)}.`);

const heapFlag = (r: Omit<BenchResult, 'goals'>) => /--max-old-space-size/.test(r.environment.nodeOptions ?? '');

export function goalsOf(r: Omit<BenchResult, 'goals'>): Goal[] {
  const f = r.factline;
  const s = f.site;
  const goals: Goal[] = [];
  goals.push({
    goal: 'cold full build vs bare Astro + bare Pagefind, same run (wall; CPU)',
    target: `≤ ${BUDGETS.buildRatio}×`,
    measured: r.coldBuildRatio == null ? 'n/a' : `${ratio(r.coldBuildRatio)}; ${ratio(r.coldCpuRatio)}`,
    pass: r.coldBuildRatio == null ? null : r.coldBuildRatio <= BUDGETS.buildRatio,
  });
  const rebuildGoal = (goal: string, x: RebuildResult | Skipped | undefined, limitMs: number): Goal => ({
    goal,
    target: `≤ ${sec(limitMs)}`,
    measured: has(x) ? (x.ok ? sec(x.wallMs) : 'failed') : 'n/a',
    pass: has(x) ? x.ok && x.wallMs <= limitMs : null,
  });
  goals.push(rebuildGoal('rebuild after one annotation edit', r.rebuild, BUDGETS.annotationRebuildMs));
  goals.push(rebuildGoal('rebuild after one new article', r.articleRebuild, BUDGETS.articleRebuildMs));
  if (r.recentArticleRebuild) goals.push(rebuildGoal('rebuild after one new article of the newest quarter', r.recentArticleRebuild, BUDGETS.articleRebuildMs));
  // The largest tree of any Factline build of the run: the cold build and both rebuilds.
  const builds: [string, number][] = [['cold build', f.ok ? f.peakRssBytes : 0]];
  for (const [label, x] of [['annotation rebuild', r.rebuild], ['article rebuild', r.articleRebuild], ['newest-quarter article rebuild', r.recentArticleRebuild]] as const) if (has(x) && x.ok) builds.push([label, x.peakRssBytes]);
  const [peakOf, peak] = builds.reduce((a, b) => (b[1] > a[1] ? b : a));
  goals.push({
    goal: `peak RSS, whole process tree, ${heapFlag(r) ? 'with a heap flag' : 'default heap'}`,
    target: `≤ ${mb(BUDGETS.peakRssBytes)}, no flag`,
    measured: f.ok ? `${mb(peak)} (${peakOf})` : 'n/a',
    pass: f.ok ? peak <= BUDGETS.peakRssBytes && !heapFlag(r) : null,
  });
  goals.push({
    goal: 'dist/',
    target: `≤ ${decimalMb(BUDGETS.distBytes)}`,
    measured: s ? `${decimalMb(s.bytes)}, ${count(s.files)} files` : 'n/a',
    pass: s ? s.bytes <= BUDGETS.distBytes : null,
  });
  goals.push({
    goal: 'first search, transferred, vs bare Pagefind on the baseline',
    target: `≤ ${BUDGETS.firstSearchRatio}×`,
    measured:
      has(r.firstSearch) && has(r.baselineFirstSearch)
        ? `${ratio(r.firstSearchRatio)} (${kb(r.firstSearch.bytes)} / ${kb(r.baselineFirstSearch.bytes)}) through /search/; ${ratio(r.firstSearchApiRatio)} through Pagefind's API`
        : 'n/a',
    pass: r.firstSearchRatio == null ? null : r.firstSearchRatio <= BUDGETS.firstSearchRatio,
  });
  goals.push({
    goal: 'largest HTML page',
    target: `≤ ${kb(BUDGETS.pageHtmlBytes)}`,
    measured: s?.largestPage ? `${kb(s.largestPage.bytes)} ${s.largestPage.url}` : 'n/a',
    pass: s?.largestPage ? s.largestPage.bytes <= BUDGETS.pageHtmlBytes : null,
  });
  goals.push({
    goal: 'annotate throughput, one core',
    target: `≥ ${BUDGETS.annotateArticlesPerSecond} articles/s`,
    measured: has(r.annotate) ? `${r.annotate.articlesPerSecond.toFixed(0)} articles/s` : 'n/a',
    pass: has(r.annotate) ? r.annotate.articlesPerSecond >= BUDGETS.annotateArticlesPerSecond : null,
  });
  goals.push({
    goal: 'article page, HTML gzipped (max)',
    target: `≤ ${kb(BUDGETS.articleHtmlGzipBytes)}`,
    measured: s ? `${kb(s.articlePages.maxGzipBytes)} ${s.articlePages.maxGzipUrl ?? ''}`.trim() : 'n/a',
    pass: s && s.articlePages.count ? s.articlePages.maxGzipBytes <= BUDGETS.articleHtmlGzipBytes : null,
  });
  goals.push({
    goal: 'reading-page JavaScript, gzipped (max)',
    target: `≤ ${kb(BUDGETS.readingJsGzipBytes)}`,
    measured: s ? `${kb(s.readingPages.maxJsGzipBytes)}${s.readingPages.maxJsUrl ? ` ${s.readingPages.maxJsUrl}` : ''}` : 'n/a',
    pass: s ? s.readingPages.maxJsGzipBytes <= BUDGETS.readingJsGzipBytes : null,
  });
  goals.push({
    goal: 'CSS, gzipped (max per page)',
    target: `≤ ${kb(BUDGETS.cssGzipBytes)}`,
    measured: s ? kb(s.readingPages.maxCssGzipBytes) : 'n/a',
    pass: s ? s.readingPages.maxCssGzipBytes <= BUDGETS.cssGzipBytes : null,
  });
  return goals;
}

const searchCell = (x: FirstSearch | Skipped | undefined) =>
  has(x) ? `${kb(x.bytes)} in ${x.requests} requests${x.results === null ? '' : `, ${count(x.results)} results`} (“${x.query}”)` : skipped(x);

const pagesCell = (c: BuildCounts | undefined) => (c?.pages ? `${count(c.pages.rendered)} rendered / ${count(c.pages.reused)} reused` : 'not reported');
const articlesCell = (c: BuildCounts | undefined) => (c?.articles ? `${count(c.articles.loaded)} loaded / ${count(c.articles.unchanged)} unchanged` : 'not reported');
const bundlesCell = (c: BuildCounts | undefined) => {
  if (!c?.searchBundles.length) return 'not reported';
  const reused = c.searchBundles.filter((b) => b.reused).map((b) => b.name);
  const rebuilt = c.searchBundles.filter((b) => !b.reused).map((b) => b.name);
  return [reused.length ? `reused: ${reused.join(', ')}` : '', rebuilt.length ? `rebuilt: ${rebuilt.join(', ')}` : ''].filter(Boolean).join('; ');
};

function rebuildRows(label: string, x: RebuildResult | Skipped | undefined): [string, string, string][] {
  if (!has(x)) return [[label, skipped(x), '—']];
  if (!x.ok) return [[label, 'failed', '—']];
  return [
    [`${label}: wall / CPU / peak RSS`, `${sec(x.wallMs)} / ${x.cpuMs === null ? 'n/a' : sec(x.cpuMs)} / ${mb(x.peakRssBytes)}`, '—'],
    [`${label}: pages`, pagesCell(x.counts), '—'],
    [`${label}: articles`, articlesCell(x.counts), '—'],
    [`${label}: search bundles`, bundlesCell(x.counts), '—'],
  ];
}

export function markdownTable(r: BenchResult): string {
  const f = r.factline;
  const b = r.baseline;
  const bs = r.baselineSearch;
  const total = r.baselineTotal;
  const cell = (x: BuildResult, v: (x: BuildResult) => string) => (x.ok ? v(x) : 'failed');
  const cpu = (ms: number | null) => (ms === null ? 'n/a' : sec(ms));
  // "Astro + Pagefind = total" when the baseline's search was indexed, else the Astro figure alone.
  const sum = (astro: string, pagefind: (p: BaselineSearch) => string, all: string) => (has(bs) && bs.ok && total ? `${astro} + ${pagefind(bs)} = ${all}` : astro);
  const rows: [string, string, string][] = [
    [
      'Cold build wall time',
      cell(f, (x) => sec(x.wallMs)),
      cell(b, (x) => sum(sec(x.wallMs), (p) => sec(p.wallMs), total ? sec(total.wallMs) : '')),
    ],
    [
      'Cold build CPU time (user + system)',
      cell(f, (x) => cpu(x.cpuMs)),
      cell(b, (x) => sum(cpu(x.cpuMs), (p) => cpu(p.cpuMs), total ? cpu(total.cpuMs) : '')),
    ],
    ['Ratio to bare Astro + Pagefind (wall; CPU)', `${ratio(r.coldBuildRatio)}; ${ratio(r.coldCpuRatio)}`, '1.00×'],
    ['Ratio to bare Astro alone (wall; CPU)', `${ratio(r.buildRatio)}; ${ratio(r.cpuRatio)}`, '—'],
    [
      `Peak RSS (process tree, ${r.environment.nodeOptions && /--max-old-space-size/.test(r.environment.nodeOptions) ? 'heap flag' : 'default heap'})`,
      cell(f, (x) => mb(x.peakRssBytes)),
      cell(b, (x) => (has(bs) && bs.ok ? `${mb(x.peakRssBytes)} (Astro); ${mb(bs.peakRssBytes)} (Pagefind)` : mb(x.peakRssBytes))),
    ],
    ['Pages rendered / reused', f.ok ? pagesCell(f.counts) : 'failed', '—'],
    ['HTML pages', cell(f, (x) => count(x.htmlPages)), cell(b, (x) => count(x.htmlPages))],
    ['ms per page', cell(f, (x) => x.msPerPage.toFixed(1)), cell(b, (x) => x.msPerPage.toFixed(1))],
    ['dist/ size, files', cell(f, (x) => `${mb(x.site!.bytes)}, ${count(x.site!.files)} files`), cell(b, (x) => `${mb(x.site!.bytes)}, ${count(x.site!.files)} files`)],
    ['Largest page (HTML)', cell(f, (x) => `${kb(x.site!.largestPage?.bytes ?? 0)} ${x.site!.largestPage?.url ?? ''}`), cell(b, (x) => kb(x.site!.largestPage?.bytes ?? 0))],
    [
      'Article page HTML gzipped (median / max)',
      cell(f, (x) => `${kb(x.site!.articlePages.medianGzipBytes)} / ${kb(x.site!.articlePages.maxGzipBytes)}`),
      cell(b, (x) => `${kb(x.site!.articlePages.medianGzipBytes)} / ${kb(x.site!.articlePages.maxGzipBytes)}`),
    ],
    ['Reading-page JS gzipped (max)', cell(f, (x) => kb(x.site!.readingPages.maxJsGzipBytes)), cell(b, (x) => kb(x.site!.readingPages.maxJsGzipBytes))],
    ['CSS gzipped (max per page)', cell(f, (x) => kb(x.site!.readingPages.maxCssGzipBytes)), cell(b, (x) => kb(x.site!.readingPages.maxCssGzipBytes))],
  ];
  const baselineIndex = has(bs) ? (bs.ok ? `${mb(bs.indexBytes)} in ${count(bs.indexFiles)} files` : 'failed') : skipped(bs);
  if (has(r.pagefind)) {
    const p = r.pagefind;
    rows.push([`Pagefind indexing${p.inBuild ? '' : ' (separate CLI run)'}`, `${sec(p.buildLogMs ?? p.cliMs)}${p.inBuild && p.buildLogMs === null ? ' (CLI re-run over the HTML)' : ''}`, has(bs) && bs.ok ? sec(bs.wallMs) : '—']);
    rows.push(['Pagefind index size', `${mb(p.indexBytes)} in ${count(p.indexFiles)} files`, baselineIndex]);
  } else rows.push(['Pagefind indexing', r.pagefind.skipped, baselineIndex]);
  rows.push(['First search, transferred (the site’s /search/ page)', searchCell(r.firstSearch), '—']);
  rows.push(['First search, transferred (Pagefind API, first 5 results’ data)', searchCell(r.firstSearchApi), searchCell(r.baselineFirstSearch)]);
  rows.push(['Annotate throughput (one core)', has(r.annotate) ? `${r.annotate.articlesPerSecond.toFixed(0)} articles/s (${r.annotate.articles} articles)` : r.annotate.skipped, '—']);
  rows.push(...rebuildRows('Rebuild after one annotation edit', r.rebuild));
  rows.push(...rebuildRows('Rebuild after one new article', r.articleRebuild));
  if (r.recentArticleRebuild) rows.push(...rebuildRows('Rebuild after one new article of the newest quarter', r.recentArticleRebuild));

  const note = goalsNote(r.n);
  const lines = [
    `### N = ${count(r.n)} articles (${r.corpus.actors} actors, ${count(r.corpus.events)} events) — ${r.environment.cpu}, ${r.environment.cores} cores, Node ${r.environment.node}, load average ${r.environment.loadAverage.start.toFixed(1)} → ${r.environment.loadAverage.end.toFixed(1)}`,
    '',
    '| Measure | Factline | Baseline (bare Astro + Pagefind CLI) |',
    '| --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    '| Goal | Target | Measured | |',
    '| --- | --- | --- | --- |',
    ...r.goals.map((g) => `| ${g.goal} | ${g.target} | ${g.measured} | ${g.pass === null ? '—' : g.pass ? 'met' : '**missed**'} |`),
    ...(note ? ['', note] : []),
  ];
  return lines.join('\n');
}
