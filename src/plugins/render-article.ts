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
import { detailsAnchor, PUBLISHER_ID, routes } from '../lib/site/routes.ts';
import { TONE_ICONS, verdictInfo } from '../lib/site/verdicts.ts';
import rehypeAnnotations, { type Mark } from './rehype-annotations.ts';

/** What the marks are made of: the annotations of an article view. */
export interface MarkSources {
  quotes: (Pick<QuoteView, 'id' | 'anchor' | 'text' | 'start' | 'end' | 'speaker'> & Partial<Pick<QuoteView, 'said'>>)[];
  claims: (Pick<ClaimView, 'id' | 'anchor' | 'text' | 'start' | 'end' | 'verdict' | 'verdictLabel'> & Partial<Pick<ClaimView, 'claimant'>>)[];
  dates: (Pick<DateView, 'id' | 'anchor' | 'text' | 'start' | 'end' | 'value' | 'label'> & Partial<Pick<DateView, 'event'>>)[];
}

/** Where the details of the marks link to; without it, each links to its card only. */
export interface MarkLinks {
  /** Claim id → where the claim is shown in full (its page, or its card). */
  claimHrefs?: Record<string, string>;
  /** Event id → its entry on the timeline. */
  eventHrefs?: Record<string, string>;
  /** Actors that have a page of their own. */
  known?: ReadonlySet<string>;
  /** The article's date: what a quote or claim without a date of its own is dated by. */
  published?: { value: string; label: string };
}

type Child = ElementContent | string;
const h = (tagName: string, properties: Element['properties'], ...children: Child[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children: children.map((c) => (typeof c === 'string' ? { type: 'text', value: c } : c)),
});
// A line of the details: the popover lays its children out as a column (global.css), so a line
// needs no class, and a line that is one element (the speaker's name in bold) needs no wrapper.
const line = (...children: Child[]) => h('span', {}, ...children);
const time = (d: { value: string; label: string }) => h('time', { dateTime: d.value }, d.label);

/**
 * The ref of a mark: a button (at least 24×24 CSS px) that opens the mark's details in place
 * with the HTML `popover` attribute, so it needs no script; the details name who and when,
 * and link to the annotation's card or page. The whole ref is skipped by search and the
 * highlight checks (`ann-ref`), so it never joins the article's text.
 */
function ref(anchor: string, button: { label: Child[]; name: string; verdict?: string }, details: Child[]): Element {
  const id = detailsAnchor(anchor.replace('-', ''));
  // The button and the details are styled as the ref's children (`.ann-ref > button`,
  // `.ann-ref > [popover]` in global.css), not by classes: an article page has a ref per mark.
  // The button's first child is its name for screen readers (`sr-only`, by its place too).
  return h('span', { className: ['ann-ref'], dataPagefindIgnore: '' },
    h('button', { type: 'button', popoverTarget: id, ...(button.verdict ? { dataVerdict: button.verdict } : {}) },
      h('span', {}, button.name), ...button.label),
    h('span', { id, popover: '' }, ...details),
  );
}

export function marksOf(article: MarkSources, links: MarkLinks = {}): Mark[] {
  const { claimHrefs = {}, eventHrefs = {}, known = new Set<string>(), published } = links;
  const who = (actor: { id: string; name: string }) => (known.has(actor.id) ? h('a', { href: routes.actor(actor.id) }, actor.name) : actor.name);
  // The details' last line, the link to the card or the claim's page, is a child of the popover itself (`[popover] > a`).
  const card = (anchor: string, text: string) => h('a', { href: `#note-${anchor}` }, text);
  return [
    ...article.claims.map((c): Mark => {
      const info = verdictInfo(c.verdict);
      const href = claimHrefs[c.id] ?? `#note-${c.anchor}`;
      return {
        start: c.start, end: c.end, text: c.text, id: c.anchor, tagName: 'span',
        properties: { className: ['ann-claim'], dataVerdict: c.verdict },
        after: ref(c.anchor, { name: `Claim ${c.id}, verdict: `, label: [h('span', { ariaHidden: 'true' }, TONE_ICONS[info.tone]), c.verdictLabel], verdict: c.verdict }, [
          line(h('strong', {}, `Claim ${c.id}`), ' · ', h('span', { className: ['ann-verdict'], dataVerdict: c.verdict }, `${TONE_ICONS[info.tone]} ${c.verdictLabel}`)),
          ...(c.claimant ? [line(...(c.claimant.id === PUBLISHER_ID ? ['Made by the article'] : ['Made by ', who(c.claimant)]), ...(published ? [' · ', time(published)] : []))] : []),
          h('a', { href }, href.startsWith('#') ? 'The claim’s card' : 'The verdict in full'),
        ]),
      };
    }),
    ...article.quotes.map((q): Mark => ({
      start: q.start, end: q.end, text: q.text, id: q.anchor, tagName: 'q',
      properties: { className: ['ann-quote'], ...(q.speaker ? { dataSpeaker: q.speaker.id } : {}) },
      after: ref(q.anchor, { name: 'Details of quote ', label: [q.id] }, [
        h('strong', {}, q.speaker ? who(q.speaker) : 'Speaker not identified'),
        ...(q.said ? [line('said ', time(q.said))] : published ? [line('reported ', time(published))] : []),
        card(q.anchor, `Quote ${q.id}’s card`),
      ]),
    })),
    ...article.dates.map((d): Mark => ({
      start: d.start, end: d.end, text: d.text, id: d.anchor, tagName: 'time',
      properties: { className: ['ann-date'], dateTime: d.value },
      after: ref(d.anchor, { name: 'Details of date ', label: [d.id] }, [
        h('strong', {}, time(d)),
        ...(d.event ? [line(h('a', { href: eventHrefs[d.event.id] ?? routes.timeline }, d.event.name))] : []),
        card(d.anchor, `Date ${d.id}’s card`),
      ]),
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
  // `popover`, `data-pagefind-ignore` and other empty attributes without `=""`: the same attribute, three bytes less, twice per mark.
  const processor = unified().use(rehypeExternalLinks).use(rehypeAnnotations, { marks }).use(rehypeStringify, { collapseEmptyAttributes: true }).freeze();
  return processor.stringify(processor.runSync(articleTree(body)));
}

export function renderArticleHtml(article: ArticleView, links: Omit<MarkLinks, 'published'> = {}): string {
  return renderAnnotatedHtml(article.body, marksOf(article, { ...links, published: { value: article.published, label: article.publishedLabel } }));
}
