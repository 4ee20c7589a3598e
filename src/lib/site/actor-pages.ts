/**
 * An actor's page and archive: who they are, their roles with dates, a verdict scorecard of
 * the claims they made (claims about them are listed apart, with no scorecard), and the newest of their quotes, claims and
 * events as compact rows. Everything older is in the actor's archive, a page per year
 * (`/actors/<id>/2025/`), split into months only when a year outgrows a page.
 */
import type { Actor, FactEvent, Verdict } from '../schema/index.ts';
import { calendarSortKey, formatCalendarValue } from './format-calendar.ts';
import { archiveKeyOfValue } from './precision.ts';
import { byString, quoteArchiveKey, type ClaimRow, type QuoteRow } from './rows.ts';
import { routes, type ArchiveKey } from './routes.ts';
import { buildTimeArchive, type ArchiveLink, type ArchivePage } from './time-archive.ts';
import { actorMentions } from './actor-mentions.ts';
import { archiveLabel } from './timeline.ts';
import { VERDICTS } from './verdicts.ts';

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

export interface EventRow {
  id: string;
  title: string;
  value: string;
  label: string;
  /** The event on its timeline page. */
  href: string;
}

/** One line of an actor's record: a quote, a claim by or about them, or an event. */
export type RecordItem =
  | { kind: 'quote'; date: string; quote: QuoteRow }
  | { kind: 'claim-made' | 'claim-about'; date: string; claim: ClaimRow }
  | { kind: 'event'; date: string; event: EventRow };

export interface ActorPage {
  actor: Actor;
  roles: RoleLine[];
  counts: { quotes: number; claimsMade: number; claimsAbout: number; events: number };
  /** The newest of each list; the archive has the rest. */
  quotes: QuoteRow[];
  claimsMade: ClaimRow[];
  claimsAbout: ClaimRow[];
  events: EventRow[];
  /** The verdicts on claims the actor made: their record. Claims about them have none. */
  scorecard: ScorecardRow[];
  /** The actor's archive by year, when the page cannot show everything. */
  archive: ArchiveLink[];
  /** Every actor the page's quotes and claims name, for structured data. */
  agents: Actor[];
}

export interface ActorArchivePage {
  actor: { id: string; name: string };
  page: ArchivePage<RecordItem>;
}

/** How many of each list an actor page shows. */
export const ACTOR_PAGE_LIMIT = 10;
/** Rows one page of an actor's archive holds before its year is split into months. */
export const ACTOR_ARCHIVE_ROWS = 250;

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

export const scorecardOf = (claims: readonly { verdict: Verdict }[]): ScorecardRow[] =>
  VERDICTS.map((v) => ({ verdict: v.verdict, label: v.label, count: claims.filter((c) => c.verdict === v.verdict).length }));

export interface ActorInputs {
  /** Newest first. */
  quotes: QuoteRow[];
  /** Newest article first. */
  claims: ClaimRow[];
  /** Text of each claim an actor may be named in: its words and the editor's statement. */
  claimText: ReadonlyMap<string, string>;
  /** Oldest first. */
  events: readonly FactEvent[];
  eventHref: (id: string) => string;
}

