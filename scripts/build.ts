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
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { LOCAL_SITE_URL, NO_SITE_URL_MESSAGE, readSiteConfig, siteUrl } from '../src/lib/config/index.ts';

const outDir = resolve(process.env.FACTLINE_OUT ?? 'dist');
const next = `${outDir}.next`;
const old = `${outDir}.old`;

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
if (result.status !== 0) {
  rmSync(next, { recursive: true, force: true });
  console.error(`\nBuild failed; ${existsSync(outDir) ? `the previous site in ${outDir} is unchanged` : 'nothing was written'}.`);
  process.exit(result.status ?? 1);
}
rmSync(old, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, old);
renameSync(next, outDir);
rmSync(old, { recursive: true, force: true });
console.log(`Site written to ${outDir}`);
