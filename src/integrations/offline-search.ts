/**
 * The Astro integration for search and offline reading. After the site is built it
 * 1. checks that no page needs what the Content-Security-Policy forbids (inline scripts fail
 *    the build; inline styles are reported),
 * 2. writes the Pagefind index (`/pagefind/`), and
 * 3. writes the service worker (`/sw.js`) with the precache list of every file, the index
 *    included, versioned by a hash of their contents.
 * It also asks Astro never to inline scripts or stylesheets, which the policy would block.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { FactlineError, formatProblem, problem, type Problem } from '../lib/errors/index.ts';
import { readPrecacheManifest } from './offline/precache-manifest.ts';
import { serviceWorkerSource } from './offline/service-worker-source.ts';
import { buildSearchIndex } from './search/build-search-index.ts';
import { findInlineCode } from './security/inline-code.ts';

const WORKER_TEMPLATE = 'src/integrations/offline/service-worker.js';

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const d of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, d.name);
      if (d.isDirectory()) walk(full);
      else if (d.name.endsWith('.html')) out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * Problems of every page under the site's Content-Security-Policy: each blocked script is an
 * error; blocked inline styles are one warning per page (the page works, unstyled in parts).
 */
export function checkPagesForInlineCode(dir: string): Problem[] {
  return htmlFiles(dir).flatMap((file) => {
    const name = relative(dir, file).split(sep).join('/');
    const findings = findInlineCode(readFileSync(file, 'utf8'));
    const scripts = findings.filter((f) => f.kind === 'script');
    const styles = findings.filter((f) => f.kind === 'style');
    return [
      ...scripts.map((f) => problem(name, `${f.message}: the Content-Security-Policy blocks it`, { line: f.line, column: f.column })),
      ...(styles.length === 0
        ? []
        : [
            problem(name, `${styles[0]!.message}${styles.length > 1 ? ` and ${styles.length - 1} more inline style(s)` : ''}: the Content-Security-Policy blocks them`, {
              line: styles[0]!.line,
              column: styles[0]!.column,
              severity: 'warning',
            }),
          ]),
    ];
  });
}

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

export default function offlineSearch(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'factline-offline-search',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          build: { inlineStylesheets: 'never' },
          // Small scripts would be inlined into the page, where the policy does not run them.
          vite: { build: { assetsInlineLimit: (file: string) => (/\.[cm]?[jt]sx?$/.test(file) ? false : undefined) } },
        });
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);

        const policy = checkPagesForInlineCode(out);
        for (const p of policy.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(p));
        const blocked = policy.filter((p) => p.severity === 'error');
        if (blocked.length > 0) throw new FactlineError(blocked);

        const index = await buildSearchIndex(out);
        for (const w of index.warnings) logger.warn(formatProblem(w));
        logger.info(`search index: ${index.pages} article pages and ${index.records} records in ${index.files} files (${kB(index.bytes)})`);

        const entries = readPrecacheManifest(out);
        const template = readFileSync(join(root, WORKER_TEMPLATE), 'utf8');
        const { source, version, saved, whole } = serviceWorkerSource(template, entries);
        writeFileSync(join(out, 'sw.js'), source);
        logger.info(
          `service worker ${version}: ${saved.length} of ${entries.length} files saved for offline use on the first visit (${kB(saved.reduce((n, e) => n + e.bytes, 0))})` +
            (whole ? '' : '; the rest are saved as readers open them'),
        );
      },
    },
  };
}
