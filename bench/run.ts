/**
 * `npm run bench [-- --n N]`: Factline at scale, against a bare Astro site of the same text.
 *
 * 1. Generate a synthetic corpus of N articles (plus 200 actors and 2,000 events) with valid,
 *    anchored annotation files, in a scratch directory (`bench/tmp/`, never committed).
 * 2. Build a bare Astro baseline over the same Markdown, then Factline on the corpus; time
 *    both and sample their peak memory.
 * 3. Weigh the built site (largest page, article pages, JS and CSS), time Pagefind, measure
 *    the bytes of a first search in Chromium, the extractor's throughput, and a rebuild after
 *    one annotation file changes.
 * 4. Print a Markdown table and write `bench/results/<N>.json`.
 *
 * Options: --n N (1000) · --seed S (1) · --query WORD (ceasefire) · --annotate-sample K (1000)
 *          --work DIR (bench/tmp/n<N>) · --keep (keep the scratch directory)
 *          --cpu-prof (write V8 CPU profiles of the Factline build to <work>/profiles)
 *          --skip-baseline · --skip-rebuild · --no-write (do not write bench/results/)
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { writeBaseline } from './baseline/write-baseline.ts';
import { annotationWriter, writeCorpus } from './corpus/write-corpus.ts';
import { measureAnnotate } from './measure/annotate-throughput.ts';
import { measureFirstSearch } from './measure/first-search.ts';
import { timePagefind } from './measure/pagefind-index.ts';
import { peakRssBytes, runMeasured } from './measure/run-measured.ts';
import { goalsOf, markdownTable, type BenchResult, type BuildResult } from './report.ts';
import { summarizeSite } from './site-summary.ts';

const repo = resolve(new URL('..', import.meta.url).pathname);

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    n: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    query: { type: 'string', default: 'ceasefire' },
    'annotate-sample': { type: 'string', default: '1000' },
    work: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'cpu-prof': { type: 'boolean', default: false },
    'skip-baseline': { type: 'boolean', default: false },
    'skip-rebuild': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
  },
});
const n = Number(values.n);
const seed = Number(values.seed);
if (!Number.isInteger(n) || n < 1) throw new Error(`--n must be a positive integer, got "${values.n}"`);
const work = resolve(values.work ?? join(repo, 'bench', 'tmp', `n${n}`));
const content = join(work, 'content');
const log = (msg: string) => console.log(`[bench] ${msg}`);

const nodeBin = process.execPath;
const astroBin = join(repo, 'node_modules', 'astro', 'bin', 'astro.mjs');
// Child processes find this repository's Node 22 and tools first.
// The heap limit `npm run build` sets (scripts/build.ts), for both builds alike.
const childEnv = { ...process.env, NODE_ENV: 'production', NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=8192`.trim(), PATH: `${join(repo, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1' };

function environment(): BenchResult['environment'] {
  const cpu = /model name\s*:\s*(.+)/.exec(existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
  const version = (pkg: string) => (JSON.parse(readFileSync(join(repo, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout
  }
  return { node: process.version, cpu, cores: cpus().length, memoryBytes: totalmem(), astro: version('astro'), pagefind: version('pagefind'), commit, loadAverage: { start: loadavg()[0]!, end: 0 } };
}

function countHtml(dir: string): number {
  if (!existsSync(dir)) return 0;
  let count = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile() && e.name.endsWith('.html')) count++;
  return count;
}

async function build(label: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, dist: string): Promise<BuildResult> {
  log(`building ${label}…`);
  const m = await runMeasured(nodeBin, [astroBin, 'build', ...args], { cwd, env, logFile: join(work, `${label}.log`) });
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
    ...(ok ? {} : { error: m.log.split('\n').slice(-40).join('\n') }),
  };
}

/** A config for the Factline build that only moves Astro's cache into the scratch directory. */
function factlineConfig(): string {
  const file = join(work, 'factline.config.mjs');
  writeFileSync(
    file,
    `import base from ${JSON.stringify(join(repo, 'astro.config.mjs'))};

// The repository's own config, with Astro's cache (content data store) kept apart from the
// main project's, so a benchmark never races a normal build over node_modules/.astro.
export default { ...base, cacheDir: ${JSON.stringify(join(work, 'factline-cache') + '/')} };
`,
  );
  // Astro joins --config onto the project root, so it must be relative to it.
  return relative(repo, file);
}

