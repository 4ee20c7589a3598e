/** Reference markers become links to the article's own sources, without moving a character of its plain text. */
import { describe, expect, it } from 'vitest';
import { articlePlainText, paragraphsToMarkdown } from '../../../src/lib/article/index.ts';
import { paragraphsToLinkedMarkdown } from '../../../src/lib/article/reference-links.ts';
import { renderAnnotatedHtml } from '../../../src/plugins/render-article.ts';

const sources = [
  { label: '[1]', url: 'https://example.org/minutes' },
  { label: '[2]', url: 'https://example.org/a_(b)' },
  { label: '[3]', title: 'NATO press release, 12 June 2025' },
];

describe('paragraphsToLinkedMarkdown', () => {
  it('links markers that have a source with an address, and only those', () => {
    const paragraphs = ['The ferry lost money [1]. See [2], [3] and [4].', '[1] opens this paragraph; *stars* and a \\ stay text.'];
    const md = paragraphsToLinkedMarkdown(paragraphs, sources);
    expect(md).toBe(
      'The ferry lost money [\\[1\\]](https://example.org/minutes). See [\\[2\\]](<https://example.org/a_(b)>), \\[3\\] and \\[4\\].\n\n' +
        '[\\[1\\]](https://example.org/minutes) opens this paragraph; \\*stars\\* and a \\\\ stay text.\n',
    );
    expect(articlePlainText(md)).toBe(paragraphs.join('\n\n'));
  });

  it('is the plain escaped body when no marker has a linked source', () => {
    const paragraphs = ['Spending rose [2].'];
    expect(paragraphsToLinkedMarkdown(paragraphs, [])).toBe(paragraphsToMarkdown(paragraphs));
    expect(paragraphsToLinkedMarkdown(paragraphs, [sources[2]!])).toBe('Spending rose \\[2\\].\n');
  });

  it('renders the link off-site with rel="noopener noreferrer", and an annotation across it stays whole', () => {
    const text = 'Russia spends 40% of its budget on defence [1].';
    const md = paragraphsToLinkedMarkdown([text], sources);
    const html = renderAnnotatedHtml(md, [{ start: 0, end: text.length, text, id: 'c-1', tagName: 'span', properties: { className: ['ann-claim'] } }]);
    expect(html).toContain('<a href="https://example.org/minutes" rel="noopener noreferrer">');
    expect(html.replace(/<[^>]+>/g, '')).toBe(text);
  });
});
