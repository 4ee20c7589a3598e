/**
 * Everything the reading site derives from the corpus: articles newest first, a timeline
 * grouped by year and month and cut into pages of bounded size, pages per actor with their
 * quotes, claims and events, and the quote and claim indexes. Pure and deterministic: every
 * list has a total order, so the same content builds the same site.
 */
import type { Actor, FactEvent, Precision, Verdict } from '../schema/index.ts';
import type { ActorRef, ArticleView, ClaimView, DateView, QuoteView } from './article-view.ts';
import { calendarSortKey, formatCalendarValue } from './format-calendar.ts';
import { VERDICTS } from './verdicts.ts';

export interface ArticleLink {
  slug: string;
  title: string;
  published: string;
  publishedLabel: string;
  publisher: string;
}

/** A passage split around the words it highlights, so pages can mark them without string logic. */
export interface Excerpt {
  before: string;
  text: string;
  after: string;
}

export interface SourceLink {
  article: ArticleLink;
  /** Deep link into the article page: `/articles/<slug>/#d-2`. */
  href: string;
  text: string;
  context: string;
  excerpt: Excerpt;
}

export interface TimelineEntry {
  key: string;
  /** Element id of the entry on a timeline page, e.g. `event-trump-putin-call-2025-05-19`. */
  anchor: string;
  kind: 'event' | 'date' | 'quote';
  sortKey: string;
  value: string;
  precision: Precision;
  label: string;
  title: string;
  description?: string;
  actors: ActorRef[];
  eventId?: string;
  quote?: { text: string; speaker: ActorRef | null };
  sources: SourceLink[];
}

export interface TimelineMonth {
  key: string;
  label: string;
  /** True when the month began on the previous page. */
  continued: boolean;
  entries: TimelineEntry[];
}
export interface TimelineYear {
  year: string;
  months: TimelineMonth[];
}

export type TimelineOrder = 'asc' | 'desc';

/** One static timeline page: a bounded slice of whole months (a huge month is split). */
export interface TimelinePage {
  /** Site path of the page, e.g. `/timeline/`, `/timeline/newest/page/2/`. */
  path: string;
  order: TimelineOrder;
  number: number;
  count: number;
  /** "February 2022 – May 2025": what the page covers, for its title and the page list. */
  range: string;
  years: TimelineYear[];
  /** Links to every page of the same timeline and order. */
  pages: { number: number; path: string; range: string }[];
  /** The same timeline in the other order (its first page). */
  otherOrderPath: string;
  /** Where each year starts, for a jump list: `{ year, href }` with `#y-<year>`. */
  yearLinks: { year: string; href: string }[];
  actor?: ActorRef;
}

export type QuoteItem = QuoteView & { article: ArticleLink; href: string; sortDate: string; dateLabel: string; dated: boolean };
export type ClaimItem = ClaimView & {
  article: ArticleLink;
  href: string;
  page: string;
  key: string;
  /** The paragraph the claim sits in, split around the claim's words. */
  paragraph: Excerpt;
  /** Checked by an editor and given a verdict: the claims that get a ClaimReview. */
  rated: boolean;
  /** The claimant's actor page, unless the claim is the article's own. */
  claimantHref?: string;
};

export interface ScorecardRow {
  verdict: Verdict;
  label: string;
  count: number;
}

export interface RoleLine {
  title: string;
  /** "20 January 2017 – 20 January 2021", "since 20 January 2025". */
  period: string;
  note?: string;
  current: boolean;
}

export interface ActorPage {
  actor: Actor;
  roles: RoleLine[];
  quotes: QuoteItem[];
  claimsMade: ClaimItem[];
  claimsAbout: ClaimItem[];
  scorecard: ScorecardRow[];
  aboutScorecard: ScorecardRow[];
  /** Newest first, like the quotes. */
  events: FactEvent[];
  timeline: TimelineEntry[];
  /** `/timeline/<id>/` when the actor has timeline entries. */
  timelinePath?: string;
}

export interface QuoteGroup {
  speaker: ActorRef | null;
  /** The actor page, when the speaker is in the registry. */
  href?: string;
  /** All of the speaker's quotes: `/quotes/<actor>/`. */
  listPath: string;
  quotes: QuoteItem[];
}

export interface ClaimGroup {
  verdict: Verdict;
  label: string;
  definition: string;
  claims: ClaimItem[];
}

/** One page of a long list, e.g. `/articles/page/2/`. */
export interface ListPage<T> {
  path: string;
  number: number;
  items: T[];
  total: number;
  pages: { number: number; path: string }[];
}

