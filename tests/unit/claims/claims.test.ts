import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCheckWorthySentences, findRoleContradictions } from '../../../src/lib/claims/index.ts';
import type { Actor } from '../../../src/lib/schema/index.ts';

const trump: Actor = {
  id: 'donald-trump', name: 'Donald Trump', kind: 'person', pronoun: 'he', aliases: ['Trump', 'Donald J. Trump'], description: 'x',
  roles: [
    { title: 'President of the United States', from: '2017-01-20', to: '2021-01-20', aliases: ['U.S. President', 'President'] },
    { title: 'President of the United States', from: '2025-01-20', aliases: ['U.S. President', 'President'] },
  ],
};
const medvedev: Actor = {
  id: 'dmitry-medvedev', name: 'Dmitry Medvedev', kind: 'person', pronoun: 'he', aliases: ['Medvedev'], description: 'x',
  roles: [{ title: 'President of Russia', from: '2008-05-07', to: '2012-05-07', aliases: ['Russian President'] }],
};
const seed = (n: string) => readFileSync(new URL(`../../../content/raw/${n}`, import.meta.url), 'utf8');

describe('findRoleContradictions', () => {
  it('flags "former U.S. President Donald Trump" in 2025 as false, naming the role record', () => {
    const text = 'In a standoff, former U.S. President Donald Trump and Russian President Vladimir Putin are at odds.';
    const [claim, ...rest] = findRoleContradictions(text, [trump, medvedev], '2025-05-29');
    expect(rest).toEqual([]);
    expect(claim).toMatchObject({ text: 'former U.S. President Donald Trump', actorId: 'donald-trump', verdict: 'false' });
    expect(claim!.start).toBe(text.indexOf('former U.S.'));
    expect(claim!.explanation).toContain('“President of the United States” from 2025-01-20');
  });
  it('accepts "former" when the role has ended (Medvedev in 2025, Trump in 2023)', () => {
    expect(findRoleContradictions('former Russian President Dmitry Medvedev warned', [trump, medvedev], '2025-05-29')).toEqual([]);
    expect(findRoleContradictions('former U.S. President Donald Trump spoke', [trump], '2023-03-01')).toEqual([]);
  });
  it('finds the appositive form', () => {
    expect(findRoleContradictions('Donald Trump, the former U.S. President, said', [trump], '2025-06-01')).toHaveLength(1);
  });
  it('finds both seed articles that call Trump a former president', () => {
    expect(findRoleContradictions(seed('000_49fc56f8d466411a.txt'), [trump], '2025-05-29')).toHaveLength(1);
    expect(findRoleContradictions(seed('001_1e091f43d5c8cfdb.txt'), [trump], '2025-02-13')).toHaveLength(1);
  });
});

describe('findCheckWorthySentences', () => {
  it('picks figures, percentages and polls', () => {
    const text = 'According to a recent survey, 70% of Ukrainians believe that support is critical. It was a nice day. Russia’s Defense Ministry claimed nearly 300 drones were used in the attack.';
    const found = findCheckWorthySentences(text).map((s) => s.text);
    expect(found).toEqual([
      'According to a recent survey, 70% of Ukrainians believe that support is critical.',
      'Russia’s Defense Ministry claimed nearly 300 drones were used in the attack.',
    ]);
  });
  it('does not count durations and years as figures', () => {
    expect(findCheckWorthySentences('During their two-hour call, they talked about the weather at length.')).toEqual([]);
  });
  it('leaves out sentences that are mostly a direct quote', () => {
    expect(findCheckWorthySentences('He said: "We have 300 drones and 70% of the vote and more to come."')).toEqual([]);
  });
});

// Written for the test.
describe('findCheckWorthySentences: multiples and records', () => {
  it('picks sentences that state a change by a multiple or a record', () => {
    const text = 'The river reached a record high on Sunday. Rents have tripled in the old town. The mood in the harbour was calm.';
    expect(findCheckWorthySentences(text).map((s) => [s.text, s.reasons])).toEqual([
      ['The river reached a record high on Sunday.', ['record']],
      ['Rents have tripled in the old town.', ['multiple']],
    ]);
  });
  it('picks a proportion, and leaves a sentence cut off inside a quote', () => {
    const text = 'One in five patients has waited more than a year. Okoye, asked whether the target of 150,000 was achievable, said: “Yes. We are on track.”';
    expect(findCheckWorthySentences(text).map((s) => [s.text, s.reasons])).toEqual([['One in five patients has waited more than a year.', ['proportion']]]);
  });
  it('counts people by the noun for what they do, not spans of time', () => {
    const text = 'The service lost 40 firefighters and hired 12 new teachers. The repairs took 30 years.';
    expect(findCheckWorthySentences(text).map((s) => [s.text, s.reasons])).toEqual([['The service lost 40 firefighters and hired 12 new teachers.', ['figure']]]);
  });
  it('leaves halves of matches, quarters of an hour, degrees, floors and personal bests', () => {
    const text =
      'Ortiz scored twice in the second half of Saturday’s cup final. The train was a quarter of an hour late. It was 30 degrees on 12 floors. It was the best meal Ortiz had ever eaten. It was the worst day since her father died.';
    expect(findCheckWorthySentences(text)).toEqual([]);
  });
  it('reads a superlative a few words before its span of time', () => {
    const text = 'It was the strongest storm to hit the estuary since 1987. June was the wettest month on record. The harbour is the busiest in the region.';
    expect(findCheckWorthySentences(text).map((s) => [s.text, s.reasons])).toEqual([
      ['It was the strongest storm to hit the estuary since 1987.', ['record']],
      ['June was the wettest month on record.', ['record']],
    ]);
  });
});
