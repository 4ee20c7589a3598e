/**
 * One test per directory under tests/fixtures/render, in the style of unified's plugins:
 * - `input.md`: an article body in Markdown;
 * - `annotations.yaml`: quotes, claims and dates as text anchors (`text`, optional `prefix`
 *   and `suffix`, as in content/annotations), with what their marks show;
 * - `plain.txt`: the plain text the loader measures offsets on (`articlePlainText`);
 * - `expected.html`: the body as the site renders it (`renderAnnotatedHtml`, the function
 *   behind every article page), with the annotations wrapped.
 * `plain.txt` and `expected.html` end with one line ending that is not part of the output.
 * Anchors are resolved on the loader's plain text and drawn by the rehype plugin, so a case
 * fails if the two ever measure differently. To write the expected files of a new case, run
 * with UPDATE_FIXTURES=1, then read them line by line before committing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resolveAnchor, type TextQuoteSelector } from '../../../src/lib/anchoring/index.ts';
import { articlePlainText } from '../../../src/lib/article/index.ts';
import { marksOf, renderAnnotatedHtml, type MarkSources } from '../../../src/plugins/render-article.ts';
import { markedText, parseHtml } from '../../helpers/marked-text.ts';

interface FixtureAnnotations {
  quotes?: (TextQuoteSelector & { speaker?: string })[];
  claims?: (TextQuoteSelector & { verdict: string; label: string })[];
  dates?: (TextQuoteSelector & { value: string; label: string })[];
}

const ROOT = join(import.meta.dirname, '..', '..', 'fixtures', 'render');
const UPDATE = process.env.UPDATE_FIXTURES === '1';
const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

const read = (name: string, file: string) => readFileSync(join(ROOT, name, file), 'utf8');
/** Compare with an expected file (minus its final line ending), or write it when updating. */
function expectFile(name: string, file: string, actual: string) {
  const path = join(ROOT, name, file);
  if (UPDATE || !existsSync(path)) writeFileSync(path, `${actual}\n`);
  expect(actual, `${name}/${file}`).toBe(readFileSync(path, 'utf8').replace(/\n$/, ''));
}

/** Resolve every anchor on the plain text, numbering ids in file order as the site does (q1 → element q-1). */
function sourcesOf(plain: string, file: FixtureAnnotations): MarkSources {
  const anchor = <T extends TextQuoteSelector>(kind: 'q' | 'c' | 'd', entry: T, i: number) => {
    const r = resolveAnchor(plain, entry);
    if (r.status !== 'ok') throw new Error(`${kind}${i + 1} ${JSON.stringify(entry.text)} is ${r.status} in the plain text`);
    return { ...entry, id: `${kind}${i + 1}`, anchor: `${kind}-${i + 1}`, start: r.start, end: r.end };
  };
  return {
    quotes: (file.quotes ?? []).map((q, i) => ({ ...anchor('q', q, i), speaker: q.speaker ? { id: q.speaker, name: q.speaker } : null })),
    claims: (file.claims ?? []).map((c, i) => ({ ...anchor('c', c, i), verdict: c.verdict as MarkSources['claims'][number]['verdict'], verdictLabel: c.label })),
    dates: (file.dates ?? []).map((d, i) => anchor('d', d, i)),
  };
}

describe('render fixtures: Markdown + anchors → plain text and HTML', () => {
  it('has the cases the contract needs', () => {
    for (const name of ['paragraphs', 'lists', 'nested-lists', 'block-quotes', 'headings', 'emphasis-and-links', 'reference-markers', 'quotation-marks', 'quote-across-emphasis', 'list-and-block-quote-before-a-quote']) {
      expect(cases).toContain(name);
    }
  });

  for (const name of cases) {
    describe(name, () => {
      const body = read(name, 'input.md');
      const annotations = (parse(read(name, 'annotations.yaml')) ?? {}) as FixtureAnnotations;
      const plain = articlePlainText(body);

      it('loader: the plain text', () => expectFile(name, 'plain.txt', plain));

      it('plugin: the rendered HTML', () => {
        expectFile(name, 'expected.html', renderAnnotatedHtml(body, marksOf(sourcesOf(plain, annotations))));
      });

      it('every highlight holds exactly its anchored text', () => {
        const sources = sourcesOf(plain, annotations);
        const marked = markedText(renderAnnotatedHtml(body, marksOf(sources)));
        const all = [...sources.quotes, ...sources.claims, ...sources.dates];
        expect(all.length, 'a case annotates something').toBeGreaterThan(0);
        for (const a of all) expect(marked.get(a.anchor), `${a.anchor}`).toBe(a.text);
        expect(marked.size).toBe(all.length);
      });

      it('puts no link inside a link (a ref link after a quote that ends in a link goes after that link)', () => {
        const html = renderAnnotatedHtml(body, marksOf(sourcesOf(plain, annotations)));
        expect(parseHtml(html).querySelectorAll('a a').length).toBe(0);
      });
    });
  }
});
