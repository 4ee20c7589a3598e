/**
 * Checks the built pages against the site's Content-Security-Policy: an inline script fails
 * the build (the policy would block it); inline styles are reported. Pages an incremental
 * build reused were checked when they were rendered, so only the rendered ones are read.
 * It also asks Astro never to inline scripts or stylesheets, which the policy would block.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { FactlineError, formatProblem, problem, type Problem } from '../lib/errors/index.ts';
import { currentBuildReport, htmlFiles } from './build-report.ts';
import { findInlineCode } from './security/inline-code.ts';

/**
 * Problems of the given pages (all pages of `dir` when none are given) under the policy: each
 * blocked script is an error; blocked inline styles are one warning per page.
 */
export function checkPagesForInlineCode(dir: string, pages: readonly string[] = htmlFiles(dir)): Problem[] {
  return pages.flatMap((name) => {
    const findings = findInlineCode(readFileSync(join(dir, name), 'utf8'));
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

export default function contentSecurity(): AstroIntegration {
  return {
    name: 'factline-content-security',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          build: { inlineStylesheets: 'never' },
          // Small scripts would be inlined into the page, where the policy does not run them.
          vite: { build: { assetsInlineLimit: (file: string) => (/\.[cm]?[jt]sx?$/.test(file) ? false : undefined) } },
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const policy = checkPagesForInlineCode(out, currentBuildReport()?.rendered);
        for (const p of policy.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(p));
        const blocked = policy.filter((p) => p.severity === 'error');
        if (blocked.length > 0) throw new FactlineError(blocked);
      },
    },
  };
}
