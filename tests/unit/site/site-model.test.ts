import { describe, expect, it } from 'vitest';
import { excerptOf, paragraphAround } from '../../../src/lib/site/excerpts.ts';
import { pageKey } from '../../../src/lib/site/page-key.ts';
import { claimHref, isRated } from '../../../src/lib/site/rows.ts';
import { buildSiteModel, CLAIMS_PER_VERDICT, LIST_ARCHIVE_ROWS, type SiteModel } from '../../../src/lib/site/site-model.ts';
import { ACTORS, articlesByDay, articleView, EVENTS, fixtureArticles } from './site-fixture.ts';

const model = buildSiteModel(fixtureArticles(), ACTORS, EVENTS);
const entries = model.timeline.flatMap((p) => p.page.items);
const actorPage = (id: string) => model.actorPages.find((p) => p.actor.id === id)!;
/** Every claim: the fixture has fewer per verdict than the claim index shows. */
const claims = model.claimsIndex.groups.flatMap((g) => g.claims);
const claimByKey = (key: string) => claims.find((c) => c.key === key)!;

describe('articles', () => {
  it('lists articles newest first, on their pages, the archive, the home page and the feed', () => {
    expect(model.articlePages.map((p) => p.article.slug)).toEqual(['clash', 'call']);
    expect(model.articleArchive.map((p) => [p.path, p.items.map((a) => a.slug)])).toEqual([['/articles/', ['clash', 'call']]]);
    expect(model.home.articles.map((a) => a.slug)).toEqual(['clash', 'call']);
    expect(model.feed.articles.map((a) => a.slug)).toEqual(['clash', 'call']);
  });

  it('gives a list row what identifies the article, with its counts', () => {
    expect(model.articleArchive[0]!.items[0]).toEqual({
      slug: 'clash',
      href: '/articles/clash/',
      title: 'Title of clash',
      published: '2025-05-29',
      publishedLabel: '29 May 2025',
      publisher: 'Example News',
      summary: 'The former president spoke with Putin last week, the paper said.',
      reviewed: true,
      counts: { quotes: 2, claims: 2, dates: 2 },
    });
  });

  it('links an article page to its events on the timeline and to where each claim is shown in full', () => {
    const clash = model.articlePages.find((p) => p.article.slug === 'clash')!;
    expect(clash.eventHrefs).toEqual({ 'trump-putin-call-2025-05-19': '/timeline/#event-trump-putin-call-2025-05-19' });
    expect(clash.claimHrefs).toEqual({ c1: '/claims/clash-c1/', c2: '/articles/clash/#note-c-2' });
    expect(clash.agents.map((a) => a.id)).toEqual(['donald-trump']);
    const call = model.articlePages.find((p) => p.article.slug === 'call')!;
    expect(call.agents.map((a) => a.id)).toEqual(['donald-trump', 'ukraine', 'vladimir-putin']);
  });

  it('leaves rejected annotations out', () => {
    const clash = model.articlePages.find((p) => p.article.slug === 'clash')!;
    expect(clash.article.quotes.map((q) => q.id)).toEqual(['q1', 'q3']);
    expect(model.quotesIndex.speakers.flatMap((s) => s.quotes).some((q) => q.text === 'officials said')).toBe(false);
  });
});

describe('timeline', () => {
  const call = entries.filter((e) => e.eventId === 'trump-putin-call-2025-05-19');

  it('is one page while small, holding every entry', () => {
    expect(model.timeline.map((p) => p.page.path)).toEqual(['/timeline/']);
    expect(model.timeline[0]!.agents.map((a) => a.id)).toEqual(['donald-trump', 'nato', 'ukraine', 'vladimir-putin']);
  });

  it('shows an event reported by several articles once, with every source sentence', () => {
    expect(call).toHaveLength(1);
    expect(call[0]!.sources.map((s) => s.href)).toEqual(['/articles/call/#d-1', '/articles/clash/#d-1']);
    expect(call[0]!.sources[1]!.excerpt).toEqual({ before: 'The former president spoke with Putin ', text: 'last week', after: ', the paper said.' });
    expect(call[0]!.sourceCount).toBe(2);
    expect(call[0]!.moreSources).toEqual([]);
    expect(call[0]!.label).toBe('19 May 2025');
    expect(call[0]!.actors.map((a) => a.name)).toEqual(['Donald Trump', 'Vladimir Putin']);
    expect(call[0]!.description).toBe('A two-hour call.');
    expect(call[0]!.anchor).toBe('event-trump-putin-call-2025-05-19');
  });

  it('keeps events no article reports, without sources', () => {
    const nato = entries.find((e) => e.eventId === 'nato-founded-1949-04-04')!;
    expect([nato.sources, nato.sourceCount]).toEqual([[], 0]);
    expect(nato.description).toBeUndefined();
  });

  it('gives dates without an event and dated quotes their own entries, honest about precision', () => {
    const keys = entries.map((e) => e.key);
    expect(keys).toContain('date:call:d2');
    expect(keys).toContain('date:clash:d2');
    expect(keys).toContain('quote:call:q1');
    expect(keys).not.toContain('quote:call:q2'); // not dated
    expect(keys).not.toContain('date:clash:d1'); // folded into its event
    const june = entries.find((e) => e.key === 'date:call:d2')!;
    expect([june.label, june.precision, june.archiveKey, june.sources[0]!.href]).toEqual(['June 2025', 'month', '2025-06', '/articles/call/#d-2']);
    const year = entries.find((e) => e.key === 'date:clash:d2')!;
    expect([year.label, year.archiveKey]).toEqual(['1949', '1949']);
    expect(year.actors.map((a) => a.id)).toEqual(['nato']);
  });

  it('orders entries by the first day they cover', () => {
    const sortKeys = entries.map((e) => e.sortKey);
    expect(sortKeys).toEqual([...sortKeys].sort());
    expect(entries[0]!.key).toBe('date:clash:d2'); // 1949 (1 January) before 4 April 1949
  });
});

