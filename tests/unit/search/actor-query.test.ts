import { describe, expect, it } from 'vitest';
import { actorInQuery } from '../../../src/browser/search/actor-query.ts';

const actors = [
  { name: 'Volodymyr Zelensky', spellings: ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Zelensky', 'Zelenskyy', 'Zelenskiy'] },
  { name: 'Vladimir Putin', spellings: ['Vladimir Putin', 'Putin'] },
  { name: 'NATO', spellings: ['NATO', 'North Atlantic Treaty Organization'] },
];

describe('a query that names an actor', () => {
  it.each([
    ['Zelensky', 'Zelensky'],
    ['Zelenskyy', 'Zelensky'],
    ['zelenskiy', 'Zelensky'],
    ['Volodymyr Zelenskyy', 'Volodymyr Zelensky'],
    ['Zelenskiy ceasefire', 'Zelensky ceasefire'],
  ])('%s is searched as %s', (query, rewritten) => {
    expect(actorInQuery(query, actors)).toEqual({ name: 'Volodymyr Zelensky', query: rewritten });
  });

  it('finds a name by its longest spelling, and whole words only', () => {
    expect(actorInQuery('putin', actors)).toEqual({ name: 'Vladimir Putin', query: 'Putin' });
    expect(actorInQuery('north atlantic treaty organization', actors)).toEqual({ name: 'NATO', query: 'NATO' });
    expect(actorInQuery('Putinism', actors)).toBeUndefined();
    expect(actorInQuery('ceasefire', actors)).toBeUndefined();
  });
});
