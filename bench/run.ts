/**
 * `npm run bench [-- --n N]`: Factline at scale, against a bare Astro site of the same text.
 *
 * 1. Generate a synthetic corpus of N articles (plus 200 actors and 2,000 events) with valid,
 *    anchored annotation files, in a scratch directory (`bench/tmp/`, never committed).
 * 2. Build the baseline — a bare Astro site over the same Markdown, then the Pagefind CLI with
 *    its defaults over its output — and Factline's cold build on the corpus (from a copy of the
 *    site's code taken when the run starts), all with Node's default heap limit; time them and
 *    sample the peak memory of their process trees.
 * 3. Weigh both built sites (size and files of dist/, largest page, article pages, JS and CSS),
 *    time Pagefind, measure the bytes of a first search in Chromium on both (the same query,
 *    through Pagefind's API on each, and through Factline's own /search/ page), and the
 *    extractor's throughput.
 * 4. Rebuild Factline incrementally, into the same cache and output, twice: after one
 *    annotation edit (a claim's verdict corrected), then after one new article; each with the
 *    pages it rendered and reused, the articles it loaded again and the search bundles it kept.
 * 5. Print a Markdown table and write `bench/results/<N>.json`.
 *
 * Options: `npm run bench -- --help` (USAGE below).
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { writeBaseline } from './baseline/write-baseline.ts';
import { BENCH_REVIEWER } from './corpus/article.ts';
import { addArticle, annotationWriter, writeCorpus } from './corpus/write-corpus.ts';
import { quarterStart } from '../src/integrations/search/build-search-index.ts';
import { measureAnnotate } from './measure/annotate-throughput.ts';
import { measureFirstSearch } from './measure/first-search.ts';
import { buildCounts, type BuildCounts } from './measure/incremental.ts';
import { indexBareSite, timePagefind } from './measure/pagefind-index.ts';
import { peakRssBytes, runMeasured } from './measure/run-measured.ts';
import { goalsOf, markdownTable, type BenchResult, type BuildResult, type RebuildResult } from './report.ts';
import { summarizeSite } from './site-summary.ts';
import { snapshotSite } from './snapshot.ts';

const repo = resolve(new URL('..', import.meta.url).pathname);

const USAGE = `Usage: npm run bench -- [options]

  --n N                  articles in the generated corpus (1000)
  --seed S               the generator's seed (1)
  --query WORD           the word of the first-search measure (ceasefire)
  --annotate-sample K    articles the extractor's throughput is measured on (1000)
  --work DIR             scratch directory (bench/tmp/n<N>)
  --keep                 keep the scratch directory
  --cpu-prof             write V8 CPU profiles of the Factline build to <work>/profiles
  --skip-baseline        do not build the bare Astro + Pagefind baseline
  --skip-rebuild         do not measure the incremental rebuilds
  --skip-pagefind-rerun  take Pagefind's time from the build log, not a second CLI run
  --no-write             do not write bench/results/
  -h, --help             print this and exit`;

function parseOptions() {
  try {
    return parseArgs({
      args: process.argv.slice(2),
      options: {
        help: { type: 'boolean', short: 'h', default: false },
        n: { type: 'string', default: '1000' },
        seed: { type: 'string', default: '1' },
        query: { type: 'string', default: 'ceasefire' },
        'annotate-sample': { type: 'string', default: '1000' },
        work: { type: 'string' },
        keep: { type: 'boolean', default: false },
        'cpu-prof': { type: 'boolean', default: false },
        'skip-baseline': { type: 'boolean', default: false },
        'skip-rebuild': { type: 'boolean', default: false },
        'skip-pagefind-rerun': { type: 'boolean', default: false },
        'no-write': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
}
const { values } = parseOptions();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const n = Number(values.n);
const seed = Number(values.seed);
if (!Number.isInteger(n) || n < 1) throw new Error(`--n must be a positive integer, got "${values.n}"`);
const work = resolve(values.work ?? join(repo, 'bench', 'tmp', `n${n}`));
const content = join(work, 'content');
const log = (msg: string) => console.log(`[bench] ${msg}`);

const nodeBin = process.execPath;
const astroBin = join(repo, 'node_modules', 'astro', 'bin', 'astro.mjs');
// Child processes find this repository's Node 22 and tools first. No heap flag: every build
// runs with Node's default heap limit, as `npm run build` does.
// Benchmark sites are built for the local address unless one is given (a build without one stops).
const childEnv: NodeJS.ProcessEnv = { ...process.env, FACTLINE_SITE: process.env.FACTLINE_SITE || 'http://localhost:4321', NODE_ENV: 'production', PATH: `${join(repo, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1' };
const factlineCache = join(work, 'factline-cache');
/** Factline builds from a copy of the site's code taken when the run starts (see snapshot.ts). */
const siteDir = join(work, 'site');

