import { describe, expect, it } from 'vitest';
import { withoutAnnotationRefs } from '../../../src/integrations/search/annotation-refs.ts';

// The shape render-article.ts writes after each mark (a button with a span in it), and one with
// spans nested two deep, as a ref with its details inside would be.
const ref = (n: number) =>
  n % 2 === 1
    ? `<span class="ann-ref" data-pagefind-ignore><button type="button" popovertarget="about-q-${n}"><span>Details of quote </span>q${n}</button></span>`
    : `<span class="ann-ref" data-pagefind-ignore=""><button type="button" popovertarget="about-q-${n}"><span class="sr-only">Details of quote </span>q${n}</button>` +
      `<span id="about-q-${n}" popover=""><span><strong>Ana</strong> · <span>✓ Accurate</span></span><a href="#note-q-${n}">Quote q${n}’s card</a></span></span>`;

describe('withoutAnnotationRefs', () => {
  it('drops every ref with all its nested spans and keeps the text around them', () => {
    const html = `<p>“<q id="q-1">We will</q>${ref(1)},” said Ana. <span class="ann-claim" id="c-1">Prices rose</span>${ref(2)}.</p>`;
    expect(withoutAnnotationRefs(html)).toBe('<p>“<q id="q-1">We will</q>,” said Ana. <span class="ann-claim" id="c-1">Prices rose</span>.</p>');
  });

  it('puts the replacement where each ref was', () => {
    expect(withoutAnnotationRefs(`a${ref(1)}b${ref(2)}c`, ' ')).toBe('a b c');
  });

  it('returns markup without refs unchanged, and other spans untouched', () => {
    const html = '<p><span class="ann-quote">x</span> <span>y</span></p>';
    expect(withoutAnnotationRefs(html)).toBe(html);
  });

  it('keeps a ref that never closes, and everything after it, rather than guess where it ends', () => {
    const html = `<p>a</p>${ref(1)}<p>b</p><span class="ann-ref"><span>open`;
    expect(withoutAnnotationRefs(html)).toBe('<p>a</p><p>b</p><span class="ann-ref"><span>open');
  });
});
