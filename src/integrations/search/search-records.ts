/**
 * What the search index holds, derived from the open-data export (`data/corpus.json.gz`) alone,
 * so indexing needs nothing from Astro's content layer. Pagefind keeps one set of meta and
 * filters per record, so every quote, claim, actor and event is a record of its own with a
 * deep link; article pages are indexed from their HTML with the attributes given here.
 */
import type { CustomRecord } from 'pagefind';
import type { CorpusJson } from '../../lib/export/corpus-json.ts';
import { precisionOf } from '../../lib/schema/common.ts';
import { calendarSortKey, formatCalendarValue } from '../../lib/site/format-calendar.ts';
import { PUBLISHER_ID, routes } from '../../lib/site/routes.ts';
import { claimHref } from '../../lib/site/rows.ts';
import { VERDICTS, verdictInfo } from '../../lib/site/verdicts.ts';
import type { IndexFilterName } from '../../browser/search/search-state.ts';
import { actorNames } from './actor-names.ts';

export type SearchKind = 'quote' | 'claim' | 'article' | 'actor' | 'event';

/** The kinds in the order the search form offers them, with their labels. */
export const SEARCH_KINDS: readonly { value: SearchKind; label: string; singular: string }[] = [
  { value: 'quote', label: 'Quotes', singular: 'Quote' },
  { value: 'claim', label: 'Claims', singular: 'Claim' },
  { value: 'article', label: 'Articles', singular: 'Article' },
  { value: 'actor', label: 'People and organisations', singular: 'Actor' },
  { value: 'event', label: 'Events', singular: 'Event' },
];

/** A record for Pagefind's `addCustomRecord`. */
export type SearchRecord = CustomRecord;

/** How an article page is indexed: its built file, and the meta, filters and sort it carries. */
export interface ArticleSearchEntry {
  url: string;
  /** The page in the built site, relative to its root. */
  file: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
  /** Every spelling of the actors the article names, indexed with its words (article-search-html.ts). */
  names?: string;
}


export interface RecordOptions {
  /** Where an event sits on the timeline (`/timeline/#event-…`); the timeline when unknown. */
  eventHref?: (eventId: string) => string;
}

type Article = CorpusJson['articles'][number];

const dated = (value: string) => {
  const precision = precisionOf(value) ?? 'day';
  return { label: formatCalendarValue(value, precision), sort: calendarSortKey(value, precision), year: value.slice(0, 4) };
};

/** Only the filters that have values: Pagefind would otherwise count empty ones. */
const filtersOf = (filters: Record<IndexFilterName, string[]>) =>
  Object.fromEntries(Object.entries(filters).filter(([, v]) => v.length > 0).map(([k, v]) => [k, [...new Set(v)].sort()]));

const lines = (...parts: (string | null | undefined)[]) => parts.filter((p): p is string => Boolean(p && p.trim())).join('\n');

export function searchRecords(corpus: CorpusJson, options: RecordOptions = {}): SearchRecord[] {
  const eventHref = options.eventHref ?? (() => routes.timeline);
  const names = new Map(corpus.actors.map((a) => [a.id, a.name]));
  const nameOf = (id: string | null) => (id === null ? undefined : names.get(id));
  const people = actorNames(corpus.actors);
  const namesOf = (ids: string[]) => ids.map((id) => names.get(id)).filter((n): n is string => Boolean(n));
  const records: SearchRecord[] = [];

  for (const article of corpus.articles) {
    const published = dated(article.published);
    const articleMeta = { article: article.title, articleUrl: routes.article(article.slug), publisher: article.publisher };

    for (const q of article.quotes) {
      const speaker = nameOf(q.speaker);
      const when = q.said ? dated(q.said) : published;
      const named = people.mentioned(q.text);
      records.push({
        url: routes.annotation(article.slug, q.id),
        content: lines(q.text, people.spellingLine([...(q.speaker ? [q.speaker] : []), ...named]) || speaker, q.note),
        language: 'en',
        meta: {
          title: q.text,
          kind: 'quote',
          ...(speaker ? { speaker, speakerUrl: routes.actor(q.speaker!) } : {}),
          // Undated quotes are placed at their article's date and say so, as on the quote pages.
          date: q.said ? `said ${when.label}` : `reported ${published.label}`,
          datetime: q.said ?? article.published,
          ...articleMeta,
          ...(q.note ? { note: q.note } : {}),
          ...(q.status === 'suggested' ? { unreviewed: 'yes' } : {}),
        },
        filters: filtersOf({ kind: ['quote'], actor: speaker ? [speaker] : [], by: speaker ? [speaker] : [], about: namesOf(named), verdict: [], year: [when.year] }),
        sort: { date: when.sort },
      });
    }

    for (const c of article.claims) {
      const claimant = c.claimant === PUBLISHER_ID ? undefined : nameOf(c.claimant);
      const verdict = verdictInfo(c.verdict);
      // A claim is about the actors its words (or the editor's statement) name, as on actor pages.
      const about = people.mentioned([c.text, (c as { statement?: string | null }).statement ?? ''].join('\n')).filter((id) => id !== c.claimant);
      records.push({
        url: claimHref(article.slug, c),
        content: lines(c.statement, c.text, c.explanation, people.spellingLine([...(claimant ? [c.claimant] : []), ...about]) || claimant),
        language: 'en',
        meta: {
          title: c.statement ?? c.text,
          kind: 'claim',
          verdict: c.verdict,
          verdictLabel: verdict.label,
          claimant: claimant ?? article.publisher,
          ...(claimant ? { claimantUrl: routes.actor(c.claimant) } : {}),
          date: published.label,
          datetime: article.published,
          ...articleMeta,
          source: routes.annotation(article.slug, c.id),
          ...(c.status === 'suggested' ? { unreviewed: 'yes' } : {}),
        },
        filters: filtersOf({ kind: ['claim'], actor: [...(claimant ? [claimant] : []), ...namesOf(about)], by: claimant ? [claimant] : [], about: namesOf(about), verdict: [c.verdict], year: [published.year] }),
        sort: { date: published.sort },
      });
    }
  }

  for (const a of corpus.actors) {
    records.push({
      url: routes.actor(a.id),
      content: lines(a.name, a.aliases.join(', '), a.roles.map((r) => r.title).join('\n')),
      language: 'en',
      meta: {
        title: a.name,
        kind: 'actor',
        actorKind: a.kind,
        // What the search page matches a query against to tell that it names this actor.
        spellings: people.spellingsOf(a.id).join('|'),
        ...(a.roles.length > 0 ? { roles: [...new Set(a.roles.map((r) => r.title))].join('; ') } : {}),
      },
      filters: filtersOf({ kind: ['actor'], actor: [a.name], by: [a.name], about: [a.name], verdict: [], year: [] }),
    });
  }

  for (const e of corpus.events) {
    const when = dated(e.date);
    const actors = e.actors.map((id) => names.get(id)).filter((n): n is string => Boolean(n));
    records.push({
      url: eventHref(e.id),
      content: lines(e.title, people.spellingLine(e.actors)),
      language: 'en',
      meta: { title: e.title, kind: 'event', date: when.label, datetime: e.date, ...(actors.length > 0 ? { actors: actors.join(', ') } : {}) },
      filters: filtersOf({ kind: ['event'], actor: actors, by: actors, about: actors, verdict: [], year: [when.year] }),
      sort: { date: when.sort },
    });
  }

  return records;
}