async function main(): Promise<void> {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const env = environment();
  log(`N = ${n}, scratch directory ${work}`);

  const t0 = performance.now();
  const corpus = await writeCorpus(content, { articles: n, actors: 200, events: 2000, seed, unannotatedEvery: 50 });
  const generateMs = performance.now() - t0;
  log(`corpus written in ${(generateMs / 1000).toFixed(1)} s (${corpus.yamlWriter})`);

  const baselineDist = join(work, 'dist-baseline');
  let baseline: BuildResult = { ok: false, wallMs: 0, cpuMs: null, peakRssBytes: 0, peakTreeRssBytes: 0, gnuTimeMaxRssBytes: null, htmlPages: 0, msPerPage: 0, site: null, error: 'skipped' };
  if (!values['skip-baseline']) {
    const dir = join(work, 'baseline');
    writeBaseline(dir, join(content, 'articles'), join(repo, 'node_modules'));
    baseline = await build('baseline', ['--outDir', baselineDist], dir, childEnv, baselineDist);
  }

  const factlineDist = join(work, 'dist-factline');
  const config = factlineConfig();
  const factlineEnv: NodeJS.ProcessEnv = { ...childEnv, FACTLINE_CONTENT: content };
  if (values['cpu-prof']) factlineEnv.NODE_OPTIONS = `${childEnv.NODE_OPTIONS} --cpu-prof --cpu-prof-dir=${join(work, 'profiles')}`;
  const factline = await build('factline', ['--config', config, '--outDir', factlineDist], repo, factlineEnv, factlineDist);
  factlineEnv.NODE_OPTIONS = childEnv.NODE_OPTIONS; // the rebuild is not profiled

  let pagefind: BenchResult['pagefind'] = { skipped: 'the Factline build failed' };
  let firstSearch: BenchResult['firstSearch'] = { skipped: 'the Factline build failed' };
  if (factline.ok) {
    log('timing Pagefind…');
    pagefind = await timePagefind(repo, factlineDist, work, readFileSync(join(work, 'factline.log'), 'utf8'));
    log(`measuring a first search for “${values.query}”…`);
    try {
      firstSearch = await measureFirstSearch(factlineDist, values.query!);
    } catch (err) {
      firstSearch = { skipped: `the search could not be measured: ${(err as Error).message.split('\n')[0]}` };
    }
  }

  log('measuring annotate throughput…');
  const annotate = await measureAnnotate(repo, content, corpus.articles, Number(values['annotate-sample']));

  let rebuild: BenchResult['rebuild'] = { skipped: values['skip-rebuild'] ? 'skipped (--skip-rebuild)' : 'the Factline build failed' };
  if (factline.ok && !values['skip-rebuild']) {
    const target = corpus.articles.find((a) => a.annotated)!;
    const data = parse(readFileSync(target.annotationFile, 'utf8')) as { claims?: Record<string, unknown>[] };
    const claim = data.claims?.[0];
    if (claim) {
      Object.assign(claim, {
        verdict: 'false',
        explanation: 'The official release for the same period gives a much lower figure. The article does not cite a source.',
        sources: ['https://evidence.example/rebuild-check'],
        status: 'reviewed',
      });
    }
    const { write } = await annotationWriter();
    writeFileSync(target.annotationFile, write('annotations', data));
    const changed = `${target.slug}.yaml: claim ${String(claim?.id ?? '')} → reviewed, false`;
    log(`rebuilding after one annotation change (${changed})…`);
    const m = await runMeasured(nodeBin, [astroBin, 'build', '--config', config, '--outDir', factlineDist], { cwd: repo, env: factlineEnv, logFile: join(work, 'factline-rebuild.log') });
    rebuild = { ok: m.code === 0, wallMs: m.wallMs, cpuMs: m.cpuMs, changed, incremental: false };
  }

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
    pagefind,
    firstSearch,
    annotate,
    rebuild,
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
