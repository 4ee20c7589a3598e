import { describe, expect, it } from 'vitest';
import { renderAnnotatedHtml } from '../../../src/plugins/render-article.ts';
import type { Mark } from '../../../src/plugins/rehype-annotations.ts';

const quote = (start: number, end: number, id: string, text?: string): Mark => ({
  start, end, id, tagName: 'q', properties: {}, ...(text === undefined ? {} : { text }),
  after: { type: 'element', tagName: 'a', properties: { href: `#note-${id}`, className: ['ann-ref'] }, children: [{ type: 'text', value: `[${id}]` }] },
});

describe('rehype-annotations', () => {
  it('wraps several marks in one text node, the elements after them shifting nothing', () => {
    const html = renderAnnotatedHtml('"ab" and "cd" and "ef"', [quote(1, 3, 'q-1', 'ab'), quote(10, 12, 'q-2', 'cd'), quote(19, 21, 'q-3', 'ef')]);
    expect(html).toBe('<p>"<q id="q-1">ab</q><a href="#note-q-1" class="ann-ref">[q-1]</a>" and "<q id="q-2">cd</q><a href="#note-q-2" class="ann-ref">[q-2]</a>" and "<q id="q-3">ef</q><a href="#note-q-3" class="ann-ref">[q-3]</a>"</p>');
  });

  it('refuses a mark whose range does not hold its text, instead of drawing it in the wrong place', () => {
    expect(() => renderAnnotatedHtml('- one\n- two\n\nThen "deal".', [quote(15, 19, 'q-1', 'deal')])).toThrow(/annotation q-1: offsets 15-19 hold "\\"dea", not "deal"/);
  });

  it('refuses a range outside the text', () => {
    expect(() => renderAnnotatedHtml('Short.', [quote(2, 40, 'q-1')])).toThrow(/annotation q-1: offsets 2-40/);
  });
});
