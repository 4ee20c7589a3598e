import { describe, expect, it } from 'vitest';
import type { FactEvent } from '../../../src/lib/schema/index.ts';
import { ACTOR_ARCHIVE_ROWS, ACTOR_PAGE_LIMIT, roleLines, scorecardOf, type RecordItem } from '../../../src/lib/site/actor-pages.ts';
import type { ArticleView } from '../../../src/lib/site/article-view.ts';
import { buildSiteModel, type SiteModel } from '../../../src/lib/site/site-model.ts';
import { ACTORS, articlesByDay, articleView, type Annotations } from './site-fixture.ts';

const build = (articles: ArticleView[], events: FactEvent[] = []) => buildSiteModel(articles, ACTORS, events);
const pageOf = (m: SiteModel, id: string) => m.actorPages.find((p) => p.actor.id === id)!;
const archivesOf = (m: SiteModel, id: string) => m.actorArchives.filter((a) => a.actor.id === id).map((a) => a.page);
/** Items of an actor's archive, as `<kind>:<row key>` in page order. */
const itemKey = (i: RecordItem) => `${i.kind}:${i.kind === 'quote' ? i.quote.key : i.kind === 'event' ? i.event.id : i.claim.key}`;

/** Each article of `articlesByDay` has the quote "fine" by Trump and the sentence "The talks went on." */
const quoted: Annotations = { quotes: [{ id: 'q1', text: 'fine', speaker: 'donald-trump' }] };
const claimed = (claimant: string, extra: Record<string, unknown> = {}): Annotations => ({ claims: [{ id: 'c1', text: 'The talks went on.', claimant, verdict: 'false', ...extra }] });
const event = (id: string, date: string, precision: FactEvent['precision'], actors = ['nato']): FactEvent => ({ id, title: `Event ${id}`, date, precision, actors, sources: [{ article: 'a' }] });

