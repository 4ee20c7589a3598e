/** Publisher's words → Markdown → plain text gives back exactly the words. */
import { describe, expect, it } from 'vitest';
import { articlePlainText, escapeMarkdownText, paragraphsToMarkdown } from '../../../src/lib/article/index.ts';

const tricky = [
  '# not a heading',
  '## nor this',
  '> not a quote',
  '- not a list item',
  '+ nor this',
  '* nor this',
  '1. not an ordered list',
  '2025) not one either',
  '---',
  '***',
  '___',
  '=== underline',
  '<b>not HTML</b> & <!-- not a comment -->',
  'entities stay text: &amp; &#39; &copy; but AT&T and Q&A too',
  'emphasis *stars* and _underscores_ and __strong__ stay literal',
  'code `ticks` and ```fences``` stay',
  '[a link](https://example.com) and ![an image](x.png) stay',
  '[^1]: not a footnote',
  '[ref]: https://example.com not a definition',
  '~~not struck~~ and ~~~',
  'back\\slash and a trailing backslash\\',
  'file_name_with_underscores and snake_case',
  'a  double space and a\ttab',
  '| not | a | table |',
  'https://example.com/a_b_c stays a plain address',
  'Trump called it an “excellent” conversation — Putin’s “meaningful and frank.”',
  '99 problems',
  '1234567890. ten digits is not a list marker',
];

describe('escapeMarkdownText', () => {
  it.each(tricky)('round-trips %j', (text) => expect(articlePlainText(paragraphsToMarkdown([text]))).toBe(text));
  it('round-trips all of them as one body, paragraphs joined by a blank line', () => {
    expect(articlePlainText(paragraphsToMarkdown(tricky))).toBe(tricky.join('\n\n'));
  });
  it('leaves ordinary prose alone', () => {
    const prose = 'Putin said on Monday that Russia was "ready to work" with Ukraine, according to the Kremlin.';
    expect(escapeMarkdownText(prose)).toBe(prose);
  });
  it('refuses paragraphs with line breaks or outer spaces', () => {
    expect(() => paragraphsToMarkdown(['two\nlines'])).toThrow();
    expect(() => paragraphsToMarkdown([' padded'])).toThrow();
    expect(() => paragraphsToMarkdown([''])).toThrow();
  });
});

describe('articlePlainText', () => {
  it('joins block texts with a blank line and resolves escapes', () => {
    expect(articlePlainText('First \\*paragraph\\*.\n\nSecond with &amp; entity.\n')).toBe('First *paragraph*.\n\nSecond with & entity.');
  });
  it('is empty for an empty body', () => expect(articlePlainText('\n\n')).toBe(''));
});
