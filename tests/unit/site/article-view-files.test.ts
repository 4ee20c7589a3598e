import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleViewSchema } from '../../../src/lib/site/article-view.ts';
import { articleViewFile, hasArticleView, pruneArticleViews, readArticleView, viewDigestOf, writeArticleView } from '../../../src/lib/site/article-view-files.ts';
import { fixtureArticles } from './site-fixture.ts';

const [view] = fixtureArticles();
/** The tests' folders, in one removed at the end. */
const root = mkdtempSync(join(tmpdir(), 'factline-views-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('article view files', () => {
  it('writes a view under its digest and reads back the same view, which the schema accepts', () => {
    const dir = join(mkdtempSync(join(root, 'views-')), 'views');
    const file = writeArticleView(dir, 'abc123', view!);
    expect(file).toBe(articleViewFile(dir, 'abc123'));
    expect(hasArticleView(dir, 'abc123')).toBe(true);
    expect(hasArticleView(dir, 'other')).toBe(false);
    expect(readArticleView(file)).toEqual(view);
    expect(articleViewSchema.safeParse(readArticleView(file)).success).toBe(true);
    // The view read knows the digest it was made under; one built in memory has none.
    expect(viewDigestOf(readArticleView(file))).toBe('abc123');
    expect(viewDigestOf(view!)).toBeUndefined();
    // No temporary file is left beside it.
    expect(readdirSync(dir)).toEqual(['abc123.json']);
  });

  it('keeps only the digests still in use, and stray files go too', () => {
    const dir = mkdtempSync(join(root, 'views-'));
    for (const d of ['a', 'b', 'c']) writeArticleView(dir, d, view!);
    writeFileSync(join(dir, 'a.json.123.tmp'), '{');
    expect(pruneArticleViews(dir, new Set(['b']))).toBe(3);
    expect(readdirSync(dir)).toEqual(['b.json']);
    expect(pruneArticleViews(join(dir, 'absent'), new Set())).toBe(0);
  });

  it('says what to do when a view file is missing', () => {
    expect(() => readArticleView('/nowhere/x.json')).toThrow(/cached view is missing.*--force/);
  });
});
