import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/lib/schema/index.ts';
import { actorMentions, mentionPattern } from '../../../src/lib/site/actor-mentions.ts';

const actor = (id: string, name: string, aliases: string[] = []): Actor => ({ id, name, aliases, kind: 'person', roles: [], description: name });

const ACTORS: Actor[] = [
  actor('joe-biden', 'Joe Biden', ['Biden']),
  actor('hunter-biden', 'Hunter Biden'),
  actor('joe-smith', 'Joe Smith', ['Joe']),
  actor('un', 'United Nations', ['UN', 'U.N.']),
  actor('nato', 'NATO'),
  actor('ab', 'A.B. (Holdings)', ['C+']),
  actor('namesake', 'Biden'),
];

/** What testing every actor's own pattern says: the behaviour the one-scan finder must keep. */
const oneByOne = (text: string) => ACTORS.filter((a) => mentionPattern([a.name, ...a.aliases]).test(text)).map((a) => a.id);

describe('actorMentions', () => {
  const find = actorMentions(ACTORS);
  const ids = (text: string) => find(text).map((a) => a.id);

  it('finds every actor a text names, in the order of the list', () => {
    expect(ids('NATO and the United Nations met Joe Biden.')).toEqual(['joe-biden', 'joe-smith', 'un', 'nato', 'namesake']);
  });

  it('finds a shorter spelling inside a longer one at the same place, and overlapping names', () => {
    // "Joe" (Joe Smith's alias) begins "Joe Biden"; "Biden" ends "Hunter Biden".
    expect(ids('Joe Biden spoke.')).toEqual(oneByOne('Joe Biden spoke.'));
    expect(ids('Hunter Biden spoke.')).toEqual(['joe-biden', 'hunter-biden', 'namesake']);
  });

  it('needs whole words', () => {
    expect(ids('Bidenomics, NATOs and the UN-led mission')).toEqual([]);
    expect(ids('Joey and UNESCO')).toEqual([]);
  });

  it('escapes spellings with pattern characters', () => {
    expect(ids('Shares of A.B. (Holdings) rose; C+ fell.')).toEqual(['ab']);
  });

  it('says what testing each actor one by one says', () => {
    const texts = [
      'Joe said Biden and Hunter Biden were in U.N. talks.',
      'Joe-Biden, -NATO, NATO-led, (NATO), "Joe", Joe’s, Joe Smith.',
      'Biden Biden UN UN. U.N.N',
      '',
      'A.B. (Holdings)x C++ C+',
    ];
    for (const text of texts) expect(ids(text)).toEqual(oneByOne(text));
  });

  it('finds nothing when there are no actors', () => {
    expect(actorMentions([])('Joe Biden')).toEqual([]);
  });
});
