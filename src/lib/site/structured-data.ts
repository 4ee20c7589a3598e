/**
 * schema.org JSON-LD for the pages: NewsArticle, ClaimReview (and a bare Claim while a claim
 * is unchecked), Quotation, Person/Organization/Country and Event. Built from the view data
 * only; the layout serialises it safely. Absolute URLs throughout, from the deployed origin.
 */
import type { Actor } from '../schema/index.ts';
import type { ActorRef, ArticleView } from './article-view.ts';
import type { ArticleLink, ClaimRow, QuoteRow } from './rows.ts';
import { PUBLISHER_ID, routes } from './routes.ts';
import { siteOrganization } from './site-identity.ts';
import type { TimelineEntry } from './timeline.ts';
import { verdictInfo } from './verdicts.ts';

const CONTEXT = 'https://schema.org';

export const wikidataUrl = (qid: string) => `https://www.wikidata.org/wiki/${qid}`;

const abs = (path: string, site: URL) => new URL(path, site).href;

const schemaType = (kind: Actor['kind']) => (kind === 'person' ? 'Person' : kind === 'country' ? 'Country' : 'Organization');

/** The current role of an actor: one without an end date, the latest to start. */
function currentRole(actor: Actor) {
  return actor.roles.filter((r) => !r.to).sort((a, b) => ((a.from ?? '') < (b.from ?? '') ? 1 : -1))[0];
}

/** A short reference to an actor (or the publisher) for use inside another item. */
export function agentJsonLd(ref: ActorRef, actors: ReadonlyMap<string, Actor>, site: URL, publisher?: string) {
  const actor = actors.get(ref.id);
  if (!actor) return { '@type': 'Organization', name: ref.id === PUBLISHER_ID ? (publisher ?? ref.name) : ref.name };
  return {
    '@type': schemaType(actor.kind),
    name: actor.name,
    url: abs(routes.actor(actor.id), site),
    ...(actor.wikidata ? { sameAs: wikidataUrl(actor.wikidata) } : {}),
  };
}

function articleRef(article: ArticleLink, site: URL) {
  return {
    '@type': 'NewsArticle',
    headline: article.title,
    url: abs(routes.article(article.slug), site),
    datePublished: article.published,
    publisher: { '@type': 'Organization', name: article.publisher },
  };
}

export function newsArticleJsonLd(article: ArticleView, site: URL) {
  const url = abs(routes.article(article.slug), site);
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    '@id': url,
    headline: article.title,
    description: article.summary,
    datePublished: article.published,
    url,
    mainEntityOfPage: url,
    publisher: { '@type': 'Organization', name: article.publisher },
    ...(article.url ? { isBasedOn: article.url } : {}),
    sourceOrganization: siteOrganization(site),
  };
}

/**
 * ClaimReview for a claim an editor has rated; a bare Claim while it is unchecked or only
 * machine-suggested, so no search engine shows a verdict nobody gave.
 */
export function claimJsonLd(claim: ClaimRow & { explanation?: string }, actors: ReadonlyMap<string, Actor>, site: URL) {
  const item = {
    '@type': 'Claim',
    text: claim.text,
    author: agentJsonLd(claim.claimant, actors, site, claim.article.publisher),
    datePublished: claim.article.published,
    appearance: articleRef(claim.article, site),
  };
  const info = verdictInfo(claim.verdict);
  if (!claim.rated || info.ratingValue === undefined) return { '@context': CONTEXT, ...item, url: abs(claim.href, site) };
  return {
    '@context': CONTEXT,
    '@type': 'ClaimReview',
    url: abs(claim.href, site),
    // What was checked, in the editor's words; when and by whom the verdict was decided.
    claimReviewed: claim.statement ?? claim.text,
    datePublished: claim.review?.on ?? claim.article.published,
    author: claim.review ? { '@type': 'Person', name: claim.review.by.name, url: abs(routes.reviewer(claim.review.by.id), site) } : siteOrganization(site),
    publisher: siteOrganization(site),
    reviewRating: {
      '@type': 'Rating',
      ratingValue: info.ratingValue,
      bestRating: 5,
      worstRating: 1,
      alternateName: info.label,
    },
    itemReviewed: item,
    ...(claim.explanation ? { reviewBody: claim.explanation } : {}),
  };
}

/**
 * A quote. On its own article's page (`inArticle`) it points to the page's NewsArticle by its
 * `@id` instead of describing the article again for every quote, and has no `url` of its own:
 * that would be the page's address again with `#q-3`, a tenth of an article page's data over
 * ten thousand articles. Lists of quotes elsewhere give each its address in its article.
 */
export function quotationJsonLd(quote: QuoteRow, actors: ReadonlyMap<string, Actor>, site: URL, options: { inArticle?: boolean } = {}) {
  return {
    '@context': CONTEXT,
    '@type': 'Quotation',
    text: quote.text,
    ...(options.inArticle ? {} : { url: abs(quote.href, site) }),
    ...(quote.speaker ? { creator: agentJsonLd(quote.speaker, actors, site, quote.article.publisher) } : {}),
    isPartOf: options.inArticle ? { '@id': abs(quote.article.href, site) } : articleRef(quote.article, site),
    ...(quote.said ? { dateCreated: quote.said.value } : {}),
  };
}

