import { describe, expect, it } from 'vitest';
import { articleSearchEntries, corpusFacets, searchRecords } from '../../../src/integrations/search/search-records.ts';
import { fixtureCorpus } from './corpus-fixture.ts';

const corpus = fixtureCorpus();
const records = searchRecords(corpus, { eventHref: (id) => `/timeline/2025/05/#event-${id}` });
const byUrl = (url: string) => records.find((r) => r.url === url)!;

describe('searchRecords', () => {
  it('makes one record per quote, claim, actor and event', () => {
    const kinds = records.map((r) => r.meta!.kind);
    expect(kinds.filter((k) => k === 'quote')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'claim')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'actor')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'event')).toHaveLength(1);
    expect(records.every((r) => r.language === 'en' && r.content.length > 0)).toBe(true);
  });

  it('links a quote to its anchor in its article, with speaker, date and article title', () => {
    const q = byUrl('/articles/talks-stall/#q-1');
    // Every spelling of the speaker's name, so that any of them finds the quote.
    expect(q.content).toBe('stringing us along\nDonald Trump · Trump\nThe recorded wording is "tapping us along".');
    expect(q.meta!.note).toBe('The recorded wording is "tapping us along".');
    expect(q.meta).toMatchObject({ title: 'stringing us along', kind: 'quote', speaker: 'Donald Trump', speakerUrl: '/actors/donald-trump/', date: 'said 28 May 2025', datetime: '2025-05-28', article: 'Talks stall, Trump says' });
    expect(q.meta!.unreviewed).toBeUndefined();
    expect(q.filters).toEqual({ kind: ['quote'], actor: ['Donald Trump'], by: ['Donald Trump'], year: ['2025'] });
    expect(q.sort).toEqual({ date: '2025-05-28' });
  });

  it('places an undated quote at its article’s date and says so', () => {
    const q = byUrl('/articles/talks-stall/#q-12');
    expect(q.meta).toMatchObject({ date: 'reported 29 May 2025', datetime: '2025-05-29', unreviewed: 'yes' });
    expect(q.sort).toEqual({ date: '2025-05-29' });
  });

  it('keeps a quote without a speaker out of the actor filter and sorts a week by its Monday', () => {
    const q = byUrl('/articles/talks-stall/#q-3');
    expect(q.meta!.speaker).toBeUndefined();
    expect(q.filters!.actor).toBeUndefined();
    expect(q.meta!.date).toBe('said week of 26 May 2025');
    expect(q.sort).toEqual({ date: '2025-05-26' });
  });

  it('links a decided claim to its page, with its verdict and the article as claimant when it is the publisher’s', () => {
    const c = byUrl('/claims/talks-stall-c1/');
    // The article's claim names Trump: it is about him, and indexed with every spelling of his name.
    expect(c.content).toBe('Says Donald Trump is a former president\nformer President Donald Trump\nHe holds the office.\nDonald Trump · Trump');
    expect(c.meta).toMatchObject({ kind: 'claim', verdict: 'false', verdictLabel: 'False', claimant: 'Example News', source: '/articles/talks-stall/#c-1' });
    expect(c.meta!.claimantUrl).toBeUndefined();
    expect(c.meta!.unreviewed).toBeUndefined();
    // Listed on Trump's page as a claim about him: the actor filter finds it, `by` does not.
    expect(c.filters).toEqual({ kind: ['claim'], actor: ['Donald Trump'], about: ['Donald Trump'], verdict: ['false'], year: ['2025'] });
  });

  it('links a claim nobody has decided to its card in the article', () => {
    expect(records.some((r) => r.url === '/claims/talks-stall-c2/')).toBe(false);
    const c2 = byUrl('/articles/talks-stall/#note-c-2');
    expect(c2.meta).toMatchObject({ kind: 'claim', verdict: 'unsupported', claimant: 'Vladimir Putin', claimantUrl: '/actors/vladimir-putin/', source: '/articles/talks-stall/#c-2', unreviewed: 'yes' });
    expect(c2.filters).toEqual({ kind: ['claim'], actor: ['Vladimir Putin'], by: ['Vladimir Putin'], verdict: ['unsupported'], year: ['2025'] });
  });

  it('indexes actors by name, aliases and roles, without a date', () => {
    const a = byUrl('/actors/donald-trump/');
    expect(a.content).toContain('Trump');
    expect(a.content).toContain('President of the United States');
    expect(a.filters).toEqual({ kind: ['actor'], actor: ['Donald Trump'], by: ['Donald Trump'], about: ['Donald Trump'] });
    expect(a.meta!.spellings).toBe('Donald Trump|Trump');
    expect(a.sort).toBeUndefined();
  });

  it('links an event to its place on the timeline and files it under its known actors', () => {
    const e = byUrl('/timeline/2025/05/#event-call');
    expect(e.meta).toMatchObject({ title: 'A phone call', date: 'May 2025', actors: 'Donald Trump, Vladimir Putin' });
    expect(e.filters).toEqual({ kind: ['event'], actor: ['Donald Trump', 'Vladimir Putin'], by: ['Donald Trump', 'Vladimir Putin'], about: ['Donald Trump', 'Vladimir Putin'], year: ['2025'] });
    expect(e.sort).toEqual({ date: '2025-05-01' });
    expect(searchRecords(corpus).find((r) => r.meta!.kind === 'event')!.url).toBe('/timeline/');
  });

  it('is deterministic', () => {
    expect(JSON.stringify(searchRecords(fixtureCorpus()))).toBe(JSON.stringify(searchRecords(fixtureCorpus())));
  });
});

