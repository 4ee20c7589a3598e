/**
 * One test per directory under tests/fixtures/quotes: `input.txt` is a news passage,
 * `expected.json` lists its quotes in order with their speakers. Adding a hard case from real
 * news is a data change: drop in a new directory.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRegistry } from '../../../src/lib/actors/index.ts';
import { detectQuotes } from '../../../src/lib/quotes/index.ts';
import { attributeSpeakers } from '../../../src/lib/speakers/index.ts';
import { FIXTURE_ACTORS } from '../actors/fixture-actors.ts';

interface ExpectedQuote {
  text: string;
  /** Speaker name, or null when the passage names no speaker. */
  speaker: string | null;
  proposed?: boolean;
  confidence?: 'high' | 'low';
  /** Quotes given the same number here must share a group. */
  group?: number;
}

const ROOT = join(import.meta.dirname, '..', '..', 'fixtures', 'quotes');
const registry = createRegistry(FIXTURE_ACTORS);
const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('quote and speaker fixtures', () => {
  it('has enough cases to mean something', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  for (const name of cases) {
    it(name, () => {
      const text = readFileSync(join(ROOT, name, 'input.txt'), 'utf8');
      const expected = JSON.parse(readFileSync(join(ROOT, name, 'expected.json'), 'utf8')) as { published: string; quotes: ExpectedQuote[] };
      const quotes = detectQuotes(text);
      const speakers = attributeSpeakers(text, quotes, registry, expected.published);

      expect(quotes.map((q) => q.text)).toEqual(expected.quotes.map((q) => q.text));
      quotes.forEach((q, i) => {
        const want = expected.quotes[i]!;
        expect(text.slice(q.start, q.end), 'text is exactly the characters at start..end').toBe(q.text);
        expect(speakers[i]?.name ?? null, `speaker of "${q.text}"`).toBe(want.speaker);
        if (want.proposed !== undefined) expect(speakers[i]?.proposed ?? false, `proposed flag of "${q.text}"`).toBe(want.proposed);
        if (want.confidence) expect(q.confidence, `confidence of "${q.text}"`).toBe(want.confidence);
      });
      // Groups: same expected number ⇔ same actual group.
      expected.quotes.forEach((a, i) =>
        expected.quotes.forEach((b, j) => {
          if (i < j && a.group !== undefined && b.group !== undefined) expect(quotes[i]!.group === quotes[j]!.group).toBe(a.group === b.group);
        }),
      );
    });
  }
});
