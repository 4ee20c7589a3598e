import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '../../../src/lib/site/site-model.ts';
import {
  actorJsonLd,
  claimJsonLd,
  eventJsonLd,
  jsonLdDocument,
  newsArticleJsonLd,
  quotationJsonLd,
} from '../../../src/lib/site/structured-data.ts';
import { ACTORS, EVENTS, fixtureArticles } from './site-fixture.ts';

const site = new URL('https://factline.example/');
const model = buildSiteModel(fixtureArticles(), ACTORS, EVENTS);
const actors = new Map(ACTORS.map((a) => [a.id, a]));
/** Every claim: decided ones with their page's explanation, the others as their rows. */
const claims = model.claimsIndex.groups.flatMap((g) => g.claims).map((c) => model.claimPages.find((p) => p.claim.key === c.key)?.claim ?? c);
const claim = (key: string) => claims.find((c) => c.key === key)!;
const quotes = model.quotesIndex.speakers.flatMap((s) => s.quotes);
const timeline = model.timeline.flatMap((t) => t.page.items.map((entry) => ({ entry, path: t.page.path })));

/** Every string that looks like a URL in the object is absolute on the site or external. */
function urls(value: unknown): string[] {
  if (typeof value === 'string') return /^(https?:|\/)/.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(urls);
  if (value && typeof value === 'object') return Object.values(value).flatMap(urls);
  return [];
}