describe('every spelling of a name finds the same records', () => {
  const spelled = fixtureCorpus();
  spelled.actors.push({ id: 'volodymyr-zelensky', name: 'Volodymyr Zelensky', kind: 'person', aliases: ['Zelensky', 'Zelenskyy', 'Zelenskiy'], roles: [], wikidata: null } as (typeof spelled.actors)[number]);
  spelled.articles[0]!.quotes.push({ ...spelled.articles[0]!.quotes[0]!, id: 'q4', text: 'Zelenskyy wants a ceasefire', speaker: null });
  const found = (word: string) => searchRecords(spelled).filter((r) => r.content.split(/[^\w]+/).includes(word)).map((r) => r.url);

  it('indexes a quote that names an actor in one spelling with all of them, and files it as about them', () => {
    expect(found('Zelenskiy')).toEqual(found('Zelenskyy'));
    expect(found('Zelensky')).toEqual(['/articles/talks-stall/#q-4', '/actors/volodymyr-zelensky/']);
    expect(searchRecords(spelled).find((r) => r.url === '/articles/talks-stall/#q-4')!.filters!.about).toEqual(['Volodymyr Zelensky']);
  });

  it('matches whole names only', () => {
    spelled.articles[0]!.quotes[3]!.text = 'Zelenskyyism is not a word';
    expect(searchRecords(spelled).find((r) => r.url === '/articles/talks-stall/#q-4')!.filters!.about).toBeUndefined();
  });
});

describe('articleSearchEntries', () => {
  it('files an article under every year it mentions, as the timeline does', () => {
    const mentions = fixtureCorpus();
    mentions.articles[0]!.dates.push({ id: 'd2', text: 'late last year', value: '2024', precision: 'year', event: null, status: 'reviewed' });
    expect(articleSearchEntries(mentions)[0]!.filters.year).toEqual(['2024', '2025']);
  });

  it('gives each article page its file, meta, filters and sort key', () => {
    const [talks, nato] = articleSearchEntries(corpus);
    expect(talks).toEqual({
      url: '/articles/talks-stall/',
      file: 'articles/talks-stall/index.html',
      meta: { title: 'Talks stall, Trump says', kind: 'article', date: '29 May 2025', datetime: '2025-05-29', publisher: 'Example News' },
      // No verdicts: those filter the claims' own records.
      filters: { kind: ['article'], actor: ['Donald Trump', 'Vladimir Putin'], by: ['Donald Trump', 'Vladimir Putin'], about: ['Donald Trump'], year: ['2025'] },
      sort: { date: '2025-05-29' },
      names: 'Donald Trump · Trump · Vladimir Putin · Putin',
    });
    // Nobody speaks in it, but its title names NATO.
    expect(nato!.filters).toEqual({ kind: ['article'], about: ['NATO'], year: ['2024'] });
  });
});

describe('corpusFacets', () => {
  it('offers exactly the values the index holds, in reading order', () => {
    const facets = corpusFacets(corpus);
    expect(facets.kind.map((k) => k.value)).toEqual(['quote', 'claim', 'article', 'actor', 'event']);
    expect(facets.actor.map((a) => a.value)).toEqual(['Donald Trump', 'NATO', 'Vladimir Putin']);
    // The verdict scale's order, only verdicts that occur.
    expect(facets.verdict).toEqual([
      { value: 'false', label: 'False' },
      { value: 'unsupported', label: 'Unsupported' },
    ]);
    expect(facets.year.map((y) => y.value)).toEqual(['2025', '2024']);
  });
});
