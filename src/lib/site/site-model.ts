/**
 * Everything the reading site derives from the corpus, as the data of each page: one builder
 * per page kind, composed here. Pure and deterministic: every list has a total order, so the
 * same content builds the same site. Each page's data is plain JSON and holds exactly what
 * the page shows, so its digest is the page's cache key (see page-key.ts).
 */
import type { Actor, FactEvent, Verdict } from '../schema/index.ts';
import type { ArticleView } from './article-view.ts';
import type { ClaimHistory } from '../history/index.ts';
import { correctionRows, historyView, type ClaimHistoryView, type CorrectionRow } from './claim-history.ts';
import { buildActorPages, scorecardOf, type ActorArchivePage, type ActorPage, type ScorecardRow } from './actor-pages.ts';
import type { Excerpt } from './excerpts.ts';
import { calendarSortKey } from './format-calendar.ts';
import { actorsIn, articleLink, articleRow, byString, claimHref, claimRow, isRated, quoteArchiveKey, quoteRow, type ArticleLink, type ArticleRow, type ClaimRow, type QuoteRow } from './rows.ts';
import { routes } from './routes.ts';
import { buildTimeArchive, type ArchiveLink, type ArchivePage } from './time-archive.ts';
import { archiveLabel, buildTimeline, buildTimelineArchive, type TimelineEntry } from './timeline.ts';
import { VERDICTS } from './verdicts.ts';

/** The article page: the article, and where its events and claims are shown. */
export interface ArticlePageData {
  article: ArticleView;
  /** Event id → its entry on the timeline. */
  eventHrefs: Record<string, string>;
  /** Claim id → where the claim is shown in full. */
  claimHrefs: Record<string, string>;
  /** Registry entries of the actors the annotations name (links and structured data). */
  agents: Actor[];
}

/** A decided claim's page. */
export interface ClaimPageData {
  claim: ClaimRow & { explanation?: string; sources: string[]; paragraph: Excerpt; history: ClaimHistoryView };
  agents: Actor[];
}

export interface TimelinePageData {
  page: ArchivePage<TimelineEntry>;
  agents: Actor[];
}

export interface ListArchivePage<T> {
  page: ArchivePage<T>;
}

export interface VerdictArchivePage {
  verdict: Verdict;
  page: ArchivePage<ClaimRow>;
}

export interface VerdictGroup {
  verdict: Verdict;
  label: string;
  definition: string;
  count: number;
  /** The newest few. */
  claims: ClaimRow[];
  /** Every claim with this verdict, by date; none for claims not yet checked. */
  archivePath?: string;
}

export interface SpeakerSummary {
  id: string | null;
  name: string;
  /** The actor page, or the archive of unattributed quotes. */
  href?: string;
  count: number;
  /** The newest few, for the quote index. */
  quotes: QuoteRow[];
}

export interface ActorSummary {
  actor: Actor;
  currentRole?: string;
  counts: ActorPage['counts'];
}

export interface HomeData {
  articles: ArticleRow[];
  stats: { articles: number; quotes: number; claims: number; events: number };
  latestVerdicts: ClaimRow[];
  topSpeakers: SpeakerSummary[];
}

export interface SiteModel {
  home: HomeData;
  articlePages: ArticlePageData[];
  articleArchive: ArchivePage<ArticleRow>[];
  claimPages: ClaimPageData[];
  claimsIndex: { scorecard: ScorecardRow[]; groups: VerdictGroup[] };
  verdictArchives: VerdictArchivePage[];
  quotesIndex: { total: number; speakers: SpeakerSummary[] };
  unattributedArchive: ArchivePage<QuoteRow>[];
  actorsIndex: ActorSummary[];
  actorPages: ActorPage[];
  actorArchives: ActorArchivePage[];
  timeline: TimelinePageData[];
  /** The newest articles and decided claims, for the feed. */
  feed: { articles: ArticleRow[]; claims: (ClaimRow & { explanation?: string })[] };
  /** Every change of a published verdict, statement or claimant, newest first, by date. */
  corrections: { available: boolean; reason?: string; pages: ArchivePage<CorrectionRow>[]; feed: CorrectionRow[] };
}

