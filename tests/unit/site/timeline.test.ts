import { describe, expect, it } from 'vitest';
import type { FactEvent } from '../../../src/lib/schema/index.ts';
import { mentionPattern } from '../../../src/lib/site/actor-mentions.ts';
import {
  actorsMentioned,
  archiveLabel,
  buildTimeline,
  buildTimelineArchive,
  MORE_SOURCES_LISTED,
  SOURCES_IN_FULL,
  TIMELINE_PAGE_WEIGHT,
  timelineWeight,
  type TimelineEntry,
} from '../../../src/lib/site/timeline.ts';
import { ACTORS, articlesByDay, articleView, EVENTS } from './site-fixture.ts';

const CALL = 'trump-putin-call-2025-05-19';
/** `n` articles, one a day from 1 June 2025, each reporting the call in its second paragraph. */
const reporting = (n: number) => articlesByDay('r', '2025-06-01', n, () => ({ dates: [{ id: 'd1', text: 'The talks went on', value: '2025-05-19', precision: 'day', event: CALL }] }));
const callEntry = (entries: TimelineEntry[]) => entries.find((e) => e.eventId === CALL)!;

describe('sources of an entry', () => {
  const n = SOURCES_IN_FULL + MORE_SOURCES_LISTED + 5;
  const entry = callEntry(buildTimeline(reporting(n), ACTORS, EVENTS));

  it('shows the first few source sentences in full, earliest article first', () => {
    expect(entry.sources).toHaveLength(SOURCES_IN_FULL);
    expect(entry.sources.map((s) => s.href)).toEqual(['r-0001', 'r-0002', 'r-0003', 'r-0004', 'r-0005'].map((slug) => `/articles/${slug}/#d-1`));
    // The excerpt is the sentence the date sits in.
    expect(entry.sources[0]!.excerpt).toEqual({ before: '', text: 'The talks went on', after: '.' });
    expect(entry.sources[0]!.article).toEqual({ slug: 'r-0001', href: '/articles/r-0001/', title: 'Title of r-0001', published: '2025-06-01', publishedLabel: '1 June 2025', publisher: 'Example News' });
  });

  it('lists the next ones as links to their articles and only counts the rest', () => {
    expect(entry.moreSources).toHaveLength(MORE_SOURCES_LISTED);
    expect(entry.moreSources[0]!.slug).toBe(`r-${String(SOURCES_IN_FULL + 1).padStart(4, '0')}`);
    expect(entry.moreSources.at(-1)!.slug).toBe(`r-${String(SOURCES_IN_FULL + MORE_SOURCES_LISTED).padStart(4, '0')}`);
    expect(entry.moreSources[0]).toEqual(expect.objectContaining({ href: `/articles/${entry.moreSources[0]!.slug}/` }));
    expect(entry.sourceCount).toBe(n);
  });

  it('lists no more sources while all of them fit, and one link past that', () => {
    const fits = callEntry(buildTimeline(reporting(SOURCES_IN_FULL), ACTORS, EVENTS));
    expect([fits.sources.length, fits.moreSources.length, fits.sourceCount]).toEqual([SOURCES_IN_FULL, 0, SOURCES_IN_FULL]);
    const over = callEntry(buildTimeline(reporting(SOURCES_IN_FULL + 1), ACTORS, EVENTS));
    expect([over.sources.length, over.moreSources.length, over.sourceCount]).toEqual([SOURCES_IN_FULL, 1, SOURCES_IN_FULL + 1]);
  });

  it('orders sources by their article, whatever order the articles come in', () => {
    const articles = reporting(8);
    const forward = callEntry(buildTimeline(articles, ACTORS, EVENTS));
    const backward = callEntry(buildTimeline([...articles].reverse(), ACTORS, EVENTS));
    expect(backward).toEqual(forward);
  });

  it('weighs an entry by what it shows', () => {
    expect(timelineWeight(entry)).toBe(1 + SOURCES_IN_FULL + MORE_SOURCES_LISTED / 4);
    const nato = buildTimeline([], ACTORS, EVENTS).find((e) => e.eventId === 'nato-founded-1949-04-04')!;
    expect([nato.sources, nato.moreSources, nato.sourceCount, timelineWeight(nato)]).toEqual([[], [], 0, 1]);
    expect(timelineWeight({ ...nato, moreSources: entry.moreSources.slice(0, 5) })).toBe(1 + 2);
  });
});

