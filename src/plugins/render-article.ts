/**
 * Markdown body → HTML with annotations wrapped, through unified: the article's tree as the
 * loader makes it (`articleTree`: remark-parse → remark-rehype), then rehype-annotations →
 * rehype-stringify. Building the tree with the loader's own function is what keeps the
 * plugin's offsets and the loader's the same.
 */
import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { articleTree } from '../lib/anchoring/index.ts';
import type { ArticleView } from '../lib/site/article-view.ts';
import rehypeAnnotations, { type Mark } from './rehype-annotations.ts';

/** What the marks are made of: the annotations of an article view. */
export interface MarkSources {
  quotes: Pick<ArticleView['quotes'][number], 'id' | 'anchor' | 'text' | 'start' | 'end' | 'speaker'>[];
  claims: Pick<ArticleView['claims'][number], 'id' | 'anchor' | 'text' | 'start' | 'end' | 'verdict' | 'verdictLabel'>[];
  dates: Pick<ArticleView['dates'][number], 'id' | 'anchor' | 'text' | 'start' | 'end' | 'value' | 'label'>[];
}

export function marksOf(article: MarkSources): Mark[] {
  const ref = (anchor: string, label: string) => ({ href: `#note-${anchor}`, label, text: anchor.replace('-', '') });
  return [
    ...article.claims.map((c): Mark => ({
      start: c.start, end: c.end, text: c.text, id: c.anchor, tagName: 'span',
      properties: { className: ['ann-claim'], dataVerdict: c.verdict },
      ref: ref(c.anchor, `Claim ${c.id}: ${c.verdictLabel}`),
    })),
    ...article.quotes.map((q): Mark => ({
      start: q.start, end: q.end, text: q.text, id: q.anchor, tagName: 'q',
      properties: { className: ['ann-quote'], ...(q.speaker ? { dataSpeaker: q.speaker.id } : {}) },
      ref: ref(q.anchor, `Quote ${q.id}${q.speaker ? ` by ${q.speaker.name}` : ''}`),
    })),
    ...article.dates.map((d): Mark => ({
      start: d.start, end: d.end, text: d.text, id: d.anchor, tagName: 'time',
      properties: { className: ['ann-date'], dateTime: d.value },
      ref: ref(d.anchor, `Date ${d.id}: ${d.label}`),
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
  const processor = unified().use(rehypeExternalLinks).use(rehypeAnnotations, { marks }).use(rehypeStringify).freeze();
  return processor.stringify(processor.runSync(articleTree(body)));
}

export function renderArticleHtml(article: ArticleView): string {
  return renderAnnotatedHtml(article.body, marksOf(article));
}
