/**
 * The plain text of an article, and where each of its characters lives in the article's HTML
 * tree (hast).
 *
 * This is the one definition of the text that annotation offsets index into. The loader
 * anchors annotations and runs the extractors on `plainTextMap(articleTree(body)).text`; the
 * rehype plugin that wraps annotations in the page calls `plainTextMap` on the tree it is given,
 * which is that same tree. An offset therefore means the same character on both sides.
 *
 * The text is every text node in document order, with "\n\n" between leaf blocks: paragraphs,
 * headings, list items (and the items of a nested list), block quotes, table cells, code blocks.
 * The line endings remark-rehype puts between block elements are layout, not text, and are
 * left out, and so is the final line ending remark-rehype adds to a code block.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';

export const BLOCK_SEPARATOR = '\n\n';

/** Elements that start a new block of text (HTML flow elements that remark or GFM can produce, and their kin). */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul',
]);

export function isBlock(node: RootContent | ElementContent | undefined): node is Element {
  return node?.type === 'element' && BLOCK_TAGS.has(node.tagName);
}

/** Where one text node's characters sit in the plain text. */
export interface TextSegment {
  node: Text;
  /** The node's ancestors, the root first and its parent last: what splitting it in place, or placing something after it, needs. */
  ancestors: (Element | Root)[];
  /** Offset in the plain text of the node's first character. */
  start: number;
  /** How many of the node's characters, from its start, are plain text (a code block's final line ending is not). */
  length: number;
}

export interface PlainTextMap {
  text: string;
  /** Every text node that contributes to `text`, in document order (so sorted by `start`). */
  segments: TextSegment[];
}

/** White space between block elements (or between a block and its container's edge): layout, not text. */
function isLayoutWhitespace(siblings: (RootContent | ElementContent)[], i: number): boolean {
  const node = siblings[i]!;
  if (node.type !== 'text' || /[^ \t\n\r\f]/.test(node.value)) return false;
  const before = i === 0 || isBlock(siblings[i - 1]);
  const after = i === siblings.length - 1 || isBlock(siblings[i + 1]);
  return before || after;
}

export function plainTextMap(tree: Root): PlainTextMap {
  let text = '';
  const segments: TextSegment[] = [];
  // Set when a block starts or ends; the next text then gets a separator (unless it is the first).
  let breakPending = false;

  const ancestors: (Element | Root)[] = [];
  const visit = (parent: Element | Root) => {
    ancestors.push(parent);
    const children: (RootContent | ElementContent)[] = parent.children;
    const hasBlocks = children.some(isBlock);
    children.forEach((child, i) => {
      if (child.type === 'text') {
        if (child.value === '' || (hasBlocks && isLayoutWhitespace(children, i))) return;
        if (breakPending && text !== '') text += BLOCK_SEPARATOR;
        breakPending = false;
        segments.push({ node: child, ancestors: [...ancestors], start: text.length, length: child.value.length });
        text += child.value;
      } else if (child.type === 'element') {
        const block = isBlock(child);
        if (block) breakPending = true;
        const first = segments.length;
        visit(child);
        if (child.tagName === 'pre') dropFinalLineEnding(first);
        if (block) breakPending = true;
      }
    });
    ancestors.pop();
  };

  const dropFinalLineEnding = (firstOfBlock: number) => {
    const last = segments[segments.length - 1];
    if (segments.length === firstOfBlock || !last || !text.endsWith('\n')) return;
    last.length -= 1;
    text = text.slice(0, -1);
    if (last.length === 0) segments.pop();
  };

  visit(tree);
  return { text, segments };
}