/** A speaker's quotes, all of them, in pages (`/quotes/<actor>/`). */
export interface SpeakerQuotes {
  speaker: ActorRef | null;
  href?: string;
  pages: ListPage<QuoteItem>[];
}

export interface SiteModel {
  articles: ArticleView[];
  actors: Actor[];
  events: FactEvent[];
  timeline: TimelineEntry[];
  /** Every page of the site-wide timeline, both orders, and of each actor's timeline. */
  timelinePages: TimelinePage[];
  /** Entry key → its place on the oldest-first site timeline (`/timeline/#event-…`). */
  timelineHref: Map<string, string>;
  /** Every article, newest first, in pages (`/articles/`). */
  articlePages: ListPage<ArticleView>[];
  quotes: QuoteItem[];
  quotesBySpeaker: QuoteGroup[];
  /** Speaker id ('' when unattributed) → all their quotes in pages. */
  speakerQuotes: Map<string, SpeakerQuotes>;
  claims: ClaimItem[];
  claimsByVerdict: ClaimGroup[];
  /** Verdict → every claim with it, in pages (`/claims/verdict/<verdict>/`). */
  claimVerdictPages: Map<Verdict, ListPage<ClaimItem>[]>;
  /** Verdict counts over every claim. */
  claimScorecard: ScorecardRow[];
  actorPages: Map<string, ActorPage>;
}

/**
 * The weight one timeline page holds: an entry weighs one, plus one per source sentence it
 * quotes. Sixty single-source dates fit on a page, but so do only a few events that many
 * articles report, so no page grows without bound however the corpus grows.
 */
export const TIMELINE_PAGE_SIZE = 120;
/** An entry's share of a timeline page. */
export const timelineWeight = (e: TimelineEntry) => 1 + e.sources.length;
/** At most this many items on one page of a list (articles, a verdict's claims, a speaker's quotes). */
export const LIST_PAGE_SIZE = 25;

/** Cut a list into pages: `base` is page 1, then `base` + `page/2/`, … An empty list has one empty page. */
export function paginate<T>(items: T[], base: string, size = LIST_PAGE_SIZE): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  const pages = Array.from({ length: count }, (_, i) => ({ number: i + 1, path: i === 0 ? base : `${base}page/${i + 1}/` }));
  return pages.map((p, i) => ({ ...p, items: items.slice(i * size, (i + 1) * size), total: items.length, pages }));
}

/** Where an unattributed quote's list lives. */
export const UNATTRIBUTED = 'unattributed';

/** Order in which the claim index lists verdicts: the most consequential first. */
const CLAIM_INDEX_ORDER: Verdict[] = ['false', 'misleading', 'unsupported', 'mostly-accurate', 'accurate', 'unverified'];

const articleLink = (a: ArticleView): ArticleLink => ({
  slug: a.slug,
  title: a.title,
  published: a.published,
  publishedLabel: a.publishedLabel,
  publisher: a.publisher,
});
export const articleHref = (slug: string, anchor?: string) => `/articles/${slug}/${anchor ? `#${anchor}` : ''}`;
/** Claim ids are per article; the site-wide claim key joins the two. */
export const claimKey = (slug: string, id: string) => `${slug}-${id}`;
export const actorHref = (id: string) => `/actors/${id}/`;
export const eventAnchor = (id: string) => `event-${id}`;

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const mentionPattern = (names: string[]) => new RegExp(`(?<![\\w-])(?:${names.map(escapeRe).join('|')})(?![\\w-])`);

// One pattern per actor object: large corpora test thousands of sentences against every actor.
const actorPatterns = new WeakMap<Actor, RegExp>();
const patternOf = (a: Actor) => {
  let re = actorPatterns.get(a);
  if (!re) actorPatterns.set(a, (re = mentionPattern([a.name, ...a.aliases])));
  return re;
};

/** Actors whose name or an alias appears in the text, in the given order. */
export function actorsMentioned(text: string, actors: Actor[]): Actor[] {
  return actors.filter((a) => patternOf(a).test(text));
}

/** Split `passage` around the first occurrence of `text` (all of it in `before` when absent). */
export function excerptOf(passage: string, text: string, at?: number): Excerpt {
  const i = at ?? passage.indexOf(text);
  if (i < 0) return { before: passage, text: '', after: '' };
  return { before: passage.slice(0, i), text: passage.slice(i, i + text.length), after: passage.slice(i + text.length) };
}

