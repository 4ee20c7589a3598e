/**
 * Incremental builds: which pages this build rendered and which it copied unchanged from the
 * last one. Astro records a keyed page's output in its cache directory whenever it renders it,
 * so a cached copy written before the build began is a reused page. The integration prints the
 * counts, writes them to `<cacheDir>/factline-build-report.json` (for tests and the benchmark),
 * and lets the later steps skip the pages nothing changed.
 */
import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export interface BuildReport {
  /** Pages rendered by this build, as files relative to the output directory, sorted. */
  rendered: string[];
  /** How many pages were copied from the last build instead. */
  reused: number;
}

interface IncrementalManifest {
  routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
}

export const REPORT_FILE = 'factline-build-report.json';

let report: BuildReport | undefined;

/** This build's report, once the build is done; undefined before, or when incremental builds are off. */
export const currentBuildReport = () => report;

/** Every HTML page of a built site, relative to its root, sorted. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.html'))
    .map((f) => relative(dir, join(f.parentPath, f.name)).split(sep).join('/'))
    .sort();
}

/**
 * Keyed pages and their cached copies: Astro keeps a copy of every page it renders for a route
 * with `cacheKey`s, and copies it into the next build while the key is unchanged.
 */
function keyedPages(cacheDir: string): { outputFile: string; mtimeMs: number }[] {
  const file = join(cacheDir, 'incremental-build.json');
  if (!existsSync(file)) return [];
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as IncrementalManifest;
  return Object.values(manifest.routes).flatMap((route) =>
    Object.values(route.paths).flatMap(({ outputFile }) => {
      const copy = join(cacheDir, 'dist', outputFile);
      return existsSync(copy) ? [{ outputFile, mtimeMs: statSync(copy).mtimeMs }] : [];
    }),
  );
}

/**
 * Give every keyed page of the site the time of its cached copy, the time it was last rendered.
 * Astro's copy of a reused page is a new file with a new time; with the time of its rendering,
 * an unchanged page keeps its time from build to build, and the steps after Astro know it
 * unchanged without reading it again: the search step (search/page-facts.ts) and the service
 * worker's hash cache (offline/precache-manifest.ts).
 */
function keepRenderTimes(out: string, pages: { outputFile: string; mtimeMs: number }[]): void {
  for (const { outputFile, mtimeMs } of pages) {
    const page = join(out, outputFile);
    // In seconds with their fraction: a Date would round the time to the millisecond.
    if (existsSync(page)) utimesSync(page, mtimeMs / 1000, mtimeMs / 1000);
  }
}

export default function buildReport(): AstroIntegration {
  let cacheDir = '';
  let start = 0;
  return {
    name: 'factline-build-report',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        report = undefined;
      },
      'astro:build:start': () => {
        start = Date.now();
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const keyed = keyedPages(cacheDir);
        // A cached copy written before the build began is a page Astro copied, not rendered.
        const reused = new Set(keyed.filter((p) => p.mtimeMs < start).map((p) => p.outputFile));
        keepRenderTimes(out, keyed);
        const pages = htmlFiles(out);
        report = { rendered: pages.filter((p) => !reused.has(p)), reused: pages.length - pages.filter((p) => !reused.has(p)).length };
        writeFileSync(join(cacheDir, REPORT_FILE), `${JSON.stringify(report, null, 1)}\n`);
        logger.info(`${report.rendered.length} page(s) rendered, ${report.reused} reused from the last build`);
      },
    },
  };
}
