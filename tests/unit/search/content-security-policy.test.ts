import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, CSP_HEADER, CSP_META, headersFile } from '../../../src/integrations/security/content-security-policy.ts';
import { findInlineCode } from '../../../src/integrations/security/inline-code.ts';

describe('the Content-Security-Policy', () => {
  it('allows no inline script or style and no eval beyond WebAssembly', () => {
    expect(CSP_HEADER).not.toContain('unsafe-inline');
    expect(CSP_HEADER).not.toMatch(/'unsafe-eval'/);
    expect(CSP_META).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CSP_META).toContain("style-src 'self'");
    expect(CSP_META).toContain("form-action 'self'");
  });

  it('keeps header-only directives out of the meta tag, where browsers ignore them with an error', () => {
    expect(CSP_META).not.toContain('frame-ancestors');
    expect(CSP_HEADER).toBe(`${CSP_META}; frame-ancestors 'none'`);
    expect(new Set(CSP_DIRECTIVES.map((d) => d[0])).size).toBe(CSP_DIRECTIVES.length);
  });

  it('public/_headers is the file the policy module writes', () => {
    const file = readFileSync(new URL('../../../public/_headers', import.meta.url), 'utf8');
    expect(file).toBe(headersFile());
    expect(file).toContain(`Content-Security-Policy: ${CSP_HEADER}\n`);
  });
});

describe('findInlineCode', () => {
  const kinds = (html: string) => findInlineCode(html).map((f) => `${f.kind}: ${f.message.split(' (')[0]}`);

  it('allows external scripts and data blocks', () => {
    expect(kinds('<script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{"a":"<b>"}</script>')).toEqual([]);
  });

  it.each([
    ['<script>alert(1)</script>', 'script: inline <script>'],
    ['<script type="module">import "x"</script>', 'script: inline <script>'],
    ['<button onclick="go()">x</button>', 'script: event handler attribute onclick'],
    ['<a href="javascript:void(0)">x</a>', 'script: javascript: URL'],
    ['<style>p{}</style>', 'style: <style> element'],
    ['<span class="a" style="width:50%"></span>', 'style: style attribute'],
  ])('finds %s', (html, finding) => {
    expect(kinds(html)).toEqual([finding]);
  });

  it('ignores comments and text inside data blocks, and reports line and column', () => {
    expect(kinds('<!-- <script>x</script> --><script type="application/ld+json">{"t":"<img onerror=x>"}</script>')).toEqual([]);
    expect(findInlineCode('<p>\n  <b onmouseover="x">')).toEqual([{ line: 2, column: 5, kind: 'script', message: expect.stringContaining('onmouseover') }]);
  });

  it('does not mistake text or attribute names for handlers', () => {
    expect(kinds('<p>once upon a time, onion="x"</p><div data-once="1" aria-label="one"></div>')).toEqual([]);
  });

  it('reads markup inside attribute values as text: a scraped description is not a script', () => {
    const meta = '<meta name="description" content="The spokesman said &quot;<script>alert(1)</script> is not a policy,&quot; and <img src=x onerror=alert(2)>">';
    expect(kinds(`${meta}<a title='say <b onclick=x> style=a' href="/x">x</a>`)).toEqual([]);
    expect(kinds(`${meta}<script>alert(1)</script><img src=x onerror=alert(2)>`)).toEqual(['script: inline <script>', 'script: event handler attribute onerror']);
    expect(kinds('<a title="javascript:x" href="javascript:alert(1)">x</a>')).toEqual(['script: javascript: URL']);
  });
});