/** The paragraph of the plain text holding `[start, end)`, split around that range. */
export function paragraphAround(plainText: string, start: number, end: number): Excerpt {
  const from = plainText.lastIndexOf('\n\n', start);
  const paraStart = from < 0 ? 0 : from + 2;
  const to = plainText.indexOf('\n\n', end);
  const paraEnd = to < 0 ? plainText.length : to;
  return { before: plainText.slice(paraStart, start), text: plainText.slice(start, end), after: plainText.slice(end, paraEnd) };
}

const monthKeyOf = (e: TimelineEntry) => (e.precision === 'year' ? e.sortKey.slice(0, 4) : e.sortKey.slice(0, 7));
const monthLabelOf = (e: TimelineEntry) => (e.precision === 'year' ? `${e.value} (year only)` : formatCalendarValue(e.sortKey.slice(0, 7), 'month'));

function sortEntries(entries: TimelineEntry[], order: TimelineOrder): TimelineEntry[] {
  const sorted = [...entries].sort((a, b) => byString(a.sortKey, b.sortKey) || byString(a.key, b.key));
  return order === 'desc' ? sorted.reverse() : sorted;
}

/** Entries in order, grouped by year, then by month (year-only values form their own group). */
export function groupTimeline(entries: TimelineEntry[], order: TimelineOrder = 'asc'): TimelineYear[] {
  const years: TimelineYear[] = [];
  for (const e of sortEntries(entries, order)) {
    const year = e.sortKey.slice(0, 4);
    const monthKey = monthKeyOf(e);
    let y = years.at(-1);
    if (!y || y.year !== year) years.push((y = { year, months: [] }));
    let m = y.months.at(-1);
    if (!m || m.key !== monthKey) y.months.push((m = { key: monthKey, label: monthLabelOf(e), continued: false, entries: [] }));
    m.entries.push(e);
  }
  return years;
}

/**
 * Cut a timeline into pages of at most `size` weight (timelineWeight; an entry heavier than a
 * page gets a page of its own). Pages hold whole months; only a month heavier than a page is
 * split, and its later part is marked as continued.
 */
export function paginateTimeline(entries: TimelineEntry[], order: TimelineOrder, size = TIMELINE_PAGE_SIZE): TimelineEntry[][] {
  const months: TimelineEntry[][] = [];
  for (const e of sortEntries(entries, order)) {
    const last = months.at(-1);
    if (last && monthKeyOf(last[0]!) === monthKeyOf(e)) last.push(e);
    else months.push([e]);
  }
  const pages: TimelineEntry[][] = [];
  let page: TimelineEntry[] = [];
  let weight = 0;
  const close = () => {
    pages.push(page);
    page = [];
    weight = 0;
  };
  for (const month of months) {
    const monthWeight = month.reduce((n, e) => n + timelineWeight(e), 0);
    if (page.length > 0 && weight + monthWeight > size) close();
    for (const e of month) {
      if (page.length > 0 && weight + timelineWeight(e) > size) close();
      page.push(e);
      weight += timelineWeight(e);
    }
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** `/timeline/`, `/timeline/newest/page/2/`, `/timeline/<actor>/newest/`, … */
export function timelinePath(order: TimelineOrder, page: number, actorId?: string): string {
  return `/timeline/${actorId ? `${actorId}/` : ''}${order === 'desc' ? 'newest/' : ''}${page > 1 ? `page/${page}/` : ''}`;
}

const rangeLabel = (first: TimelineEntry, last: TimelineEntry) => {
  const a = monthLabelOf(first).replace(' (year only)', '');
  const b = monthLabelOf(last).replace(' (year only)', '');
  return a === b ? a : `${a} – ${b}`;
};

/** Every page of one timeline (site-wide or one actor's) in both orders. */
export function buildTimelinePages(entries: TimelineEntry[], actor?: ActorRef, size = TIMELINE_PAGE_SIZE): TimelinePage[] {
  if (entries.length === 0) return [];
  const out: TimelinePage[] = [];
  for (const order of ['asc', 'desc'] as const) {
    const chunks = paginateTimeline(entries, order, size);
    const pages = chunks.map((chunk, i) => ({ number: i + 1, path: timelinePath(order, i + 1, actor?.id), range: rangeLabel(chunk[0]!, chunk.at(-1)!) }));
    const yearLinks: { year: string; href: string }[] = [];
    chunks.forEach((chunk, i) => {
      for (const e of chunk) {
        const year = e.sortKey.slice(0, 4);
        if (!yearLinks.some((y) => y.year === year)) yearLinks.push({ year, href: `${pages[i]!.path}#y-${year}` });
      }
    });
    chunks.forEach((chunk, i) => {
      const years = groupTimeline(chunk, order);
      const previous = chunks[i - 1]?.at(-1);
      const firstMonth = years[0]?.months[0];
      if (previous && firstMonth && monthKeyOf(previous) === firstMonth.key) firstMonth.continued = true;
      out.push({
        path: pages[i]!.path,
        order,
        number: i + 1,
        count: chunk.length,
        range: pages[i]!.range,
        years,
        pages,
        otherOrderPath: timelinePath(order === 'asc' ? 'desc' : 'asc', 1, actor?.id),
        yearLinks,
        ...(actor ? { actor } : {}),
      });
    });
  }
  return out;
}

function sourceOf(article: ArticleView, a: DateView | QuoteView): SourceLink {
  return {
    article: articleLink(article),
    href: articleHref(article.slug, a.anchor),
    text: a.text,
    context: a.context,
    excerpt: excerptOf(a.context, a.text),
  };
}

const precisionOfValue = (v: string): Precision => (/^\d{4}$/.test(v) ? 'year' : v.includes('W') ? 'week' : v.length === 7 ? 'month' : 'day');

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
        anchor: `date-${article.slug}-${d.id}`,
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
      const precision = precisionOfValue(q.said.value);
      entries.push({
        key: `quote:${article.slug}:${q.id}`,
        anchor: `quote-${article.slug}-${q.id}`,
        kind: 'quote',
        sortKey: calendarSortKey(q.said.value, precision),
        value: q.said.value,
        precision,
        label: q.said.label,
        title: q.speaker ? `${q.speaker.name} said` : 'Quote',
        actors: q.speaker && actorName.has(q.speaker.id) ? [q.speaker] : [],
        quote: { text: q.text, speaker: q.speaker },
        sources: [sourceOf(article, q)],
      });
    }
  }
  for (const event of events) {
    const sources = (eventSources.get(event.id) ?? []).sort((a, b) => byString(a.article.published, b.article.published) || byString(a.href, b.href));
    entries.push({
      key: `event:${event.id}`,
      anchor: eventAnchor(event.id),
      kind: 'event',
      sortKey: calendarSortKey(event.date, event.precision),
      value: event.date,
      precision: event.precision,
      label: formatCalendarValue(event.date, event.precision),
      title: event.title,
      ...(event.description ? { description: event.description } : {}),
      actors: event.actors.map((id) => ({ id, name: actorName.get(id) ?? id })),
      eventId: event.id,
      sources,
    });
  }
  return entries.sort((a, b) => byString(a.sortKey, b.sortKey) || byString(a.key, b.key));
}

