/**
 * The built seed site publishes like a fact-checker: records count only claims their actor
 * made, the publisher has its own, every decided claim says who checked it and when (as its
 * ClaimReview does), every event has a source, and editors' notes travel with their quotes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonLdBlocks } from '../e2e/built-site.ts';
import { fileURLToPath } from 'node:url';
import { readCorpusExport } from '../helpers/corpus-export.ts';

const dist = (p: string) => readFileSync(new URL(`../../dist/${p}`, import.meta.url), 'utf8');
const corpus = readCorpusExport(fileURLToPath(new URL('../../dist/', import.meta.url)));
/** A section of a page, from its heading id to the next section. */
const section = (html: string, id: string) => {
  const start = html.indexOf(`id="${id}"`);
  expect(start, id).toBeGreaterThan(-1);
  const end = html.indexOf('<section', start);
  return html.slice(start, end < 0 ? undefined : end);
};
const jsonLd = (html: string) => jsonLdBlocks(html);
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/\s+/g, ' ');

describe('records', () => {
  it('a person with no claims of their own shows no verdict bar, and lists claims about them apart', () => {
    const trump = dist('actors/donald-trump/index.html');
    expect(trump).not.toContain('data-scorecard');
    expect(text(section(trump, 'claims-about'))).toContain('Says Donald Trump is a former U.S. president');
    expect(section(trump, 'claims-about')).toContain('data-claims-about-note');
  });

  it('a claim by a quoted person counts on that person’s page', () => {
    const putin = dist('actors/vladimir-putin/index.html');
    const made = section(putin, 'claims-made');
    expect(made).toContain('data-scorecard');
    expect(made).toContain('href="/claims/putin-we-have-open-dialogue-with-trump-c3/"');
    expect(text(made)).toMatch(/Misleading 1\b/);
  });

  it('the publisher has a page whose record holds the two false "former president" claims', () => {
    const publisherId = corpus.articles[0]!.publisher_id;
    expect(publisherId).toBe('unnamed-publisher');
    const page = dist(`actors/${publisherId}/index.html`);
    const made = section(page, 'claims-made');
    expect(made).toContain('data-scorecard');
    expect(text(made)).toMatch(/False 2\b/);
    // The page shows the newest claims; its archive, a page per year, has every one.
    const dir = new URL(`../../dist/actors/${publisherId}/`, import.meta.url);
    const archive = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('index.html') && f !== 'index.html').map((f) => readFileSync(new URL(f, dir), 'utf8')).join('\n');
    for (const slug of ['tensions-escalate-as-trump-and-putin-clash-over-ukraine-and-nato', 'trumps-talks-with-putin-and-zelensky-signal-potential-shift-in-ukraine-conflict']) {
      expect(archive).toContain(`href="/claims/${slug}-c1/"`);
    }
    expect(text(archive).match(/Says Donald Trump is a former U\.S\. president/g)).toHaveLength(2);
  });
});

describe('reviews', () => {
  const decided = corpus.articles.flatMap((a: any) => a.claims.filter((c: any) => c.status === 'reviewed' && c.verdict !== 'unverified').map((c: any) => ({ slug: a.slug, ...c })));

  it('every decided claim’s page says when and by whom it was checked, as its ClaimReview does', () => {
    expect(decided.length).toBeGreaterThanOrEqual(15);
    const pages = readdirSync(new URL('../../dist/claims/', import.meta.url)).filter((d) => d !== 'verdict' && d !== 'index.html');
    expect(pages.sort()).toEqual(decided.map((c: any) => `${c.slug}-${c.id}`).sort());
    for (const c of decided) {
      const html = dist(`claims/${c.slug}-${c.id}/index.html`);
      const review = jsonLd(html).find((d) => d['@type'] === 'ClaimReview')!;
      expect(c.reviewed_on, c.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(review.datePublished).toBe(c.reviewed_on);
      expect(review.claimReviewed).toBe(c.statement);
      const line = /<p[^>]*data-review[^>]*>([^]*?)<\/p>/.exec(html)![1]!;
      expect(line).toContain(`datetime="${c.reviewed_on}"`);
      expect(line).toContain(`data-reviewer="${c.reviewed_by}"`);
      expect(text(line)).toContain(`by ${review.author.name}`);
      expect(review.author['@type']).toBe('Person');
      expect(text(/<h1[^>]*>([^]*?)<\/h1>/.exec(html)![1]!).trim()).toBe(c.statement);
    }
  });

  it('announces reviews in the feed under their statement and on their review day', () => {
    const rss = dist('rss.xml');
    const c = decided.find((d: any) => d.slug.startsWith('tensions') && d.id === 'c1');
    expect(rss).toContain(`<title>False: ${c.statement}</title>`);
    expect(rss).toContain(`<pubDate>${new Date(`${c.reviewed_on}T00:00:00Z`).toUTCString()}</pubDate>`);
  });

  it('lists the reviewers on the about page, with the corrections contact', () => {
    const about = dist('about/index.html');
    for (const id of new Set(decided.map((c: any) => c.reviewed_by))) expect(about).toContain(`id="reviewer-${id}"`);
    expect(about).toMatch(/data-corrections-contact[^>]*>|href="(mailto:|https?:)[^"]+"[^>]*data-corrections-contact/);
    expect(about).toContain('data-funding');
  });
});

describe('sources and notes', () => {
  it('every event has a source, and article sources name articles of the corpus', () => {
    const slugs = new Set(corpus.articles.map((a: any) => a.slug));
    expect(corpus.events).toHaveLength(24);
    for (const e of corpus.events) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      for (const s of e.sources) expect(s.article === null ? /^https?:\/\//.test(s.url) : slugs.has(s.article), `${e.id}: ${JSON.stringify(s)}`).toBe(true);
    }
  });

  it('the "tapping us along" note appears on the quote’s card and in corpus.json', () => {
    const slug = 'tensions-escalate-as-trump-and-putin-clash-over-ukraine-and-nato';
    const q = corpus.articles.find((a) => a.slug === slug)!.quotes.find((q) => q.text === 'stringing us along')!;
    expect(q.note).toContain('"tapping us along"');
    const card = /<li[^>]*>(?:(?!<\/li>)[^])*?id="note-q-1"(?:(?!<\/li>)[^])*<\/li>/.exec(dist(`articles/${slug}/index.html`))![0];
    expect(text(card)).toContain('Editor’s note:');
    expect(text(card)).toContain('"tapping us along"');
    // And on its row wherever the quote is listed: the speaker's page.
    expect(text(section(dist('actors/donald-trump/index.html'), 'quotes'))).toContain('"tapping us along"');
  });
});
