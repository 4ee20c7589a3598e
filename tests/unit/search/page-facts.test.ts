import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PageFactsCache } from '../../../src/integrations/search/page-facts.ts';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** Each test's site and its stores, in one folder removed at the end. */
const root = mkdtempSync(join(tmpdir(), 'factline-pages-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function site(): string {
  const dir = mkdtempSync(join(root, 'site-'));
  mkdirSync(join(dir, 'articles/a'), { recursive: true });
  writeFileSync(join(dir, 'articles/a/index.html'), '<p id="q-1">One</p><section id="notes"></section>');
  return dir;
}

describe('PageFactsCache', () => {
  it('gives a page’s hash and element ids, and nothing for a page that is not there', () => {
    const dir = site();
    const pages = new PageFactsCache(dir);
    const facts = pages.facts('articles/a/index.html')!;
    expect(facts.hash).toBe(sha('<p id="q-1">One</p><section id="notes"></section>'));
    expect([...facts.ids].sort()).toEqual(['notes', 'q-1']);
    expect(pages.facts('articles/b/index.html')).toBeUndefined();
  });

  it('reads a page again only when its size or time changed', () => {
    const dir = site();
    const file = join(dir, 'articles/a/index.html');
    const store = join(dir, '..', `${dir.split('/').pop()}-facts.json`);
    const rendered = 1_764_000_000.25; // seconds: the time the page was rendered
    utimesSync(file, rendered, rendered);
    const first = new PageFactsCache(dir, store);
    first.facts('articles/a/index.html');
    first.save();

    // Same size and time: taken from the store, not read (the store trusts the time, as a page
    // copied unchanged from the last build keeps it).
    writeFileSync(file, '<p id="q-2">Two</p><section id="notes"></section>');
    utimesSync(file, rendered, rendered);
    expect(new PageFactsCache(dir, store).facts('articles/a/index.html')!.ids.has('q-1')).toBe(true);

    // A new time (a page rendered again): read again.
    utimesSync(file, rendered + 5, rendered + 5);
    expect(new PageFactsCache(dir, store).facts('articles/a/index.html')!.ids.has('q-2')).toBe(true);
  });

  it('survives a damaged store by reading every page', () => {
    const dir = site();
    const store = join(dir, 'facts.json');
    writeFileSync(store, '{not json');
    expect(new PageFactsCache(dir, store).facts('articles/a/index.html')!.ids.has('q-1')).toBe(true);
  });

  it('keeps the digest of a page’s indexed copy until the page or the code that prepares it changes', () => {
    const dir = site();
    const file = join(dir, 'articles/a/index.html');
    const store = join(dir, '..', `${dir.split('/').pop()}-indexed.json`);
    const rendered = 1_764_000_000.5;
    utimesSync(file, rendered, rendered);
    let prepared = 0;
    const prepare = (html: string) => {
      prepared++;
      return html.replace(/ id="[^"]*"/g, '');
    };
    const first = new PageFactsCache(dir, store, 'v1');
    const digest = first.indexedDigest('articles/a/index.html', prepare);
    expect(digest).toBe(sha('<p>One</p><section></section>'));
    expect(first.indexedDigest('articles/b/index.html', prepare)).toBeUndefined();
    first.save();

    // Unchanged page, same code: from the store, not prepared again.
    expect(new PageFactsCache(dir, store, 'v1').indexedDigest('articles/a/index.html', prepare)).toBe(digest);
    expect(prepared).toBe(1);
    // Other code: prepared again.
    expect(new PageFactsCache(dir, store, 'v2').indexedDigest('articles/a/index.html', prepare)).toBe(digest);
    expect(prepared).toBe(2);
    // The page rendered again with other ids but the same indexed copy: the same digest.
    writeFileSync(file, '<p id="q-9">One</p><section id="x"></section>');
    utimesSync(file, rendered + 5, rendered + 5);
    expect(new PageFactsCache(dir, store, 'v1').indexedDigest('articles/a/index.html', prepare)).toBe(digest);
    expect(prepared).toBe(3);
  });
});
