import type { Element, ElementContent, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { articleTree, plainTextMap } from '../../../src/lib/anchoring/index.ts';
import { articlePlainText } from '../../../src/lib/article/index.ts';

const el = (tagName: string, ...children: (ElementContent | string)[]): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children: children.map((c) => (typeof c === 'string' ? { type: 'text', value: c } : c)),
});
const root = (...children: Element[]): Root => ({ type: 'root', children });

describe('plainTextMap', () => {
  it('puts "\\n\\n" between leaf blocks and drops the line endings between block elements', () => {
    const md = 'Intro.\n\n- one\n- two\n  - nested\n\n> quoted\n>\n> twice\n\n## Heading\n\nEnd.';
    expect(plainTextMap(articleTree(md)).text).toBe('Intro.\n\none\n\ntwo\n\nnested\n\nquoted\n\ntwice\n\nHeading\n\nEnd.');
  });

  it('keeps white space between inline elements, also in a list item that holds a nested list', () => {
    expect(plainTextMap(articleTree('- *a* *b*\n  - c')).text).toBe('a b\n\nc');
    expect(plainTextMap(articleTree('*a*\n*b*')).text).toBe('a\nb');
  });

  it('keeps a hard line break as a line ending, and leaves out a code block\'s final one', () => {
    expect(plainTextMap(articleTree('one  \ntwo\n\n```\ncode\n```\n\n***\n\nend')).text).toBe('one\ntwo\n\ncode\n\nend');
  });

  it('leaves out raw HTML, which the page does not show', () => {
    expect(plainTextMap(articleTree('a <b>bold</b> word\n\n<div>block</div>\n\nend')).text).toBe('a bold word\n\nend');
  });

  it('separates table cells like any other block', () => {
    const tree = root(el('table', '\n', el('tr', el('th', 'Name'), el('td', 'Putin')), '\n', el('tr', el('td', 'Trump'))));
    expect(plainTextMap(tree).text).toBe('Name\n\nPutin\n\nTrump');
  });

  it('maps every character back to its text node', () => {
    const md = 'The *talks*, [in Geneva](https://example.org), opened.\n\n1. first\n2. second\n\n> a "quote"\n\n```\nx\n```';
    const { text, segments } = plainTextMap(articleTree(md));
    let covered = 0;
    for (const s of segments) {
      expect(text.slice(s.start, s.start + s.length)).toBe(s.node.value.slice(0, s.length));
      expect(s.ancestors[0]?.type).toBe('root');
      expect(s.ancestors.at(-1)?.children).toContain(s.node);
      covered += s.length;
    }
    // Everything else is block separators.
    expect(text.length - covered).toBe((text.match(/\n\n/g) ?? []).length * 2);
    expect(segments.map((s) => s.start)).toEqual([...segments.map((s) => s.start)].sort((a, b) => a - b));
  });

  it('is what the loader measures offsets on', () => {
    const md = 'The debate covered:\n\n- item one\n- item two\n\n> A block quote.\n\nAfter the debate, "a deal".';
    expect(articlePlainText(md)).toBe(plainTextMap(articleTree(md)).text);
    expect(articlePlainText(md)).toContain('item one\n\nitem two');
  });

  it('is empty for an empty body', () => {
    expect(plainTextMap(articleTree('\n\n'))).toEqual({ text: '', segments: [] });
  });
});
