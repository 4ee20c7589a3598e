/**
 * The benchmark's result: one JSON shape (written to `bench/results/<N>.json`) and the
 * Markdown table printed at the end of a run, with every goal of issue 9 checked.
 */
import { BUDGETS } from './budgets.ts';
import type { AnnotateThroughput } from './measure/annotate-throughput.ts';
import type { FirstSearch } from './measure/first-search.ts';
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
  /** Last lines of the log when the build failed. */
  error?: string;
}

export interface BenchResult {
  n: number;
  seed: number;
  environment: { node: string; cpu: string; cores: number; memoryBytes: number; astro: string; pagefind: string; commit: string; loadAverage: { start: number; end: number } };
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
  baseline: BuildResult;
  buildRatio: number | null;
  /** The same ratio in CPU time: steadier when other work shares the machine. */
  cpuRatio: number | null;
  pagefind: PagefindTiming | { skipped: string };
  firstSearch: FirstSearch | { skipped: string };
  annotate: AnnotateThroughput | { skipped: string };
  rebuild: { ok: boolean; wallMs: number; cpuMs: number | null; changed: string; incremental: boolean } | { skipped: string };
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
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const has = <T extends object>(v: T | { skipped: string }): v is T => !('skipped' in v);

export function goalsOf(r: Omit<BenchResult, 'goals'>): Goal[] {
  const f = r.factline;
  const s = f.site;
  const goals: Goal[] = [];
  goals.push({
    goal: 'build time vs bare Astro (wall; CPU)',
    target: `≤ ${BUDGETS.buildRatio}×`,
    measured: r.buildRatio === null ? 'n/a' : `${r.buildRatio.toFixed(2)}×; ${r.cpuRatio === null ? 'n/a' : `${r.cpuRatio.toFixed(2)}×`}`,
    pass: r.buildRatio === null ? null : r.buildRatio <= BUDGETS.buildRatio,
  });
  goals.push({
    goal: `peak RSS${r.n === 10_000 ? '' : ` (goal is set at 10,000; here N = ${r.n.toLocaleString('en-US')})`}`,
    target: `≤ ${mb(BUDGETS.peakRssBytes)}`,
    measured: f.ok ? mb(f.peakRssBytes) : 'n/a',
    pass: f.ok ? f.peakRssBytes <= BUDGETS.peakRssBytes : null,
  });
  goals.push({
    goal: 'annotate throughput, one core',
    target: `≥ ${BUDGETS.annotateArticlesPerSecond} articles/s`,
    measured: has(r.annotate) ? `${r.annotate.articlesPerSecond.toFixed(0)} articles/s` : 'n/a',
    pass: has(r.annotate) ? r.annotate.articlesPerSecond >= BUDGETS.annotateArticlesPerSecond : null,
  });
  goals.push({
    goal: 'first search, transferred',
    target: `≤ ${kb(BUDGETS.firstSearchBytes)}`,
    measured: has(r.firstSearch) ? kb(r.firstSearch.bytes) : 'n/a',
    pass: has(r.firstSearch) ? r.firstSearch.bytes <= BUDGETS.firstSearchBytes : null,
  });
  goals.push({
    goal: 'largest HTML page',
    target: `≤ ${kb(BUDGETS.pageHtmlBytes)}`,
    measured: s?.largestPage ? `${kb(s.largestPage.bytes)} ${s.largestPage.url}` : 'n/a',
    pass: s?.largestPage ? s.largestPage.bytes <= BUDGETS.pageHtmlBytes : null,
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

export function markdownTable(r: BenchResult): string {
  const f = r.factline;
  const b = r.baseline;
  const cell = (x: BuildResult, v: (x: BuildResult) => string) => (x.ok ? v(x) : 'failed');
  const rows: [string, string, string][] = [
    ['Build wall time', cell(f, (x) => sec(x.wallMs)), cell(b, (x) => sec(x.wallMs))],
    ['Build time ratio (Factline / baseline)', r.buildRatio === null ? 'n/a' : `${r.buildRatio.toFixed(2)}×`, '1.00×'],
    ['Build CPU time (user + system)', cell(f, (x) => (x.cpuMs === null ? 'n/a' : sec(x.cpuMs))), cell(b, (x) => (x.cpuMs === null ? 'n/a' : sec(x.cpuMs)))],
    ['CPU time ratio (Factline / baseline)', r.cpuRatio === null ? 'n/a' : `${r.cpuRatio.toFixed(2)}×`, '1.00×'],
    ['Peak RSS (process tree)', cell(f, (x) => mb(x.peakRssBytes)), cell(b, (x) => mb(x.peakRssBytes))],
    ['HTML pages', cell(f, (x) => x.htmlPages.toLocaleString('en-US')), cell(b, (x) => x.htmlPages.toLocaleString('en-US'))],
    ['ms per page', cell(f, (x) => x.msPerPage.toFixed(1)), cell(b, (x) => x.msPerPage.toFixed(1))],
    ['dist/ size', cell(f, (x) => mb(x.site!.bytes)), cell(b, (x) => mb(x.site!.bytes))],
    ['Largest page (HTML)', cell(f, (x) => `${kb(x.site!.largestPage?.bytes ?? 0)} ${x.site!.largestPage?.url ?? ''}`), cell(b, (x) => kb(x.site!.largestPage?.bytes ?? 0))],
    [
      'Article page HTML gzipped (median / max)',
      cell(f, (x) => `${kb(x.site!.articlePages.medianGzipBytes)} / ${kb(x.site!.articlePages.maxGzipBytes)}`),
      cell(b, (x) => `${kb(x.site!.articlePages.medianGzipBytes)} / ${kb(x.site!.articlePages.maxGzipBytes)}`),
    ],
    ['Reading-page JS gzipped (max)', cell(f, (x) => kb(x.site!.readingPages.maxJsGzipBytes)), cell(b, (x) => kb(x.site!.readingPages.maxJsGzipBytes))],
    ['CSS gzipped (max per page)', cell(f, (x) => kb(x.site!.readingPages.maxCssGzipBytes)), cell(b, (x) => kb(x.site!.readingPages.maxCssGzipBytes))],
  ];
  if (has(r.pagefind)) {
    const p = r.pagefind;
    rows.push([`Pagefind indexing${p.inBuild ? '' : ' (separate CLI run)'}`, `${sec(p.buildLogMs ?? p.cliMs)}${p.inBuild && p.buildLogMs === null ? ' (CLI re-run)' : ''}`, '—']);
    rows.push(['Pagefind index size', `${mb(p.indexBytes)} in ${p.indexFiles.toLocaleString('en-US')} files`, '—']);
  } else rows.push(['Pagefind indexing', r.pagefind.skipped, '—']);
  rows.push([
    'First search, transferred',
    has(r.firstSearch) ? `${kb(r.firstSearch.bytes)} in ${r.firstSearch.requests} requests (“${r.firstSearch.query}”, ${r.firstSearch.mode})` : r.firstSearch.skipped,
    '—',
  ]);
  rows.push(['Annotate throughput (one core)', has(r.annotate) ? `${r.annotate.articlesPerSecond.toFixed(0)} articles/s (${r.annotate.articles} articles)` : r.annotate.skipped, '—']);
  rows.push(['Rebuild after one annotation change', has(r.rebuild) ? (r.rebuild.ok ? sec(r.rebuild.wallMs) : 'failed') : r.rebuild.skipped, '—']);

  const lines = [
    `### N = ${r.n.toLocaleString('en-US')} articles (${r.corpus.actors} actors, ${r.corpus.events.toLocaleString('en-US')} events) — ${r.environment.cpu}, ${r.environment.cores} cores, Node ${r.environment.node}, load average ${r.environment.loadAverage.start.toFixed(1)} → ${r.environment.loadAverage.end.toFixed(1)}`,
    '',
    '| Measure | Factline | Baseline (bare Astro) |',
    '| --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    '| Goal | Target | Measured | |',
    '| --- | --- | --- | --- |',
    ...r.goals.map((g) => `| ${g.goal} | ${g.target} | ${g.measured} | ${g.pass === null ? '—' : g.pass ? 'met' : '**missed**'} |`),
  ];
  return lines.join('\n');
}
