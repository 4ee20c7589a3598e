/**
 * Crawl the built site from the home page, following every internal link and form: no link is broken,
 * every `#fragment` exists on its target page, every page the build wrote is reachable, and
 * reading pages carry no script but JSON-LD and the one site-wide header script (search box
 * shortcut and offline support): nothing inline, nothing page-specific.
 */
import { expect, test } from './fixtures.ts';
import { anchorHrefs, builtPages, formActions, elementIds, executableScripts, isReadingPage } from './built-site.ts';

test('every internal link and anchor resolves, and every page is reachable', async ({ request, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const pages = new Map<string, { status: number; html?: string; ids?: Set<string> }>();
  const links: { from: string; to: string; fragment: string }[] = [];
  const queue = ['/'];
  const queued = new Set(queue);
  while (queue.length) {
    const path = queue.shift()!;
    const res = await request.get(path, { maxRedirects: 0 });
    const type = res.headers()['content-type'] ?? '';
    const entry: { status: number; html?: string; ids?: Set<string> } = { status: res.status() };
    pages.set(path, entry);
    if (res.status() !== 200 || !type.includes('text/html')) continue;
    const html = await res.text();
    entry.html = html;
    entry.ids = elementIds(html);
    for (const href of [...anchorHrefs(html), ...formActions(html)]) {
      const url = new URL(href, origin + path);
      if (url.origin !== origin || !/^https?:$/.test(url.protocol)) continue;
      const to = url.pathname + url.search;
      links.push({ from: path, to, fragment: decodeURIComponent(url.hash.slice(1)) });
      if (!queued.has(to)) {
        queued.add(to);
        queue.push(to);
      }
    }
  }

  const broken = links.filter((l) => pages.get(l.to)!.status !== 200).map((l) => `${l.from} → ${l.to} (${pages.get(l.to)!.status})`);
  expect([...new Set(broken)]).toEqual([]);

  const missingAnchors = links
    .filter((l) => l.fragment && pages.get(l.to)!.ids && !pages.get(l.to)!.ids!.has(l.fragment))
    .map((l) => `${l.from} → ${l.to}#${l.fragment}`);
  expect([...new Set(missingAnchors)]).toEqual([]);

  const htmlPages = [...pages].filter(([, p]) => p.html).map(([path]) => path);
  expect(htmlPages.length).toBeGreaterThan(20);
  const unreachable = builtPages().filter((p) => p !== '/404.html' && !pages.has(p));
  expect(unreachable).toEqual([]);

  const reading = [...pages].filter(([path, p]) => p.html && isReadingPage(path));
  const inline = reading.filter(([, p]) => executableScripts(p.html!).some((tag) => !/\ssrc="/.test(tag))).map(([path]) => path);
  expect(inline).toEqual([]);
  const scriptSets = new Set(reading.map(([, p]) => executableScripts(p.html!).join('\n')));
  expect(scriptSets.size).toBe(1);
  expect([...scriptSets][0]!.split('\n').filter(Boolean).length).toBeLessThanOrEqual(1);
});
