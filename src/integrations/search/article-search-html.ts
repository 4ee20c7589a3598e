/**
 * Prepares a built article page for Pagefind: marks the `<article>` element as the part to
 * index (so the header, navigation and footer are not), and gives it the meta, filters and
 * sort key of its entry as empty marker elements. Only the copy handed to the indexer changes
 * (it keeps the `<article>` alone, reduced to what the index depends on: see indexedBody); the
 * page on disk stays as the site wrote it.
 */
import { FactlineError, problem } from '../../lib/errors/index.ts';
import { REF_CLASS } from '../../lib/site/routes.ts';
import type { ArticleSearchEntry } from './search-records.ts';

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The heading over the names section of the indexed copy. */
export const NAMES_ANCHOR = 'names-in-this-article';

const marker = (attribute: string, key: string, value: string) => `<span ${attribute}="${escapeAttr(`${key}:${value}`)}"></span>`;

/** A tag of the site's own markup. Astro escapes `>` in attribute values, so none holds one. */
const TAG = /<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g;
const ATTRIBUTE = /([^\s=/]+)(?:="([^"]*)")?/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * The attributes Pagefind reads: ids (anchors and sub-results), the language, its own
 * `data-pagefind-*` and the attributes they name to index, an image's address and text (a
 * result's image), and those its exclusion selectors name (ARTICLE_EXTRAS in
 * build-search-index.ts). The marks' ids (`q-3`, `c-1`, `d-2`) and the cards' own (`about-q-3`,
 * which the buttons after the marks open) are dropped too: Pagefind keeps every element with an
 * id as an anchor, with its text, in the fragment a search downloads, and only the cards'
 * headings (`note-q-3`) are used.
 */
function kept(tag: string, name: string, value: string | undefined, indexed: readonly string[]): boolean {
  if (name === 'id') return value !== undefined && !/^(?:about-)?[qcd]-\d+$/.test(value);
  if (tag === 'img' && (name === 'src' || name === 'alt')) return true;
  return name === 'lang' || name === 'role' || name === 'aria-labelledby' || name.startsWith('data-pagefind-') || indexed.includes(name);
}

/**
 * Whether a start tag's element is left out of the indexed copy, with all it holds: one marked
 * `data-pagefind-ignore`, a ref, or a link within the page (`href="#…"`, as "Back to quote q1 in
 * the text" under each card): such links are the page's own navigation, not its words.
 */
function skipped(name: string, attributes: string): boolean {
  if (/(^|\s)data-pagefind-ignore(\s|=|\/|$)/.test(attributes)) return true;
  if (name === 'a' && /(?:^|\s)href="#/.test(attributes)) return true;
  const classes = /(?:^|\s)class="([^"]*)"/.exec(attributes)?.[1];
  return classes !== undefined && classes.split(/\s+/).includes(REF_CLASS);
}

/** Where the element whose start tag ends at `from` ends (after its end tag), or -1 if it never does. */
function endOf(html: string, name: string, from: number): number {
  if (VOID.has(name)) return from;
  const same = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  same.lastIndex = from;
  let depth = 1;
  for (let m = same.exec(html); m; m = same.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return same.lastIndex;
  }
  return -1;
}

/**
 * The part of an article page the indexer reads, reduced to what its output depends on: the
 * elements marked `data-pagefind-ignore` are left out (the button and details after each mark,
 * the verdict badges, the reviews' statements and explanations, the sources), and tags keep
 * only the attributes Pagefind reads. Two pages that index alike then give the same copy, so the
 * copy's digest is the page's stamp in the index's digest: a corrected verdict changes the
 * article's page but not its copy, and the main index is not made again for it. It is also a
 * third less for the indexer to parse. A linear scan over the site's own markup, not a parser.
 *
 * @example indexedBody('<p>“<q class="ann-quote" id="q-1" data-speaker="ana">We will</q><span class="ann-ref"><button>q1</button></span>,” she said.</p>')
 *          // '<p>“<q>We will</q>,” she said.</p>'
 */
export function indexedBody(html: string): string {
  const out: string[] = [];
  let at = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const [tag, close, name, attributes] = m as unknown as [string, string, string, string];
    out.push(html.slice(at, m.index));
    at = TAG.lastIndex;
    if (close) {
      out.push(`</${name}>`);
      continue;
    }
    if (skipped(name.toLowerCase(), attributes)) {
      const end = endOf(html, name.toLowerCase(), TAG.lastIndex);
      if (end !== -1) {
        at = TAG.lastIndex = end;
        continue;
      }
    }
    const all = [...attributes.matchAll(ATTRIBUTE)];
    const indexed = (all.find(([, n]) => n === 'data-pagefind-index-attrs')?.[2] ?? '').split(',').map((a) => a.trim());
    const keep = all.filter(([, n, v]) => kept(name.toLowerCase(), n!, v, indexed)).map(([a]) => ` ${a}`);
    out.push(`<${name}${keep.join('')}${tag.endsWith('/>') ? '/' : ''}>`);
  }
  out.push(html.slice(at));
  return out.join('');
}

/**
 * What the indexer is given of an article page, apart from its search entry: the `<html>` tag
 * (its language chooses the index) and the article's indexed body. Only the article goes to the
 * indexer: the head, header and footer would be parsed for nothing (they are not indexed), and
 * are half of every page.
 */
export function indexedArticle(html: string, file: string): { htmlTag: string; body: string } {
  const open = /<article\b[^>]*>/i.exec(html);
  const close = html.lastIndexOf('</article>');
  if (!open || close < open.index) {
    throw new FactlineError(
      problem(file, 'the article page has no <article> element, so its text cannot be indexed for search', {
        hint: 'render the article body inside an <article> element',
      }),
    );
  }
  return { htmlTag: /<html\b[^>]*>/i.exec(html)?.[0] ?? '<html>', body: indexedBody(html.slice(open.index + open[0].length, close)) };
}

/** The page handed to the indexer: the indexed article with its entry's markers and names. */
export function markArticleForIndex(html: string, entry: ArticleSearchEntry): string {
  const { htmlTag, body } = indexedArticle(html, entry.file);
  const markers = [
    ...Object.entries(entry.filters).flatMap(([k, values]) => values.map((v) => marker('data-pagefind-filter', k, v))),
    ...Object.entries(entry.meta).map(([k, v]) => marker('data-pagefind-meta', k, v)),
    ...Object.entries(entry.sort).map(([k, v]) => marker('data-pagefind-sort', k, v)),
  ].join('');
  // The names go last, under a heading of their own: a section apart, so they never show in
  // the excerpt of the article's words or of a card.
  const names = entry.names ? `<h2 id="${NAMES_ANCHOR}">·</h2><p>${escapeAttr(entry.names)}</p>` : '';
  return `<!doctype html>${htmlTag}<head><meta charset="utf-8"></head><body><article data-pagefind-body>${markers}${body}${names}</article></body></html>`;
}