/** The article pages to index from their HTML, with the filters their records do not carry. */
export function articleSearchEntries(corpus: CorpusJson): ArticleSearchEntry[] {
  const names = new Map(corpus.actors.map((a) => [a.id, a.name]));
  const spellings = actorNames(corpus.actors);
  return corpus.articles.map((article: Article) => {
    const published = dated(article.published);
    const speakers = [...article.quotes.map((q) => q.speaker), ...article.claims.map((c) => c.claimant)].filter((id): id is string => id !== null);
    const people = speakers.map((id) => names.get(id)).filter((n): n is string => Boolean(n));
    const named = spellings.mentioned([article.title, ...article.quotes.map((q) => q.text), ...article.claims.map((c) => c.text), ...article.dates.map((d) => d.text)].join('\n'));
    const about = named.map((id) => names.get(id)!);
    // As on actor pages: what they said or claimed, and the claims that name them.
    const claimsAbout = article.claims.flatMap((c) => spellings.mentioned(c.text).filter((id) => id !== c.claimant)).map((id) => names.get(id)!);
    // Filed under its own year and every year it mentions: the timeline lists it there too.
    // Not under its claims' verdicts: a verdict filter finds the claims themselves, and a
    // corrected verdict then changes nothing in the article's entry (nor the main index).
    const years = [published.year, ...article.dates.map((d) => d.value.slice(0, 4)).filter((y) => /^\d{4}$/.test(y))];
    return {
      url: routes.article(article.slug),
      file: `articles/${article.slug}/index.html`,
      meta: { title: article.title, kind: 'article', date: published.label, datetime: article.published, publisher: article.publisher },
      filters: filtersOf({ kind: ['article'], actor: [...people, ...claimsAbout], by: people, about, verdict: [], year: years }),
      sort: { date: published.sort },
      names: spellings.spellingLine([...speakers, ...named]),
    };
  });
}

export interface FacetOption {
  value: string;
  label: string;
}

export interface SearchFacets {
  kind: FacetOption[];
  actor: FacetOption[];
  verdict: FacetOption[];
  year: FacetOption[];
}

/**
 * The choices the search form offers: exactly the filter values the index holds, so every
 * choice can match something. Actors by name, verdicts in the scale's order, years newest first.
 */
export function searchFacets(filtersList: Record<string, string[]>[]): SearchFacets {
  const values = (...names: IndexFilterName[]) => new Set(filtersList.flatMap((f) => names.flatMap((n) => f[n] ?? [])));
  const kinds = values('kind');
  const verdicts = values('verdict');
  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  return {
    kind: SEARCH_KINDS.filter((k) => kinds.has(k.value)).map((k) => ({ value: k.value, label: k.label })),
    // The actors a reader can search by or about.
    actor: [...values('actor', 'about')].sort((a, b) => collator.compare(a, b) || (a < b ? -1 : 1)).map((a) => ({ value: a, label: a })),
    verdict: VERDICTS.filter((v) => verdicts.has(v.verdict)).map((v) => ({ value: v.verdict, label: v.label })),
    year: [...values('year')].sort().reverse().map((y) => ({ value: y, label: y })),
  };
}

/** The facets of a whole corpus: its records and its article pages together. */
export function corpusFacets(corpus: CorpusJson): SearchFacets {
  return searchFacets([...searchRecords(corpus), ...articleSearchEntries(corpus)].map((r) => r.filters ?? {}));
}
