/**
 * Markdown body → HTML with annotations wrapped, through unified: the article's tree as the
 * loader makes it (`articleTree`: remark-parse → remark-rehype), then rehype-annotations →
 * rehype-stringify. Building the tree with the loader's own function is what keeps the
 * plugin's offsets and the loader's the same.
 */
import type { Element, ElementContent, Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { articleTree } from '../lib/anchoring/index.ts';
import type { ArticleView, ClaimView, DateView, QuoteView } from '../lib/site/article-view.ts';
import { detailsAnchor, REF_CLASS } from '../lib/site/routes.ts';
import { TONE_ICONS, verdictInfo } from '../lib/site/verdicts.ts';
import rehypeAnnotations, { type Mark } from './rehype-annotations.ts';

/** What the marks are made of: the annotations of an article view. */
export interface MarkSources {
  quotes: Pick<QuoteView, 'id' | 'anchor' | 'text' | 'start' | 'end' | 'speaker'>[];
  claims: Pick<ClaimView, 'id' | 'anchor' | 'text' | 'start' | 'end' | 'verdict' | 'verdictLabel'>[];
  dates: Pick<DateView, 'id' | 'anchor' | 'text' | 'start' | 'end' | 'value'>[];
}

type Child = ElementContent | string;
const h = (tagName: string, properties: Element['properties'], ...children: Child[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children: children.map((c) => (typeof c === 'string' ? { type: 'text', value: c } : c)),
});

/**
 * The ref of a mark: a button (at least 24×24 CSS px) that opens the mark's card in place with
 * the HTML `popover` attribute, so it needs no script. The card (AnnotationNotes.astro, `id`
 * `about-q-1`) is the popover itself: it stands in the list below the article until the button
 * opens it next to the mark, so who said it, when, the verdict and its links are written once
 * per page. The whole ref is skipped by search (by its class, REF_CLASS) and the highlight
 * checks (`ann-ref`), so it never joins the article's text.
 */
function ref(anchor: string, button: { label: Child[]; name: string; verdict?: string }): Element {
  // The button is styled as the ref's child (`.ann-ref > button` in global.css), not by a class:
  // an article page has a ref per mark. Its first child is its name for screen readers
  // (`sr-only`, by its place too).
  return h('span', { className: [REF_CLASS] },
    h('button', { type: 'button', popoverTarget: detailsAnchor(anchor.replace('-', '')), ...(button.verdict ? { dataVerdict: button.verdict } : {}) },
      h('span', {}, button.name), ...button.label),
  );
}

export function marksOf(article: MarkSources): Mark[] {
  return [
    ...article.claims.map((c): Mark => ({
      start: c.start, end: c.end, text: c.text, id: c.anchor, tagName: 'span',
      properties: { className: ['ann-claim'], dataVerdict: c.verdict },
      after: ref(c.anchor, { name: `Claim ${c.id}, verdict: `, label: [h('span', { ariaHidden: 'true' }, TONE_ICONS[verdictInfo(c.verdict).tone]), c.verdictLabel], verdict: c.verdict }),
    })),
    ...article.quotes.map((q): Mark => ({
      start: q.start, end: q.end, text: q.text, id: q.anchor, tagName: 'q',
      properties: { className: ['ann-quote'], ...(q.speaker ? { dataSpeaker: q.speaker.id } : {}) },
      after: ref(q.anchor, { name: 'Details of quote ', label: [q.id] }),
    })),
    ...article.dates.map((d): Mark => ({
      start: d.start, end: d.end, text: d.text, id: d.anchor, tagName: 'time',
      properties: { className: ['ann-date'], dateTime: d.value },
      after: ref(d.anchor, { name: 'Details of date ', label: [d.id] }),
    })),
  ];
}

/** Links in the body (reference markers the importer linked to the article's sources) lead to other sites. */
const rehypeExternalLinks = () => (tree: Root) =>
  visit(tree, 'element', (el) => {
    if (el.tagName === 'a' && /^https?:\/\//i.test(String(el.properties.href ?? ''))) el.properties.rel = ['noopener', 'noreferrer'];
  });

/** An article body as HTML, with `marks` (offsets into `articlePlainText(body)`) wrapped. */
export function renderAnnotatedHtml(body: string, marks: Mark[]): string {
  // `popover` and other empty attributes without `=""`: the same attribute, three bytes less, once per mark.
  const processor = unified().use(rehypeExternalLinks).use(rehypeAnnotations, { marks }).use(rehypeStringify, { collapseEmptyAttributes: true }).freeze();
  return processor.stringify(processor.runSync(articleTree(body)));
}

export function renderArticleHtml(article: ArticleView): string {
  return renderAnnotatedHtml(article.body, marksOf(article));
}
