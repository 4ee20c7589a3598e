import { describe, expect, it } from 'vitest';
import { annotationAnchor, eventAnchor, noteAnchor, PUBLISHER_ID, restParam, routes, UNATTRIBUTED } from '../../../src/lib/site/routes.ts';

describe('routes', () => {
  it.each([
    ['home', routes.home, '/'],
    ['search', routes.search, '/search/'],
    ['methodology', routes.methodology, '/methodology/'],
    ['corrections', routes.corrections, '/about/#corrections'],
    ['verdict scale', routes.verdictScale, '/methodology/#verdicts'],
    ['feed', routes.rss, '/rss.xml'],
    ['sitemap', routes.sitemap, '/sitemap-index.xml'],
    ['corpus export', routes.data.corpus, '/data/corpus.json.gz'],
    ['corpus schema', routes.data.schema, '/data/corpus.schema.json'],
    ['quotes export', routes.data.quotes, '/data/quotes.csv.gz'],
    ['claims export', routes.data.claims, '/data/claims.csv.gz'],
    ['articles', routes.articles, '/articles/'],
    ['article', routes.article('talks-stall'), '/articles/talks-stall/'],
    ['article with anchor', routes.article('talks-stall', 'note-c-2'), '/articles/talks-stall/#note-c-2'],
    ['annotation', routes.annotation('talks-stall', 'q12'), '/articles/talks-stall/#q-12'],
    ['article archive, all', routes.articleArchive(''), '/articles/'],
    ['article archive, year', routes.articleArchive('2025'), '/articles/2025/'],
    ['article archive, month', routes.articleArchive('2025-05'), '/articles/2025/05/'],
    ['article archive, day', routes.articleArchive('2025-05-19'), '/articles/2025/05/19/'],
    ['claims', routes.claims, '/claims/'],
    ['claim key', routes.claimKey('talks-stall', 'c2'), 'talks-stall-c2'],
    ['claim', routes.claim('talks-stall', 'c2'), '/claims/talks-stall-c2/'],
    ['verdict archive, all', routes.verdictArchive('false'), '/claims/verdict/false/'],
    ['verdict archive, year', routes.verdictArchive('mostly-accurate', '2025'), '/claims/verdict/mostly-accurate/2025/'],
    ['verdict archive, day', routes.verdictArchive('false', '2025-05-19'), '/claims/verdict/false/2025/05/19/'],
    ['quotes', routes.quotes, '/quotes/'],
    ['unattributed quotes, all', routes.unattributedArchive(), '/quotes/unattributed/'],
    ['unattributed quotes, month', routes.unattributedArchive('2025-05'), '/quotes/unattributed/2025/05/'],
    ['actors', routes.actors, '/actors/'],
    ['actor', routes.actor('donald-trump'), '/actors/donald-trump/'],
    ['actor with anchor', routes.actor('donald-trump', 'claims'), '/actors/donald-trump/#claims'],
    ['actor archive, all', routes.actorArchive('donald-trump', ''), '/actors/donald-trump/'],
    ['actor archive, year', routes.actorArchive('donald-trump', '2025'), '/actors/donald-trump/2025/'],
    ['actor archive, month', routes.actorArchive('donald-trump', '2025-05'), '/actors/donald-trump/2025/05/'],
    ['timeline', routes.timeline, '/timeline/'],
    ['timeline archive, all', routes.timelineArchive(''), '/timeline/'],
    ['timeline archive, year', routes.timelineArchive('1949'), '/timeline/1949/'],
    ['timeline archive, day', routes.timelineArchive('2025-05-19'), '/timeline/2025/05/19/'],
  ])('%s', (_, actual, expected) => expect(actual).toBe(expected));

  it('ends every page path in a slash, as the site is built with trailing slashes', () => {
    const paths = [
      routes.article('a'), routes.articleArchive('2025-05'), routes.claim('a', 'c1'), routes.verdictArchive('false', '2025'),
      routes.unattributedArchive('2025'), routes.actor('x'), routes.actorArchive('x', '2025-05'), routes.timelineArchive('2025-05-19'),
    ];
    for (const p of paths) expect(p).toMatch(/^\/([a-z0-9-]+\/)+$/);
  });

  it('keeps the unattributed archive and the publisher id in the names the pages use', () => {
    expect(UNATTRIBUTED).toBe('unattributed');
    expect(PUBLISHER_ID).toBe('publisher');
  });
});

describe('element ids', () => {
  it.each([['q1', 'q-1'], ['c12', 'c-12'], ['d3', 'd-3']])('annotation %s → %s', (id, anchor) => expect(annotationAnchor(id)).toBe(anchor));

  it.each([['q1', 'note-q-1'], ['c12', 'note-c-12'], ['d3', 'note-d-3']])('note of %s → %s', (id, anchor) => expect(noteAnchor(id)).toBe(anchor));

  it('names an event on the timeline', () => {
    expect(eventAnchor('trump-putin-call-2025-05-19')).toBe('event-trump-putin-call-2025-05-19');
  });
});

describe('restParam', () => {
  it('gives the rest of the path without its slashes, and nothing for the base itself', () => {
    expect(restParam(routes.timeline, routes.timelineArchive(''))).toBeUndefined();
    expect(restParam(routes.timeline, routes.timelineArchive('2025-05'))).toBe('2025/05');
    expect(restParam(routes.articles, routes.articleArchive('2025-05-19'))).toBe('2025/05/19');
    expect(restParam(routes.actor('nato'), routes.actorArchive('nato', '2025'))).toBe('2025');
    expect(restParam('/claims/verdict/', routes.verdictArchive('false', '2025'))).toBe('false/2025');
    expect(restParam(routes.unattributedArchive(), routes.unattributedArchive('2024'))).toBe('2024');
  });

  it('refuses a path outside its base, naming both', () => {
    expect(() => restParam(routes.timeline, routes.articleArchive('2025'))).toThrow('/articles/2025/ is not under /timeline/');
    expect(() => restParam(routes.actor('nato'), routes.actorArchive('nato-2', '2025'))).toThrow(/is not under \/actors\/nato\//);
  });

  it('round-trips: the base and the param give back the path', () => {
    for (const key of ['2025', '2025-05', '2025-05-19']) {
      const p = routes.timelineArchive(key);
      expect(`${routes.timeline}${restParam(routes.timeline, p)}/`).toBe(p);
    }
  });
});
