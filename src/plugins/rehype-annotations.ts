/**
 * rehype plugin: wraps anchored annotation ranges of an article in elements with stable ids
 * (`<q id="q-1">`, `<span id="c-2">`, `<time id="d-3" datetime="…">`) and puts a small
 * keyboard-reachable link after each one to its card (`#note-q-1`), so annotations work
 * without JavaScript.
 *
 * Offsets are those of the article's plain text: the text of the top-level blocks joined by
 * "\n\n", the same string the extractors and anchors use.
 */
import type { Element, ElementContent, Root, Text } from 'hast';

export interface Mark {
  /** Offsets into the plain text. */
  start: number;
  end: number;
  /** Element id, e.g. `q-1`; the first segment of a range carries it. */
  id: string;
  tagName: 'q' | 'span' | 'time';
  properties: Record<string, string | string[]>;
  /** The footnote-style link after the mark. */
  ref?: { href: string; label: string; text: string };
}

export interface Options {
  marks: Mark[];
}

interface Located {
  node: Text;
  parent: Element | Root;
  start: number;
}

// Ref links are inserted text, not article text: they must not shift the offsets.
const isRef = (el: Element) => Array.isArray(el.properties.className) && el.properties.className.includes('ann-ref');

/** Text nodes with their plain-text offsets, in document order. */
function locateText(tree: Root): Located[] {
  const out: Located[] = [];
  let offset = 0;
  let first = true;
  for (const block of tree.children) {
    if (block.type !== 'element') continue;
    if (!first) offset += 2;
    first = false;
    const walk = (parent: Element) => {
      for (const child of parent.children) {
        if (child.type === 'text') {
          out.push({ node: child, parent, start: offset });
          offset += child.value.length;
        } else if (child.type === 'element' && !isRef(child)) walk(child);
      }
    };
    walk(block);
  }
  return out;
}

function wrapRange(tree: Root, mark: Mark): boolean {
  const pieces = locateText(tree).filter((t) => t.start < mark.end && t.start + t.node.value.length > mark.start);
  if (pieces.length === 0) return false;
  let lastWrapper: Element | undefined;
  let lastParent: Element | Root | undefined;
  pieces.forEach((piece, i) => {
    const { node, parent, start } = piece;
    const from = Math.max(0, mark.start - start);
    const to = Math.min(node.value.length, mark.end - start);
    const wrapper: Element = {
      type: 'element',
      tagName: mark.tagName,
      properties: { ...mark.properties, ...(i === 0 ? { id: mark.id } : { dataContinues: mark.id }) },
      children: [{ type: 'text', value: node.value.slice(from, to) }],
    };
    const replacement: ElementContent[] = [];
    if (from > 0) replacement.push({ type: 'text', value: node.value.slice(0, from) });
    replacement.push(wrapper);
    if (to < node.value.length) replacement.push({ type: 'text', value: node.value.slice(to) });
    const siblings = parent.children as ElementContent[];
    siblings.splice(siblings.indexOf(node), 1, ...replacement);
    lastWrapper = wrapper;
    lastParent = parent;
  });
  if (mark.ref && lastWrapper && lastParent) {
    const siblings = lastParent.children as ElementContent[];
    siblings.splice(siblings.indexOf(lastWrapper) + 1, 0, {
      type: 'element',
      tagName: 'a',
      properties: { href: mark.ref.href, className: ['ann-ref'], ariaLabel: mark.ref.label },
      children: [{ type: 'text', value: mark.ref.text }],
    });
  }
  return true;
}

export default function rehypeAnnotations(options: Options) {
  // Outer ranges first, so that a quote inside a claim ends up nested inside the claim's element.
  const marks = [...options.marks].sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
  return (tree: Root) => {
    for (const mark of marks) wrapRange(tree, mark);
  };
}
