/**
 * A small corpus for the site tests, written inline (not read from content/): two articles
 * that report the same phone call, a false "former president" claim, a quote nobody is named
 * for and dates of every precision. Articles go through the real `toArticleView`, so anchors
 * and contexts are real; `articleView` makes more of them for the tests that need a crowd.
 */
import type { ArticleRecord } from '../../../src/lib/corpus/index.ts';
import type { Actor, FactEvent } from '../../../src/lib/schema/index.ts';
import { toArticleView, type ArticleView } from '../../../src/lib/site/article-view.ts';

export const ACTORS: Actor[] = [
  {
    id: 'donald-trump',
    name: 'Donald Trump',
    kind: 'person',
    pronoun: 'he',
    aliases: ['Trump'],
    roles: [
      { title: 'President of the United States', from: '2017-01-20', to: '2021-01-20', aliases: [], note: '45th president' },
      { title: 'President of the United States', from: '2025-01-20', aliases: [], note: '47th president' },
    ],
    description: '47th President of the United States.',
    wikidata: 'Q22686',
  },
  {
    id: 'vladimir-putin',
    name: 'Vladimir Putin',
    kind: 'person',
    pronoun: 'he',
    aliases: ['Putin'],
    roles: [{ title: 'President of Russia', from: '2012-05-07', aliases: [] }],
    description: 'President of Russia.',
    wikidata: 'Q7747',
  },
  { id: 'nato', name: 'NATO', kind: 'organization', aliases: [], roles: [], description: 'A military alliance.', wikidata: 'Q7184' },
  { id: 'ukraine', name: 'Ukraine', kind: 'country', aliases: [], roles: [], description: 'A country.' },
  { id: 'china', name: 'China', kind: 'country', aliases: [], roles: [], description: 'A country no article mentions.' },
];

export const EVENTS: FactEvent[] = [
  { id: 'trump-putin-call-2025-05-19', title: 'Trump and Putin hold a phone call', date: '2025-05-19', precision: 'day', actors: ['donald-trump', 'vladimir-putin'], description: 'A two-hour call.', sources: [{ article: 'call' }] },
  { id: 'nato-founded-1949-04-04', title: 'NATO is founded', date: '1949-04-04', precision: 'day', actors: ['nato'], sources: [{ url: 'https://example.org/nato', title: 'NATO history' }] },
];

export type Ann = { id: string; text: string; status?: 'suggested' | 'reviewed' | 'rejected' } & Record<string, unknown>;
export interface Annotations {
  quotes?: Ann[];
  claims?: Ann[];
  dates?: Ann[];
}

function record(slug: string, published: string, paragraphs: string[], ann: Annotations, reviewed = true): ArticleRecord {
  const plainText = paragraphs.join('\n\n');
  const resolve = (list: Ann[] = []) =>
    list.map((a) => {
      const start = plainText.indexOf(a.text);
      if (start < 0) throw new Error(`fixture anchor not found: ${a.text}`);
      return { status: 'reviewed', ...a, start, end: start + a.text.length };
    });
  return {
    slug,
    file: `content/articles/${slug}.md`,
    frontmatter: {
      title: `Title of ${slug}`,
      published,
      published_evidence: 'fixture',
      publisher: 'Example News',
      source_file: `${slug}.txt`,
      source_sha256: '0'.repeat(64),
      sources: [],
    },
    body: plainText,
    plainText,
    reviewed,
    annotations: {
      quotes: resolve(ann.quotes).map((q) => ({ speaker: null, ...q })),
      claims: resolve(ann.claims).map((c) => ({ sources: [], verdict: 'unverified', claimant: 'publisher', ...c })),
      dates: resolve(ann.dates),
    } as unknown as ArticleRecord['annotations'],
  };
}

export const RECORDS: ArticleRecord[] = [
  record(
    'call',
    '2025-05-20',
    ['Trump and Putin spoke on Monday for two hours.', 'Trump called the call "excellent". Putin said it was "frank and useful".', 'Ukraine wants a ceasefire by June.'],
    {
      quotes: [
        { id: 'q1', text: 'excellent', speaker: 'donald-trump', said: '2025-05-19' },
        { id: 'q2', text: 'frank and useful', speaker: 'vladimir-putin' },
      ],
      claims: [{ id: 'c1', text: 'Ukraine wants a ceasefire by June.', claimant: 'ukraine', verdict: 'accurate', explanation: 'Ukraine said so.', sources: ['https://example.org/a'] }],
      dates: [
        { id: 'd1', text: 'on Monday', value: '2025-05-19', precision: 'day', event: 'trump-putin-call-2025-05-19' },
        { id: 'd2', text: 'by June', value: '2025-06', precision: 'month' },
      ],
    },
  ),
  record(
    'clash',
    '2025-05-29',
    [
      'The former president spoke with Putin last week, the paper said.',
      'Trump said he was "being strung along". NATO was founded in 1949.',
      'Russia will win, officials said.',
      'A spokesman said the talks would "resume soon".',
    ],
    {
      quotes: [
        { id: 'q1', text: 'being strung along', speaker: 'donald-trump', said: '2025-05-28' },
        { id: 'q2', text: 'officials said', status: 'rejected' },
        { id: 'q3', text: 'resume soon', status: 'suggested' },
      ],
      claims: [
        { id: 'c1', text: 'The former president', statement: 'Says Donald Trump is a former president', verdict: 'false', explanation: 'Donald Trump has been president since 20 January 2025.', sources: ['https://example.org/b'] },
        { id: 'c2', text: 'Russia will win', status: 'suggested' },
      ],
      dates: [
        { id: 'd1', text: 'last week', value: '2025-W21', precision: 'week', event: 'trump-putin-call-2025-05-19' },
        { id: 'd2', text: '1949', value: '1949', precision: 'year' },
      ],
    },
  ),
];

const ACTOR_MAP = new Map(ACTORS.map((a) => [a.id, a]));

export function fixtureArticles(): ArticleView[] {
  const events = new Map(EVENTS.map((e) => [e.id, e]));
  return RECORDS.map((r) => toArticleView(r, ACTOR_MAP, events));
}

/** One more article through the real view: annotations are found by their text in the paragraphs. */
export function articleView(slug: string, published: string, paragraphs: string[], ann: Annotations = {}, events: readonly FactEvent[] = EVENTS, actors: readonly Actor[] = ACTORS): ArticleView {
  return toArticleView(record(slug, published, paragraphs, ann), new Map(actors.map((a) => [a.id, a])), new Map(events.map((e) => [e.id, e])));
}

/** `n` plain articles, one a day from `from` (YYYY-MM-DD) on, slugs `<prefix>-0001`…. */
export function articlesByDay(prefix: string, from: string, n: number, ann: (i: number) => Annotations = () => ({})): ArticleView[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: n }, (_, i) => {
    const day = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    const slug = `${prefix}-${String(i + 1).padStart(4, '0')}`;
    return articleView(slug, day, [`Story ${slug} was filed on ${day}.`, 'Trump said it was "fine". The talks went on.'], ann(i));
  });
}