describe('actor pages', () => {
  const trump = actorPage('donald-trump');

  it('lists quotes newest first and links them into their article', () => {
    expect(trump.quotes.map((q) => q.href)).toEqual(['/articles/clash/#q-1', '/articles/call/#q-1']);
    expect(trump.quotes[0]!.dateLabel).toBe('28 May 2025');
    expect(actorPage('vladimir-putin').quotes[0]!.dateLabel).toBe('reported 20 May 2025');
  });

  it('finds claims about an actor through the editor’s statement when the claim’s words name nobody', () => {
    expect(trump.claimsMade).toEqual([]);
    expect(trump.claimsAbout.map((c) => c.key)).toEqual(['clash-c1']);
    expect(trump.scorecard.every((r) => r.count === 0)).toBe(true);
  });

  it('does not count an actor’s own claim as about them, though it names them', () => {
    expect(actorPage('ukraine').claimsMade.map((c) => c.key)).toEqual(['call-c1']);
    expect(actorPage('ukraine').claimsAbout).toEqual([]);
  });

  it('scores the claims an actor made', () => {
    const ukraine = actorPage('ukraine');
    expect(ukraine.claimsMade.map((c) => c.key)).toEqual(['call-c1']);
    expect(ukraine.scorecard.map((r) => r.count)).toEqual([1, 0, 0, 0, 0, 0]);
  });

  it('lists roles latest first with dates in words, and events with their place on the timeline', () => {
    expect(trump.roles.map((r) => [r.period, r.current, r.note])).toEqual([
      ['since 20 January 2025', true, '47th president'],
      ['20 January 2017 – 20 January 2021', false, '45th president'],
    ]);
    expect(trump.events).toEqual([{ id: 'trump-putin-call-2025-05-19', title: 'Trump and Putin hold a phone call', value: '2025-05-19', label: '19 May 2025', href: '/timeline/#event-trump-putin-call-2025-05-19' }]);
    expect(trump.counts).toEqual({ quotes: 2, claimsMade: 0, claimsAbout: 1, events: 1 });
    expect(trump.archive).toEqual([]);
  });

  it('lists every actor in the index by name, with the current role', () => {
    expect(model.actorsIndex.map((a) => [a.actor.id, a.currentRole ?? null])).toEqual([
      ['china', null],
      ['donald-trump', 'President of the United States'],
      ['nato', null],
      ['ukraine', null],
      ['vladimir-putin', 'President of Russia'],
    ]);
    expect(model.actorArchives).toEqual([]);
  });
});

describe('quotes', () => {
  it('groups quotes by speaker, most quoted first, unattributed last', () => {
    expect(model.quotesIndex.total).toBe(4);
    expect(model.quotesIndex.speakers.map((g) => [g.id, g.count, g.href])).toEqual([
      ['donald-trump', 2, '/actors/donald-trump/'],
      ['vladimir-putin', 1, '/actors/vladimir-putin/'],
      [null, 1, '/quotes/unattributed/'],
    ]);
    expect(model.quotesIndex.speakers[2]!.name).toBe('Speaker not identified');
  });

  it('lists quotes without a speaker in their own archive, marked unreviewed when suggested', () => {
    expect(model.unattributedArchive.map((p) => p.path)).toEqual(['/quotes/unattributed/']);
    const [q] = model.unattributedArchive[0]!.items;
    expect(q).toMatchObject({ key: 'clash:q3', text: 'resume soon', speaker: null, href: '/articles/clash/#q-3', dateLabel: 'reported 29 May 2025', reviewed: false });
    expect(q).not.toHaveProperty('speakerHref');
  });

  it('names the most quoted registry actors on the home page', () => {
    expect(model.home.topSpeakers.map((s) => [s.id, s.count, s.quotes])).toEqual([
      ['donald-trump', 2, []],
      ['vladimir-putin', 1, []],
    ]);
    expect(model.home.stats).toEqual({ articles: 2, quotes: 4, claims: 3, events: 2 });
  });
});