const dayLabel = (d: string) => formatCalendarValue(d, 'day');

/** An actor's roles, latest first, with their dates in words. */
export function roleLines(actor: Actor): RoleLine[] {
  return [...actor.roles]
    .sort((a, b) => byString(b.from ?? '', a.from ?? '') || byString(a.title, b.title))
    .map((r) => ({
      title: r.title,
      period: r.from && r.to ? `${dayLabel(r.from)} – ${dayLabel(r.to)}` : r.from ? `since ${dayLabel(r.from)}` : r.to ? `until ${dayLabel(r.to)}` : 'dates not recorded',
      ...(r.note ? { note: r.note } : {}),
      current: !r.to,
    }));
}

const scorecardOf = (claims: ClaimItem[]): ScorecardRow[] =>
  VERDICTS.map((v) => ({ verdict: v.verdict, label: v.label, count: claims.filter((c) => c.verdict === v.verdict).length }));

function groupQuotes(quotes: QuoteItem[], actorIds: ReadonlySet<string>): QuoteGroup[] {
  const groups = new Map<string, QuoteGroup>();
  for (const q of quotes) {
    const key = q.speaker?.id ?? '';
    let g = groups.get(key);
    if (!g) {
      g = {
        speaker: q.speaker,
        ...(q.speaker && actorIds.has(q.speaker.id) ? { href: actorHref(q.speaker.id) } : {}),
        listPath: `/quotes/${q.speaker?.id ?? UNATTRIBUTED}/`,
        quotes: [],
      };
      groups.set(key, g);
    }
    g.quotes.push(q);
  }
  // Most-quoted speakers first; unattributed quotes last.
  return [...groups.values()].sort(
    (a, b) => Number(!a.speaker) - Number(!b.speaker) || b.quotes.length - a.quotes.length || byString(a.speaker?.name ?? '', b.speaker?.name ?? ''),
  );
}