describe('ClaimReview', () => {
  const review = claimJsonLd(claim('clash-c1'), actors, site) as Record<string, any>;

  it('has the properties a ClaimReview requires', () => {
    expect(review['@context']).toBe('https://schema.org');
    expect(review['@type']).toBe('ClaimReview');
    expect(review.url).toBe('https://factline.example/claims/clash-c1/');
    expect(review.claimReviewed).toBe('Says Donald Trump is a former president');
    expect(review.datePublished).toBe('2025-05-29');
    expect(review.author).toEqual({ '@type': 'Organization', name: 'Factline', url: 'https://factline.example/' });
    expect(review.reviewBody).toBe('Donald Trump has been president since 20 January 2025.');
  });

  it('rates on a 1–5 scale with the verdict in words', () => {
    expect(review.reviewRating).toEqual({ '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' });
    const accurate = claimJsonLd(claim('call-c1'), actors, site) as Record<string, any>;
    expect(accurate.reviewRating.ratingValue).toBe(5);
    expect(accurate.reviewRating.alternateName).toBe('Accurate');
  });

  it('reviews a Claim with its author and where it appeared', () => {
    expect(review.itemReviewed['@type']).toBe('Claim');
    expect(review.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Example News' });
    expect(review.itemReviewed.datePublished).toBe('2025-05-29');
    expect(review.itemReviewed.appearance).toMatchObject({ '@type': 'NewsArticle', url: 'https://factline.example/articles/clash/', headline: 'Title of clash' });
    const byActor = claimJsonLd(claim('call-c1'), actors, site) as Record<string, any>;
    expect(byActor.itemReviewed.author).toEqual({ '@type': 'Country', name: 'Ukraine', url: 'https://factline.example/actors/ukraine/' });
  });

  it('publishes no rating for a claim nobody has checked, and points to its card in the article', () => {
    const unchecked = claimJsonLd(claim('clash-c2'), actors, site) as Record<string, any>;
    expect(unchecked['@type']).toBe('Claim');
    expect(unchecked.reviewRating).toBeUndefined();
    expect(unchecked.url).toBe('https://factline.example/articles/clash/#note-c-2');
    expect(unchecked.appearance.url).toBe('https://factline.example/articles/clash/');
  });

  it('publishes no rating for a verdict an editor has not reviewed', () => {
    const suggested = claimJsonLd({ ...claim('clash-c1'), reviewed: false, rated: false }, actors, site) as Record<string, any>;
    expect(suggested['@type']).toBe('Claim');
    expect(suggested).not.toHaveProperty('reviewRating');
  });
});

describe('Quotation', () => {
  const [dated, undated, unattributed] = ['/articles/call/#q-1', '/articles/call/#q-2', '/articles/clash/#q-3'].map((href) => quotes.find((q) => q.href === href)!);

  it('has text, creator with Wikidata, the article it is part of and its date', () => {
    const q = quotationJsonLd(dated!, actors, site) as Record<string, any>;
    expect(q['@type']).toBe('Quotation');
    expect(q.text).toBe('excellent');
    expect(q.creator).toEqual({ '@type': 'Person', name: 'Donald Trump', url: 'https://factline.example/actors/donald-trump/', sameAs: 'https://www.wikidata.org/wiki/Q22686' });
    expect(q.isPartOf).toMatchObject({ '@type': 'NewsArticle', url: 'https://factline.example/articles/call/', datePublished: '2025-05-20' });
    expect(q.dateCreated).toBe('2025-05-19');
    expect(q.url).toBe('https://factline.example/articles/call/#q-1');
  });

  it('on its own article\'s page, refers to the article by its @id and gives no address of its own', () => {
    const q = quotationJsonLd(dated!, actors, site, { inArticle: true }) as Record<string, any>;
    expect(q.isPartOf).toEqual({ '@id': 'https://factline.example/articles/call/' });
    expect(q).not.toHaveProperty('url');
    expect(q.text).toBe('excellent');
  });

  it('leaves dateCreated out when the quote is not dated, and creator when nobody is named', () => {
    expect(quotationJsonLd(undated!, actors, site)).not.toHaveProperty('dateCreated');
    expect(quotationJsonLd(unattributed!, actors, site)).not.toHaveProperty('creator');
  });
});

describe('Person, Organization and Country', () => {
  it('links people to Wikidata with sameAs and names their current role', () => {
    const p = actorJsonLd(actors.get('donald-trump')!, site) as Record<string, any>;
    expect(p['@type']).toBe('Person');
    expect(p.name).toBe('Donald Trump');
    expect(p.sameAs).toEqual(['https://www.wikidata.org/wiki/Q22686']);
    expect(p.jobTitle).toBe('President of the United States');
    expect(p.url).toBe('https://factline.example/actors/donald-trump/');
    expect(p.alternateName).toEqual(['Trump']);
  });

  it('types organizations and countries, and omits sameAs without a Wikidata id', () => {
    expect((actorJsonLd(actors.get('nato')!, site) as Record<string, any>)['@type']).toBe('Organization');
    const ukraine = actorJsonLd(actors.get('ukraine')!, site) as Record<string, any>;
    expect(ukraine['@type']).toBe('Country');
    expect(ukraine).not.toHaveProperty('sameAs');
  });
});

describe('Event', () => {
  it('names the event, its date, attendees and the articles that report it, once each', () => {
    const { entry, path } = timeline.find((t) => t.entry.eventId === 'trump-putin-call-2025-05-19')!;
    const ev = eventJsonLd(entry, actors, site, path) as Record<string, any>;
    expect(ev['@type']).toBe('Event');
    expect(ev.name).toBe('Trump and Putin hold a phone call');
    expect(ev.startDate).toBe('2025-05-19');
    expect(ev.url).toBe('https://factline.example/timeline/#event-trump-putin-call-2025-05-19');
    expect(ev.attendee.map((a: { name: string }) => a.name)).toEqual(['Donald Trump', 'Vladimir Putin']);
    expect(ev.subjectOf.map((a: { url: string }) => a.url)).toEqual(['https://factline.example/articles/call/', 'https://factline.example/articles/clash/']);
  });
});

describe('NewsArticle', () => {
  it('has headline, date, url and publisher', () => {
    const a = newsArticleJsonLd(model.articlePages.find((p) => p.article.slug === 'call')!.article, site) as Record<string, any>;
    expect(a).toMatchObject({ '@type': 'NewsArticle', headline: 'Title of call', datePublished: '2025-05-20', url: 'https://factline.example/articles/call/' });
    expect(a.publisher).toEqual({ '@type': 'Organization', name: 'Example News' });
    expect(a).not.toHaveProperty('isBasedOn');
  });
});

describe('all structured data', () => {
  it('uses absolute URLs only and survives JSON serialisation', () => {
    const all = [
      ...claims.map((c) => claimJsonLd(c, actors, site)),
      ...quotes.map((q) => quotationJsonLd(q, actors, site)),
      ...ACTORS.map((a) => actorJsonLd(a, site)),
      ...timeline.filter((t) => t.entry.kind === 'event').map((t) => eventJsonLd(t.entry, actors, site, t.path)),
      ...model.articlePages.map((p) => newsArticleJsonLd(p.article, site)),
    ];
    expect(claims).toHaveLength(3);
    expect(quotes).toHaveLength(4);
    for (const u of urls(all)) expect(u).toMatch(/^https:\/\//);
    expect(JSON.parse(JSON.stringify(all))).toEqual(all);
  });
});

describe('jsonLdDocument', () => {
  it('gives a single item as it is, and no document for none', () => {
    const only = { '@context': 'https://schema.org', '@type': 'Person', name: 'Ana' };
    expect(jsonLdDocument([only])).toEqual(only);
    expect(jsonLdDocument([])).toBeUndefined();
  });

  it('puts several items in one graph under one context, each without its own', () => {
    const doc = jsonLdDocument([
      { '@context': 'https://schema.org', '@type': 'NewsArticle', '@id': 'https://x.example/a/' },
      { '@context': 'https://schema.org', '@type': 'Quotation', text: 'We will', isPartOf: { '@id': 'https://x.example/a/' } },
    ]);
    expect(doc).toEqual({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'NewsArticle', '@id': 'https://x.example/a/' },
        { '@type': 'Quotation', text: 'We will', isPartOf: { '@id': 'https://x.example/a/' } },
      ],
    });
  });

  const site = new URL('https://x.example/');
  const ana = { '@type': 'Person', name: 'Ana Ferreira-Lindqvist', url: 'https://x.example/actors/ana/' };
  const article = { '@type': 'NewsArticle', headline: 'Talks resume in Vienna after a long pause', url: 'https://x.example/articles/a/', datePublished: '2025-05-01', publisher: { '@type': 'Organization', name: 'Example News' } };
  const quote = (n: number, more: object = {}) => ({ '@context': 'https://schema.org', '@type': 'Quotation', text: `Words ${n}`, url: `https://x.example/articles/a/#q-${n}`, creator: ana, isPartOf: article, ...more });

  it('refers to a person the page describes at the top by its @id instead of describing them again', () => {
    const person = actorJsonLd({ ...ACTORS.find((a) => a.kind === 'person')!, id: 'ana', name: ana.name }, site) as Record<string, any>;
    expect(person['@id']).toBe('https://x.example/actors/ana/#person');
    const doc = jsonLdDocument([person, quote(1)]) as Record<string, any>;
    expect(doc['@graph'][1].creator).toEqual({ '@id': 'https://x.example/actors/ana/#person' });
    expect(doc['@graph'][0]).toEqual(Object.fromEntries(Object.entries(person).filter(([k]) => k !== '@context')));
  });

  it('describes a repeated article once, with its @id, and refers to it after that', () => {
    const doc = jsonLdDocument([quote(1), quote(2), quote(3)]) as Record<string, any>;
    const [first, second, third] = doc['@graph'];
    expect(first.isPartOf).toEqual({ ...article, '@id': 'https://x.example/articles/a/' });
    expect(Object.keys(first.isPartOf).slice(0, 2)).toEqual(['@type', '@id']);
    expect(second.isPartOf).toEqual({ '@id': 'https://x.example/articles/a/' });
    expect(third.isPartOf).toEqual({ '@id': 'https://x.example/articles/a/' });
    // The same people, texts and addresses as before, in fewer bytes.
    expect(first.creator['@id']).toBe('https://x.example/actors/ana/#person');
    expect(third.creator).toEqual({ '@id': 'https://x.example/actors/ana/#person' });
    expect(JSON.stringify(doc).length).toBeLessThan(JSON.stringify(jsonLdDocumentWithoutReferences([quote(1), quote(2), quote(3)])).length);
  });

  it('leaves a node described where an id and references would make the page longer', () => {
    const doc = jsonLdDocument([quote(1, { isPartOf: { '@id': 'https://x.example/articles/a/' } }), quote(2, { isPartOf: { '@id': 'https://x.example/articles/a/' } })]) as Record<string, any>;
    expect(doc['@graph'][0].creator).toEqual(ana);
    expect(doc['@graph'][1].creator).toEqual(ana);
  });

  it('never refers to a node it has not described, and keeps nodes without an address as they are', () => {
    const publisher = { '@type': 'Organization', name: 'Example News' };
    const doc = jsonLdDocument([1, 2, 3, 4].map((n) => quote(n, { creator: publisher }))) as Record<string, any>;
    for (const item of doc['@graph']) expect(item.creator).toEqual(publisher);
    const ids = new Set(JSON.stringify(doc).match(/"@id":"[^"]+"/g));
    const described = [...JSON.stringify(doc).matchAll(/\{"@type":"[^"]+","@id":("[^"]+")/g)].map((m) => `"@id":${m[1]}`);
    for (const id of ids) expect(described).toContain(id);
  });
});

/** The graph as it was before references: every node described where it is used. */
function jsonLdDocumentWithoutReferences(items: object[]) {
  return { '@context': 'https://schema.org', '@graph': items.map((item) => Object.fromEntries(Object.entries(item).filter(([key]) => key !== '@context'))) };
}
