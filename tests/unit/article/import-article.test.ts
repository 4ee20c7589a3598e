/** One raw file → one article: provenance, dates, validation; and the seed corpus reproduced. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importArticle, parseArticle, readArticle, readImportManifest, type ImportRequest } from '../../../src/lib/article/index.ts';
import { FactlineError } from '../../../src/lib/errors/index.ts';

const root = new URL('../../../', import.meta.url).pathname;
const enc = (s: string) => new TextEncoder().encode(s);
const RAW = 'Talks End in Geneva\nPublished June 3, 2025\nThe talks ended on Tuesday, officials said.\n- Share\n';
const req = (over: Partial<ImportRequest> = {}): ImportRequest => ({ file: 'in/raw.txt', sourceFile: 'raw.txt', bytes: enc(RAW), today: '2025-12-31', ...over });

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(FactlineError);
    return (err as Error).message;
  }
  throw new Error('expected a FactlineError');
}

describe('importArticle', () => {
  it('records provenance: file name, sha256 of the raw bytes, date and how it was found', () => {
    const a = importArticle(req());
    expect(a.slug).toBe('talks-end-in-geneva');
    expect(a.frontmatter).toEqual({
      title: 'Talks End in Geneva',
      published: '2025-06-03',
      published_evidence: 'dateline on line 2 of raw.txt: "Published June 3, 2025"',
      publisher: 'Unknown publisher',
      source_file: 'raw.txt',
      source_sha256: createHash('sha256').update(RAW).digest('hex'),
      sources: [],
    });
    expect(parseArticle(`x/${a.slug}.md`, a.markdown).plainText).toBe('The talks ended on Tuesday, officials said.');
  });
  it('prefers --published, with the editor’s evidence or a note that they gave it', () => {
    expect(importArticle(req({ published: '2025-06-04' })).frontmatter).toMatchObject({ published: '2025-06-04', published_evidence: 'given by the editor: 2025-06-04' });
    expect(importArticle(req({ published: '2025-06-04', evidence: 'wire copy timestamp' })).frontmatter.published_evidence).toBe('wire copy timestamp');
  });
  it('without a date names --published', () => {
    expect(messageOf(() => importArticle(req({ bytes: enc('Headline Here\nA sentence of the body.\n') })))).toContain('--published');
  });
  it('refuses days that do not exist and days in the future', () => {
    expect(messageOf(() => importArticle(req({ published: '2025-02-29' })))).toContain('not a calendar day');
    expect(messageOf(() => importArticle(req({ published: '2026-01-01' })))).toContain('in the future');
    expect(messageOf(() => importArticle(req({ today: '2025-06-01' })))).toContain('in the future');
  });
  it('accepts only http and https addresses', () => {
    expect(importArticle(req({ url: 'https://example.com/geneva' })).frontmatter.url).toBe('https://example.com/geneva');
    expect(messageOf(() => importArticle(req({ url: 'javascript:alert(1)' })))).toContain('--url');
  });
  it('needs a title when the text has no headline, and a valid slug', () => {
    const noHeadline = enc('The talks ended on Tuesday, officials said.\n');
    expect(messageOf(() => importArticle(req({ bytes: noHeadline, published: '2025-06-03' })))).toContain('--title');
    expect(importArticle(req({ bytes: noHeadline, published: '2025-06-03', title: 'Geneva Talks End' })).slug).toBe('geneva-talks-end');
    expect(messageOf(() => importArticle(req({ slug: 'Not A Slug' })))).toContain('slug');
  });
  it('fails when nothing is left after cleaning', () => {
    expect(messageOf(() => importArticle(req({ bytes: enc('- Get link\nComments\n') })))).toContain('no article text left after cleaning');
    expect(messageOf(() => importArticle(req({ bytes: enc('') })))).toContain('no article text left after cleaning');
  });
  it('same words with CRLF and a BOM give the same article body', () => {
    const crlf = importArticle(req({ bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...enc(RAW.replace(/\n/g, '\r\n'))]) }));
    const lf = importArticle(req());
    expect(crlf.markdown.split('\n---\n')[1]).toBe(lf.markdown.split('\n---\n')[1]);
  });
});

describe('the seed corpus', () => {
  const entries = readImportManifest(join(root, 'content/raw/imports.yaml'));
  const articlesDir = join(root, 'content/articles');

  it('lists every raw file once', () => {
    expect(entries.map((e) => basename(e.path)).sort()).toEqual(readdirSync(join(root, 'content/raw')).filter((f) => f.endsWith('.txt')).sort());
  });
  it('re-importing reproduces content/articles byte for byte', () => {
    const produced = entries.map((e) => importArticle({ ...e, file: e.path, sourceFile: basename(e.path), bytes: readFileSync(e.path), today: '2026-01-01' }));
    expect(produced.map((a) => `${a.slug}.md`).sort()).toEqual(readdirSync(articlesDir).filter((f) => f.endsWith('.md')).sort());
    for (const a of produced) expect(a.markdown, a.slug).toBe(readFileSync(join(articlesDir, `${a.slug}.md`), 'utf8'));
  });
  it('every article validates and records evidence for its date', () => {
    for (const name of readdirSync(articlesDir).filter((f) => f.endsWith('.md'))) {
      const a = readArticle(join(articlesDir, name));
      expect(a.frontmatter.published).toMatch(/^2025-/);
      expect(a.frontmatter.published_evidence.length).toBeGreaterThan(100);
      expect(a.frontmatter.url).toBeUndefined();
    }
  });
  it('no seed junk in any article file', () => {
    for (const name of readdirSync(articlesDir).filter((f) => f.endsWith('.md'))) {
      const text = readFileSync(join(articlesDir, name), 'utf8');
      for (const junk of ['Get link', 'Post a Comment', 'Leave a Reply', 'Source link', 'LATEST', 'HomeWorld', 'Back To Top', '\\"']) {
        expect(text, `${name}: ${junk}`).not.toContain(junk);
      }
    }
  });
});
