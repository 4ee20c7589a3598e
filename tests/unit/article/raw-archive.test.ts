/** The raw folder and its manifest after an import: copies, entries, one canonical text. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { manifestWithEntries, planRawArchive, writeRawArchive } from '../../../src/lib/article/raw-archive.ts';

const root = new URL('../../../', import.meta.url).pathname;
const seedManifest = readFileSync(join(root, 'content/raw/imports.yaml'), 'utf8');

describe('manifestWithEntries', () => {
  it('keeps the seed manifest’s data and comments, and is idempotent', () => {
    const text = manifestWithEntries(seedManifest, []);
    expect(parse(text)).toEqual(parse(seedManifest));
    expect(text).toContain('# The raw text starts with the body and has no headline');
    expect(manifestWithEntries(text, [])).toBe(text);
  });

  it('sorts entries by file whatever the order of imports, and replaces an entry for the same file', () => {
    const a = { file: 'b.txt', published: '2026-05-05', publisher: 'Riverton Ledger: Weekend' };
    const b = { file: 'a.txt', url: 'https://example.org/a' };
    const one = manifestWithEntries(manifestWithEntries(undefined, [a]), [b]);
    const other = manifestWithEntries(manifestWithEntries(undefined, [b]), [a]);
    expect(one).toBe(other);
    expect(one).toBe(
      '# How each raw article in this folder becomes content/articles/<slug>.md.\n' +
        '# Re-create every article, byte for byte:  npm run factline -- import --manifest content/raw/imports.yaml\n\n' +
        'imports:\n  - file: a.txt\n    url: https://example.org/a\n  - file: b.txt\n    published: 2026-05-05\n    publisher: \'Riverton Ledger: Weekend\'\n',
    );
    const replaced = parse(manifestWithEntries(one, [{ file: 'b.txt', evidence: 'from the dateline' }]));
    expect(replaced.imports).toEqual([b, { file: 'b.txt', evidence: 'from the dateline' }]);
  });
});

describe('planRawArchive', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('copies a new file, skips one already kept, and refuses a different file under a kept name', () => {
    dir = mkdtempSync(join(tmpdir(), 'factline-raw-'));
    mkdirSync(join(dir, 'raw'));
    writeFileSync(join(dir, 'raw/kept.txt'), 'old text');
    const bytes = (s: string) => new TextEncoder().encode(s);
    const plan = planRawArchive(join(dir, 'raw'), [
      { path: join(dir, 'new.txt'), bytes: bytes('new text'), entry: { file: 'new.txt', published: '2026-01-02' } },
      { path: join(dir, 'kept.txt'), bytes: bytes('old text'), entry: { file: 'kept.txt' } },
    ]);
    expect(plan.problems).toEqual([]);
    expect(plan.copies.map((c) => c.target)).toEqual([join(dir, 'raw/new.txt')]);
    writeRawArchive(plan);
    expect(readFileSync(join(dir, 'raw/new.txt'), 'utf8')).toBe('new text');
    expect(parse(readFileSync(join(dir, 'raw/imports.yaml'), 'utf8')).imports.map((e: { file: string }) => e.file)).toEqual(['kept.txt', 'new.txt']);

    const clash = planRawArchive(join(dir, 'raw'), [{ path: join(dir, 'elsewhere/kept.txt'), bytes: bytes('other text'), entry: { file: 'kept.txt' } }]);
    expect(clash.problems.map((p) => p.message)).toEqual([expect.stringContaining('already holds a different raw file')]);
  });
});
