/**
 * Lists of other stories that listing pages put around an article: a heading such as
 * "LATEST POSTS", "Related" or "You may also like", then headlines and snippets cut short
 * with "...". Also single "Read more: <headline>" lines.
 *
 * The list runs from its heading over lines shaped like teaser items and stops at the first
 * line of prose, so an article paragraph after a "Read more" button is kept. A headline-shaped
 * line counts as an item only when what follows it is another item, a snippet, boilerplate or
 * the end of the text: a short line that introduces a paragraph is a subheading, not a teaser.
 */
import { isOpen, lineBelow, nextNonBlank, type LineRecord } from './line-record.ts';
import { boilerplateKey, continuesOnNextLine, isHeadlineLike, isTruncatedSnippet } from './line-shape.ts';

const TEASER_HEADINGS = new Set([
  'latest posts', 'latest articles', 'latest news', 'latest stories', 'latest', 'recent posts', 'recent articles',
  'related', 'related articles', 'related posts', 'related stories', 'related news', 'related content', 'related coverage',
  'read more', 'read also', 'also read', 'see also', 'more stories', 'more news', 'more articles', 'more on this story',
  'you may also like', 'you might also like', 'you may have missed', 'recommended', 'recommended for you', 'recommended stories',
  'popular posts', 'popular', 'most read', 'most popular', 'most viewed', 'trending', 'trending now', 'top stories',
  "editor's picks", 'editors picks', "don't miss", 'must read', 'further reading', 'in other news', 'what to read next',
]);

export const isTeaserHeading = (text: string) => TEASER_HEADINGS.has(boilerplateKey(text));

/** "Read more: Trump says …", "RELATED: …", "Also read – …" pointing at another story. */
const READ_MORE_LINE = /^(?:read more|read also|also read|related|see also|more|watch|listen|must read|don't miss|recommended)\s*(?::|–|—|-|\|)\s*(.+)$/i;

export function isReadMoreLine(text: string): boolean {
  const m = READ_MORE_LINE.exec(text.replace(/’/g, "'"));
  if (!m) return false;
  const rest = m[1]!.trim();
  return /^https?:\/\/\S+$/.test(rest) || isHeadlineLike(rest) || isTruncatedSnippet(rest);
}

/** Claim teaser headings, the items listed under them and "Read more:" lines. */
export function markTeaserBlocks(records: LineRecord[]): void {
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    if (!isOpen(r)) continue;
    if (isReadMoreLine(r.text)) {
      r.reason = 'read-more';
      continue;
    }
    if (!isTeaserHeading(r.text)) continue;
    r.reason = 'teaser-heading';
    for (let j = nextNonBlank(records, i); j !== -1; j = nextNonBlank(records, j)) {
      const item = records[j]!;
      if (item.reason !== undefined) continue; // boilerplate inside the list
      if (isTeaserHeading(item.text)) {
        item.reason = 'teaser-heading';
      } else if (isTruncatedSnippet(item.text)) {
        item.reason = 'teaser';
      } else if (isHeadlineLike(item.text) && !continuesOnNextLine(item.text, lineBelow(records, j)) && followedByTeaserMaterial(records, j)) {
        item.reason = 'teaser';
      } else {
        break;
      }
      i = j;
    }
  }
}

function followedByTeaserMaterial(records: LineRecord[], j: number): boolean {
  const k = nextNonBlank(records, j);
  if (k === -1) return true;
  const next = records[k]!;
  return next.reason !== undefined || isTruncatedSnippet(next.text) || isHeadlineLike(next.text) || isTeaserHeading(next.text);
}
