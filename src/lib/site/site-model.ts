/**
 * Everything the reading site derives from the corpus: articles newest first, a timeline
 * grouped by year and month, pages per actor with their quotes, claims and events, and the
 * quote and claim indexes. Pure and deterministic: every list has a total order.
 */
import type { Actor, FactEvent, Precision, Verdict } from '../schema/index.ts';
import type { ActorRef, ArticleView, ClaimView, DateView, QuoteView } from './article-view.ts';
import { calendarSortKey, formatCalendarValue } from './format-calendar.ts';
import { VERDICTS } from './verdicts.ts';

export interface ArticleLink {
  slug: string;
  title: string;
  published: string;
  publisher: string;
}

export interface SourceLink {
  article: ArticleLink;
  /** Deep link into the article page: `/articles/<slug>/#d-2`. */
  href: string;
  text: string;
  context: string;
}

export interface TimelineEntry {
  key: string;
  kind: 'event' | 'date' | 'quote';
  sortKey: string;
  value: string;
  precision: Precision;
  label: string;
  title: string;
  actors: ActorRef[];
  eventId?: string;
  quote?: { text: string; speaker: ActorRef | null };
  sources: SourceLink[];
}

export interface TimelineMonth {
  key: string;
  label: string;
  entries: TimelineEntry[];
}
export interface TimelineYear {
  year: string;
  months: TimelineMonth[];
}

export type QuoteItem = QuoteView & { article: ArticleLink; href: string; sortDate: string };
export type ClaimItem = ClaimView & { article: ArticleLink; href: string; page: string; key: string };

export interface ActorPage {
  actor: Actor;
  quotes: QuoteItem[];
  claimsMade: ClaimItem[];
  claimsAbout: ClaimItem[];
  scorecard: { verdict: Verdict; label: string; count: number }[];
  events: FactEvent[];
  timeline: TimelineEntry[];
}

export interface SiteModel {
  articles: ArticleView[];
  actors: Actor[];
  events: FactEvent[];
  timeline: TimelineEntry[];
  quotes: QuoteItem[];
  claims: ClaimItem[];
  actorPages: Map<string, ActorPage>;
}

const articleLink = (a: ArticleView): ArticleLink => ({ slug: a.slug, title: a.title, published: a.published, publisher: a.publisher });
export const articleHref = (slug: string, anchor?: string) => `/articles/${slug}/${anchor ? `#${anchor}` : ''}`;
/** Claim ids are per article; the site-wide claim key joins the two. */
export const claimKey = (slug: string, id: string) => `${slug}-${id}`;

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Actors whose name or an alias appears in the text, in registry order. */
export function actorsMentioned(text: string, actors: Actor[]): Actor[] {
  return actors.filter((a) => [a.name, ...a.aliases].some((n) => new RegExp(`(?<![\\w-])${escapeRe(n)}(?![\\w-])`).test(text)));
}

export function groupTimeline(entries: TimelineEntry[], order: 'asc' | 'desc' = 'asc'): TimelineYear[] {
  const sorted = [...entries].sort((a, b) => byString(a.sortKey, b.sortKey) || byString(a.key, b.key));
  if (order === 'desc') sorted.reverse();
  const years: TimelineYear[] = [];
  for (const e of sorted) {
    const year = e.sortKey.slice(0, 4);
    const monthKey = e.precision === 'year' ? `${year}` : e.sortKey.slice(0, 7);
    let y = years.at(-1);
    if (!y || y.year !== year) years.push((y = { year, months: [] }));
    let m = y.months.at(-1);
    if (!m || m.key !== monthKey) {
      y.months.push((m = { key: monthKey, label: e.precision === 'year' ? `${year} (year only)` : formatCalendarValue(monthKey, 'month'), entries: [] }));
    }
    m.entries.push(e);
  }
  return years;
}

function sourceOf(article: ArticleView, a: DateView | QuoteView): SourceLink {
  return { article: articleLink(article), href: articleHref(article.slug, a.anchor), text: a.text, context: a.context };
}

