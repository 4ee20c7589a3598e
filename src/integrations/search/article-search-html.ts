/**
 * Prepares a built article page for Pagefind: marks the `<article>` element as the part to
 * index (so the header, navigation and footer are not), and gives it the meta, filters and
 * sort key of its entry as empty marker elements. Only the copy handed to the indexer changes
 * (it keeps the `<article>` alone, without the interface text after each mark and the marks'
 * ids); the page on disk stays as the site wrote it.
 */
import { FactlineError, problem } from '../../lib/errors/index.ts';
import { withoutAnnotationRefs } from './annotation-refs.ts';
import type { ArticleSearchEntry } from './search-records.ts';

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The heading over the names section of the indexed copy. */
export const NAMES_ANCHOR = 'names-in-this-article';

const marker = (attribute: string, key: string, value: string) => `<span ${attribute}="${escapeAttr(`${key}:${value}`)}"></span>`;

/**
 * The ids of the marks in the text (`<q id="q-3">`, `<span id="c-1">`, `<time id="d-2">`) taken
 * off the indexed copy. Pagefind keeps every element with an id as an anchor, with its text, in
 * the page's fragment that a search downloads; only the cards' headings (`note-q-3`) are used,
 * as the quote- and claim-level results, so the marks' anchors were a tenth of each fragment
 * repeating words it already holds.
 */
const withoutMarkIds = (html: string) => html.replace(/(<(?:q|span|time)\b[^>]*?) id="[qcd]-\d+"/g, '$1');

export function markArticleForIndex(html: string, entry: ArticleSearchEntry): string {
  const open = /<article\b[^>]*>/i.exec(html);
  if (!open) {
    throw new FactlineError(
      problem(entry.file, 'the article page has no <article> element, so its text cannot be indexed for search', {
        hint: 'render the article body inside an <article> element',
      }),
    );
  }
  const markers = [
    ...Object.entries(entry.filters).flatMap(([k, values]) => values.map((v) => marker('data-pagefind-filter', k, v))),
    ...Object.entries(entry.meta).map(([k, v]) => marker('data-pagefind-meta', k, v)),
    ...Object.entries(entry.sort).map(([k, v]) => marker('data-pagefind-sort', k, v)),
  ].join('');
  const tag = open[0].replace(/^<article\b/i, '<article data-pagefind-body');
  const at = open.index;
  // The names go last, under a heading of their own: a section apart, so they never show in
  // the excerpt of the article's words or of a card.
  const close = html.lastIndexOf('</article>');
  const names = entry.names ? `<h2 id="${NAMES_ANCHOR}">·</h2><p>${escapeAttr(entry.names)}</p>` : '';
  // Only the article goes to the indexer, in a page of its own language: the head, header and
  // footer would be parsed for nothing (they are not indexed), and are half of every page.
  const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '<html>';
  const body = withoutMarkIds(withoutAnnotationRefs(html.slice(at + open[0].length, close)));
  return `<!doctype html>${htmlTag}<head><meta charset="utf-8"></head><body>${tag}${markers}${body}${names}</article></body></html>`;
}