export function actorJsonLd(actor: Actor, site: URL) {
  const role = actor.kind === 'person' ? currentRole(actor) : undefined;
  return {
    '@context': CONTEXT,
    '@type': schemaType(actor.kind),
    '@id': `${abs(routes.actor(actor.id), site)}#${actor.kind}`,
    name: actor.name,
    description: actor.description,
    url: abs(routes.actor(actor.id), site),
    ...(actor.aliases.length ? { alternateName: actor.aliases } : {}),
    ...(role ? { jobTitle: role.title } : {}),
    ...(actor.wikidata ? { sameAs: [wikidataUrl(actor.wikidata)] } : {}),
  };
}

/** An event on the timeline, with the articles that report it. `pagePath` is where the entry is shown. */
export function eventJsonLd(entry: TimelineEntry, actors: ReadonlyMap<string, Actor>, site: URL, pagePath: string) {
  const seen = new Set<string>();
  const articles = entry.sources.map((s) => s.article).filter((a) => !seen.has(a.slug) && seen.add(a.slug));
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    name: entry.title,
    startDate: entry.value,
    url: abs(`${pagePath}#${entry.anchor}`, site),
    ...(entry.description ? { description: entry.description } : {}),
    ...(entry.actors.length ? { attendee: entry.actors.map((a) => agentJsonLd(a, actors, site)) } : {}),
    // The articles by address only: each article's own page carries its full NewsArticle, and a
    // busy timeline page repeated every headline and publisher (a third of its bytes).
    ...(articles.length ? { subjectOf: articles.map((a) => ({ '@type': 'NewsArticle', url: abs(routes.article(a.slug), site) })) } : {}),
  };
}

/**
 * The `@id` of an item described inside another: an actor's is the one its own page gives it
 * (`actorJsonLd`: its page's URL and `#person`, `#organization`, `#country`), an article's its
 * address (`newsArticleJsonLd`). Anything else is left as it is.
 */
function nodeId(node: Record<string, unknown>): string | undefined {
  if (typeof node['@id'] === 'string') return node['@id'];
  const type = node['@type'];
  if (typeof node.url !== 'string') return undefined;
  if (type === 'Person' || type === 'Organization' || type === 'Country') return `${node.url}#${type.toLowerCase()}`;
  if (type === 'NewsArticle') return node.url;
  return undefined;
}

const isNode = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every node inside `value` (not `value` itself) that has an id, in document order. */
function* innerNodes(value: unknown): Generator<Record<string, unknown>> {
  for (const child of Array.isArray(value) ? value : isNode(value) ? Object.values(value) : []) {
    for (const node of Array.isArray(child) ? child : [child]) {
      if (!isNode(node)) continue;
      if (nodeId(node) && !('@id' in node && Object.keys(node).length === 1)) yield node;
      yield* innerNodes(node);
    }
  }
}

/**
 * The items with the people, organizations and articles they repeat described once and
 * referred to by `@id` after that (JSON-LD node references): on an actor's page every quote's
 * creator is the page's actor, and a timeline page names the same attendees event after event.
 * A node the page describes at the top (the actor of an actor page, the article of an article
 * page) is only referred to. Another repeated node is described where it first appears, with its
 * `@id`, where that makes the page smaller: a reference is not much shorter than a short
 * description, and a person named twice costs more described once with an id than twice without.
 */
function withReferences(items: readonly object[]): object[] {
  const declared = new Set(items.flatMap((item) => (isNode(item) && typeof item['@id'] === 'string' ? [item['@id']] : [])));
  const uses = new Map<string, number>();
  for (const node of items.flatMap((item) => [...innerNodes(item)])) {
    const key = JSON.stringify(node);
    uses.set(key, (uses.get(key) ?? 0) + 1);
  }
  const described = new Set<string>();
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (!isNode(value)) return value;
    const id = nodeId(value);
    const key = JSON.stringify(value);
    const count = uses.get(key);
    if (id && count !== undefined && !(Object.keys(value).length === 1 && '@id' in value)) {
      const ref = { '@id': id };
      if (declared.has(id) || described.has(key)) return JSON.stringify(ref).length < key.length ? ref : value;
      const withId = { '@type': value['@type'], '@id': id, ...value };
      const once = key.length * count;
      const referred = JSON.stringify(withId).length + (count - 1) * JSON.stringify(ref).length;
      if (count > 1 && referred < once) {
        described.add(key);
        return Object.fromEntries(Object.entries(withId).map(([k, v]) => [k, rewrite(v)]));
      }
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v)]));
  };
  return items.map((item) => (isNode(item) ? Object.fromEntries(Object.entries(item).map(([k, v]) => [k, rewrite(v)])) : item));
}

/**
 * A page's items as one JSON-LD document: a single item as it is, several as one `@graph`
 * under one `@context`. One block instead of one per quote: an article page with a dozen
 * quotes repeated the context and the script tag a dozen times. What the items repeat is
 * described once and referred to by `@id` (`withReferences`).
 */
export function jsonLdDocument(items: readonly object[]): object | undefined {
  const all = withReferences(items);
  if (all.length <= 1) return all[0];
  return { '@context': CONTEXT, '@graph': all.map((item) => Object.fromEntries(Object.entries(item).filter(([key]) => key !== '@context'))) };
}
