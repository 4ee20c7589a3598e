/**
 * Highlights land exactly: for every annotation of every article of a built site, the text the
 * article page marks (the element with the annotation's id, then every segment carrying
 * `data-continues` with that id) is exactly the annotation's text.
 *
 * Checked on dist/ (the seed site), and on a site built here from the seeds plus a test article
 * whose quotes come after headings, lists, a nested list, a block quote, links and emphasis,
 * and cross emphasis and link boundaries (tests/fixtures/highlights). That article is a test
 * fixture, not news, so it is built into a temporary directory and never joins the real site.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { markedText } from '../helpers/marked-text.ts';
import { readCorpusExport } from '../helpers/corpus-export.ts';

interface Annotated {
  id: string;
  text: string;
}
interface CorpusArticle {
  slug: string;
  quotes: Annotated[];
  claims: Annotated[];
  dates: Annotated[];
}

const root = new URL('../../', import.meta.url).pathname;
const FIXTURE = join(root, 'tests/fixtures/highlights');
const FIXTURE_SLUG = 'envoys-map-out-a-second-round-of-talks';

/** Every annotation whose highlight is not exactly its text, as readable lines; and how many were checked. */
function misplacedHighlights(site: string): { checked: number; articles: string[]; failures: string[] } {
  const corpus = readCorpusExport(site) as unknown as { articles: CorpusArticle[] };
  const failures: string[] = [];
  let checked = 0;
  for (const article of corpus.articles) {
    const marked = markedText(readFileSync(join(site, 'articles', article.slug, 'index.html'), 'utf8'));
    const annotations = [...article.quotes, ...article.claims, ...article.dates];
    for (const a of annotations) {
      // Element ids: q1 → q-1.
      const elementId = `${a.id[0]}-${a.id.slice(1)}`;
      const got = marked.get(elementId);
      checked++;
      if (got !== a.text) failures.push(`${article.slug} ${a.id}: the page marks ${JSON.stringify(got ?? null)}, the annotation is ${JSON.stringify(a.text)}`);
    }
    const extra = [...marked.keys()].filter((id) => !annotations.some((a) => `${a.id[0]}-${a.id.slice(1)}` === id));
    if (extra.length) failures.push(`${article.slug}: marks without an annotation: ${extra.join(', ')}`);
  }
  return { checked, articles: corpus.articles.map((a) => a.slug), failures };
}

describe('highlights land exactly', () => {
  it('on the seed site in dist/', () => {
    const { checked, articles, failures } = misplacedHighlights(join(root, 'dist'));
    expect(failures).toEqual([]);
    expect(articles.length).toBeGreaterThanOrEqual(5);
    expect(checked).toBeGreaterThan(40);
  });

  describe('on the seeds plus an article with headings, lists, block quotes, links and emphasis before its quotes', () => {
    const work = mkdtempSync(join(tmpdir(), 'factline-highlights-'));
    afterAll(() => rmSync(work, { recursive: true, force: true }));
    const site = join(work, 'dist');

    it('builds', () => {
      const content = join(work, 'content');
      cpSync(join(root, 'content'), content, { recursive: true });
      cpSync(join(FIXTURE, 'articles'), join(content, 'articles'), { recursive: true });
      cpSync(join(FIXTURE, 'annotations'), join(content, 'annotations'), { recursive: true });
      // Astro's content cache kept apart from the project's, so this build never races another;
      // the project's own Node first on PATH, for Astro's `#!/usr/bin/env node`.
      const bin = join(root, 'node_modules/.bin');
      const env = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, FACTLINE_CONTENT: content, FACTLINE_OUT: site, FACTLINE_CACHE_DIR: join(work, 'cache/'), ASTRO_TELEMETRY_DISABLED: '1' };
      const r = spawnSync(join(bin, 'node'), [join(root, 'scripts/build.ts')], { cwd: root, encoding: 'utf8', env });
      expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    }, 300_000);

    it('the test article has the structure it is meant to test', () => {
      const html = readFileSync(join(site, 'articles', FIXTURE_SLUG, 'index.html'), 'utf8');
      for (const part of ['<h2>What was agreed</h2>', '<h3>Reactions</h3>', '<ul>', '<ol>', '<blockquote>', '<em>', '<strong>', 'href="https://example.org/details"']) expect(html).toContain(part);
      // The nested list: a list item that holds a list.
      expect(html).toMatch(/<li>(?:(?!<\/li>).)*<ul>/s);
    });

    it('every annotation of every article, the test article included', () => {
      const { checked, articles, failures } = misplacedHighlights(site);
      expect(failures).toEqual([]);
      expect(articles).toContain(FIXTURE_SLUG);
      expect(checked).toBeGreaterThan(50);
    });

    it('would catch a highlight that lands five characters early (the bug this guards against)', () => {
      const broken = join(work, 'broken');
      cpSync(site, broken, { recursive: true });
      const page = join(broken, 'articles', FIXTURE_SLUG, 'index.html');
      const html = readFileSync(page, 'utf8');
      const shifted = html.replace(/was "(<q [^>]*id="q-5"[^>]*>)a very good deal for everyone<\/q>/, '$1was "a very good deal for eve</q>ryone');
      expect(shifted).not.toBe(html);
      writeFileSync(page, shifted);
      expect(misplacedHighlights(broken).failures).toEqual([
        `${FIXTURE_SLUG} q5: the page marks "was \\"a very good deal for eve", the annotation is "a very good deal for everyone"`,
      ]);
    });
  });
});
