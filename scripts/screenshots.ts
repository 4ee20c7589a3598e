/**
 * Screenshots of every page type of the built site at phone and desktop width, in light and
 * dark mode, for looking at before a change lands. Not part of `npm test`. Build first.
 *
 *   node scripts/screenshots.ts [--out screenshots] [--port 4323] [path …]
 *
 * Writes `<out>/<page>-<phone|desktop>-<light|dark>.png` (full page) and prints the paths.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string', default: 'screenshots' }, port: { type: 'string', default: '4323' } },
});
const root = resolve(new URL('..', import.meta.url).pathname);
const out = resolve(values.out);
const base = `http://127.0.0.1:${values.port}`;

/** One page of each type; the article, actor and claim are the seed corpus's busiest. */
const PAGES = positionals.length
  ? positionals
  : [
      '/',
      '/articles/putin-and-trump-hold-two-hour-phone-call-on-ukraine/',
      '/timeline/',
      '/actors/',
      '/actors/donald-trump/',
      '/quotes/',
      '/claims/',
      '/claims/verdict/false/',
      '/claims/tensions-escalate-as-trump-and-putin-clash-over-ukraine-and-nato-c1/',
      '/methodology/',
      '/search/?q=stringing+us+along',
      '/no-such-page/',
    ];
const WIDTHS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const;

const name = (path: string) => path.replace(/\?.*$/, '').replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';

const server = spawn(join(root, 'node_modules/.bin/astro'), ['preview', '--host', '127.0.0.1', '--port', values.port], { cwd: root, stdio: 'ignore' });
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      if (i > 100) throw new Error(`astro preview did not start on ${base}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  mkdirSync(out, { recursive: true });
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  for (const [width, viewport] of Object.entries(WIDTHS)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport, colorScheme, serviceWorkers: 'block', deviceScaleFactor: width === 'phone' ? 2 : 1 });
      const page = await context.newPage();
      for (const path of PAGES) {
        await page.goto(base + path, { waitUntil: 'networkidle' });
        const file = join(out, `${name(path)}-${width}-${colorScheme}.png`);
        // Off-screen timeline cards are rendered only once in view (content-visibility: auto),
        // which a full-page capture does not count: make the viewport as tall as the page first.
        for (let height = 0, tries = 0; tries < 5; tries++) {
          const next = await page.evaluate(() => document.documentElement.scrollHeight);
          if (next === height) break;
          await page.setViewportSize({ ...viewport, height: (height = next) });
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        }
        await page.screenshot({ path: file, fullPage: true });
        await page.setViewportSize(viewport);
        console.log(file);
      }
      await context.close();
    }
  }
  await browser.close();
} finally {
  server.kill();
}
