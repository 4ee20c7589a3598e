/**
 * `npm run build`: build the site into a fresh directory and swap it in for `dist/` only when
 * the build succeeded, so a failed build never leaves a half-written site where the last good
 * one was. Pages whose data did not change are copied from the last build (Astro's incremental
 * build, cached in node_modules/.astro or FACTLINE_CACHE_DIR). Extra arguments go to
 * `astro build`; `--force` renders every page again.
 *
 * The site is built for its address (FACTLINE_SITE, else `url` in factline.config.yaml); without
 * one the build stops, since every canonical URL would point at the wrong place. `--local` builds
 * for http://localhost:4321, for a look at the site on this machine (`npm start`, the tests).
 *
 * After `astro build` it writes the search index and the service worker into the new site, in
 * this process: Astro's process has exited by then, and with it the memory it held.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { writeServiceWorker } from '../src/integrations/offline.ts';
import { writeSearchIndex, type StepLogger } from '../src/integrations/search-index.ts';
import { LOCAL_SITE_URL, NO_SITE_URL_MESSAGE, readSiteConfig, siteUrl } from '../src/lib/config/index.ts';
import { FactlineError } from '../src/lib/errors/index.ts';

const outDir = resolve(process.env.FACTLINE_OUT ?? 'dist');
/** Astro's cache (its default, or FACTLINE_CACHE_DIR as astro.config.mjs reads it): the search and service-worker caches live there too. */
const cacheDir = resolve(process.env.FACTLINE_CACHE_DIR ?? 'node_modules/.astro');
const next = `${outDir}.next`;
/** Where a replaced site goes until it is deleted: `dist.old-<process id>-<time>`. */
const OLD_PREFIX = `${basename(outDir)}.old`;

/**
 * Delete replaced sites in a process of their own, so that the build ends as soon as the new
 * site is in place: unlinking a large site's files one by one takes longer than the build's
 * own copy of them (a minute and more at 10,000 articles). A leftover from a process that was
 * stopped is deleted by the next build.
 */
function removeOldSites(): void {
  const parent = dirname(outDir);
  const old = existsSync(parent) ? readdirSync(parent).filter((n) => n === OLD_PREFIX || n.startsWith(`${OLD_PREFIX}-`)) : [];
  if (old.length === 0) return;
  const paths = old.map((n) => join(parent, n));
  const script = `for (const p of ${JSON.stringify(paths)}) require('node:fs').rmSync(p, { recursive: true, force: true });`;
  spawn(process.execPath, ['-e', script], { detached: true, stdio: 'ignore' }).unref();
}

/** A whole number of articles from the environment, or undefined when unset; anything else stops the build. */
function articlesFromEnv(name: string, min: number, unset: string): number | undefined {
  const text = process.env[name];
  const value = text === undefined || text === '' ? undefined : Number(text);
  if (value !== undefined && !(Number.isInteger(value) && value >= min)) {
    console.error(`${name} is "${text}": set it to a whole number of articles (${min} or more), or leave it unset for ${unset}.`);
    process.exit(1);
  }
  return value;
}
/**
 * FACTLINE_SEARCH_SPLIT_FROM: from how many articles on the search index keeps the quotes' and
 * claims' newest quarter in parts of their own (1,000 unless set). FACTLINE_SEARCH_MAIN_PART:
 * how many articles a part of the main index holds at most (12,000 unless set). See
 * build-search-index.ts.
 */
const splitFrom = articlesFromEnv('FACTLINE_SEARCH_SPLIT_FROM', 0, '1,000');
const mainPart = articlesFromEnv('FACTLINE_SEARCH_MAIN_PART', 1, '12,000');

const args = process.argv.slice(2);
const local = args.includes('--local');
const site = local ? LOCAL_SITE_URL : siteUrl(readSiteConfig());
if (!site) {
  console.error(NO_SITE_URL_MESSAGE);
  process.exit(1);
}

rmSync(next, { recursive: true, force: true });
const result = spawnSync(resolve('node_modules/.bin/astro'), ['build', '--outDir', next, ...args.filter((a) => a !== '--local')], {
  stdio: 'inherit',
  // A production build whatever NODE_ENV the caller has (test runners set it to `test`,
  // which would compile the service worker registration out of the site).
  env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env, FACTLINE_SITE: site, NODE_ENV: 'production' },
});
const failed = (status: number): never => {
  rmSync(next, { recursive: true, force: true });
  console.error(`\nBuild failed; ${existsSync(outDir) ? `the previous site in ${outDir} is unchanged` : 'nothing was written'}.`);
  process.exit(status);
};
if (result.status !== 0) failed(result.status ?? 1);

// Written once Astro has exited, so that Pagefind's indexing never shares the machine's memory
// with it; the service worker comes last, since it precaches every file the others wrote.
const time = () => new Date().toTimeString().slice(0, 8);
const stepLogger = (step: string): StepLogger => ({
  info: (message) => console.log(`${time()} [${step}] ${message}`),
  warn: (message) => console.warn(`${time()} [${step}] ${message}`),
});
try {
  const index = await writeSearchIndex(next, stepLogger('factline-search-index'), { cacheDir, ...(splitFrom === undefined ? {} : { splitFrom }), ...(mainPart === undefined ? {} : { mainPart }) });
  writeServiceWorker(next, process.cwd(), cacheDir, stepLogger('factline-offline'), index);
} catch (error) {
  // The index's own problems name their file; anything else (a disk, a cache folder) is said plainly.
  console.error(
    error instanceof FactlineError
      ? error.message
      : `The search index and the service worker could not be written: ${error instanceof Error ? error.message : String(error)}. Check that ${cacheDir} is a writable folder.`,
  );
  failed(1);
}
if (existsSync(outDir)) renameSync(outDir, `${outDir}.old-${process.pid}-${Date.now()}`);
renameSync(next, outDir);
removeOldSites();
console.log(`Site written to ${outDir}`);
