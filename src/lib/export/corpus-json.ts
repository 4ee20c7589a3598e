/**
 * The open-data export, `data/corpus.json.gz` (version 1), and its CSV companions. Absent
 * optional values are `null`, never missing, so every record has the same keys; lists are in
 * a total order; nothing depends on the clock.
 */
import type { Actor, FactEvent } from '../schema/index.ts';
import { quoteInContext, type ArticleView, type InContext } from '../site/article-view.ts';

const sentenceOf = (c: InContext) => `${c.before}${c.quoted}${c.after}`;

export function buildCorpusJson(articles: ArticleView[], actors: Actor[], events: FactEvent[]) {
  const sortedArticles = [...articles].sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : a.slug < b.slug ? -1 : 1));
  const eventArticles = new Map<string, Set<string>>();
  for (const a of sortedArticles) for (const d of a.dates) if (d.event) (eventArticles.get(d.event.id) ?? eventArticles.set(d.event.id, new Set()).get(d.event.id)!).add(a.slug);
  return {
    version: 1,
    articles: sortedArticles.map((a) => ({
      slug: a.slug,
      title: a.title,
      published: a.published,
      publisher: a.publisher,
      publisher_id: a.publisherId ?? null,
      url: a.url ?? null,
      quotes: a.quotes.map((q) => ({
        id: q.id,
        text: q.text,
        sentence: sentenceOf(quoteInContext(q)),
        speaker: q.speaker?.id ?? null,
        said: q.said?.value ?? null,
        original: q.original ?? null,
        note: q.note ?? null,
        status: q.status,
      })),
      claims: a.claims.map((c) => ({
        id: c.id,
        text: c.text,
        statement: c.statement ?? null,
        claimant: c.claimant.id,
        verdict: c.verdict,
        explanation: c.explanation ?? null,
        sources: c.sources,
        reviewed_by: c.review?.by.id ?? null,
        reviewed_on: c.review?.on ?? null,
        status: c.status,
      })),
      dates: a.dates.map((d) => ({ id: d.id, text: d.text, value: d.value, precision: d.precision, event: d.event?.id ?? null, status: d.status })),
    })),
    actors: [...actors]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((a) => ({
        id: a.id,
        name: a.name,
        kind: a.kind,
        aliases: a.aliases,
        roles: a.roles.map((r) => ({ title: r.title, from: r.from ?? null, to: r.to ?? null })),
        wikidata: a.wikidata ?? null,
      })),
    events: [...events]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((e) => ({
        id: e.id,
        date: e.date,
        precision: e.precision,
        title: e.title,
        description: e.description ?? null,
        actors: e.actors,
        articles: [...(eventArticles.get(e.id) ?? [])].sort(),
        sources: e.sources.map((s) => ('article' in s ? { article: s.article, url: null, title: null } : { article: null, url: s.url, title: s.title })),
      })),
  };
}

export type CorpusJson = ReturnType<typeof buildCorpusJson>;

/** RFC 4180: quote every field that needs it, CRLF line ends. */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  const cell = (v: string | number | null) => {
    const s = v === null ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function quotesCsv(corpus: CorpusJson, site: URL): string {
  const rows = corpus.articles.flatMap((a) =>
    a.quotes.map((q) => [a.slug, q.id, q.text, q.speaker, q.said, q.status, q.note, q.original, new URL(`/articles/${a.slug}/#q-${q.id.slice(1)}`, site).href]),
  );
  return toCsv(['article', 'id', 'text', 'speaker', 'said', 'status', 'note', 'original', 'url'], rows);
}

export function claimsCsv(corpus: CorpusJson, site: URL): string {
  const rows = corpus.articles.flatMap((a) =>
    a.claims.map((c) => [a.slug, c.id, c.text, c.statement, c.claimant, c.verdict, c.explanation, c.sources.join(' '), c.reviewed_by, c.reviewed_on, c.status, new URL(`/claims/${a.slug}-${c.id}/`, site).href]),
  );
  return toCsv(['article', 'id', 'text', 'statement', 'claimant', 'verdict', 'explanation', 'sources', 'reviewed_by', 'reviewed_on', 'status', 'url'], rows);
}