describe('limits', () => {
  it('shows everything, with no archive, while every list fits', () => {
    const m = build(articlesByDay('a', '2025-01-01', ACTOR_PAGE_LIMIT, () => quoted));
    const trump = pageOf(m, 'donald-trump');
    expect(trump.quotes).toHaveLength(ACTOR_PAGE_LIMIT);
    expect(trump.counts.quotes).toBe(ACTOR_PAGE_LIMIT);
    expect(trump.archive).toEqual([]);
    expect(m.actorArchives).toEqual([]);
  });

  it('shows the newest of a longer list and keeps everything in an archive by year', () => {
    const m = build(articlesByDay('a', '2024-12-27', ACTOR_PAGE_LIMIT + 1, () => quoted));
    const trump = pageOf(m, 'donald-trump');
    expect(trump.counts.quotes).toBe(ACTOR_PAGE_LIMIT + 1);
    expect(trump.quotes.map((q) => q.article.slug)).toEqual(Array.from({ length: ACTOR_PAGE_LIMIT }, (_, i) => `a-${String(ACTOR_PAGE_LIMIT + 1 - i).padStart(4, '0')}`));
    expect(trump.archive).toEqual([
      { key: '2024', path: '/actors/donald-trump/2024/', label: '2024', count: 5 },
      { key: '2025', path: '/actors/donald-trump/2025/', label: '2025', count: 6 },
    ]);
    const pages = archivesOf(m, 'donald-trump');
    expect(pages.map((p) => p.path)).toEqual(['/actors/donald-trump/2024/', '/actors/donald-trump/2025/']);
    expect(pages.flatMap((p) => p.items)).toHaveLength(ACTOR_PAGE_LIMIT + 1);
    expect(pages[1]!.items.map(itemKey)[0]).toBe('quote:a-0011:q1');
    expect(pages[0]!.parents).toEqual([{ key: '', path: '/actors/donald-trump/', label: '' }]);
    expect(m.actorArchives.every((a) => a.actor.id === 'donald-trump' && a.actor.name === 'Donald Trump')).toBe(true);
  });

  it('opens an archive when the claims made or the claims about an actor overflow', () => {
    const made = build(articlesByDay('a', '2025-01-01', ACTOR_PAGE_LIMIT + 1, () => claimed('ukraine')));
    expect(pageOf(made, 'ukraine').claimsMade).toHaveLength(ACTOR_PAGE_LIMIT);
    expect(pageOf(made, 'ukraine').archive.map((l) => l.key)).toEqual(['2025']);
    const about = build(articlesByDay('a', '2025-01-01', ACTOR_PAGE_LIMIT + 1, () => claimed('publisher', { statement: 'Says NATO talked.' })));
    expect(pageOf(about, 'nato').claimsAbout).toHaveLength(ACTOR_PAGE_LIMIT);
    expect(pageOf(about, 'nato').counts.claimsAbout).toBe(ACTOR_PAGE_LIMIT + 1);
    expect(archivesOf(about, 'nato')[0]!.items.every((i) => i.kind === 'claim-about')).toBe(true);
  });

  it('shows twice as many events before it opens an archive, newest first', () => {
    const events = (n: number) => Array.from({ length: n }, (_, i) => event(`e${String(i).padStart(2, '0')}`, `2025-02-${String(i + 1).padStart(2, '0')}`, 'day'));
    const fits = pageOf(build([], events(2 * ACTOR_PAGE_LIMIT)), 'nato');
    expect([fits.events.length, fits.archive.length]).toEqual([2 * ACTOR_PAGE_LIMIT, 0]);
    const over = pageOf(build([], events(2 * ACTOR_PAGE_LIMIT + 1)), 'nato');
    expect(over.events).toHaveLength(2 * ACTOR_PAGE_LIMIT);
    expect(over.events[0]!.id).toBe('e20');
    expect(over.counts.events).toBe(2 * ACTOR_PAGE_LIMIT + 1);
    expect(over.archive.map((l) => [l.key, l.count])).toEqual([['2025', 2 * ACTOR_PAGE_LIMIT + 1]]);
  });

  it('orders events newest first by the first day they cover, whatever their precision', () => {
    const events = [event('week-1', '2025-W01', 'week'), event('june', '2025-06', 'month'), event('december', '2025-12-20', 'day'), event('year', '2024', 'year')];
    expect(pageOf(build([], events), 'nato').events.map((e) => e.id)).toEqual(['december', 'june', 'week-1', 'year']);
  });

  it('splits a year of the archive into months when it outgrows a page, and a month into days', () => {
    const days = Array.from({ length: ACTOR_ARCHIVE_ROWS + 1 }, (_, i) => event(`d${String(i).padStart(3, '0')}`, `2025-05-${String((i % 31) + 1).padStart(2, '0')}`, 'day'));
    const m = build([], [...days, event('may', '2025-05', 'month'), event('w21', '2025-W21', 'week'), event('year', '2025', 'year'), event('old', '2024-03-01', 'day')]);
    const at = new Map(archivesOf(m, 'nato').map((p) => [p.path, p]));
    expect([...at.keys()].slice(0, 4)).toEqual(['/actors/nato/2024/', '/actors/nato/2025/', '/actors/nato/2025/05/', '/actors/nato/2025/05/01/']);
    expect(at.get('/actors/nato/2025/')!.items.map(itemKey)).toEqual(['event:year']);
    // Dated to the month (or a week) only: on the month page, not on the page of its first day.
    expect(at.get('/actors/nato/2025/05/')!.items.map(itemKey)).toEqual(['event:w21', 'event:may']);
    const firstOfMay = days.map((e) => e.id).filter((_, i) => i % 31 === 0);
    expect(firstOfMay.slice(0, 2)).toEqual(['d000', 'd031']);
    expect(at.get('/actors/nato/2025/05/01/')!.items.map(itemKey)).toEqual(firstOfMay.map((id) => `event:${id}`));
    expect(at.get('/actors/nato/2025/05/19/')!.parents.map((p) => p.path)).toEqual(['/actors/nato/', '/actors/nato/2025/', '/actors/nato/2025/05/']);
  });
});

