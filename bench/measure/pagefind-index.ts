/**
 * Pagefind indexing time. When the site's build already wrote `dist/pagefind/`, the time is
 * taken from the build log if the integration reports it; either way the Pagefind CLI also
 * indexes the built HTML into a scratch directory and is timed, which isolates the HTML
 * indexing cost (the integration's custom records per quote and claim come on top). When the
 * build wrote no index, the CLI indexes `dist/` in place, so the search can be measured.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runMeasured, peakRssBytes, type Measured } from './run-measured.ts';

export interface PagefindTiming {
  /** Did the site's own build produce the index? */
  inBuild: boolean;
  /** Milliseconds the build log reports for Pagefind, when it reports one. */
  buildLogMs: number | null;
  /** Wall time of `pagefind --site dist` (HTML pages only). */
  cliMs: number;
  cliPeakRssBytes: number;
  /** Size of the index the site ships (all of `dist/pagefind/`). */
  indexBytes: number;
  indexFiles: number;
  note: string;
}

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    if (s.isDirectory()) {
      const sub = dirSize(p);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += s.size;
      files++;
    }
  }
  return { bytes, files };
}

/**
 * The build's own time for its search index: the sum of the "search index <bundle>: …, 12.3 s"
 * lines of this build's log, or else "Pagefind … 1234ms" / "… in 12.3s" on a line that
 * mentions Pagefind.
 */
export function pagefindMsFromLog(log: string): number | null {
  const clean = log.replace(/\x1b\[[0-9;]*m/g, '');
  const bundles = [...clean.matchAll(/search index \w+: .*, (\d+(?:\.\d+)?) s$/gm)].map((m) => Number(m[1]) * 1000);
  if (bundles.length > 0) return bundles.reduce((a, b) => a + b, 0);
  for (const line of log.split('\n').reverse()) {
    if (!/pagefind/i.test(line)) continue;
    const m = /(\d+(?:\.\d+)?)\s*(ms|s)\b/.exec(line.replace(/\x1b\[[0-9;]*m/g, ''));
    if (m) return Number(m[1]) * (m[2] === 's' ? 1000 : 1);
  }
  return null;
}

const pagefindBin = (repo: string) => join(repo, 'node_modules', '.bin', 'pagefind');

/**
 * The baseline's search: the Pagefind CLI with its defaults over a bare site (`pagefind --site
 * dist`), writing `dist/pagefind/` as a site without any search integration would, measured
 * like a build (wall, CPU, peak memory).
 */
export async function indexBareSite(repo: string, dist: string, work: string, env: NodeJS.ProcessEnv): Promise<{ measured: Measured; indexBytes: number; indexFiles: number }> {
  const measured = await runMeasured(pagefindBin(repo), ['--site', dist], { cwd: work, env, logFile: join(work, 'baseline-pagefind.log') });
  const index = measured.code === 0 && existsSync(join(dist, 'pagefind')) ? dirSize(join(dist, 'pagefind')) : { bytes: 0, files: 0 };
  return { measured, indexBytes: index.bytes, indexFiles: index.files };
}

export async function timePagefind(repo: string, dist: string, work: string, buildLog: string, options: { rerun?: boolean } = {}): Promise<PagefindTiming> {
  const bin = pagefindBin(repo);
  const inBuild = existsSync(join(dist, 'pagefind', 'pagefind.js'));
  if (inBuild && options.rerun === false) {
    // The build reports its own indexing time; a second indexing of every page is skipped.
    const index = dirSize(join(dist, 'pagefind'));
    return { inBuild, buildLogMs: pagefindMsFromLog(buildLog), cliMs: 0, cliPeakRssBytes: 0, indexBytes: index.bytes, indexFiles: index.files, note: 'index written by the site build; its time is from the build log (the CLI re-run over the HTML was skipped)' };
  }
  const scratch = join(work, 'pagefind-cli');
  rmSync(scratch, { recursive: true, force: true });
  const args = inBuild ? ['--site', dist, '--output-path', scratch, '--quiet'] : ['--site', dist, '--quiet'];
  const m = await runMeasured(bin, args, { cwd: work, env: process.env, logFile: join(work, 'pagefind.log') });
  if (m.code !== 0) throw new Error(`pagefind failed (exit ${m.code}):\n${m.log.slice(-2000)}`);
  rmSync(scratch, { recursive: true, force: true });
  const index = dirSize(join(dist, 'pagefind'));
  return {
    inBuild,
    buildLogMs: inBuild ? pagefindMsFromLog(buildLog) : null,
    cliMs: m.wallMs,
    cliPeakRssBytes: peakRssBytes(m),
    indexBytes: index.bytes,
    indexFiles: index.files,
    note: inBuild
      ? 'index written by the site build; CLI time is a separate run over the same HTML (custom records not included)'
      : 'the build writes no search index yet; timed `pagefind --site dist` run after the build (not included in the build time)',
  };
}
