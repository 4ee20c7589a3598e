/** Writing and reading content/articles/<slug>.md, and errors located at file:line:col. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatArticle, parseArticle, readArticle, slugFromTitle } from '../../../src/lib/article/index.ts';
import { FactlineError, formatProblem } from '../../../src/lib/errors/index.ts';
import type { ArticleFrontmatter } from '../../../src/lib/schema/index.ts';

const frontmatter: ArticleFrontmatter = {
  sources: [{ url: 'https://example.com/a', label: '[1]' }],
  source_sha256: 'a'.repeat(64),
  source_file: 'raw.txt',
  publisher: 'Example News',
  published_evidence: 'given by the editor: 2025-05-20',
  published: '2025-05-20',
  title: 'Putin: "we are ready"',
};
const paragraphs = ['First paragraph with *stars*.', '# Second, not a heading.'];

const dir = mkdtempSync(join(tmpdir(), 'factline-article-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof FactlineError) return err.problems.map(formatProblem);
    throw err;
  }
  throw new Error('expected a FactlineError');
}

describe('formatArticle', () => {
  const text = formatArticle(frontmatter, paragraphs);
  it('writes the keys in a fixed order, whatever order they come in', () => {
    const keys = text.split('\n---\n')[0]!.split('\n').filter((l) => /^[a-z0-9_]+:/.test(l)).map((l) => l.split(':')[0]);
    expect(keys).toEqual(['title', 'published', 'published_evidence', 'publisher', 'source_file', 'source_sha256', 'sources']);
    expect(text).toContain("  - label: '[1]'\n    url: https://example.com/a\n");
    expect(text).toContain("title: 'Putin: \"we are ready\"'\n");
  });
  it('does not fold long values', () => {
    const long = formatArticle({ ...frontmatter, published_evidence: 'word '.repeat(60).trim() }, paragraphs);
    expect(long).toContain(`published_evidence: ${'word '.repeat(60).trim()}\n`);
  });
  it('reads back what it wrote', () => {
    const article = parseArticle(join(dir, 'putin-we-are-ready.md'), text);
    expect(article.slug).toBe('putin-we-are-ready');
    expect(article.frontmatter).toEqual({ ...frontmatter, sources: [{ label: '[1]', url: 'https://example.com/a' }] });
    expect(article.plainText).toBe(paragraphs.join('\n\n'));
    expect(text.split('\n')[article.bodyStartLine - 1]).toBe('');
    expect(text.split('\n')[article.bodyStartLine]).toBe('First paragraph with \\*stars\\*.');
  });
  it('refuses invalid frontmatter', () => {
    expect(() => formatArticle({ ...frontmatter, published: '2025-02-30' }, paragraphs)).toThrow();
  });
});

describe('readArticle errors', () => {
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const good = formatArticle(frontmatter, paragraphs);

  it('points at the line of a bad value', () => {
    const path = write('bad-date.md', good.replace('published: 2025-05-20', 'published: 2025-02-30'));
    expect(problemsOf(() => readArticle(path))).toEqual([`${path}:3:12: error: frontmatter: invalid published "2025-02-30" — write a day that exists in the calendar (check the month and the day)`]);
  });
  it('points at a bad URL inside the sources list', () => {
    const path = write('bad-url.md', good.replace('url: https://example.com/a', 'url: ftp://example.com/a'));
    expect(problemsOf(() => readArticle(path))[0]).toMatch(new RegExp(`^${path}:10:10: error: frontmatter, source "\\[1\\]": invalid url "ftp://example.com/a" — only http`));
  });
  it('names an unknown key at its own line', () => {
    const path = write('unknown-key.md', good.replace('publisher: Example News\n', 'publisher: Example News\ncolour: red\n'));
    expect(problemsOf(() => readArticle(path))[0]).toMatch(new RegExp(`^${path}:6:1: error: frontmatter: unknown field "colour" — remove it`));
  });
  it('names a missing field', () => {
    const path = write('missing.md', good.replace(/^publisher: .*\n/m, ''));
    expect(problemsOf(() => readArticle(path))[0]).toContain('frontmatter: publisher is missing — add the field "publisher"');
  });
  it('reports YAML syntax errors with their position', () => {
    const path = write('syntax.md', good.replace('publisher: Example News', 'publisher: [unclosed'));
    expect(problemsOf(() => readArticle(path))[0]).toMatch(new RegExp(`^${path}:[56]:\\d+: error: not valid YAML: a list opened with "\\[" is not closed`));
  });
  it('needs frontmatter, a closing fence, a body and a valid slug', () => {
    expect(problemsOf(() => readArticle(write('no-front.md', 'Just text.\n')))[0]).toContain('does not start with frontmatter');
    expect(problemsOf(() => readArticle(write('unclosed.md', '---\ntitle: x\n')))[0]).toContain('never closed');
    expect(problemsOf(() => readArticle(write('no-body.md', good.split('\n---\n')[0] + '\n---\n\n')))[0]).toMatch(/:\d+:1: error: the article has no body text/);
    expect(problemsOf(() => readArticle(write('Bad_Name.md', good)))[0]).toContain('not a valid article slug');
  });
  it('reads CRLF files and a BOM like LF files', () => {
    const path = write('crlf.md', '\uFEFF' + good.replace(/\n/g, '\r\n'));
    expect(readArticle(path).plainText).toBe(paragraphs.join('\n\n'));
  });
});

describe('slugFromTitle', () => {
  it.each([
    ['Trump’s Talks with Putin and Zelensky Signal Potential Shift in Ukraine Conflict', 'trumps-talks-with-putin-and-zelensky-signal-potential-shift-in-ukraine-conflict'],
    ['Putin: we have open dialogue with Trump', 'putin-we-have-open-dialogue-with-trump'],
    ['Zelenskyy über Friedensgespräche — “Fox & Friends”', 'zelenskyy-uber-friedensgesprache-fox-and-friends'],
    ['Putin', 'putin'],
  ])('%j → %s', (title, slug) => expect(slugFromTitle(title)).toBe(slug));
  it('stays within 80 characters, cut between words', () => {
    const slug = slugFromTitle('Tensions Escalate as Trump and Putin Clash Over Ukraine and NATO While Europe Watches Nervously From the Sidelines');
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toBe('tensions-escalate-as-trump-and-putin-clash-over-ukraine-and-nato-while-europe');
  });
  it('gives nothing for a title without letters or digits', () => expect(slugFromTitle('— “” —')).toBe(''));
});
