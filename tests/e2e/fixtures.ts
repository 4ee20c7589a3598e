/**
 * The `test` every end-to-end suite uses: Playwright's, plus a watch on the
 * Content-Security-Policy. Every page a test opens reports violations (console errors and
 * `securitypolicyviolation` events); a test that caused any fails, naming the page and the
 * directive, so the policy is checked on every path the suites walk, not in one test.
 */
import { expect, test as base } from '@playwright/test';

export { expect };
export type { BrowserContext, Page } from '@playwright/test';

export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      context.on('console', (m) => {
        if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(`${m.page()?.url() ?? '?'}: ${m.text()}`);
      });
      await context.exposeBinding('__reportCsp', ({ page }, v: string) => {
        violations.push(`${page.url()}: ${v}`);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
        });
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});
