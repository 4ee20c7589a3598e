import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/lib/content-file/index.ts';
import { compareIds, formatYamlText, kindOfContentPath, toCanonicalYaml } from '../../../src/lib/yaml/index.ts';

/** Strings a careless writer would let a YAML reader (1.2 or 1.1) turn into something else. */
const TRICKY = [
  'yes', 'No', 'on', 'OFF', 'y', 'n', '~', 'null', 'Null', 'true', 'False', '2025', '-1', '+1', '0x1F', '0o17', '017',
  '1e3', '.5', '.inf', '-.INF', '.nan', '12:30', '1:20:30', '2025-05-19', '2025-05-19 10:00:00', '2001-12-14t21:59:43.10-05:00',
  '', ' ', '  lead', 'trail ', 'a: b', 'a:b', ': a', 'a #b', '#c', '- x', '-', '?', '? x', ':', '"q"', "'s'", '“curly” start',
  'line\nline', 'two\n\nparagraphs', 'end\n', 'tab\there', '\ttab', '@at', '`tick', '%pct', '!bang', '&amp', '*star',
  '[x]', '{y}', '|', '>', '<<', '=', '---', '...', 'a --- b', 'über — dash', 'x\r\ny', 'back\\slash', 'Q22686', '2025-W21',
  'U.S. President', 'He said: "no".', 'a'.repeat(300) + ' ' + 'b'.repeat(300),
];

describe('toCanonicalYaml', () => {
  it('round-trips every tricky string as the same string, under YAML 1.2 and YAML 1.1 readers', () => {
    for (const s of TRICKY) {
      const text = toCanonicalYaml('event', { title: s, date: '2025-05-19', precision: 'day', description: s });
      expect(parseYaml('x.yaml', text).data, JSON.stringify(s)).toEqual({ title: s, date: '2025-05-19', precision: 'day', description: s });
      expect(parse(text, { schema: 'yaml-1.1' }), `1.1: ${JSON.stringify(s)}`).toEqual({ title: s, date: '2025-05-19', precision: 'day', description: s });
      expect(parse(text), `1.2 core: ${JSON.stringify(s)}`).toMatchObject({ title: s });
    }
  });

  it('writes one field per line: no folding of long strings, newlines as \\n escapes', () => {
    const long = `${'word '.repeat(60)}end`;
    const text = toCanonicalYaml('event', { title: long, date: '2025', precision: 'year', description: 'first\nsecond' });
    expect(text.split('\n')).toEqual([`title: ${long}`, 'date: "2025"', 'precision: year', 'description: "first\\nsecond"', '']);
  });

  it('keeps dates as quoted strings, never YAML timestamps', () => {
    const text = toCanonicalYaml('actor', { name: 'A', kind: 'person', description: 'd', roles: [{ title: 'T', from: '2025-01-20' }] });
    expect(text).toContain('from: "2025-01-20"');
    expect(parse(text, { schema: 'yaml-1.1' }).roles[0].from).toBe('2025-01-20');
  });

  it('orders keys per kind and entries by numeric id', () => {
    const text = toCanonicalYaml('annotations', {
      dates: [{ status: 'suggested', id: 'd1', text: 'Monday', value: '2025-05-19', precision: 'day' }],
      quotes: [
        { status: 'suggested', text: 'b', id: 'q10' },
        { text: 'a', id: 'q2', status: 'suggested', speaker: 'x' },
      ],
    });
    expect(text).toBe(
      [
        'quotes:', '  - id: q2', '    text: a', '    speaker: x', '    status: suggested',
        '  - id: q10', '    text: b', '    status: suggested',
        'dates:', '  - id: d1', '    text: Monday', '    value: "2025-05-19"', '    precision: day', '    status: suggested', '',
      ].join('\n'),
    );
  });

  it('leaves out empty lists, nulls and undefined, and ends with a newline', () => {
    const text = toCanonicalYaml('annotations', { quotes: [{ id: 'q1', text: 't', speaker: null, status: 'suggested', note: undefined }], claims: [], dates: [] });
    expect(text).toBe('quotes:\n  - id: q1\n    text: t\n    status: suggested\n');
    expect(toCanonicalYaml('annotations', { quotes: [], claims: [], dates: [] })).toBe('{}\n');
  });

  it('keeps fields it does not know, after the known ones, sorted', () => {
    const text = toCanonicalYaml('event', { zeta: 'z', title: 't', alpha: 'a', date: '2025', precision: 'year' });
    expect(text).toBe('title: t\ndate: "2025"\nprecision: year\nalpha: a\nzeta: z\n');
  });

  it('writes block lists and nested mappings in order', () => {
    const text = toCanonicalYaml('annotations', { quotes: [{ status: 'suggested', proposed_speaker: { name: 'Jane Roe', id: 'jane-roe' }, text: 't', id: 'q1' }] });
    expect(text).toBe('quotes:\n  - id: q1\n    text: t\n    proposed_speaker:\n      id: jane-roe\n      name: Jane Roe\n    status: suggested\n');
  });

  it('is what formatYamlText makes of its own output', () => {
    const data = { name: 'N', kind: 'person', aliases: ['b', 'a'], description: 'x: y', wikidata: 'Q1' };
    const text = toCanonicalYaml('actor', data);
    expect(formatYamlText('actor', text)).toBe(text);
    expect(parseYaml('a.yaml', text).data).toEqual(data);
  });
});

describe('compareIds', () => {
  it('sorts by number, not by characters', () => {
    expect(['q10', 'q2', 'q1', 'q11', 'x', 'q3'].sort(compareIds)).toEqual(['q1', 'q2', 'q3', 'q10', 'q11', 'x']);
  });
});

describe('kindOfContentPath', () => {
  it('takes the kind from the directory', () => {
    expect(kindOfContentPath('content/annotations/a.yaml')).toBe('annotations');
    expect(kindOfContentPath('/x/content/actors/a.yaml')).toBe('actor');
    expect(kindOfContentPath('content/events/e.yml')).toBe('event');
    expect(kindOfContentPath('content/articles/a.md')).toBeUndefined();
    expect(kindOfContentPath('content/raw/imports.yaml')).toBeUndefined();
  });
});