export function buildSiteModel(articleList: ArticleView[], actorList: Actor[], eventList: FactEvent[]): SiteModel {
  const articles = [...articleList].sort((a, b) => byString(b.published, a.published) || byString(a.slug, b.slug));
  const actors = [...actorList].sort((a, b) => byString(a.name, b.name) || byString(a.id, b.id));
  const actorIds = new Set(actors.map((a) => a.id));
  const events = [...eventList].sort((a, b) => byString(calendarSortKey(a.date, a.precision), calendarSortKey(b.date, b.precision)) || byString(a.id, b.id));
  const timeline = buildTimeline(articles, actors, events);

  const quotes: QuoteItem[] = articles
    .flatMap((a) =>
      a.quotes.map((q) => ({
        ...q,
        article: articleLink(a),
        href: articleHref(a.slug, q.anchor),
        sortDate: q.said ? calendarSortKey(q.said.value, precisionOfValue(q.said.value)) : a.published,
        // Undated quotes are placed at their article's date and say so.
        dateLabel: q.said ? q.said.label : `reported ${a.publishedLabel}`,
        dated: Boolean(q.said),
      })),
    )
    .sort((a, b) => byString(b.sortDate, a.sortDate) || byString(a.href, b.href));
  const claims: ClaimItem[] = articles
    .flatMap((a) =>
      a.claims.map((c) => ({
        ...c,
        article: articleLink(a),
        href: articleHref(a.slug, c.anchor),
        key: claimKey(a.slug, c.id),
        page: `/claims/${claimKey(a.slug, c.id)}/`,
        paragraph: paragraphAround(a.plainText, c.start, c.end),
        rated: c.status === 'reviewed' && c.verdict !== 'unverified',
        ...(actorIds.has(c.claimant.id) ? { claimantHref: actorHref(c.claimant.id) } : {}),
      })),
    )
    .sort((a, b) => byString(b.article.published, a.article.published) || byString(a.key, b.key));
  const claimsByVerdict: ClaimGroup[] = CLAIM_INDEX_ORDER.map((verdict) => {
    const info = VERDICTS.find((v) => v.verdict === verdict)!;
    return { verdict, label: info.label, definition: info.definition, claims: claims.filter((c) => c.verdict === verdict) };
  }).filter((g) => g.claims.length > 0);

  const speakerQuotes = new Map<string, SpeakerQuotes>();
  const quotesBySpeaker = groupQuotes(quotes, actorIds);
  for (const g of quotesBySpeaker) {
    speakerQuotes.set(g.speaker?.id ?? '', { speaker: g.speaker, ...(g.href ? { href: g.href } : {}), pages: paginate(g.quotes, g.listPath) });
  }
  const claimVerdictPages = new Map(claimsByVerdict.map((g) => [g.verdict, paginate(g.claims, `/claims/verdict/${g.verdict}/`)]));

  const timelinePages = buildTimelinePages(timeline);
  const timelineHref = new Map<string, string>();
  for (const page of timelinePages) {
    if (page.order !== 'asc') continue;
    for (const y of page.years) for (const m of y.months) for (const e of m.entries) timelineHref.set(e.key, `${page.path}#${e.anchor}`);
  }

  const actorPages = new Map<string, ActorPage>();
  for (const actor of actors) {
    const names = mentionPattern([actor.name, ...actor.aliases]);
    const claimsMade = claims.filter((c) => c.claimant.id === actor.id);
    // A claim is about an actor when its words or the editor's explanation name them: "the former
    // president" names nobody, but its explanation says whom the article got wrong.
    const claimsAbout = claims.filter((c) => c.claimant.id !== actor.id && (names.test(c.text) || names.test(c.explanation ?? '')));
    const actorTimeline = timeline.filter((t) => t.actors.some((a) => a.id === actor.id));
    const ref = { id: actor.id, name: actor.name };
    if (actorTimeline.length > 0) timelinePages.push(...buildTimelinePages(actorTimeline, ref));
    actorPages.set(actor.id, {
      actor,
      roles: roleLines(actor),
      quotes: quotes.filter((q) => q.speaker?.id === actor.id),
      claimsMade,
      claimsAbout,
      scorecard: scorecardOf(claimsMade),
      aboutScorecard: scorecardOf(claimsAbout),
      events: events.filter((e) => e.actors.includes(actor.id)).reverse(),
      timeline: actorTimeline,
      ...(actorTimeline.length > 0 ? { timelinePath: timelinePath('asc', 1, actor.id) } : {}),
    });
  }
  return {
    articles,
    actors,
    events,
    timeline,
    timelinePages,
    timelineHref,
    articlePages: paginate(articles, '/articles/'),
    quotes,
    quotesBySpeaker,
    speakerQuotes,
    claims,
    claimsByVerdict,
    claimVerdictPages,
    claimScorecard: scorecardOf(claims),
    actorPages,
  };
}
