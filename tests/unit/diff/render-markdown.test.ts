import { describe, expect, it } from 'vitest';
import { DIFF_MARKER, escapeMarkdown, renderMarkdown, type ContentDiff } from '../../../src/lib/diff/index.ts';

const diff = (over: Partial<ContentDiff> = {}): ContentDiff => ({
  base: 'origin/main',
  head: null,
  summary: { articles: 0, annotationChanges: 0, actors: 0, events: 0 },
  articles: [],
  actors: [],
  events: [],
  names: { actors: {}, events: {} },
  ...over,
});

describe('renderMarkdown', () => {
  it('says so when nothing changed, still with the marker first', () => {
    const md = renderMarkdown(diff());
    expect(md.split('\n')[0]).toBe(DIFF_MARKER);
    expect(md).toContain('**0 articles, 0 annotation changes** (`origin/main` → `working tree`)');
    expect(md).toContain('No changes to articles, annotations, actors or events.');
  });

  it('escapes article text so it cannot format the comment or mention anyone', () => {
    expect(escapeMarkdown('*bold* [link](x) <b>hi</b> @octocat `code` a|b')).toBe('\\*bold\\* \\[link\\](x) \\<b\\>hi\\</b\\> @\u200boctocat \\`code\\` a\\|b');
    expect(escapeMarkdown('line\n\nbreak')).toBe('line break');
  });

  it('renders renames, removals, article edits, event dates and list changes', () => {
    const md = renderMarkdown(
      diff({
        summary: { articles: 2, annotationChanges: 3, actors: 1, events: 1 },
        articles: [
          {
            slug: 'new-slug', title: 'Talks *resume*', status: 'renamed', from: 'old-slug',
            fields: [
              { field: 'title', from: 'Talks', to: 'Talks *resume*' },
              { field: 'body', from: 'A.\n\nB.', to: 'A.\n\nB, edited.\n\nC.' },
            ],
            changes: [
              { kind: 'date', id: 'd2', change: 'changed', text: 'May 19', status: 'reviewed', fields: [{ field: 'value', from: '2025-05-18', to: '2025-05-19' }, { field: 'event', from: null, to: 'call' }] },
              { kind: 'quote', id: 'q4', change: 'added', text: 'hi', status: 'suggested', fields: [{ field: 'text', from: null, to: 'hi' }, { field: 'proposed_speaker', from: null, to: { id: 'jane-roe', name: 'Jane Roe' } }, { field: 'status', from: null, to: 'suggested' }] },
            ],
          },
          { slug: 'gone', title: 'Gone', status: 'removed', fields: [], changes: [{ kind: 'quote', id: 'q1', change: 'removed', text: 't', status: 'reviewed', fields: [] }] },
        ],
        actors: [{ id: 'donald-trump', label: 'Donald Trump', status: 'changed', fields: [{ field: 'aliases', from: ['Trump'], to: ['Trump', 'The Donald'] }, { field: 'roles', from: null, to: [{ title: 'President', from: '2025-01-20' }] }] }],
        events: [{ id: 'call', label: 'Phone call', status: 'changed', fields: [{ field: 'date', from: '2025-05-18', to: '2025-05-19' }, { field: 'actors', from: ['donald-trump'], to: ['donald-trump', 'vladimir-putin'] }] }],
        names: { actors: { 'donald-trump': 'Donald Trump', 'vladimir-putin': 'Vladimir Putin' }, events: { call: 'Phone call' } },
      }),
      { baseUrl: 'https://example.org/' },
    );
    expect(md).toContain('**2 articles, 3 annotation changes, 1 actor, 1 event**');
    expect(md).toContain('#### [Talks \\*resume\\*](https://example.org/articles/new-slug/) (renamed from `old-slug`)');
    expect(md).toContain('- title "Talks" → "Talks \\*resume\\*"');
    expect(md).toContain('- article text: changed (2 paragraphs new or edited, 1 removed)');
    expect(md).toContain('- [d2](https://example.org/articles/new-slug/#d-2): value 2025-05-18 → 2025-05-19; event (none) → Phone call · on "May 19"\n');
    expect(md).toContain('- [q4](https://example.org/articles/new-slug/#q-4): added quote "hi": proposed speaker Jane Roe (new actor `jane-roe`), suggested');
    expect(md).toContain('#### Gone (article removed)');
    expect(md).toContain('- 1 annotation removed with it');
    expect(md).toContain('- [**Donald Trump**](https://example.org/actors/donald-trump/) (`donald-trump`)\n  - aliases + "The Donald"');
    expect(md).toContain('  - roles + "President" (since 2025-01-20)');
    expect(md).toContain('**Phone call** (`call`)\n  - date 2025-05-18 → 2025-05-19\n  - actors + Vladimir Putin');
  });

  it('stays within a comment’s size and says what it left out', () => {
    const changes = Array.from({ length: 400 }, (_, i) => ({
      kind: 'quote' as const, id: `q${i + 1}`, change: 'changed' as const, text: 'x'.repeat(100), status: 'reviewed', fields: [{ field: 'status', from: 'suggested', to: 'reviewed' }],
    }));
    const md = renderMarkdown(diff({ summary: { articles: 1, annotationChanges: 400, actors: 0, events: 0 }, articles: [{ slug: 'a', title: 'A', status: 'changed', fields: [], changes }] }), { maxLength: 5000 });
    expect(md.length).toBeLessThanOrEqual(5000);
    expect(md).toMatch(/_… and \d+ more lines\._/);
    expect(md).toContain('run `npm run factline -- diff <base>` locally');
  });
});
