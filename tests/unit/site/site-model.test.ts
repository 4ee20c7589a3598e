import { describe, expect, it } from 'vitest';
import {
  buildSiteModel,
  buildTimelinePages,
  excerptOf,
  groupTimeline,
  paginateTimeline,
  paragraphAround,
  roleLines,
  timelinePath,
  type TimelineEntry,
} from '../../../src/lib/site/site-model.ts';
import { ACTORS, EVENTS, fixtureArticles } from './site-fixture.ts';

const model = buildSiteModel(fixtureArticles(), ACTORS, EVENTS);

/** Synthetic timeline entries: `n` per month key given. */
function entries(spec: Record<string, number>): TimelineEntry[] {
  return Object.entries(spec).flatMap(([month, n]) =>
    Array.from({ length: n }, (_, i) => {
      const day = String(i + 1).padStart(2, '0');
      return {
        key: `date:x:${month}-${day}`,
        anchor: `date-x-${month}-${day}`,
        kind: 'date' as const,
        sortKey: `${month}-${day}`,
        value: `${month}-${day}`,
        precision: 'day' as const,
        label: `${month}-${day}`,
        title: 't',
        actors: [],
        sources: [],
      };
    }),
  );
}

describe('articles', () => {
  it('lists articles newest first', () => {
    expect(model.articles.map((a) => a.slug)).toEqual(['clash', 'call']);
  });
});

describe('timeline', () => {
  const call = model.timeline.filter((e) => e.eventId === 'trump-putin-call-2025-05-19');

  it('shows an event reported by several articles once, with every source sentence', () => {
    expect(call).toHaveLength(1);
    expect(call[0]!.sources.map((s) => s.href)).toEqual(['/articles/call/#d-1', '/articles/clash/#d-1']);
    expect(call[0]!.sources[1]!.excerpt).toEqual({ before: 'The former president spoke with Putin ', text: 'last week', after: ', the paper said.' });
    expect(call[0]!.label).toBe('19 May 2025');
    expect(call[0]!.actors.map((a) => a.name)).toEqual(['Donald Trump', 'Vladimir Putin']);
    expect(call[0]!.description).toBe('A two-hour call.');
  });

  it('keeps events no article reports, without sources', () => {
    const nato = model.timeline.find((e) => e.eventId === 'nato-founded-1949-04-04')!;
    expect(nato.sources).toEqual([]);
  });

  it('gives dates without an event and dated quotes their own entries, honest about precision', () => {
    const keys = model.timeline.map((e) => e.key);
    expect(keys).toContain('date:call:d2');
    expect(keys).toContain('date:clash:d2');
    expect(keys).toContain('quote:call:q1');
    expect(keys).not.toContain('quote:call:q2'); // not dated
    expect(keys).not.toContain('date:clash:d1'); // folded into its event
    const june = model.timeline.find((e) => e.key === 'date:call:d2')!;
    expect([june.label, june.precision, june.sources[0]!.href]).toEqual(['June 2025', 'month', '/articles/call/#d-2']);
    const year = model.timeline.find((e) => e.key === 'date:clash:d2')!;
    expect(year.label).toBe('1949');
    expect(year.actors.map((a) => a.id)).toEqual(['nato']);
  });

  it('orders entries by the first day they cover', () => {
    const sortKeys = model.timeline.map((e) => e.sortKey);
    expect(sortKeys).toEqual([...sortKeys].sort());
    expect(model.timeline[0]!.key).toBe('date:clash:d2'); // 1949 (1 January) before 4 April 1949
  });

  it('groups by year and month, either way round', () => {
    const asc = groupTimeline(model.timeline, 'asc');
    expect(asc.map((y) => y.year)).toEqual(['1949', '2025']);
    expect(asc[0]!.months.map((m) => m.label)).toEqual(['1949 (year only)', 'April 1949']);
    expect(asc[1]!.months.map((m) => m.label)).toEqual(['May 2025', 'June 2025']);
    const desc = groupTimeline(model.timeline, 'desc');
    expect(desc.map((y) => y.year)).toEqual(['2025', '1949']);
    expect(desc[0]!.months[0]!.label).toBe('June 2025');
    const flat = (ys: typeof asc) => ys.flatMap((y) => y.months.flatMap((m) => m.entries.map((e) => e.key)));
    expect(flat(desc)).toEqual(flat(asc).reverse());
  });

  it('links every entry to its place on the site timeline', () => {
    expect(model.timelineHref.get('event:trump-putin-call-2025-05-19')).toBe('/timeline/#event-trump-putin-call-2025-05-19');
    expect(model.timelineHref.size).toBe(model.timeline.length);
  });
});

