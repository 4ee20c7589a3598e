/**
 * Renders the web app icons (public/icons/*.png) from the site's mark, the same bars as
 * public/favicon.svg, with the system's Chromium. Run once when the mark changes and commit
 * the PNGs:
 *
 *   node src/integrations/offline/render-icons.ts
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

/** The mark on a dark square; `inset` is the share of the side left empty around the bars. */
function mark(size: number, { inset, rounded }: { inset: number; rounded: boolean }): string {
  const s = 24;
  const pad = (s * inset) / (1 - 2 * inset);
  const view = s + 2 * pad;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="${-pad} ${-pad} ${view} ${view}">
  <rect x="${-pad}" y="${-pad}" width="${view}" height="${view}" rx="${rounded ? view / 6 : 0}" fill="#1c1917"/>
  <rect x="4" y="4" width="4" height="16" rx="1" fill="#f59e0b"/>
  <rect x="10" y="7" width="10" height="3" rx="1" fill="#fafaf9"/>
  <rect x="10" y="14" width="7" height="3" rx="1" fill="#fafaf9"/>
</svg>`;
}

/** Maskable icons keep their content inside the middle 80 % circle: more inset, full bleed. */
const ICONS = [
  { file: 'icon-192.png', size: 192, inset: 0, rounded: true },
  { file: 'icon-512.png', size: 512, inset: 0, rounded: true },
  { file: 'icon-maskable-512.png', size: 512, inset: 0.12, rounded: false },
  { file: 'apple-touch-icon.png', size: 180, inset: 0.06, rounded: false },
];

const out = join(process.cwd(), 'public/icons');
mkdirSync(out, { recursive: true });
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox'] });
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${mark(icon.size, icon)}</body></html>`);
    await page.locator('svg').screenshot({ path: join(out, icon.file), omitBackground: true });
    await page.close();
    console.log(`public/icons/${icon.file} (${icon.size}×${icon.size})`);
  }
} finally {
  await browser.close();
}
