/**
 * One search result as a list item, in the look of the site's own cards: a quote with its
 * speaker, date and article; a claim with its verdict; an actor, an event or an article.
 * Every piece of indexed text goes in as text (see highlight.ts).
 */
import type { PagefindResultData } from './pagefind-loader.ts';
import { appendPieces, excerptPieces, markTerms, withoutPrefix } from './highlight.ts';

export interface RenderContext {
  doc: Document;
  /** The words searched for, to mark in the result. */
  query: string;
  /** A verdict badge as the site draws it, or undefined for an unknown verdict. */
  verdictBadge: (verdict: string) => Node | undefined;
  /** Kind labels: `quote` → `Quote`. */
  kindLabel: (kind: string) => string;
}

/** Quotes longer than this show Pagefind's excerpt around the match instead of all their words. */
const LONG_TEXT = 320;

type Child = Node | string | null | undefined | false;

function h(doc: Document, tag: string, attrs: Record<string, string | undefined>, ...children: Child[]): HTMLElement {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, v);
  for (const c of children) if (c) el.append(c);
  return el;
}

const sep = () => ' · ';

function time(doc: Document, label: string | undefined, datetime: string | undefined): Child {
  if (!label) return null;
  if (!datetime) return label;
  // "said 28 May 2025": the verb stays outside the <time> element.
  const m = /^(said |reported )?(.*)$/.exec(label)!;
  const t = h(doc, 'time', { datetime }, m[2]!);
  if (!m[1]) return t;
  const span = h(doc, 'span', {}, m[1], t);
  return span;
}

function marked(ctx: RenderContext, text: string, data: PagefindResultData, tag = 'span', className?: string): HTMLElement {
  const el = h(ctx.doc, tag, { class: className });
  const pieces =
    text.length > LONG_TEXT && data.excerpt
      ? [{ text: '… ', marked: false }, ...excerptPieces(data.excerpt, (html) => new DOMParser().parseFromString(html, 'text/html')), { text: ' …', marked: false }]
      : markTerms(text, ctx.query);
  appendPieces(el, pieces);
  return el;
}

export function renderResult(data: PagefindResultData, ctx: RenderContext): HTMLLIElement {
  const { doc } = ctx;
  const meta = data.meta;
  const kind = meta.kind ?? 'article';
  const title = meta.title ?? data.url;
  const li = h(doc, 'li', { class: 'card', 'data-kind': kind, 'data-result': '' }) as HTMLLIElement;
  const eyebrow = h(doc, 'p', { class: 'eyebrow flex flex-wrap items-center gap-2' }, ctx.kindLabel(kind));
  if (meta.unreviewed) eyebrow.append(h(doc, 'span', { class: 'font-normal normal-case tracking-normal' }, '· not yet reviewed'));
  li.append(eyebrow);

  switch (kind) {
    case 'quote': {
      const link = h(doc, 'a', { href: data.url, class: 'link-plain', 'data-result-link': '' });
      link.append(marked(ctx, title, data));
      li.append(h(doc, 'blockquote', { class: 'quote-text mt-2' }, h(doc, 'p', {}, link)));
      li.append(
        h(
          doc,
          'p',
          { class: 'mt-3 text-sm text-stone-700 dark:text-stone-300' },
          meta.speaker
            ? h(doc, 'a', { href: meta.speakerUrl, class: 'font-semibold text-stone-900 underline dark:text-stone-50', 'data-speaker': '' }, meta.speaker)
            : h(doc, 'span', { class: 'font-semibold', 'data-speaker': '' }, 'Speaker not identified'),
          sep(),
          h(doc, 'span', { 'data-date': '' }, time(doc, meta.date, meta.datetime)),
        ),
      );
      if (meta.article) li.append(h(doc, 'p', { class: 'muted mt-1 text-sm', 'data-article': '' }, `In “${meta.article}”`));
      break;
    }
    case 'claim': {
      const badge = meta.verdict ? ctx.verdictBadge(meta.verdict) : undefined;
      if (badge) eyebrow.append(badge);
      else if (meta.verdictLabel) eyebrow.append(h(doc, 'span', {}, `· ${meta.verdictLabel}`));
      const link = h(doc, 'a', { href: data.url, class: 'link-plain', 'data-result-link': '' });
      link.append(marked(ctx, title, data));
      li.append(h(doc, 'p', { class: 'mt-2 font-serif text-lg leading-snug' }, link));
      li.append(
        h(
          doc,
          'p',
          { class: 'mt-3 text-sm text-stone-700 dark:text-stone-300' },
          meta.claimant ? h(doc, 'span', { class: 'font-semibold' }, meta.claimant) : null,
          meta.claimant && sep(),
          time(doc, meta.date, meta.datetime),
        ),
      );
      if (meta.article) {
        li.append(
          h(doc, 'p', { class: 'mt-1 text-sm' }, meta.source ? h(doc, 'a', { class: 'link', href: meta.source }, `In “${meta.article}”`) : `In “${meta.article}”`),
        );
      }
      break;
    }
    case 'actor': {
      const link = h(doc, 'a', { href: data.url, class: 'link-plain', 'data-result-link': '' });
      link.append(marked(ctx, title, data));
      li.append(h(doc, 'h2', { class: 'mt-1 font-serif text-xl font-semibold' }, link));
      if (meta.roles) li.append(h(doc, 'p', { class: 'muted mt-2 text-sm' }, meta.roles));
      break;
    }
    case 'event': {
      const link = h(doc, 'a', { href: data.url, class: 'link-plain', 'data-result-link': '' });
      link.append(marked(ctx, title, data));
      li.append(h(doc, 'h2', { class: 'mt-1 font-serif text-lg font-semibold leading-snug' }, link));
      li.append(
        h(doc, 'p', { class: 'mt-2 text-sm text-stone-700 dark:text-stone-300' }, time(doc, meta.date, meta.datetime), meta.actors && sep(), meta.actors),
      );
      break;
    }
    default: {
      const link = h(doc, 'a', { href: data.url, class: 'link-plain', 'data-result-link': '' }, title);
      li.append(h(doc, 'h2', { class: 'mt-1 font-serif text-xl font-semibold leading-snug' }, link));
      const excerpt = bodyExcerpt(data);
      if (excerpt) {
        const p = h(doc, 'p', { class: 'mt-2 text-stone-700 dark:text-stone-300' });
        appendPieces(p, excerptPieces(excerpt, (html) => new DOMParser().parseFromString(html, 'text/html')));
        li.append(p);
      }
      li.append(
        h(doc, 'p', { class: 'muted mt-2 text-sm' }, time(doc, meta.date, meta.datetime), meta.publisher && sep(), meta.publisher),
      );
    }
  }
  return li;
}