describe('archive keys', () => {
  const event = (id: string, date: string, precision: FactEvent['precision']): FactEvent => ({ id, title: id, date, precision, actors: [], sources: [] });
  const events = [
    event('y', '2024', 'year'),
    event('m', '2025-05', 'month'),
    event('w', '2025-W21', 'week'),
    event('w1', '2025-W01', 'week'),
    event('d', '2025-05-19', 'day'),
  ];
  const entries = buildTimeline([], ACTORS, events);
  const of = (id: string) => entries.find((e) => e.eventId === id)!;

  it('files an entry under the archive its precision allows: a year, a month (for a month or a week) or a day', () => {
    expect(['y', 'm', 'w', 'd'].map((id) => [of(id).archiveKey, of(id).sortKey, of(id).label])).toEqual([
      ['2024', '2024-01-01', '2024'],
      ['2025-05', '2025-05-01', 'May 2025'],
      ['2025-05', '2025-05-19', 'week of 19 May 2025'],
      ['2025-05-19', '2025-05-19', '19 May 2025'],
    ]);
  });

  it('files a week under the month of its Monday, across a new year', () => {
    expect([of('w1').archiveKey, of('w1').sortKey]).toEqual(['2024-12', '2024-12-30']);
  });

  it('files dates and dated quotes by their own precision', () => {
    const article = articleView('p', '2025-06-02', ['In 2024, in May 2025 and in the week of 19 May, Trump said "yes", "no" and "maybe".'], {
      dates: [
        { id: 'd1', text: 'In 2024', value: '2024', precision: 'year' },
        { id: 'd2', text: 'in May 2025', value: '2025-05', precision: 'month' },
      ],
      quotes: [
        { id: 'q1', text: 'yes', speaker: 'donald-trump', said: '2025' },
        { id: 'q2', text: 'no', speaker: 'donald-trump', said: '2025-W21' },
        { id: 'q3', text: 'maybe', speaker: 'donald-trump' },
      ],
    });
    const list = buildTimeline([article], ACTORS, []);
    expect(list.map((e) => [e.key, e.kind, e.archiveKey, e.precision])).toEqual([
      ['date:p:d1', 'date', '2024', 'year'],
      ['quote:p:q1', 'quote', '2025', 'year'],
      ['date:p:d2', 'date', '2025-05', 'month'],
      ['quote:p:q2', 'quote', '2025-05', 'week'],
    ]);
    const q = list.find((e) => e.key === 'quote:p:q1')!;
    expect([q.title, q.quote, q.actors]).toEqual(['Donald Trump said', { text: 'yes', speaker: { id: 'donald-trump', name: 'Donald Trump' } }, [{ id: 'donald-trump', name: 'Donald Trump' }]]);
  });
});

describe('timeline archive', () => {
  // 40 articles in May 2025, each with a date of its own day and one dated only to the month:
  // 80 entries of weight 2 outgrow a page, so the year, then May, are split.
  const may = articlesByDay('m', '2025-05-01', 31).concat(articlesByDay('n', '2025-05-01', 9));
  const articles = may.map((a) =>
    articleView(a.slug, a.published, a.body.split('\n\n'), {
      dates: [
        { id: 'd1', text: a.published, value: a.published, precision: 'day' },
        { id: 'd2', text: 'The talks went on', value: '2025-05', precision: 'month' },
      ],
    }),
  );
  const entries = buildTimeline(articles, ACTORS, EVENTS);
  const { pages, pageOf } = buildTimelineArchive(entries);
  const at = new Map(pages.map((p) => [p.path, p]));

  it('splits a month heavier than a page into days, and keeps what is dated only to the month on the month page', () => {
    const weight = entries.filter((e) => e.archiveKey.startsWith('2025-05')).reduce((n, e) => n + timelineWeight(e), 0);
    expect(weight).toBeGreaterThan(TIMELINE_PAGE_WEIGHT);
    const month = at.get('/timeline/2025/05/')!;
    expect(month.label).toBe('May 2025');
    expect(month.items.map((e) => e.precision)).toEqual(Array(40).fill('month'));
    expect(month.children).toHaveLength(31);
    expect(month.children[0]).toEqual({ key: '2025-05-01', path: '/timeline/2025/05/01/', label: '1 May 2025', count: 2 });
    expect(at.get('/timeline/2025/05/19/')!.items.map((e) => e.key)).toEqual(['date:m-0019:d1', 'event:trump-putin-call-2025-05-19']);
  });

  it('keeps the rest of the timeline where it fits', () => {
    expect(at.get('/timeline/')!.children.map((c) => c.key)).toEqual(['1949', '2025']);
    expect(at.get('/timeline/1949/')!.children).toEqual([]);
    expect(at.get('/timeline/1949/')!.items.map((e) => e.key)).toEqual(['event:nato-founded-1949-04-04']);
    expect(at.get('/timeline/2025/')!.children.map((c) => c.key)).toEqual(['2025-05']);
  });

  it('shows every entry on exactly one page, the one pageOf names', () => {
    expect(pages.flatMap((p) => p.items)).toHaveLength(entries.length);
    for (const e of entries) expect(at.get(pageOf.get(e)!)!.items).toContain(e);
  });

  it('labels archive keys in words', () => {
    expect(['', '1949', '2025-05', '2025-05-19'].map(archiveLabel)).toEqual(['', '1949', 'May 2025', '19 May 2025']);
  });
});

