/** A small corpus export in the shape of `data/corpus.json.gz`, for the search index tests. */
import type { CorpusJson } from '../../../src/lib/export/corpus-json.ts';

export function fixtureCorpus(): CorpusJson {
  return {
    version: 1,
    articles: [
      {
        slug: 'talks-stall',
        title: 'Talks stall, Trump says',
        published: '2025-05-29',
        publisher: 'Example News',
        publisher_id: null,
        url: null,
        quotes: [
          { id: 'q1', text: 'stringing us along', sentence: 'He is stringing us along.', speaker: 'donald-trump', said: '2025-05-28', original: null, note: 'The recorded wording is "tapping us along".', status: 'reviewed' },
          { id: 'q12', text: 'We have an open dialogue', sentence: 'We have an open dialogue.', speaker: 'vladimir-putin', said: null, original: null, note: null, status: 'suggested' },
          { id: 'q3', text: 'Nobody knows who said this', sentence: 'Nobody knows who said this.', speaker: null, said: '2025-W22', original: null, note: null, status: 'reviewed' },
        ],
        claims: [
          { id: 'c1', text: 'former President Donald Trump', statement: 'Says Donald Trump is a former president', claimant: 'publisher', verdict: 'false', explanation: 'He holds the office.', sources: [], reviewed_by: null, reviewed_on: null, status: 'reviewed' },
          { id: 'c2', text: 'Russia wants peace', statement: null, claimant: 'vladimir-putin', verdict: 'unsupported', explanation: null, sources: [], reviewed_by: null, reviewed_on: null, status: 'suggested' },
        ],
        dates: [{ id: 'd1', text: 'on Wednesday', value: '2025-05-28', precision: 'day', event: 'call', status: 'reviewed' }],
      },
      {
        slug: 'nato-history',
        title: 'NATO at 76',
        published: '2024-04-04',
        publisher: 'Other Paper',
        publisher_id: null,
        url: 'https://example.com/nato',
        quotes: [],
        claims: [],
        dates: [],
      },
    ],
    actors: [
      { id: 'donald-trump', name: 'Donald Trump', kind: 'person', aliases: ['Trump'], roles: [{ title: 'President of the United States', from: '2025-01-20', to: null }], wikidata: 'Q22686' },
      { id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'person', aliases: ['Putin'], roles: [], wikidata: null },
      { id: 'nato', name: 'NATO', kind: 'organization', aliases: [], roles: [], wikidata: null },
    ],
    events: [{ id: 'call', date: '2025-05', precision: 'month', title: 'A phone call', description: null, actors: ['donald-trump', 'vladimir-putin', 'unknown-id'], articles: ['talks-stall'], sources: [{ article: 'talks-stall', url: null, title: null }] }],
  } as CorpusJson;
}