describe('claims', () => {
  it('groups claims by verdict, false first, with an archive per decided verdict', () => {
    expect(model.claimsIndex.groups.map((g) => [g.verdict, g.count, g.claims.map((c) => c.key), g.archivePath])).toEqual([
      ['false', 1, ['clash-c1'], '/claims/verdict/false/'],
      ['accurate', 1, ['call-c1'], '/claims/verdict/accurate/'],
      ['unverified', 1, ['clash-c2'], undefined],
    ]);
    expect(model.verdictArchives.map((v) => [v.verdict, v.page.path])).toEqual([
      ['false', '/claims/verdict/false/'],
      ['accurate', '/claims/verdict/accurate/'],
    ]);
    expect(model.claimsIndex.scorecard.reduce((n, r) => n + r.count, 0)).toBe(3);
  });

  it('rates only claims an editor reviewed with a verdict, and shows each in full in one place', () => {
    expect([claimByKey('clash-c1').rated, claimByKey('call-c1').rated, claimByKey('clash-c2').rated]).toEqual([true, true, false]);
    expect(claimByKey('clash-c1').href).toBe('/claims/clash-c1/');
    expect(claimByKey('clash-c2').href).toBe('/articles/clash/#note-c-2');
    expect(claimByKey('clash-c2').textHref).toBe('/articles/clash/#c-2');
    expect(claimByKey('call-c1').claimantHref).toBe('/actors/ukraine/');
    expect(claimByKey('clash-c1').claimantHref).toBeUndefined();
    expect(model.claimPages.map((p) => p.claim.key)).toEqual(['clash-c1', 'call-c1']);
    expect(model.home.latestVerdicts.map((c) => c.key)).toEqual(['clash-c1', 'call-c1']);
    expect(model.feed.claims.map((c) => c.key)).toEqual(['clash-c1', 'call-c1']);
  });

  it('shows a decided claim in its paragraph, with the explanation and sources', () => {
    const page = model.claimPages.find((p) => p.claim.key === 'clash-c1')!;
    expect(page.claim.paragraph).toEqual({ before: '', text: 'The former president', after: ' spoke with Putin last week, the paper said.' });
    expect(page.claim.explanation).toBe('Donald Trump has been president since 20 January 2025.');
    expect(page.claim.sources).toEqual(['https://example.org/b']);
    expect(page.agents).toEqual([]); // the publisher is not in the registry
    expect(model.claimPages.find((p) => p.claim.key === 'call-c1')!.agents.map((a) => a.id)).toEqual(['ukraine']);
  });

  it('gives claims not yet checked no archive, however many, and lists them on the claim index', () => {
    const n = CLAIMS_PER_VERDICT + 2;
    const m = buildSiteModel(
      articlesByDay('u', '2025-01-01', n, (i) => ({
        claims: [
          { id: 'c1', text: 'The talks went on', status: i % 2 ? 'suggested' : 'reviewed' },
          ...(i === 0 ? [{ id: 'c2', text: 'Trump said it was', verdict: 'false', explanation: 'He did not.' }] : []),
        ],
      })),
      ACTORS,
      EVENTS,
    );
    const unverified = m.claimsIndex.groups.find((g) => g.verdict === 'unverified')!;
    expect([unverified.count, unverified.claims.length]).toEqual([n, CLAIMS_PER_VERDICT]);
    expect(unverified).not.toHaveProperty('archivePath');
    expect(m.verdictArchives.map((v) => [v.verdict, v.page.path])).toEqual([['false', '/claims/verdict/false/']]);
    expect(m.claimsIndex.groups.find((g) => g.verdict === 'false')!.archivePath).toBe('/claims/verdict/false/');
  });

  it.each([
    ['reviewed', 'false', true],
    ['reviewed', 'unverified', false],
    ['suggested', 'false', false],
    ['suggested', 'unverified', false],
  ] as const)('a %s claim with verdict %s is rated: %s', (status, verdict, rated) => {
    expect(isRated({ status, verdict })).toBe(rated);
    expect(claimHref('a', { id: 'c7', status, verdict })).toBe(rated ? '/claims/a-c7/' : '/articles/a/#note-c-7');
  });
});

