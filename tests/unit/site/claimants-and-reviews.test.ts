import { describe, expect, it } from 'vitest';
import { buildCorpusJson } from '../../../src/lib/export/corpus-json.ts';
import type { Actor, FactEvent } from '../../../src/lib/schema/index.ts';
import { quoteInContext, toArticleView } from '../../../src/lib/site/article-view.ts';
import { buildSiteModel } from '../../../src/lib/site/site-model.ts';
import { claimJsonLd } from '../../../src/lib/site/structured-data.ts';
import { ACTORS, EVENTS } from './site-fixture.ts';

const site = new URL('https://factline.example/');
const ledger: Actor = { id: 'riverton-ledger', name: 'Riverton Ledger', kind: 'organization', aliases: [], roles: [], description: 'A newspaper.' };
const actors = [...ACTORS, ledger];
const text = 'The former president Donald Trump spoke. Putin said Russia "never objected" to it. Zelensky asked for sanctions.';
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
const review = { reviewed_by: 'ada-lind', reviewed_on: '2025-06-02' };

const view = toArticleView(
  {
    slug: 'talks',
    file: 'content/articles/talks.md',
    frontmatter: { title: 'Talks', published: '2025-05-29', published_evidence: 'dateline', publisher: 'riverton-ledger', source_file: 'x.txt', source_sha256: '0'.repeat(64), sources: [] },
    body: text,
    plainText: text,
    reviewed: true,
    annotations: {
      quotes: [{ id: 'q1', text: 'never objected', speaker: 'vladimir-putin', status: 'reviewed', note: 'The recorded wording differs.', original: 'https://example.org/transcript', ...at('never objected') }],
      claims: [
        { id: 'c1', text: 'The former president Donald Trump', claimant: 'publisher', statement: 'Says Donald Trump is a former U.S. president', verdict: 'false', explanation: 'He is president.', sources: ['https://example.org/a'], status: 'reviewed', ...review, ...at('The former president Donald Trump') },
        { id: 'c2', text: 'Russia "never objected" to it', claimant: 'vladimir-putin', statement: 'Says Russia never objected to it', verdict: 'misleading', explanation: 'It did, in 2013, as Donald Trump noted.', sources: ['https://example.org/b'], status: 'reviewed', ...review, ...at('Russia "never objected" to it') },
        { id: 'c3', text: 'Zelensky asked for sanctions.', claimant: 'publisher', verdict: 'accurate', explanation: 'He did, after talking to Donald Trump.', sources: ['https://example.org/c'], status: 'reviewed', ...at('Zelensky asked for sanctions.') },
      ],
      dates: [],
    },
  },
  new Map(actors.map((a) => [a.id, a])),
  new Map(EVENTS.map((e) => [e.id, e])),
  new Map([['ada-lind', { id: 'ada-lind', name: 'Ada Lind', bio: 'Checks claims.' }]]),
);
const model = buildSiteModel([view], actors, EVENTS);
const page = (id: string) => model.actorPages.find((p) => p.actor.id === id)!;
const count = (id: string) => page(id).scorecard.reduce((n, r) => n + r.count, 0);

describe('claimants', () => {
  it('names a publisher that is an actor by its name, and links its page', () => {
    expect(view.publisher).toBe('Riverton Ledger');
    expect(view.publisherId).toBe('riverton-ledger');
    expect(model.claimPages[0]!.claim.article.publisherHref).toBe('/actors/riverton-ledger/');
  });

  it('counts the article’s own claims on its publisher’s record, and a quoted person’s claim on theirs', () => {
    expect(page('riverton-ledger').claimsMade.map((c) => c.id)).toEqual(['c1', 'c3']);
    expect(page('riverton-ledger').scorecard.find((r) => r.verdict === 'false')!.count).toBe(1);
    expect(page('vladimir-putin').claimsMade.map((c) => c.id)).toEqual(['c2']);
    expect(count('vladimir-putin')).toBe(1);
  });

  it('lists claims about a person apart, by the claim’s words or statement, never by its explanation, with no record', () => {
    expect(count('donald-trump')).toBe(0);
    expect(page('donald-trump').claimsAbout.map((c) => c.id)).toEqual(['c1']);
  });
});

describe('statements and reviews', () => {
  const c1 = model.claimPages.find((p) => p.claim.id === 'c1')!.claim;

  it('heads a decided claim with its statement, and quotes the article’s words when there is none', () => {
    expect(c1.headline).toBe('Says Donald Trump is a former U.S. president');
    expect(model.claimPages.find((p) => p.claim.id === 'c3')!.claim.headline).toBe('“Zelensky asked for sanctions.”');
  });

  it('gives ClaimReview the statement, the review’s date and its reviewer', () => {
    const ld = claimJsonLd(c1, new Map(actors.map((a) => [a.id, a])), site) as Record<string, any>;
    expect(ld.claimReviewed).toBe('Says Donald Trump is a former U.S. president');
    expect(ld.datePublished).toBe('2025-06-02');
    expect(ld.author).toEqual({ '@type': 'Person', name: 'Ada Lind', url: 'https://factline.example/about/#reviewer-ada-lind' });
    expect(c1.review).toEqual({ on: '2025-06-02', onLabel: '2 June 2025', by: { id: 'ada-lind', name: 'Ada Lind' } });
  });

  it('puts the newest review first in the feed', () => {
    expect(model.feed.claims.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
  });
});

describe('quotes in context', () => {
  it('keeps the whole sentence with the quoted words apart, the note and the original', () => {
    const q = view.quotes[0]!;
    expect(quoteInContext(q)).toEqual({ before: 'Putin said Russia "', quoted: 'never objected', after: '" to it.' });
    expect(q.note).toBe('The recorded wording differs.');
    expect(q.original).toBe('https://example.org/transcript');
  });

  it('exports notes, statements, reviews and event descriptions and sources', () => {
    const events: FactEvent[] = [{ id: 'e1', title: 'A call', date: '2025-05-19', precision: 'day', actors: [], description: 'They spoke.', sources: [{ article: 'talks' }, { url: 'https://example.org/e', title: 'A page' }] }];
    const json = buildCorpusJson([view], actors, events);
    expect(json.articles[0]!.quotes[0]).toMatchObject({ note: 'The recorded wording differs.', sentence: 'Putin said Russia "never objected" to it.' });
    expect(json.articles[0]!.claims[0]).toMatchObject({ statement: 'Says Donald Trump is a former U.S. president', claimant: 'riverton-ledger', reviewed_by: 'ada-lind', reviewed_on: '2025-06-02' });
    expect(json.events[0]).toMatchObject({ description: 'They spoke.', sources: [{ article: 'talks', url: null, title: null }, { article: null, url: 'https://example.org/e', title: 'A page' }] });
  });
});

describe('event sources on the timeline', () => {
  it('shows the sources an event names that no dated sentence already links', () => {
    const events: FactEvent[] = [{ id: 'e1', title: 'A call', date: '2025-05-19', precision: 'day', actors: [], sources: [{ article: 'talks' }, { url: 'https://example.org/e', title: 'A page' }, { article: 'gone' }] }];
    const entry = buildSiteModel([view], actors, events).timeline.flatMap((t) => t.page.items).find((e) => e.eventId === 'e1')!;
    expect(entry.sourceCount).toBe(0);
    expect(entry.declaredSources).toEqual([
      { href: '/articles/talks/', title: 'Talks', external: false },
      { href: 'https://example.org/e', title: 'A page', external: true },
    ]);
  });
});
