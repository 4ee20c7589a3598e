/**
 * Lighthouse scores for the built site: home, an article, the timeline and an actor page, in
 * the four categories (performance, accessibility, best practices, SEO). Not part of
 * `npm test`: scores depend on the machine. Build first (`npm run build`).
 *
 *   node scripts/lighthouse.ts                       # serves dist/ with astro preview on :4322
 *   node scripts/lighthouse.ts --base http://127.0.0.1:4321 [--desktop] [path …]
 *
 * Uses Debian's Chromium (CHROME_PATH, default /usr/bin/chromium). Exits 1 when a score is
 * below --min (default 95).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    base: { type: 'string' },
    port: { type: 'string', default: '4322' },
    min: { type: 'string', default: '95' },
    desktop: { type: 'boolean', default: false },
  },
});

const root = resolve(new URL('..', import.meta.url).pathname);
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The first article in dist/ (sorted), so the script needs no knowledge of the content. */
function firstArticle(): string {
  const dir = join(root, 'dist', 'articles');
  const slug = existsSync(dir) ? readdirSync(dir).filter((d) => d !== 'page' && existsSync(join(dir, d, 'index.html'))).sort()[0] : undefined;
  if (!slug) throw new Error('no article pages in dist/: run `npm run build` first');
  return `/articles/${slug}/`;
}

const paths = positionals.length ? positionals : ['/', firstArticle(), '/timeline/', '/actors/donald-trump/'];

async function waitFor(url: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`);
}

let server: ChildProcess | undefined;
let base = values.base;
if (!base) {
  base = `http://127.0.0.1:${values.port}`;
  server = spawn(bin('astro'), ['preview', '--host', '127.0.0.1', '--port', values.port!], { cwd: root, stdio: 'ignore' });
  await waitFor(`${base}/`);
}

const rows: { path: string; scores: Record<string, number> }[] = [];
try {
  for (const path of paths) {
    const args = [
      `${base}${path}`,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
      '--chrome-flags=--headless --no-sandbox --disable-gpu',
      ...(values.desktop ? ['--preset=desktop'] : []),
    ];
    const r = spawnSync(bin('lighthouse'), args, {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    });
    if (r.status !== 0) throw new Error(`lighthouse failed on ${path}:\n${r.stderr}`);
    const report = JSON.parse(r.stdout) as { categories: Record<string, { score: number | null }> };
    rows.push({ path, scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)])) });
  }
} finally {
  server?.kill();
}

const width = Math.max(...rows.map((r) => r.path.length), 4);
console.log(`${'page'.padEnd(width)}  ${CATEGORIES.map((c) => c.padStart(16)).join('')}`);
for (const r of rows) console.log(`${r.path.padEnd(width)}  ${CATEGORIES.map((c) => String(r.scores[c]).padStart(16)).join('')}`);
const low = rows.flatMap((r) => CATEGORIES.filter((c) => r.scores[c]! < Number(values.min)).map((c) => `${r.path} ${c} ${r.scores[c]}`));
if (low.length) {
  console.log(`\nBelow ${values.min}: ${low.join('; ')}`);
  process.exit(1);
}
