/**
 * One test per directory in tests/fixtures/clean: `input.txt` (raw bytes as scraped) and
 * `expected.json` (title, paragraphs, sources, dateline, authors, publisher, and the line and
 * reason of every line left out). Adding a hard case from real news is a data change.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle, decodeRaw } from '../../../src/lib/clean/index.ts';

const dir = new URL('../../fixtures/clean/', import.meta.url).pathname;
const cases = readdirSync(dir).filter((name) => !name.startsWith('.')).sort();

describe('cleaner fixtures', () => {
  it('has cases to run', () => expect(cases.length).toBeGreaterThanOrEqual(10));
  for (const name of cases) {
    it(name, () => {
      const input = join(dir, name, 'input.txt');
      const expected = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8'));
      const result = cleanArticle(decodeRaw(readFileSync(input), input));
      expect({
        title: result.title,
        paragraphs: result.paragraphs,
        sources: result.sources,
        dateline: result.dateline,
        authors: result.authors,
        publisher: result.publisher,
        removed: result.removed.map(({ line, reason }) => ({ line, reason })),
      }).toEqual(expected);
    });
  }
});