describe('timeline pages', () => {
  it('never puts more than the page size on a page, and keeps months whole when they fit', () => {
    const list = entries({ '2025-01': 3, '2025-02': 4, '2025-03': 2, '2025-04': 9 });
    const pages = paginateTimeline(list, 'asc', 5);
    expect(pages.map((p) => p.length)).toEqual([3, 4, 2, 5, 4]);
    expect(pages.every((p) => p.length <= 5)).toBe(true);
    expect(pages.flat().map((e) => e.key)).toEqual(list.map((e) => e.key));
  });

  it('weighs each entry by its source sentences, so widely reported events make shorter pages', () => {
    const list = entries({ '2025-01': 6 });
    const source = { article: { slug: 'a', title: 'A', published: '2025-01-01', publishedLabel: '1 January 2025' }, href: '/articles/a/#d-1', text: 'x', context: 'x' };
    list[1]!.sources = Array.from({ length: 3 }, () => source) as typeof list[number]['sources'];
    list[4]!.sources = Array.from({ length: 9 }, () => source) as typeof list[number]['sources'];
    // Weights 1, 4, 1, 1, 10, 1 in pages of at most 5; the 10 gets a page of its own.
    expect(paginateTimeline(list, 'asc', 5).map((p) => p.length)).toEqual([2, 2, 1, 1]);
  });

  it('marks a month split across pages as continued, and links years and the other order', () => {
    const pages = buildTimelinePages(entries({ '2024-12': 2, '2025-01': 7 }), undefined, 5).filter((p) => p.order === 'asc');
    expect(pages.map((p) => p.path)).toEqual(['/timeline/', '/timeline/page/2/', '/timeline/page/3/']);
    expect(pages[1]!.years[0]!.months[0]!.continued).toBe(false);
    expect(pages[2]!.years[0]!.months[0]!.continued).toBe(true);
    expect(pages[0]!.yearLinks).toEqual([
      { year: '2024', href: '/timeline/#y-2024' },
      { year: '2025', href: '/timeline/page/2/#y-2025' },
    ]);
    expect(pages[0]!.otherOrderPath).toBe('/timeline/newest/');
    expect(pages[0]!.range).toBe('December 2024');
    expect(pages[2]!.range).toBe('January 2025');
  });

  it('builds both orders for the site and for each actor with entries', () => {
    const paths = model.timelinePages.map((p) => p.path);
    expect(paths).toContain('/timeline/');
    expect(paths).toContain('/timeline/newest/');
    expect(paths).toContain('/timeline/donald-trump/');
    expect(paths).toContain('/timeline/donald-trump/newest/');
    expect(paths).toContain('/timeline/ukraine/'); // named next to the June date
    expect(paths).not.toContain('/timeline/china/'); // no dated entry names China
    expect(new Set(paths).size).toBe(paths.length);
    expect(timelinePath('desc', 2, 'nato')).toBe('/timeline/nato/newest/page/2/');
  });
});

