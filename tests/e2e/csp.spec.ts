/**
 * The Content-Security-Policy holds on the built site: an injected inline script does not
 * run, and the watch every suite carries (fixtures.ts) reports it, so a violation anywhere
 * else in the suites fails its test.
 */
import { expect, test } from './fixtures.ts';

test('the policy blocks an injected inline script, and the watch reports it', async ({ page, cspViolations }) => {
  await page.goto('/');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.head.append(s);
  });
  await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
  expect(cspViolations.join('\n')).toMatch(/script-src/);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  cspViolations.length = 0; // expected here; every other test must leave none
});

test('every page carries the policy, with no unsafe-inline script', async ({ page }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toMatch(/script-src[^;]*'self'/);
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
});
