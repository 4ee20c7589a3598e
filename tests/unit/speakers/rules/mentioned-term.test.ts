import { describe, expect, it } from 'vitest';
import { mentionedTerm } from '../../../../src/lib/speakers/rules/index.ts';
import { setup, speakerOf } from './setup.ts';

const mentioned = (text: string, part: string) => {
  const s = setup(text);
  return mentionedTerm(s.c, s.token(part));
};

// From news texts the rules were not written against.
describe('mentionedTerm', () => {
  it.each([
    ['They were voting on a so-called “skinny bill” on Friday.', 'skinny'],
    ['McCrory asked lawmakers to repeal the law known as “the bathroom bill.”', 'bathroom'],
    ['Earnest spoke for an hour, and the word “Trump” never crossed his lips.', 'Trump'],
  ])('%s — a word mentioned, nobody’s', (text, part) => {
    expect(mentioned(text, part)).toBe(true);
    expect(speakerOf(text, part)).toBeNull();
  });
  it('leaves a term someone uses to them', () => {
    expect(mentioned('Lowe used the term “witch hunt” twice.', 'witch')).toBe(false);
    expect(mentioned('Cruz mocked his use of the term “Palestine” on Monday.', 'Palestine')).toBe(false);
    expect(mentioned('Kasich’s campaign is already claiming victory in the so-called “governor’s bracket.”', 'bracket')).toBe(false);
  });
  it('gives way to an attribution after the quote', () => {
    expect(speakerOf('“This is a so-called deal,” Lowe said of the “skinny bill.”', 'This is')).toBe('Lowe');
  });
});
