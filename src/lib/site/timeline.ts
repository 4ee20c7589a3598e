/**
 * The timeline: one entry per real-world event (with every article sentence that reports it),
 * per dated quote and per date an article mentions that no event stands for. Entries are cut
 * into time-keyed archive pages (`/timeline/2025/05/`), oldest first.
 */
import { actorMentions, type ActorMentions } from './actor-mentions.ts';
import type { Actor, FactEvent, Precision } from '../schema/index.ts';
import type { ActorRef, ArticleView, DateView, QuoteView } from './article-view.ts';
import { calendarSortKey, formatCalendarValue } from './format-calendar.ts';
import { excerptOf, type Excerpt } from './excerpts.ts';
import { archiveKeyOfValue, precisionOfValue } from './precision.ts';
import { articleLink, byString, type ArticleLink } from './rows.ts';
import { eventAnchor, routes, type ArchiveKey } from './routes.ts';
import { buildTimeArchive, type ArchivePage } from './time-archive.ts';

/** One article sentence an entry comes from, linking to its mark in the article. */
export interface SourceLink {
  article: ArticleLink;
  /** Deep link into the article page: `/articles/<slug>/#d-2`. */
  href: string;
  excerpt: Excerpt;
}

export interface TimelineEntry {
  key: string;
  /** Element id of the entry on its timeline page, e.g. `event-trump-putin-call-2025-05-19`. */
  anchor: string;
  kind: 'event' | 'date' | 'quote';
  /** First day the entry covers, YYYY-MM-DD. */
  sortKey: string;
  /** The archive the entry belongs to: 'YYYY' for a year, 'YYYY-MM' for a month or week, else the day. */
  archiveKey: ArchiveKey;
  value: string;
  precision: Precision;
  label: string;
  title: string;
  description?: string;
  actors: ActorRef[];
  eventId?: string;
  quote?: { text: string; speaker: ActorRef | null };
  /** The first few source sentences, in full. */
  sources: SourceLink[];
  /** Further articles reporting it, as plain links (an event many articles report stays bounded). */
  moreSources: ArticleLink[];
  /** Every article sentence behind the entry. */
  sourceCount: number;
  /**
   * For an event: the sources its file names (articles of the corpus, public pages) that no
   * article sentence above already links, so an event nobody dates in an article still shows
   * where it is reported.
   */
  declaredSources?: { href: string; title: string; external: boolean }[];
}

/** Source sentences an entry shows in full; the rest are listed as links to their articles. */
export const SOURCES_IN_FULL = 5;
/** Links to further reporting articles an entry lists before it only counts them. */
export const MORE_SOURCES_LISTED = 40;
/** The weight one timeline page holds (an entry weighs one, plus one per source shown). */
export const TIMELINE_PAGE_WEIGHT = 150;

export const timelineWeight = (e: TimelineEntry) => 1 + e.sources.length + Math.ceil(e.moreSources.length / 4);

// One finder per actor list: the timeline asks about every date's sentence with the same list.
const finders = new WeakMap<readonly Actor[], ActorMentions>();

/** Actors whose name or an alias appears in the text, in the given order. */
export function actorsMentioned(text: string, actors: readonly Actor[]): Actor[] {
  let find = finders.get(actors);
  if (!find) finders.set(actors, (find = actorMentions(actors)));
  return find(text);
}

function sourceOf(article: ArticleView, a: DateView | QuoteView): SourceLink {
  return { article: articleLink(article), href: routes.annotation(article.slug, a.id), excerpt: excerptOf(a.context, a.text) };
}

function bounded(sources: SourceLink[]): Pick<TimelineEntry, 'sources' | 'moreSources' | 'sourceCount'> {
  return {
    sources: sources.slice(0, SOURCES_IN_FULL),
    moreSources: sources.slice(SOURCES_IN_FULL, SOURCES_IN_FULL + MORE_SOURCES_LISTED).map((s) => s.article),
    sourceCount: sources.length,
  };
}