describe('helpers', () => {
  it('splits passages around a phrase', () => {
    expect(excerptOf('a b c', 'b')).toEqual({ before: 'a ', text: 'b', after: ' c' });
    expect(excerptOf('a b a', 'a', 4)).toEqual({ before: 'a b ', text: 'a', after: '' });
    expect(excerptOf('a b c', 'z')).toEqual({ before: 'a b c', text: '', after: '' });
  });

  it('finds the paragraph around a range', () => {
    expect(paragraphAround('one\n\ntwo three\n\nfour', 9, 14)).toEqual({ before: 'two ', text: 'three', after: '' });
    expect(paragraphAround('one two', 0, 3)).toEqual({ before: '', text: 'one', after: ' two' });
    expect(paragraphAround('one\n\ntwo', 5, 8)).toEqual({ before: '', text: 'two', after: '' });
  });
});

describe('determinism', () => {
  /** The cache key of every page the model gives, by kind and position. */
  const keys = (m: SiteModel) =>
    Object.fromEntries(
      Object.entries(m).flatMap(([kind, value]) => (Array.isArray(value) ? value.map((page, i) => [`${kind}/${i}`, pageKey(page)]) : [[kind, pageKey(value)]])),
    );

  it('builds the same site from the same content in any order', () => {
    const again = buildSiteModel([...fixtureArticles()].reverse(), [...ACTORS].reverse(), [...EVENTS].reverse());
    expect(again).toEqual(model);
    expect(JSON.stringify(again)).toBe(JSON.stringify(model));
    expect(keys(again)).toEqual(keys(model));
  });

  it('gives every page plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });
});

describe('adding an article', () => {
  // More articles than one page lists: the archive is split by year (2024, 2025) and 2025 by month.
  const base = [...articlesByDay('a', '2024-10-01', 40), ...articlesByDay('b', '2025-01-01', LIST_ARCHIVE_ROWS + 1)];
  const before = buildSiteModel(base, ACTORS, EVENTS);
  const pageKeys = (m: SiteModel) => new Map([...m.articleArchive, ...m.timeline.map((t) => t.page)].map((p) => [p.path, pageKey(p)]));
  const articleKeys = (m: SiteModel) => new Map(m.articlePages.map((p) => [p.article.slug, pageKey(p)]));

  it('splits a large archive by year and month', () => {
    expect(before.articleArchive.map((p) => p.path).slice(0, 4)).toEqual(['/articles/', '/articles/2024/', '/articles/2025/', '/articles/2025/01/']);
    expect(before.articleArchive.find((p) => p.path === '/articles/2024/')!.children).toEqual([]);
  });

  it('changes only the archives its date falls in, and no other article page', () => {
    const added = articleView('new', '2025-02-14', ['A new story.']);
    const after = buildSiteModel([...base, added], ACTORS, EVENTS);
    const [k0, k1] = [pageKeys(before), pageKeys(after)];
    expect([...k1.keys()]).toEqual([...k0.keys()]);
    expect([...k1.keys()].filter((p) => k1.get(p) !== k0.get(p))).toEqual(['/articles/', '/articles/2025/', '/articles/2025/02/']);
    const [a0, a1] = [articleKeys(before), articleKeys(after)];
    expect([...a1.keys()].filter((s) => a1.get(s) !== a0.get(s))).toEqual(['new']);
  });

  it('changes only the timeline pages of a new dated entry', () => {
    // Enough dated quotes to split the timeline; then one more in March 2025.
    const dated = (prefix: string, from: string, n: number) =>
      articlesByDay(prefix, from, n, (i) => ({ quotes: [{ id: 'q1', text: 'fine', speaker: 'donald-trump', said: new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10) }] }));
    const list = [...dated('a', '2024-10-01', 40), ...dated('b', '2025-01-01', 80)];
    const t0 = buildSiteModel(list, ACTORS, EVENTS);
    const t1 = buildSiteModel([...list, ...dated('c', '2025-03-10', 1)], ACTORS, EVENTS);
    const [k0, k1] = [pageKeys(t0), pageKeys(t1)];
    const timelinePaths = [...k1.keys()].filter((p) => p.startsWith('/timeline/'));
    expect(timelinePaths.length).toBeGreaterThan(3);
    expect(timelinePaths.filter((p) => k1.get(p) !== k0.get(p))).toEqual(['/timeline/', '/timeline/2025/', '/timeline/2025/03/']);
  });
});