describe('actor pages', () => {
  const trump = model.actorPages.get('donald-trump')!;

  it('lists quotes newest first and links them into their article', () => {
    expect(trump.quotes.map((q) => q.href)).toEqual(['/articles/clash/#q-1', '/articles/call/#q-1']);
    expect(trump.quotes[0]!.dateLabel).toBe('28 May 2025');
    expect(model.actorPages.get('vladimir-putin')!.quotes[0]!.dateLabel).toBe('reported 20 May 2025');
  });

  it('finds claims about an actor through the explanation when the claim names nobody', () => {
    expect(trump.claimsMade).toEqual([]);
    expect(trump.claimsAbout.map((c) => c.key)).toEqual(['clash-c1']);
    expect(trump.aboutScorecard.find((r) => r.verdict === 'false')!.count).toBe(1);
  });

  it('scores the claims an actor made', () => {
    const ukraine = model.actorPages.get('ukraine')!;
    expect(ukraine.claimsMade.map((c) => c.key)).toEqual(['call-c1']);
    expect(ukraine.scorecard.map((r) => r.count)).toEqual([1, 0, 0, 0, 0, 0]);
  });

  it('lists roles latest first with dates in words, and events and timeline', () => {
    expect(trump.roles.map((r) => [r.period, r.current])).toEqual([
      ['since 20 January 2025', true],
      ['20 January 2017 – 20 January 2021', false],
    ]);
    expect(trump.events.map((e) => e.id)).toEqual(['trump-putin-call-2025-05-19']);
    expect(trump.timelinePath).toBe('/timeline/donald-trump/');
    expect(model.actorPages.get('china')!.timelinePath).toBeUndefined();
  });
});

describe('quote and claim indexes', () => {
  it('groups quotes by speaker, most quoted first', () => {
    expect(model.quotesBySpeaker.map((g) => [g.speaker?.id, g.quotes.length, g.href])).toEqual([
      ['donald-trump', 2, '/actors/donald-trump/'],
      ['vladimir-putin', 1, '/actors/vladimir-putin/'],
    ]);
  });

  it('leaves rejected annotations out', () => {
    expect(model.quotes.some((q) => q.text === 'officials said')).toBe(false);
  });

  it('groups claims by verdict, false first, and rates only reviewed verdicts', () => {
    expect(model.claimsByVerdict.map((g) => [g.verdict, g.claims.map((c) => c.key)])).toEqual([
      ['false', ['clash-c1']],
      ['accurate', ['call-c1']],
      ['unverified', ['clash-c2']],
    ]);
    const byKey = new Map(model.claims.map((c) => [c.key, c]));
    expect(byKey.get('clash-c1')!.rated).toBe(true);
    expect(byKey.get('clash-c2')!.rated).toBe(false);
    expect(byKey.get('clash-c1')!.page).toBe('/claims/clash-c1/');
    expect(byKey.get('call-c1')!.claimantHref).toBe('/actors/ukraine/');
    expect(byKey.get('clash-c1')!.claimantHref).toBeUndefined();
    expect(model.claimScorecard.reduce((n, r) => n + r.count, 0)).toBe(3);
  });

  it('shows a claim in its paragraph', () => {
    const c = model.claims.find((x) => x.key === 'clash-c2')!;
    expect(c.paragraph).toEqual({ before: '', text: 'Russia will win', after: ', officials said.' });
  });
});

describe('helpers', () => {
  it('splits passages around a phrase', () => {
    expect(excerptOf('a b c', 'b')).toEqual({ before: 'a ', text: 'b', after: ' c' });
    expect(excerptOf('a b c', 'z')).toEqual({ before: 'a b c', text: '', after: '' });
    expect(paragraphAround('one\n\ntwo three\n\nfour', 9, 14)).toEqual({ before: 'two ', text: 'three', after: '' });
  });

  it('writes role periods for open and closed ranges', () => {
    const lines = roleLines({ ...ACTORS[0]!, roles: [{ title: 'X', aliases: [], to: '2020-01-01' }, { title: 'Y', aliases: [] }] });
    expect(lines.map((l) => l.period).sort()).toEqual(['dates not recorded', 'until 1 January 2020']);
  });

  it('is deterministic', () => {
    const again = buildSiteModel([...fixtureArticles()].reverse(), [...ACTORS].reverse(), [...EVENTS].reverse());
    expect(JSON.stringify({ ...again, actorPages: [...again.actorPages], timelineHref: [...again.timelineHref] })).toBe(
      JSON.stringify({ ...model, actorPages: [...model.actorPages], timelineHref: [...model.timelineHref] }),
    );
  });
});