/** The page and archive pages of every actor. */
export function buildActorPages(actors: readonly Actor[], input: ActorInputs, byId: ReadonlyMap<string, Actor>): { pages: ActorPage[]; archives: ActorArchivePage[] } {
  const quotesBy = new Map<string, QuoteRow[]>();
  for (const q of input.quotes) if (q.speaker) (quotesBy.get(q.speaker.id) ?? quotesBy.set(q.speaker.id, []).get(q.speaker.id)!).push(q);
  const claimsBy = new Map<string, ClaimRow[]>();
  for (const c of input.claims) (claimsBy.get(c.claimant.id) ?? claimsBy.set(c.claimant.id, []).get(c.claimant.id)!).push(c);
  // A claim is about an actor when its words or the editor's statement name them ("Says Donald
  // Trump is a former U.S. president"); the explanation's evidence does not count.
  const mentions = actorMentions(actors);
  const aboutBy = new Map<string, ClaimRow[]>();
  for (const c of input.claims) {
    for (const named of mentions(input.claimText.get(c.key) ?? '')) {
      if (named.id !== c.claimant.id) (aboutBy.get(named.id) ?? aboutBy.set(named.id, []).get(named.id)!).push(c);
    }
  }

  const pages: ActorPage[] = [];
  const archives: ActorArchivePage[] = [];
  for (const actor of actors) {
    const quotes = quotesBy.get(actor.id) ?? [];
    const claimsMade = claimsBy.get(actor.id) ?? [];
    const claimsAbout = aboutBy.get(actor.id) ?? [];
    const events: EventRow[] = input.events
      .filter((e) => e.actors.includes(actor.id))
      .map((e) => ({ id: e.id, title: e.title, value: e.date, label: formatCalendarValue(e.date, e.precision), href: input.eventHref(e.id) }))
      .reverse();

    const items: RecordItem[] = [
      ...quotes.map((quote): RecordItem => ({ kind: 'quote', date: quote.sortDate, quote })),
      ...claimsMade.map((claim): RecordItem => ({ kind: 'claim-made', date: claim.article.published, claim })),
      ...claimsAbout.map((claim): RecordItem => ({ kind: 'claim-about', date: claim.article.published, claim })),
      ...input.events.filter((e) => e.actors.includes(actor.id)).map((e): RecordItem => ({
        kind: 'event',
        date: e.precision === 'year' ? e.date : calendarSortKey(e.date, e.precision),
        event: { id: e.id, title: e.title, value: e.date, label: formatCalendarValue(e.date, e.precision), href: input.eventHref(e.id) },
      })),
    ].sort((a, b) => byString(b.date, a.date));
    const truncated = [quotes, claimsMade, claimsAbout].some((l) => l.length > ACTOR_PAGE_LIMIT) || events.length > 2 * ACTOR_PAGE_LIMIT;
    let archive: ArchiveLink[] = [];
    if (truncated) {
      const built = buildTimeArchive(items, {
        // As precise as each item's date: a quote said in May 2025 is on the May page, not on 1 May's.
        keyOf: (i) => (i.kind === 'quote' ? quoteArchiveKey(i.quote) : i.kind === 'event' ? archiveKeyOfValue(i.event.value) : i.date),
        cap: ACTOR_ARCHIVE_ROWS,
        pathOf: (key: ArchiveKey) => routes.actorArchive(actor.id, key),
        labelOf: archiveLabel,
        splitRoot: true,
      });
      const [root, ...rest] = built.pages;
      archive = root!.children;
      for (const page of rest) archives.push({ actor: { id: actor.id, name: actor.name }, page });
    }
    const shownQuotes = quotes.slice(0, ACTOR_PAGE_LIMIT);
    const shownMade = claimsMade.slice(0, ACTOR_PAGE_LIMIT);
    const shownAbout = claimsAbout.slice(0, ACTOR_PAGE_LIMIT);
    const named = [...shownQuotes.flatMap((q) => (q.speaker ? [q.speaker.id] : [])), ...[...shownMade, ...shownAbout].map((c) => c.claimant.id), actor.id];
    pages.push({
      actor,
      roles: roleLines(actor),
      counts: { quotes: quotes.length, claimsMade: claimsMade.length, claimsAbout: claimsAbout.length, events: events.length },
      quotes: shownQuotes,
      claimsMade: shownMade,
      claimsAbout: shownAbout,
      events: events.slice(0, 2 * ACTOR_PAGE_LIMIT),
      scorecard: scorecardOf(claimsMade),
      archive,
      agents: [...new Set(named)].sort().flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])),
    });
  }
  return { pages, archives };
}
