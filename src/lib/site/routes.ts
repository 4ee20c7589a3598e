/**
 * Every URL and element id of the site, in one place: pages, feeds, the sitemap, the search
 * index and the exports all ask this module, so a link can never disagree with the page it
 * points to. Paths end in a slash (the site is built with `trailingSlash: 'always'`).
 */

/** The claimant id of a claim the article makes in its own voice. */
export const PUBLISHER_ID = 'publisher';

/** Where quotes without an identified speaker are listed. */
export const UNATTRIBUTED = 'unattributed';

/** The element id of an annotation in its article's text: q1 → `q-1`, c2 → `c-2`, d3 → `d-3`. */
export const annotationAnchor = (id: string) => `${id[0]}-${id.slice(1)}`;

/** The element id of an annotation's card under the article: q1 → `note-q-1`. */
export const noteAnchor = (id: string) => `note-${annotationAnchor(id)}`;

/** The element id of an annotation's details, shown in place next to it: q1 → `about-q-1`. */
export const detailsAnchor = (id: string) => `about-${annotationAnchor(id)}`;

/**
 * The class of the ref after each mark (the button that opens its card). Search skips a ref by
 * this class rather than by `data-pagefind-ignore`, which would be written once per mark, ten
 * thousand articles over.
 */
export const REF_CLASS = 'ann-ref';

/** The element id a timeline page's kind filter links to: `#only-events` shows only events (CSS `:target`, no script). */
export const timelineKindAnchor = (kind: string) => `only-${kind}s`;

/** The element id of an event on a timeline page. */
export const eventAnchor = (id: string) => `event-${id}`;

/** An archive key: '' (the whole archive), 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
export type ArchiveKey = string;

/** '2025-05' → '2025/05/'; '' → ''. */
const archiveSegment = (key: ArchiveKey) => (key ? `${key.replaceAll('-', '/')}/` : '');

const withAnchor = (path: string, anchor?: string) => (anchor ? `${path}#${anchor}` : path);

export const routes = {
  home: '/',
  search: '/search/',
  /** The search index's most frequent words, for suggestions when a search finds nothing. */
  searchVocabulary: '/pagefind/vocabulary.json',
  /** What the search page needs before its first query: the quote and claim bundles' years, and every actor's spellings. */
  searchManifest: '/pagefind/manifest.json',
  methodology: '/methodology/',
  about: '/about/',
  /** A reviewer on the about page. */
  reviewer: (id: string) => `/about/#reviewer-${id}`,
  /** How to report an error: the contact from factline.config.yaml, on the about page. */
  corrections: '/about/#corrections',
  /** Every change of a published verdict, newest first, by date: `/corrections/2026/`. */
  correctionsArchive: (key: ArchiveKey = '') => `/corrections/${archiveSegment(key)}`,
  correctionsFeed: '/corrections/rss.xml',
  verdictScale: '/methodology/#verdicts',
  rss: '/rss.xml',
  sitemap: '/sitemap-index.xml',
  data: {
    /** The exports are gzip-compressed (see src/lib/export/gzip.ts); the schema is not. */
    corpus: '/data/corpus.json.gz',
    schema: '/data/corpus.schema.json',
    quotes: '/data/quotes.csv.gz',
    claims: '/data/claims.csv.gz',
  },

  articles: '/articles/',
  article: (slug: string, anchor?: string) => withAnchor(`/articles/${slug}/`, anchor),
  /** An annotation in its article's text: `/articles/<slug>/#q-3`. */
  annotation: (slug: string, id: string) => withAnchor(`/articles/${slug}/`, annotationAnchor(id)),
  /** The articles published in a year, month or day: `/articles/2025/05/`. */
  articleArchive: (key: ArchiveKey) => `/articles/${archiveSegment(key)}`,

  claims: '/claims/',
  /** Claim ids are per article; the site-wide key joins the two. */
  claimKey: (slug: string, id: string) => `${slug}-${id}`,
  /** The page of a claim an editor has decided: `/claims/<slug>-<id>/`. */
  claim: (slug: string, id: string) => `/claims/${slug}-${id}/`,
  /** Claims with one verdict, by the date of their article: `/claims/verdict/false/2025/`. */
  verdictArchive: (verdict: string, key: ArchiveKey = '') => `/claims/verdict/${verdict}/${archiveSegment(key)}`,

  quotes: '/quotes/',
  /** Quotes whose speaker is not identified, by date: `/quotes/unattributed/2025/`. */
  unattributedArchive: (key: ArchiveKey = '') => `/quotes/${UNATTRIBUTED}/${archiveSegment(key)}`,

  actors: '/actors/',
  actor: (id: string, anchor?: string) => withAnchor(`/actors/${id}/`, anchor),
  /** Everything by or about an actor in a year (or month): `/actors/<id>/2025/`. */
  actorArchive: (id: string, key: ArchiveKey) => `/actors/${id}/${archiveSegment(key)}`,

  timeline: '/timeline/',
  /** The timeline of a year, month or day: `/timeline/2025/05/`. */
  timelineArchive: (key: ArchiveKey) => `/timeline/${archiveSegment(key)}`,
} as const;

/** The `params.path` of a rest route (`[...path].astro`) for a page under `base`: undefined for `base` itself. */
export function restParam(base: string, path: string): string | undefined {
  if (!path.startsWith(base)) throw new Error(`${path} is not under ${base}`);
  return path.slice(base.length).replace(/\/$/, '') || undefined;
}
