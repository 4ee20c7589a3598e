/**
 * Compact rows: how lists (archives, actor pages, indexes, the home page) show an article, a
 * quote or a claim. Each quote and claim is rendered in full in one place only (its card in
 * the article, or a decided claim's own page); a row carries just enough to recognise the item
 * and links there, so list pages stay small however large the corpus grows.
 */
import type { Actor } from '../schema/index.ts';
import { quoteInContext, type ActorRef, type ArticleView, type ClaimView, type InContext, type QuoteView, type ReviewView } from './article-view.ts';
import { calendarSortKey } from './format-calendar.ts';
import { archiveKeyOfValue, precisionOfValue } from './precision.ts';
import { noteAnchor, routes } from './routes.ts';

export interface ArticleLink {
  slug: string;
  href: string;
  title: string;
  published: string;
  publishedLabel: string;
  publisher: string;
  /** The publisher's page, when the publisher is an actor. */
  publisherHref?: string;
}

export interface ArticleRow extends ArticleLink {
  summary: string;
  reviewed: boolean;
  counts: { quotes: number; claims: number; dates: number };
}

export interface QuoteRow {
  /** `<slug>:<id>`, unique across the site. */
  key: string;
  id: string;
  text: string;
  speaker: ActorRef | null;
  /** The speaker's page, when the speaker is in the registry. */
  speakerHref?: string;
  /** The quote in its article: `/articles/<slug>/#q-3`. */
  href: string;
  article: ArticleLink;
  /** When it was said, if known; otherwise the article's date, and the label says so. */
  sortDate: string;
  dateLabel: string;
  said?: { value: string; label: string };
  /** The whole sentence, with the quoted words marked. */
  inContext: InContext;
  original?: string;
  note?: string;
  reviewed: boolean;
}

export interface ClaimRow {
  /** `<slug>-<id>`, unique across the site. */
  key: string;
  id: string;
  /** The anchored words of the article: the evidence. */
  text: string;
  /** The editor's one-line statement, when decided. */
  statement?: string;
  /** What lists and headlines show: the statement, else the anchored words in quotation marks. */
  headline: string;
  verdict: ClaimView['verdict'];
  verdictLabel: string;
  claimant: ActorRef;
  claimantHref?: string;
  /** Where the claim is shown in full: its page once decided, else its card in the article. */
  href: string;
  /** The claim in its article's text. */
  textHref: string;
  article: ArticleLink;
  reviewed: boolean;
  /** Decided by an editor: reviewed with a verdict other than "not yet checked". */
  rated: boolean;
  review?: ReviewView;
}

/** Anything a page links to that may or may not have a page of its own. */
export type KnownActors = ReadonlySet<string>;

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
export { byString };

export function articleLink(a: ArticleView): ArticleLink {
  return {
    slug: a.slug,
    href: routes.article(a.slug),
    title: a.title,
    published: a.published,
    publishedLabel: a.publishedLabel,
    publisher: a.publisher,
    ...(a.publisherId ? { publisherHref: routes.actor(a.publisherId) } : {}),
  };
}

export function articleRow(a: ArticleView): ArticleRow {
  return {
    ...articleLink(a),
    summary: a.summary,
    reviewed: a.reviewed,
    counts: { quotes: a.quotes.length, claims: a.claims.length, dates: a.dates.length },
  };
}

/** A claim an editor has decided: it gets a page and a ClaimReview. */
export const isRated = (c: Pick<ClaimView, 'status' | 'verdict'>) => c.status === 'reviewed' && c.verdict !== 'unverified';

/** Where a claim is shown in full. */
export const claimHref = (slug: string, c: Pick<ClaimView, 'id' | 'status' | 'verdict'>) =>
  isRated(c) ? routes.claim(slug, c.id) : routes.article(slug, noteAnchor(c.id));

export function quoteRow(a: ArticleView, q: QuoteView, known: KnownActors): QuoteRow {
  return {
    key: `${a.slug}:${q.id}`,
    id: q.id,
    text: q.text,
    speaker: q.speaker,
    ...(q.speaker && known.has(q.speaker.id) ? { speakerHref: routes.actor(q.speaker.id) } : {}),
    href: routes.annotation(a.slug, q.id),
    article: articleLink(a),
    sortDate: q.said ? calendarSortKey(q.said.value, precisionOfValue(q.said.value)) : a.published,
    // Undated quotes are placed at their article's date and say so.
    dateLabel: q.said ? q.said.label : `reported ${a.publishedLabel}`,
    ...(q.said ? { said: q.said } : {}),
    inContext: quoteInContext(q),
    ...(q.original ? { original: q.original } : {}),
    ...(q.note ? { note: q.note } : {}),
    reviewed: q.status === 'reviewed',
  };
}

/** The archive a quote is filed in: when it was said, as precisely as that is known; else its article's day. */
export const quoteArchiveKey = (q: QuoteRow) => (q.said ? archiveKeyOfValue(q.said.value) : q.sortDate);

export function claimRow(a: ArticleView, c: ClaimView, known: KnownActors): ClaimRow {
  return {
    key: routes.claimKey(a.slug, c.id),
    id: c.id,
    text: c.text,
    ...(c.statement ? { statement: c.statement } : {}),
    headline: claimHeadline(c),
    verdict: c.verdict,
    verdictLabel: c.verdictLabel,
    claimant: c.claimant,
    ...(known.has(c.claimant.id) ? { claimantHref: routes.actor(c.claimant.id) } : {}),
    href: claimHref(a.slug, c),
    textHref: routes.annotation(a.slug, c.id),
    article: articleLink(a),
    reviewed: c.status === 'reviewed',
    rated: isRated(c),
    ...(c.review && isRated(c) ? { review: c.review } : {}),
  };
}

/** A claim's headline: the editor's statement, else the article's words, quoted. */
export const claimHeadline = (c: Pick<ClaimView, 'text' | 'statement'>) => c.statement ?? `“${c.text}”`;

/** The registry entries a page mentions, for its structured data (and nothing else, so the page's key stays narrow). */
export function actorsIn(ids: Iterable<string>, actors: ReadonlyMap<string, Actor>): Actor[] {
  return [...new Set(ids)].sort().flatMap((id) => (actors.has(id) ? [actors.get(id)!] : []));
}
