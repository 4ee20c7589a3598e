/**
 * The five seed articles (../shared/seeds, next to the project): every direct quote with the
 * right speaker. The seeds are raw scrapes; the cleaner removes their `\"` escapes, so the
 * test reads them with plain quotation marks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRegistry } from '../../../src/lib/actors/index.ts';
import { detectQuotes } from '../../../src/lib/quotes/index.ts';
import { attributeSpeakers } from '../../../src/lib/speakers/index.ts';
import { FIXTURE_ACTORS } from '../actors/fixture-actors.ts';

const SEEDS = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'seeds');
const registry = createRegistry(FIXTURE_ACTORS);

function seed(prefix: string, published: string) {
  const file = ['000_49fc56f8d466411a', '001_1e091f43d5c8cfdb', '002_7590bf8e0eb9920c', '003_8b871eeef2c2e3fa', '004_9d2b0e729d22a81c'].find((f) => f.startsWith(prefix))!;
  const text = readFileSync(join(SEEDS, `${file}.txt`), 'utf8').replaceAll('\\"', '"');
  const quotes = detectQuotes(text);
  const speakers = attributeSpeakers(text, quotes, registry, published);
  return quotes.map((q, i) => ({ text: q.text, confidence: q.confidence, speaker: speakers[i]?.name ?? null, id: speakers[i]?.id ?? null }));
}

const find = (list: ReturnType<typeof seed>, part: string) => {
  const hits = list.filter((q) => q.text.includes(part));
  expect(hits.length, `a quote containing "${part}"`).toBeGreaterThan(0);
  return hits;
};

describe.skipIf(!existsSync(SEEDS))('seed articles', () => {
  it('000: Trump, Medvedev and the nested single quotes', () => {
    const q = seed('000', '2025-05-30');
    const stringing = find(q, 'stringing us along');
    expect(stringing).toHaveLength(2);
    for (const s of stringing) expect(s.id).toBe('donald-trump');
    expect(find(q, 'can’t tell')[0]!.id).toBe('donald-trump');
    expect(find(q, 'What Vladimir Putin doesn’t realize')[0]!.id).toBe('donald-trump');
    const ww3 = find(q, 'World War III')[0]!;
    expect(ww3.id).toBe('dmitry-medvedev');
    expect(ww3.text).toContain("'playing with fire'");
    expect(ww3.text.startsWith('Regarding Trump')).toBe(true);
    expect(q.filter((x) => x.text === 'really bad')).toEqual([{ text: 'really bad', confidence: 'low', speaker: 'Dmitry Medvedev', id: 'dmitry-medvedev' }]);
    // Nested quotes are not quotes of their own.
    expect(q.some((x) => x.text === 'playing with fire')).toBe(false);
  });

  it('001: Trump in the Oval Office, Hegseth on NATO', () => {
    const q = seed('001', '2025-02-13');
    expect(find(q, 'I think we are on the way to getting peace')[0]!.id).toBe('donald-trump');
    expect(find(q, 'I just want to see people stop getting killed.')[0]!.id).toBe('donald-trump');
    expect(find(q, 'unrealistic')[0]).toMatchObject({ id: 'pete-hegseth', confidence: 'low' });
    expect(find(q, 'there will not be U.S. troops deployed to Ukraine')[0]!.id).toBe('pete-hegseth');
    expect(q).toHaveLength(4);
  });

  it('002: severe consequences and a long, detailed conversation', () => {
    const q = seed('002', '2025-09-03');
    expect(find(q, 'severe consequences')[0]!.id).toBe('donald-trump');
    expect(find(q, 'long, detailed conversation')[0]!.id).toBe('volodymyr-zelensky');
  });

  it('003: titles in quotation marks are not quotes', () => {
    const q = seed('003', '2025-08-22');
    expect(q.map((x) => x.text)).not.toContain('Fox & Friends,');
    expect(q.map((x) => x.text)).not.toContain('Coalition of the Willing');
    expect(q).toEqual([]);
  });

  it('004: two speakers in one sentence, Vance, and root causes', () => {
    const q = seed('004', '2025-05-20');
    expect(find(q, 'excellent')[0]!.id).toBe('donald-trump');
    expect(find(q, 'meaningful and frank')[0]!.id).toBe('vladimir-putin');
    expect(find(q, 'it takes two to tango')[0]!.id).toBe('jd-vance');
    expect(find(q, 'root causes')[0]).toMatchObject({ id: 'vladimir-putin', confidence: 'low' });
  });
});