describe('claims made and claims about', () => {
  const article = articleView('c', '2025-03-01', ['Trump said Trump would win. NATO is not pro-Putin. Ukraine says Putin lies. The paper is wrong.'], {
    claims: [
      { id: 'c1', text: 'Trump said Trump would win.', claimant: 'donald-trump', verdict: 'misleading', status: 'reviewed' },
      { id: 'c2', text: 'NATO is not pro-Putin.', claimant: 'nato', verdict: 'accurate' },
      { id: 'c3', text: 'Ukraine says Putin lies.', claimant: 'ukraine', verdict: 'unsupported' },
      { id: 'c4', text: 'The paper is wrong.', statement: 'Says Vladimir Putin is wrong.', verdict: 'false', explanation: 'Ukraine said otherwise.' },
    ],
  });
  const m = build([article]);

  it('counts a claim as made by its claimant and not also as about them', () => {
    const trump = pageOf(m, 'donald-trump');
    expect(trump.claimsMade.map((c) => c.key)).toEqual(['c-c1']);
    expect(trump.claimsAbout).toEqual([]);
  });

  it('finds claims about an actor by name or alias in the claim or its statement, as whole words', () => {
    expect(pageOf(m, 'vladimir-putin').claimsAbout.map((c) => c.key)).toEqual(['c-c3', 'c-c4']);
    expect(pageOf(m, 'ukraine').claimsAbout).toEqual([]);
    expect(pageOf(m, 'ukraine').claimsMade.map((c) => c.key)).toEqual(['c-c3']);
  });

  it('scores only what an actor claimed, in the scale’s order; claims about them carry no score', () => {
    const putin = pageOf(m, 'vladimir-putin');
    expect(putin.scorecard.every((r) => r.count === 0)).toBe(true);
    expect(putin).not.toHaveProperty('aboutScorecard');
    expect(pageOf(m, 'ukraine').scorecard.map((r) => [r.verdict, r.count])).toEqual([
      ['accurate', 0],
      ['mostly-accurate', 0],
      ['misleading', 0],
      ['false', 0],
      ['unsupported', 1],
      ['unverified', 0],
    ]);
    expect(pageOf(m, 'donald-trump').scorecard.find((r) => r.verdict === 'misleading')!.count).toBe(1);
  });

  it('does not count an actor named only in a verdict’s explanation as what the claim is about', () => {
    expect(pageOf(m, 'ukraine').claimsAbout).toEqual([]);
  });

  it('files both kinds in the record, and names the agents the page shows', () => {
    expect(pageOf(m, 'vladimir-putin').agents.map((a) => a.id)).toEqual(['ukraine', 'vladimir-putin']);
    expect(pageOf(m, 'china').agents.map((a) => a.id)).toEqual(['china']);
    expect(pageOf(m, 'china').counts).toEqual({ quotes: 0, claimsMade: 0, claimsAbout: 0, events: 0 });
  });
});

describe('helpers', () => {
  it('counts verdicts of any list', () => {
    expect(scorecardOf([{ verdict: 'false' }, { verdict: 'false' }, { verdict: 'accurate' }]).map((r) => r.count)).toEqual([1, 0, 0, 2, 0, 0]);
  });

  it('writes role periods for open and closed ranges, latest first', () => {
    const lines = roleLines({ ...ACTORS[0]!, roles: [{ title: 'X', aliases: [], to: '2020-01-01' }, { title: 'Y', aliases: [] }, { title: 'Z', aliases: [], from: '2021-02-03', note: 'acting' }] });
    expect(lines).toEqual([
      { title: 'Z', period: 'since 3 February 2021', note: 'acting', current: true },
      { title: 'X', period: 'until 1 January 2020', current: false },
      { title: 'Y', period: 'dates not recorded', current: true },
    ]);
  });
});