/** Every timeline entry, oldest first. `articles` must be in a total order. */
export function buildTimeline(articles: readonly ArticleView[], actors: readonly Actor[], events: readonly FactEvent[]): TimelineEntry[] {
  const actorName = new Map(actors.map((a) => [a.id, a.name]));
  const entries: TimelineEntry[] = [];
  const eventSources = new Map<string, SourceLink[]>();
  const articleBySlug = new Map(articles.map((a) => [a.slug, a]));
  for (const article of articles) {
    for (const d of article.dates) {
      if (d.event) {
        const list = eventSources.get(d.event.id);
        if (list) list.push(sourceOf(article, d));
        else eventSources.set(d.event.id, [sourceOf(article, d)]);
        continue;
      }
      const sortKey = calendarSortKey(d.value, d.precision);
      entries.push({
        key: `date:${article.slug}:${d.id}`,
        anchor: `date-${article.slug}-${d.id}`,
        kind: 'date',
        sortKey,
        archiveKey: archiveKeyOfValue(d.value, d.precision),
        value: d.value,
        precision: d.precision,
        label: d.label,
        title: d.context,
        actors: actorsMentioned(d.context, actors).map((a) => ({ id: a.id, name: a.name })),
        ...bounded([sourceOf(article, d)]),
      });
    }
    for (const q of article.quotes) {
      if (!q.said) continue;
      const precision = precisionOfValue(q.said.value);
      const sortKey = calendarSortKey(q.said.value, precision);
      entries.push({
        key: `quote:${article.slug}:${q.id}`,
        anchor: `quote-${article.slug}-${q.id}`,
        kind: 'quote',
        sortKey,
        archiveKey: archiveKeyOfValue(q.said.value, precision),
        value: q.said.value,
        precision,
        label: q.said.label,
        title: q.speaker ? `${q.speaker.name} said` : 'Quote',
        actors: q.speaker && actorName.has(q.speaker.id) ? [q.speaker] : [],
        quote: { text: q.text, speaker: q.speaker },
        ...bounded([sourceOf(article, q)]),
      });
    }
  }
  for (const event of events) {
    const sources = (eventSources.get(event.id) ?? []).sort((a, b) => byString(a.article.published, b.article.published) || byString(a.href, b.href));
    const sortKey = calendarSortKey(event.date, event.precision);
    entries.push({
      key: `event:${event.id}`,
      anchor: eventAnchor(event.id),
      kind: 'event',
      sortKey,
      archiveKey: archiveKeyOfValue(event.date, event.precision),
      value: event.date,
      precision: event.precision,
      label: formatCalendarValue(event.date, event.precision),
      title: event.title,
      ...(event.description ? { description: event.description } : {}),
      actors: event.actors.map((id) => ({ id, name: actorName.get(id) ?? id })),
      eventId: event.id,
      ...bounded(sources),
      declaredSources: declaredSources(event, sources, articleBySlug),
    });
  }
  return entries.sort((a, b) => byString(a.sortKey, b.sortKey) || byString(a.key, b.key));
}

function declaredSources(event: FactEvent, shown: readonly SourceLink[], articles: ReadonlyMap<string, ArticleView>): NonNullable<TimelineEntry['declaredSources']> {
  const linked = new Set(shown.map((s) => s.article.slug));
  return event.sources.flatMap((s): NonNullable<TimelineEntry['declaredSources']> => {
    if (!('article' in s)) return [{ href: s.url, title: s.title, external: true }];
    const article = articles.get(s.article);
    return article && !linked.has(s.article) ? [{ href: routes.article(s.article), title: article.title, external: false }] : [];
  });
}

/** Label of an archive key: '' (the whole archive, which pages name themselves) → '', '2025' → '2025', '2025-05' → 'May 2025', a day in words. */
export function archiveLabel(key: ArchiveKey): string {
  if (key === '') return '';
  return formatCalendarValue(key, key.length === 4 ? 'year' : key.length === 7 ? 'month' : 'day');
}

export function buildTimelineArchive(entries: readonly TimelineEntry[]): { pages: ArchivePage<TimelineEntry>[]; pageOf: Map<TimelineEntry, string> } {
  return buildTimeArchive(entries, {
    keyOf: (e) => e.archiveKey,
    weight: timelineWeight,
    cap: TIMELINE_PAGE_WEIGHT,
    pathOf: routes.timelineArchive,
    labelOf: archiveLabel,
    // Events first, then dated quotes; mentions of a date in an article are left to the article
    // when a day, or a month or year as a whole, has more than a page holds.
    priority: (e) => (e.kind === 'event' ? 0 : e.kind === 'quote' ? 1 : 2),
  });
}
