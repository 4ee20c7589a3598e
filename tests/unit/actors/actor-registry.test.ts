import { describe, expect, it } from 'vitest';
import { createRegistry, nameKey, proposeActor, roleWords, slugify, variantKey } from '../../../src/lib/actors/index.ts';
import type { Actor } from '../../../src/lib/schema/index.ts';
import { FIXTURE_ACTORS } from './fixture-actors.ts';

const registry = createRegistry(FIXTURE_ACTORS);
const DAY = '2025-06-01';
const id = (a: Actor | undefined) => a?.id;

describe('name keys', () => {
  it('ignores case, accents, possessives and initials’ full stops', () => {
    expect(nameKey("Putin's")).toBe('putin');
    expect(nameKey('Zelenskyy’s')).toBe('zelenskyy');
    expect(nameKey('J.D. Vance')).toBe('jd vance');
    expect(nameKey('the Kremlin')).toBe('kremlin');
    expect(nameKey('Erdoğan')).toBe('erdogan');
  });

  it('folds transliteration endings', () => {
    expect(new Set(['Zelenskyy', 'Zelensky', 'Zelenskiy', 'Zelenski'].map(variantKey)).size).toBe(1);
    expect(variantKey('Sergey Lavrov')).toBe(variantKey('Sergei Lavrov'));
  });

  it('slugifies names into actor ids', () => {
    expect(slugify('Yuri Ushakov')).toBe('yuri-ushakov');
    expect(slugify('Ursula von der Leyen')).toBe('ursula-von-der-leyen');
    expect(slugify('Recep Tayyip Erdoğan')).toBe('recep-tayyip-erdogan');
  });
});

describe('resolveName', () => {
  it('finds actors by full name, alias, surname and spelling variant', () => {
    expect(id(registry.resolveName('Vladimir Putin', DAY))).toBe('vladimir-putin');
    expect(id(registry.resolveName('Putin', DAY))).toBe('vladimir-putin');
    for (const s of ['Zelenskyy', 'Zelensky', 'Zelenskiy', 'ZELENSKY', 'Volodymyr Zelenskyy', 'Zelenskyy’s', "Zelensky's"]) {
      expect(id(registry.resolveName(s, DAY)), s).toBe('volodymyr-zelensky');
    }
    expect(id(registry.resolveName('Sergey Lavrov', DAY))).toBe('sergei-lavrov');
    expect(id(registry.resolveName('J.D. Vance', DAY))).toBe('jd-vance');
    expect(id(registry.resolveName('Donald J. Trump', DAY))).toBe('donald-trump');
  });

  it('drops title words before a name', () => {
    expect(id(registry.resolveName('President Putin', DAY))).toBe('vladimir-putin');
    expect(id(registry.resolveName('Russian President Vladimir Putin', DAY))).toBe('vladimir-putin');
    expect(id(registry.resolveName('U.S. Defense Secretary Pete Hegseth', DAY))).toBe('pete-hegseth');
  });

  it('does not take a different person for someone who shares a surname', () => {
    expect(registry.resolveName('Melania Trump', DAY)).toBeUndefined();
    expect(registry.resolveName('Dmitry Peskov', DAY)).toBeUndefined();
  });

  it('finds institutions by name', () => {
    expect(id(registry.resolveName('the Kremlin', DAY))).toBe('kremlin');
  });
});

describe('resolveRole', () => {
  it('finds whoever held the role on the date', () => {
    expect(id(registry.resolveRole('the Russian president', DAY))).toBe('vladimir-putin');
    expect(id(registry.resolveRole("Russia's president", DAY))).toBe('vladimir-putin');
    expect(id(registry.resolveRole('the Russian president', '2010-01-01'))).toBe('dmitry-medvedev');
    expect(id(registry.resolveRole('the U.S. president', DAY))).toBe('donald-trump');
    expect(registry.resolveRole('the U.S. president', '2022-01-01')).toBeUndefined();
    expect(id(registry.resolveRole("Russia's foreign minister", DAY))).toBe('sergei-lavrov');
    expect(id(registry.resolveRole('the Ukrainian leader', DAY))).toBe('volodymyr-zelensky');
    expect(id(registry.resolveRole('the Russian leader', DAY))).toBe('vladimir-putin');
    expect(id(registry.resolveRole('the U.S. vice president', DAY))).toBe('jd-vance');
  });

  it('finds institutions and role aliases', () => {
    expect(id(registry.resolveRole('the Kremlin', DAY))).toBe('kremlin');
    expect(id(registry.resolveRole('the White House', DAY))).toBe('donald-trump');
  });

  it('breaks ties between role holders by the text’s most recent mention', () => {
    expect(registry.resolveRole('the president', DAY)).toBeUndefined();
    expect(id(registry.resolveRole('the president', DAY, ['volodymyr-zelensky', 'donald-trump']))).toBe('volodymyr-zelensky');
  });

  it('reads "former" as a role that ended before the date', () => {
    expect(id(registry.resolveRole('the former Russian president', DAY, ['dmitry-medvedev']))).toBe('dmitry-medvedev');
    // Both held a presidency that has ended; the text decides.
    expect(id(registry.resolveRole('the former president', DAY, ['donald-trump', 'dmitry-medvedev']))).toBe('donald-trump');
  });

  it('still finds the best match when an article calls a sitting office-holder "former"', () => {
    const onlyCurrent = createRegistry([
      { ...FIXTURE_ACTORS[0]!, roles: [{ title: 'President of the United States', from: '2025-01-20', aliases: ['U.S. president'] }] },
    ]);
    expect(id(onlyCurrent.resolveRole('the former U.S. president', DAY))).toBe('donald-trump');
  });
});

describe('role words and proposals', () => {
  it('compares role nouns as word sets with countries folded', () => {
    expect(roleWords('President of the Russian Federation').words).toEqual(roleWords("Russia's president").words);
    expect(roleWords('Secretary of Defense').words).toEqual(roleWords('defence secretary').words);
    expect(roleWords('former U.S. President')).toEqual({ words: ['@us', 'president'], former: true });
  });

  it('proposes an id and a name for someone not in the registry', () => {
    expect(proposeActor('Yuri Ushakov')).toEqual({ id: 'yuri-ushakov', name: 'Yuri Ushakov' });
    expect(registry.proposeActor("the White House's")).toEqual({ id: 'white-house', name: 'White House' });
  });

  it('looks actors up by id', () => {
    expect(registry.byId('kremlin')?.name).toBe('Kremlin');
    expect(registry.byId('nobody')).toBeUndefined();
  });
});
