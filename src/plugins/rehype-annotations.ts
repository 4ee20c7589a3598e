/**
 * rehype plugin: wraps anchored annotation ranges of an article in elements with stable ids
 * (`<q id="q-1">`, `<span id="c-2">`, `<time id="d-3" datetime="…">`) and puts the element
 * the caller gives (`after`: on the site, a button that opens the annotation's details in
 * place, see render-article.ts) right after each one.
 *
 * Offsets are those of the article's plain text, measured by `plainTextMap` (src/lib/anchoring)
 * on the tree this plugin receives: the very function the loader measured them with. The map
 * is taken once, before anything is inserted, and kept up to date as text nodes are split, so
 * the elements added here never shift an offset.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import type { Plugin } from 'unified';
import { plainTextMap, type TextSegment } from '../lib/anchoring/index.ts';

export interface Mark {
  /** Offsets into the plain text. */
  start: number;
  end: number;
  /** The annotated text, when known: a mark whose range holds other text is an error, not a misplaced highlight. */
  text?: string;
  /** Element id, e.g. `q-1`; the first segment of a range carries it. */
  id: string;
  tagName: 'q' | 'span' | 'time';
  properties: Record<string, string | string[]>;
  /**
   * What follows the mark (its ref: a button and its details). Not article text: it must carry
   * the class `ann-ref`, which tells text extractors (search, the highlight checks) to skip it.
   */
  after?: Element;
}

export interface Options {
  marks: Mark[];
}

/** Index of the first segment that ends after `offset`. */
function firstEndingAfter(segments: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (s.start + s.length > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Wrap `mark`'s range, one element per text node it touches; `segments` is updated in place. */
function wrapRange(segments: TextSegment[], mark: Mark): void {
  const first = firstEndingAfter(segments, mark.start);
  let end = first;
  while (end < segments.length && segments[end]!.start < mark.end) end++;

  const replaced: TextSegment[] = [];
  let last: { wrapper: Element; ancestors: (Element | Root)[] } | undefined;
  for (let i = first; i < end; i++) {
    const { node, ancestors, start, length } = segments[i]!;
    const parent = ancestors[ancestors.length - 1]!;
    const from = Math.max(0, mark.start - start);
    const to = Math.min(length, mark.end - start);
    const text = (value: string): Text => ({ type: 'text', value });
    const inner = text(node.value.slice(from, to));
    const wrapper: Element = {
      type: 'element',
      tagName: mark.tagName,
      properties: { ...mark.properties, ...(i === first ? { id: mark.id } : { dataContinues: mark.id }) },
      children: [inner],
    };
    const replacement: ElementContent[] = [];
    if (from > 0) {
      const before = text(node.value.slice(0, from));
      replacement.push(before);
      replaced.push({ node: before, ancestors, start, length: from });
    }
    replacement.push(wrapper);
    replaced.push({ node: inner, ancestors: [...ancestors, wrapper], start: start + from, length: to - from });
    if (to < node.value.length) {
      const after = text(node.value.slice(to));
      replacement.push(after);
      if (to < length) replaced.push({ node: after, ancestors, start: start + to, length: length - to });
    }
    const siblings = parent.children as ElementContent[];
    siblings.splice(siblings.indexOf(node), 1, ...replacement);
    last = { wrapper, ancestors };
  }
  segments.splice(first, end - first, ...replaced);
  if (mark.after && last) insertAfter(mark.after, last.wrapper, last.ancestors);
}

/**
 * The ref goes right after the mark's last segment, or, when that segment is inside a link,
 * after the outermost such link: a link or button inside a link is invalid HTML, and browsers
 * would tear the article's link apart.
 */
function insertAfter(ref: Element, wrapper: Element, ancestors: (Element | Root)[]): void {
  const outerLink = ancestors.findIndex((a) => a.type === 'element' && a.tagName === 'a');
  const [host, after] = outerLink > 0 ? [ancestors[outerLink - 1]!, ancestors[outerLink]!] : [ancestors[ancestors.length - 1]!, wrapper];
  const siblings = host.children as (ElementContent | Root)[];
  siblings.splice(siblings.indexOf(after) + 1, 0, ref);
}

const rehypeAnnotations: Plugin<[Options], Root> = (options) => {
  // Outer ranges first, so that a quote inside a claim ends up nested inside the claim's element.
  const marks = [...options.marks].sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
  return (tree: Root) => {
    const { text, segments } = plainTextMap(tree);
    for (const mark of marks) {
      const found = text.slice(mark.start, mark.end);
      if (mark.start >= mark.end || mark.end > text.length || (mark.text !== undefined && found !== mark.text)) {
        throw new Error(
          `annotation ${mark.id}: offsets ${mark.start}-${mark.end} hold ${JSON.stringify(found)}` +
            `${mark.text === undefined ? '' : `, not ${JSON.stringify(mark.text)}`}; ` +
            'the offsets were not measured on this article\'s plain text (src/lib/anchoring/plain-text-map.ts)',
        );
      }
      wrapRange(segments, mark);
    }
  };
};

export default rehypeAnnotations;