/** Rows on one page of a list archive (claims, quotes, articles) before its range is split. */
export const LIST_ARCHIVE_ROWS = 250;
/** Newest articles on the home page. */
export const HOME_ARTICLES = 10;
/** Newest claims per verdict on the claim index. */
export const CLAIMS_PER_VERDICT = 6;
/** Speakers with a section of their own on the quote index, and quotes shown per section. */
export const QUOTE_INDEX_SECTIONS = 24;
export const QUOTES_PER_SECTION = 4;
/** Items in the feed. */
export const FEED_ITEMS = 50;

/** Order in which the claim index lists verdicts: the most consequential first. */
const CLAIM_INDEX_ORDER: Verdict[] = ['false', 'misleading', 'unsupported', 'mostly-accurate', 'accurate', 'unverified'];

const listArchive = <T>(items: readonly T[], keyOf: (item: T) => string, pathOf: (key: string) => string) =>
  buildTimeArchive(items, { keyOf, cap: LIST_ARCHIVE_ROWS, pathOf, labelOf: archiveLabel }).pages;

export function buildSiteModel(articleList: readonly ArticleView[], actorList: readonly Actor[], eventList: readonly FactEvent[], history?: ClaimHistory): SiteModel {
  const articles = [...articleList].sort((a, b) => byString(b.published, a.published) || byString(a.slug, b.slug));
  const actors = [...actorList].sort((a, b) => byString(a.name, b.name) || byString(a.id, b.id));
  const byId = new Map(actors.map((a) => [a.id, a]));
  const known = new Set(byId.keys());
  // By the first day each covers: as plain strings, week `2025-W01` would sort after December 2025.
  const events = [...eventList].sort((a, b) => byString(calendarSortKey(a.date, a.precision), calendarSortKey(b.date, b.precision)) || byString(a.id, b.id));

  // The timeline, and where each of its entries is shown.
  const timelineEntries = buildTimeline(articles, actors, events);
  const timelineArchive = buildTimelineArchive(timelineEntries);
  const eventHref = new Map<string, string>();
  for (const [entry, path] of timelineArchive.pageOf) if (entry.eventId) eventHref.set(entry.eventId, `${path}#${entry.anchor}`);
  const hrefOfEvent = (id: string) => eventHref.get(id) ?? routes.timeline;

  const quotes: QuoteRow[] = articles
    .flatMap((a) => a.quotes.map((q) => quoteRow(a, q, known)))
    .sort((a, b) => byString(b.sortDate, a.sortDate) || byString(a.href, b.href));
  const claims: ClaimRow[] = articles.flatMap((a) => a.claims.map((c) => claimRow(a, c, known)));
  const claimText = new Map<string, string>();
  const claimPages: ClaimPageData[] = [];
  for (const a of articles) {
    for (const c of a.claims) {
      // What the claim is about is in its words and the editor's statement; an explanation names
      // others only as evidence (a claim about Zelensky is not about Trump because its reasons cite him).
      claimText.set(routes.claimKey(a.slug, c.id), `${c.text}\n${c.statement ?? ''}`);
      if (!isRated(c)) continue;
      claimPages.push({
        claim: {
          ...claimRow(a, c, known),
          ...(c.explanation ? { explanation: c.explanation } : {}),
          sources: c.sources,
          paragraph: c.paragraph,
          history: historyView(history, routes.claimKey(a.slug, c.id), byId, a.publisher),
        },
        agents: actorsIn([c.claimant.id], byId),
      });
    }
  }

  const articlePages: ArticlePageData[] = articles.map((article) => ({
    article,
    eventHrefs: Object.fromEntries(article.dates.flatMap((d) => (d.event ? [[d.event.id, hrefOfEvent(d.event.id)]] : []))),
    claimHrefs: Object.fromEntries(article.claims.map((c) => [c.id, claimHref(article.slug, c)])),
    agents: actorsIn([...article.quotes.flatMap((q) => (q.speaker ? [q.speaker.id] : [])), ...article.claims.map((c) => c.claimant.id)], byId),
  }));

  const { pages: actorPages, archives: actorArchives } = buildActorPages(actors, { quotes, claims, claimText, events, eventHref: hrefOfEvent }, byId);

  const verdictArchives: VerdictArchivePage[] = [];
  const groups: VerdictGroup[] = [];
  for (const verdict of CLAIM_INDEX_ORDER) {
    const list = claims.filter((c) => c.verdict === verdict);
    if (list.length === 0) continue;
    const info = VERDICTS.find((v) => v.verdict === verdict)!;
    // Claims not yet checked are the extractor's suggestions: each is shown in its article, and
    // search lists them; only decided verdicts get an archive.
    const archived = verdict !== 'unverified';
    groups.push({ verdict, label: info.label, definition: info.definition, count: list.length, claims: list.slice(0, CLAIMS_PER_VERDICT), ...(archived ? { archivePath: routes.verdictArchive(verdict) } : {}) });
    if (!archived) continue;
    for (const page of listArchive(list, (c) => c.article.published, (key) => routes.verdictArchive(verdict, key))) verdictArchives.push({ verdict, page });
  }

  const speakerMap = new Map<string, SpeakerSummary>();
  for (const q of quotes) {
    const id = q.speaker?.id ?? null;
    let s = speakerMap.get(id ?? '');
    if (!s) {
      s = { id, name: q.speaker?.name ?? 'Speaker not identified', ...(id === null ? { href: routes.unattributedArchive() } : known.has(id) ? { href: routes.actor(id) } : {}), count: 0, quotes: [] };
      speakerMap.set(id ?? '', s);
    }
    s.count++;
    if (s.quotes.length < QUOTES_PER_SECTION) s.quotes.push(q);
  }
  // Most-quoted speakers first; unattributed quotes last.
  const speakers = [...speakerMap.values()].sort((a, b) => Number(a.id === null) - Number(b.id === null) || b.count - a.count || byString(a.name, b.name));

  const unattributed = quotes.filter((q) => !q.speaker);
  const actorPageById = new Map(actorPages.map((p) => [p.actor.id, p]));
  const rated = claims.filter((c) => c.rated);
  return {
    home: {
      articles: articles.slice(0, HOME_ARTICLES).map(articleRow),
      stats: { articles: articles.length, quotes: quotes.length, claims: claims.length, events: events.length },
      latestVerdicts: rated.slice(0, 4),
      topSpeakers: speakers.filter((s) => s.id !== null && known.has(s.id)).slice(0, 6).map((s) => ({ ...s, quotes: [] })),
    },
    articlePages,
    articleArchive: listArchive(articles.map(articleRow), (a) => a.published, routes.articleArchive),
    claimPages,
    claimsIndex: { scorecard: scorecardOf(claims), groups },
    verdictArchives,
    quotesIndex: { total: quotes.length, speakers },
    // Only when there are such quotes: the quote index links to it from their section.
    unattributedArchive: unattributed.length > 0 ? listArchive(unattributed, quoteArchiveKey, routes.unattributedArchive) : [],
    actorsIndex: actors.map((actor) => {
      const page = actorPageById.get(actor.id)!;
      const current = page.roles.find((r) => r.current);
      return { actor, ...(current ? { currentRole: current.title } : {}), counts: page.counts };
    }),
    actorPages,
    actorArchives,
    timeline: timelineArchive.pages.map((page) => ({ page, agents: actorsIn(page.items.flatMap((e) => e.actors.map((a) => a.id)), byId) })),
    corrections: (() => {
      const rows = correctionRows(claimPages.map((p) => p.claim));
      return {
        available: history?.available ?? false,
        ...(history?.available ? {} : { reason: history?.reason ?? 'this site was built without the history of its content' }),
        pages: listArchive(rows, (r) => r.date, routes.correctionsArchive),
        feed: rows.slice(0, FEED_ITEMS),
      };
    })(),
    feed: {
      articles: articles.slice(0, FEED_ITEMS).map(articleRow),
      // Newest review first: a verdict is news on the day it is decided.
      claims: claimPages
        .map((p) => p.claim)
        .sort((a, b) => byString(b.review?.on ?? b.article.published, a.review?.on ?? a.article.published) || byString(a.key, b.key))
        .slice(0, FEED_ITEMS),
    },
  };
}

export type { ActorArchivePage, ActorPage, ArchiveLink, ArchivePage, ArticleLink, ArticleRow, ClaimRow, QuoteRow, ScorecardRow, TimelineEntry };
export { articleLink };