describe('an overfull year page', () => {
  // Each article mentions "2024" as a whole and has a quote said in 2024 (weight 2 each, with
  // their source): the quotes and the events fit a page, the mentions on top of them do not.
  const n = Math.floor(TIMELINE_PAGE_WEIGHT / 3);
  const articles = articlesByDay('y', '2024-06-01', n, () => ({
    dates: [{ id: 'd1', text: 'The talks went on', value: '2024', precision: 'year' }],
    quotes: [{ id: 'q1', text: 'fine', speaker: 'donald-trump', said: '2024' }],
  }));
  const events: FactEvent[] = ['a', 'b', 'c'].map((id) => ({ id: `year-${id}`, title: id, date: '2024', precision: 'year', actors: [], sources: [] }));
  const entries = buildTimeline(articles, ACTORS, events);
  const { pages, pageOf } = buildTimelineArchive(entries);
  const year = pages.find((p) => p.path === '/timeline/2024/')!;
  const weigh = (list: TimelineEntry[]) => list.reduce((w, e) => w + timelineWeight(e), 0);
  const ofKind = (kind: TimelineEntry['kind']) => entries.filter((e) => e.kind === kind);

  it('is a page of its own items only, heavier than a page, while its events and quotes fit', () => {
    expect(year.children).toEqual([]);
    expect(year.total).toBe(entries.length);
    expect(weigh(entries)).toBeGreaterThan(TIMELINE_PAGE_WEIGHT);
    expect(weigh([...ofKind('event'), ...ofKind('quote')])).toBeLessThanOrEqual(TIMELINE_PAGE_WEIGHT);
  });

  it('keeps every event and every dated quote, then as many date mentions as fit', () => {
    for (const e of [...ofKind('event'), ...ofKind('quote')]) expect(year.items).toContain(e);
    const mentions = year.items.filter((e) => e.kind === 'date');
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.length).toBeLessThan(n);
    expect(weigh(year.items)).toBeLessThanOrEqual(TIMELINE_PAGE_WEIGHT);
    // One more mention would not fit.
    expect(weigh(year.items) + timelineWeight(ofKind('date')[0]!)).toBeGreaterThan(TIMELINE_PAGE_WEIGHT);
  });

  it('keeps the earliest mentions, in the timeline order', () => {
    expect(year.items).toEqual(entries.filter((e) => year.items.includes(e)));
    const mentions = year.items.filter((e) => e.kind === 'date');
    expect(mentions).toEqual(ofKind('date').slice(0, mentions.length));
  });

  it('counts the mentions it leaves out and gives them no page', () => {
    expect(year.omitted).toBe(entries.length - year.items.length);
    expect(year.omitted).toBe(ofKind('date').length - year.items.filter((e) => e.kind === 'date').length);
    expect(pageOf.size).toBe(year.items.length);
    for (const e of entries) expect(pageOf.get(e)).toBe(year.items.includes(e) ? '/timeline/2024/' : undefined);
  });
});

describe('actors named in a sentence', () => {
  it('finds a name or an alias as a whole word', () => {
    expect(actorsMentioned('Putin met Trump in Riyadh.', ACTORS).map((a) => a.id)).toEqual(['donald-trump', 'vladimir-putin']);
    expect(actorsMentioned('NATO, Ukraine.', ACTORS).map((a) => a.id)).toEqual(['nato', 'ukraine']);
  });

  it('does not find a name inside another word or a hyphenated compound', () => {
    expect(actorsMentioned('Trumpism and the pro-Putin camp', ACTORS)).toEqual([]);
    expect(actorsMentioned('NATOs', ACTORS)).toEqual([]);
  });

  it('takes names literally', () => {
    const re = mentionPattern(['A.B. (Holdings)', 'C+']);
    expect(re.test('Shares of A.B. (Holdings) fell.')).toBe(true);
    expect(re.test('AxB (Holdings)')).toBe(false);
    expect(re.test('C+ rated')).toBe(true);
  });
});
