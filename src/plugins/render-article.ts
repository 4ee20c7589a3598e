/**
 * Markdown body → HTML with annotations wrapped, through unified:
 * remark-parse → remark-rehype → rehype-annotations → rehype-stringify.
 */
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { ArticleView } from '../lib/site/article-view.ts';
import rehypeAnnotations, { type Mark } from './rehype-annotations.ts';

export function marksOf(article: ArticleView): Mark[] {
  const ref = (anchor: string, label: string) => ({ href: `#note-${anchor}`, label, text: anchor.replace('-', '') });
  return [
    ...article.claims.map((c): Mark => ({
      start: c.start, end: c.end, id: c.anchor, tagName: 'span',
      properties: { className: ['ann-claim'], dataVerdict: c.verdict },
      ref: ref(c.anchor, `Claim ${c.id}: ${c.verdictLabel}`),
    })),
    ...article.quotes.map((q): Mark => ({
      start: q.start, end: q.end, id: q.anchor, tagName: 'q',
      properties: { className: ['ann-quote'], ...(q.speaker ? { dataSpeaker: q.speaker.id } : {}) },
      ref: ref(q.anchor, `Quote ${q.id}${q.speaker ? ` by ${q.speaker.name}` : ''}`),
    })),
    ...article.dates.map((d): Mark => ({
      start: d.start, end: d.end, id: d.anchor, tagName: 'time',
      properties: { className: ['ann-date'], dateTime: d.value },
      ref: ref(d.anchor, `Date ${d.id}: ${d.label}`),
    })),
  ];
}

export function renderArticleHtml(article: ArticleView): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkRehype)
      .use(rehypeAnnotations, { marks: marksOf(article) })
      .use(rehypeStringify)
      .processSync(article.body),
  );
}