function buildTimeline(articles: ArticleView[], actors: Actor[], events: FactEvent[]): TimelineEntry[] {
  const actorName = new Map(actors.map((a) => [a.id, a.name]));
  const entries: TimelineEntry[] = [];
  const eventSources = new Map<string, SourceLink[]>();
  for (const article of articles) {
    for (const d of article.dates) {
      if (d.event) {
        const list = eventSources.get(d.event.id) ?? [];
        list.push(sourceOf(article, d));
        eventSources.set(d.event.id, list);
        continue;
      }
      entries.push({
        key: `date:${article.slug}:${d.id}`,
        kind: 'date',
        sortKey: calendarSortKey(d.value, d.precision),
        value: d.value,
        precision: d.precision,
        label: d.label,
        title: d.context,
        actors: actorsMentioned(d.context, actors).map((a) => ({ id: a.id, name: a.name })),
        sources: [sourceOf(article, d)],
      });
    }
    for (const q of article.quotes) {
      if (!q.said) continue;
      const precision: Precision = /^\d{4}$/.test(q.said.value) ? 'year' : q.said.value.includes('W') ? 'week' : q.said.value.length === 7 ? 'month' : 'day';
      entries.push({
        key: `quote:${article.slug}:${q.id}`,
        kind: 'quote',
        sortKey: calendarSortKey(q.said.value, precision),
        value: q.said.value,
        precision,
        label: q.said.label,
        title: q.speaker ? `${q.speaker.name} said` : 'Quote',
        actors: q.speaker && q.speaker.id !== 'publisher' ? [q.speaker] : [],
        quote: { text: q.text, speaker: q.speaker },
        sources: [sourceOf(article, q)],
      });
    }
  }
  for (const event of events) {
    const sources = (eventSources.get(event.id) ?? []).sort((a, b) => byString(a.article.published, b.article.published) || byString(a.href, b.href));
    entries.push({
      key: `event:${event.id}`,
      kind: 'event',
      sortKey: calendarSortKey(event.date, event.precision),
      value: event.date,
      precision: event.precision,
      label: formatCalendarValue(event.date, event.precision),
      title: event.title,
      actors: event.actors.map((id) => ({ id, name: actorName.get(id) ?? id })),
      eventId: event.id,
      sources,
    });
  }
  return entries.sort((a, b) => byString(a.sortKey, b.sortKey) || byString(a.key, b.key));
}

export function buildSiteModel(articleList: ArticleView[], actorList: Actor[], eventList: FactEvent[]): SiteModel {
  const articles = [...articleList].sort((a, b) => byString(b.published, a.published) || byString(a.slug, b.slug));
  const actors = [...actorList].sort((a, b) => byString(a.name, b.name) || byString(a.id, b.id));
  const events = [...eventList].sort((a, b) => byString(calendarSortKey(a.date, a.precision), calendarSortKey(b.date, b.precision)) || byString(a.id, b.id));
  const timeline = buildTimeline(articles, actors, events);

  const quotes: QuoteItem[] = articles
    .flatMap((a) => a.quotes.map((q) => ({ ...q, article: articleLink(a), href: articleHref(a.slug, q.anchor), sortDate: q.said?.value ?? a.published })))
    .sort((a, b) => byString(b.sortDate, a.sortDate) || byString(a.href, b.href));
  const claims: ClaimItem[] = articles
    .flatMap((a) =>
      a.claims.map((c) => ({ ...c, article: articleLink(a), href: articleHref(a.slug, c.anchor), key: claimKey(a.slug, c.id), page: `/claims/${claimKey(a.slug, c.id)}/` })),
    )
    .sort((a, b) => byString(b.article.published, a.article.published) || byString(a.key, b.key));

  const actorPages = new Map<string, ActorPage>();
  for (const actor of actors) {
    const claimsMade = claims.filter((c) => c.claimant.id === actor.id);
    const claimsAbout = claims.filter((c) => c.claimant.id !== actor.id && actorsMentioned(c.text, [actor]).length > 0);
    actorPages.set(actor.id, {
      actor,
      quotes: quotes.filter((q) => q.speaker?.id === actor.id),
      claimsMade,
      claimsAbout,
      scorecard: VERDICTS.map((v) => ({ verdict: v.verdict, label: v.label, count: claimsMade.filter((c) => c.verdict === v.verdict).length })),
      events: events.filter((e) => e.actors.includes(actor.id)),
      timeline: timeline.filter((t) => t.actors.some((a) => a.id === actor.id)),
    });
  }
  return { articles, actors, events, timeline, quotes, claims, actorPages };
}