/**
 * The excerpt from the article's own words: its matching cards are results of their own. Pages
 * without sections (and searches without words) keep Pagefind's excerpt.
 */
function bodyExcerpt(data: PagefindResultData): string {
  if (!data.sub_results?.length) return data.excerpt;
  return data.sub_results.find((s) => !s.url.includes('#'))?.excerpt ?? '';
}

/** Quote and claim cards of an article that match, at most this many per article. */
const MAX_CARDS = 3;

export interface CardMatch {
  kind: 'quote' | 'claim';
  /** The card's heading: "Donald Trump · said 28 May 2025", "Claim c2 · made by the article". */
  title: string;
  /** The annotation in the article's text: `…/#q-3`. */
  url: string;
  excerpt: string;
}

/** The article's annotation cards that match the query (their headings' ids are `note-q-3`, `note-c-1`). */
export function annotationMatches(data: PagefindResultData): CardMatch[] {
  const out: CardMatch[] = [];
  for (const sub of data.sub_results ?? []) {
    const m = /#note-([qc])-(\d+)$/.exec(sub.url);
    if (!m) continue;
    out.push({ kind: m[1] === 'q' ? 'quote' : 'claim', title: sub.title.replace(/\s+/g, ' ').trim(), url: sub.url.replace('#note-', '#'), excerpt: sub.excerpt });
    if (out.length === MAX_CARDS) break;
  }
  return out;
}

/**
 * A matching quote or claim card of an article, as a result of its own: a quote's card heading
 * names its speaker and date ("Donald Trump · said 28 May 2025"), a claim's its number and
 * claimant; the excerpt shows the matching words.
 */
export function renderCard(card: CardMatch, data: PagefindResultData, ctx: RenderContext): HTMLLIElement {
  const { doc } = ctx;
  const li = h(doc, 'li', { class: 'card', 'data-kind': card.kind, 'data-result': '' }) as HTMLLIElement;
  li.append(h(doc, 'p', { class: 'eyebrow' }, ctx.kindLabel(card.kind)));
  const link = h(doc, 'a', { href: card.url, class: 'link-plain', 'data-result-link': '' });
  appendPieces(link, withoutPrefix(excerptPieces(card.excerpt, (html) => new DOMParser().parseFromString(html, 'text/html')), card.title));
  if (card.kind === 'quote') {
    li.append(h(doc, 'blockquote', { class: 'quote-text mt-2' }, h(doc, 'p', {}, link)));
    const [who = '', when = ''] = card.title.split(' · ');
    li.append(
      h(
        doc,
        'p',
        { class: 'mt-3 text-sm text-stone-700 dark:text-stone-300' },
        h(doc, 'span', { class: 'font-semibold', 'data-speaker': '' }, who),
        when && sep(),
        when && h(doc, 'span', { 'data-date': '' }, when),
      ),
    );
  } else {
    li.append(h(doc, 'p', { class: 'mt-2 font-serif text-lg leading-snug' }, link));
    li.append(h(doc, 'p', { class: 'mt-3 text-sm text-stone-700 dark:text-stone-300' }, card.title));
  }
  if (data.meta.title) li.append(h(doc, 'p', { class: 'muted mt-1 text-sm', 'data-article': '' }, `In “${data.meta.title}”`));
  return li;
}

/**
 * The list items of one result: an article's matching quote and claim cards first, each a
 * result of its own with a deep link, then the article itself; any other record as it is.
 */
export function renderResults(data: PagefindResultData, ctx: RenderContext): HTMLLIElement[] {
  const cards = (data.meta.kind ?? 'article') === 'article' ? annotationMatches(data) : [];
  return [...cards.map((c) => renderCard(c, data, ctx)), renderResult(data, ctx)];
}
