/**
 * `npm test`: every suite, in order — unit tests, a production build of the site, the type
 * checker, tests of the built files, then end-to-end tests in Chromium against the built site. Prints one
 * final line `N passed, N failed` summing all suites; exits non-zero if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCAL_SITE_URL, readSiteConfig, siteUrl } from '../src/lib/config/index.ts';

const bin = (name: string) => join('node_modules', '.bin', name);
const out = mkdtempSync(join(tmpdir(), 'factline-test-'));
const totals = { passed: 0, failed: 0 };
let broken = false;

function run(label: string, cmd: string, args: string[], env: Record<string, string> = {}): number {
  console.log(`\n▶ ${label}: ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function vitest(label: string, config: string): void {
  const file = join(out, `${label}.json`);
  const code = run(label, bin('vitest'), ['run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  if (!existsSync(file)) {
    totals.failed++;
    broken = true;
    return;
  }
  const r = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  if (code !== 0 && r.numFailedTests === 0) {
    totals.failed++; // a suite that crashed outside a test still counts as a failure
    broken = true;
  }
}

function playwright(): void {
  const file = join(out, 'e2e.json');
  const code = run('end-to-end', bin('playwright'), ['test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
  if (!existsSync(file)) {
    totals.failed++;
    broken = true;
    return;
  }
  const r = JSON.parse(readFileSync(file, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number } };
  totals.passed += r.stats.expected + r.stats.flaky;
  totals.failed += r.stats.unexpected;
  if (code !== 0 && r.stats.unexpected === 0) {
    totals.failed++;
    broken = true;
  }
}

// The tests look at the site on this machine: without a configured address it is built for the
// local preview's (every suite below inherits it, including the builds tests start themselves).
if (!siteUrl(readSiteConfig())) process.env.FACTLINE_SITE = LOCAL_SITE_URL;

vitest('unit', 'vitest.config.ts');
if (run('build', process.execPath, ['scripts/build.ts']) !== 0) {
  totals.failed++;
  broken = true;
  console.error('The site did not build; skipping the tests that need it.');
} else {
  // The type checker counts as one test (the CLI runs its .ts files unchecked); after the
  // build, which writes the astro:content types it needs.
  if (run('typecheck', bin('tsc'), ['--noEmit', '-p', '.']) === 0) totals.passed++;
  else totals.failed++;
  vitest('built-site', 'vitest.dist.config.ts');
  playwright();
}
rmSync(out, { recursive: true, force: true });
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed > 0 || broken ? 1 : 0;