function environment(): BenchResult['environment'] {
  const cpu = /model name\s*:\s*(.+)/.exec(existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
  const version = (pkg: string) => (JSON.parse(readFileSync(join(repo, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout
  }
  return {
    node: process.version,
    cpu,
    cores: cpus().length,
    memoryBytes: totalmem(),
    astro: version('astro'),
    pagefind: version('pagefind'),
    commit,
    loadAverage: { start: loadavg()[0]!, end: 0 },
    nodeOptions: childEnv.NODE_OPTIONS ?? '',
  };
}

function countHtml(dir: string): number {
  if (!existsSync(dir)) return 0;
  let count = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile() && e.name.endsWith('.html')) count++;
  return count;
}

const tail = (text: string) => text.split('\n').slice(-40).join('\n');

/** A Factline build's own account of its work; the report file is removed first, so a failed build leaves none behind. */
async function withCounts<T extends { log: string; code: number }>(run: () => Promise<T>): Promise<{ m: T; counts: BuildCounts }> {
  rmSync(join(factlineCache, 'factline-build-report.json'), { force: true });
  const m = await run();
  return { m, counts: buildCounts(factlineCache, m.code === 0 ? m.log : '') };
}

/**
 * Factline is built as its users build it, with `npm run build`'s script: into a fresh
 * directory that replaces the last site only when the build succeeded. The baseline is
 * `astro build` itself.
 */
const buildScript = () => join(siteDir, 'scripts', 'build.ts');

/**
 * The build script deletes the site it replaced in a process of its own. The next measurement
 * waits for that to finish, so that it does not time the deletion of the last site.
 */
async function settle(dist: string): Promise<void> {
  const prefix = `${basename(dist)}.old`;
  const parent = dirname(dist);
  for (let waited = 0; waited < 900_000; waited += 500) {
    if (!readdirSync(parent).some((n) => n.startsWith(prefix))) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the replaced site beside ${dist} was not deleted within 15 minutes`);
}

async function build(label: string, argv: string[], cwd: string, env: NodeJS.ProcessEnv, dist: string, factline = false): Promise<BuildResult> {
  log(`building ${label}…`);
  const runBuild = () => runMeasured(nodeBin, argv, { cwd, env, logFile: join(work, `${label}.log`) });
  const { m, counts } = factline ? await withCounts(runBuild) : { m: await runBuild(), counts: undefined };
  const htmlPages = countHtml(dist);
  const ok = m.code === 0;
  log(`${label}: ${ok ? 'ok' : `FAILED (exit ${m.code}, log in ${join(work, `${label}.log`)})`} in ${(m.wallMs / 1000).toFixed(1)} s, ${htmlPages} pages`);
  return {
    ok,
    wallMs: m.wallMs,
    cpuMs: m.cpuMs,
    peakRssBytes: peakRssBytes(m),
    peakTreeRssBytes: m.peakTreeRssBytes,
    gnuTimeMaxRssBytes: m.gnuTimeMaxRssBytes,
    htmlPages,
    msPerPage: htmlPages ? m.wallMs / htmlPages : 0,
    site: ok ? summarizeSite(dist) : null,
    ...(counts ? { counts } : {}),
    ...(ok ? {} : { error: tail(m.log) }),
  };
}

/** An incremental Factline build into the cache and output of the builds before it. */
async function rebuild(label: string, changed: string, config: string, dist: string, env: NodeJS.ProcessEnv): Promise<RebuildResult> {
  log(`rebuilding after ${changed}…`);
  const logFile = join(work, `${label}.log`);
  await settle(dist);
  const { m, counts } = await withCounts(() => runMeasured(nodeBin, [buildScript(), '--config', config], { cwd: siteDir, env: { ...env, FACTLINE_OUT: dist }, logFile }));
  const ok = m.code === 0;
  const pages = counts.pages ? `${counts.pages.rendered} page(s) rendered, ${counts.pages.reused} reused` : 'no build report';
  log(`${label}: ${ok ? 'ok' : `FAILED (exit ${m.code}, log in ${logFile})`} in ${(m.wallMs / 1000).toFixed(1)} s, ${pages}`);
  return {
    ok,
    wallMs: m.wallMs,
    cpuMs: m.cpuMs,
    changed,
    incremental: (counts.pages?.reused ?? 0) > 0,
    peakRssBytes: peakRssBytes(m),
    peakTreeRssBytes: m.peakTreeRssBytes,
    counts,
    ...(ok ? {} : { error: tail(m.log) }),
  };
}

const bytesRatio = (a: BenchResult['firstSearch'], b: BenchResult['firstSearch']) => ('bytes' in a && 'bytes' in b && b.bytes > 0 ? a.bytes / b.bytes : null);

/** A first search, or why it could not be measured. */
async function firstSearch(dist: string, via?: 'pagefind-api'): Promise<BenchResult['firstSearch']> {
  try {
    return await measureFirstSearch(dist, values.query!, via ? { via } : {});
  } catch (err) {
    return { skipped: `the search could not be measured: ${(err as Error).message.split('\n')[0]}` };
  }
}

/** A config for the Factline build that only moves Astro's cache into the scratch directory. */
function factlineConfig(): string {
  const file = join(siteDir, 'bench.config.mjs');
  writeFileSync(
    file,
    `import base from './astro.config.mjs';

// The site's own config, with Astro's cache (content data store, incremental build) kept apart
// from the main project's, so a benchmark never races a normal build over node_modules/.astro.
export default { ...base, cacheDir: ${JSON.stringify(factlineCache + '/')} };
`,
  );
  // Astro joins --config onto the project root, so it must be relative to it.
  return relative(siteDir, file);
}

async function main(): Promise<void> {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const env = environment();
  log(`N = ${n}, scratch directory ${work}`);
  env.uncommitted = snapshotSite(repo, siteDir).uncommitted;
  if (env.uncommitted.length) log(`building the site's code as it is on disk, with ${env.uncommitted.length} file(s) not committed`);

  const t0 = performance.now();
  const corpus = await writeCorpus(content, { articles: n, actors: 200, events: 2000, seed, unannotatedEvery: 50 });
  const generateMs = performance.now() - t0;
  log(`corpus written in ${(generateMs / 1000).toFixed(1)} s (${corpus.yamlWriter})`);

  const baselineDist = join(work, 'dist-baseline');
  let baseline: BuildResult = { ok: false, wallMs: 0, cpuMs: null, peakRssBytes: 0, peakTreeRssBytes: 0, gnuTimeMaxRssBytes: null, htmlPages: 0, msPerPage: 0, site: null, error: 'skipped' };
  let baselineSearch: BenchResult['baselineSearch'] = { skipped: values['skip-baseline'] ? 'skipped (--skip-baseline)' : 'the baseline build failed' };
  let baselineFirstSearch: BenchResult['firstSearch'] = baselineSearch;
  if (!values['skip-baseline']) {
    const dir = join(work, 'baseline');
    writeBaseline(dir, join(content, 'articles'), join(repo, 'node_modules'));
    baseline = await build('baseline', [astroBin, 'build', '--outDir', baselineDist], dir, childEnv, baselineDist);
    if (baseline.ok) {
      log('indexing the baseline with the Pagefind CLI…');
      const { measured: m, indexBytes, indexFiles } = await indexBareSite(repo, baselineDist, work, childEnv);
      const ok = m.code === 0;
      log(`baseline Pagefind: ${ok ? 'ok' : `FAILED (exit ${m.code})`} in ${(m.wallMs / 1000).toFixed(1)} s`);
      baselineSearch = { ok, wallMs: m.wallMs, cpuMs: m.cpuMs, peakRssBytes: peakRssBytes(m), indexBytes, indexFiles, ...(ok ? {} : { error: tail(m.log) }) };
      // The baseline's dist/ is what bare Astro and bare Pagefind ship together.
      baseline.site = summarizeSite(baselineDist);
      baselineFirstSearch = ok ? await firstSearch(baselineDist, 'pagefind-api') : { skipped: 'the baseline’s Pagefind run failed' };
    }
  }

  const factlineDist = join(work, 'dist-factline');
  const config = factlineConfig();
  // The build script writes the search index next to Astro's cache, so it is told where that is.
  const factlineEnv: NodeJS.ProcessEnv = { ...childEnv, FACTLINE_CONTENT: content, FACTLINE_CACHE_DIR: factlineCache };
  if (values['cpu-prof']) factlineEnv.NODE_OPTIONS = `${childEnv.NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-dir=${join(work, 'profiles')}`.trim();
  const factline = await build('factline', [buildScript(), '--config', config], siteDir, { ...factlineEnv, FACTLINE_OUT: factlineDist }, factlineDist, true);
  factlineEnv.NODE_OPTIONS = childEnv.NODE_OPTIONS; // the rebuilds are not profiled
  if (factlineEnv.NODE_OPTIONS === undefined) delete factlineEnv.NODE_OPTIONS;

  let pagefind: BenchResult['pagefind'] = { skipped: 'the Factline build failed' };
  let search: BenchResult['firstSearch'] = { skipped: 'the Factline build failed' };
  let searchApi: BenchResult['firstSearch'] = search;
  if (factline.ok) {
    log('timing Pagefind…');
    pagefind = await timePagefind(repo, factlineDist, work, readFileSync(join(work, 'factline.log'), 'utf8'), { rerun: !values['skip-pagefind-rerun'] });
    log(`measuring a first search for “${values.query}”…`);
    search = await firstSearch(factlineDist);
    searchApi = await firstSearch(factlineDist, 'pagefind-api');
  }

  log('measuring annotate throughput…');
  const annotate = await measureAnnotate(siteDir, content, corpus.articles, Number(values['annotate-sample']));

  let annotationRebuild: BenchResult['rebuild'] = { skipped: values['skip-rebuild'] ? 'skipped (--skip-rebuild)' : 'the Factline build failed' };
  let articleRebuild: BenchResult['rebuild'] = annotationRebuild;
  let recentArticleRebuild: BenchResult['rebuild'] = annotationRebuild;
  if (factline.ok && !values['skip-rebuild']) {
    // The first article with a claim; its verdict is corrected to one it did not have.
    type Annotations = { claims?: Record<string, unknown>[] };
    let target: (typeof corpus.articles)[number] | undefined;
    let data: Annotations = {};
    for (const a of corpus.articles.filter((x) => x.annotated)) {
      data = parse(readFileSync(a.annotationFile, 'utf8')) as Annotations;
      if (data.claims?.length) {
        target = a;
        break;
      }
    }
    if (!target) throw new Error('the generated corpus has no claim to edit: the annotation rebuild needs one');
    const claim = data.claims![0]!;
    const verdict = claim.verdict === 'false' ? 'misleading' : 'false';
    Object.assign(claim, {
      verdict,
      explanation: 'The official release for the same period gives a much lower figure. The article does not cite a source.',
      sources: ['https://evidence.example/rebuild-check'],
      status: 'reviewed',
      // An editor's correction names its reviewer and day, as check asks of every decided claim.
      statement: String(claim.statement ?? `Says ${String(claim.text)}`),
      reviewed_by: BENCH_REVIEWER,
      reviewed_on: target.published,
    });
    const { write } = await annotationWriter();
    writeFileSync(target.annotationFile, write('annotations', data));
    annotationRebuild = await rebuild('factline-rebuild', `${target.slug}.yaml: claim ${String(claim.id)} → reviewed, ${verdict}`, config, factlineDist, factlineEnv);

    // The next article a corpus of N + 1 would have, written by the generator, so it anchors.
    const added = await addArticle(content, n, { actors: corpus.actors.length, events: corpus.events.length, seed });
    articleRebuild = await rebuild('factline-rebuild-article', `a new article, ${added.slug}.md with its annotation file`, config, factlineDist, factlineEnv);

    // The usual case in a newsroom: a new article of the newest quarter (the search index's
    // newest part), the generator's next one published from the quarter's first day.
    const newest = corpus.articles.map((a) => a.published).sort().at(-1)!;
    const recent = await addArticle(content, added.index + 1, { actors: corpus.actors.length, events: corpus.events.length, seed }, quarterStart(newest));
    recentArticleRebuild = await rebuild('factline-rebuild-recent-article', `a new article of the newest quarter, ${recent.slug}.md with its annotation file`, config, factlineDist, factlineEnv);
  }

  const baselineTotal: BenchResult['baselineTotal'] =
    baseline.ok && 'ok' in baselineSearch && baselineSearch.ok
      ? {
          wallMs: baseline.wallMs + baselineSearch.wallMs,
          cpuMs: baseline.cpuMs !== null && baselineSearch.cpuMs !== null ? baseline.cpuMs + baselineSearch.cpuMs : null,
          peakRssBytes: Math.max(baseline.peakRssBytes, baselineSearch.peakRssBytes),
        }
      : null;
  const partial: Omit<BenchResult, 'goals'> = {
    n,
    seed,
    environment: env,
    corpus: {
      articles: corpus.articles.length,
      annotated: corpus.articles.filter((a) => a.annotated).length,
      actors: corpus.actors.length,
      events: corpus.events.length,
      markdownBytes: corpus.bytes.articles,
      annotationBytes: corpus.bytes.annotations,
      yamlWriter: corpus.yamlWriter,
      generateMs,
    },
    factline,
    baseline,
    buildRatio: factline.ok && baseline.ok ? factline.wallMs / baseline.wallMs : null,
    cpuRatio: factline.ok && baseline.ok && factline.cpuMs && baseline.cpuMs ? factline.cpuMs / baseline.cpuMs : null,
    baselineSearch,
    baselineTotal,
    coldBuildRatio: factline.ok && baselineTotal ? factline.wallMs / baselineTotal.wallMs : null,
    coldCpuRatio: factline.ok && factline.cpuMs && baselineTotal?.cpuMs ? factline.cpuMs / baselineTotal.cpuMs : null,
    pagefind,
    firstSearch: search,
    firstSearchApi: searchApi,
    baselineFirstSearch,
    firstSearchRatio: bytesRatio(search, baselineFirstSearch),
    firstSearchApiRatio: bytesRatio(searchApi, baselineFirstSearch),
    annotate,
    rebuild: annotationRebuild,
    articleRebuild,
    recentArticleRebuild,
  };
  // Other work on the machine inflates wall times: the 1-minute load average says how much.
  env.loadAverage.end = loadavg()[0]!;
  const result: BenchResult = { ...partial, goals: goalsOf(partial) };
  const table = markdownTable(result);
  console.log(`\n${table}\n`);
  if (!factline.ok) console.log(`Factline build failed:\n${factline.error}\n`);
  if (!values['no-write']) {
    const out = join(repo, 'bench', 'results', `${n}.json`);
    mkdirSync(join(repo, 'bench', 'results'), { recursive: true });
    writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    writeFileSync(join(repo, 'bench', 'results', `${n}.md`), `${table}\n`);
    log(`results written to ${out}`);
  }
  if (!values.keep) rmSync(work, { recursive: true, force: true });
  else log(`scratch directory kept: ${work}`);
}

await main();
