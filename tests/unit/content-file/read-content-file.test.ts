import { describe, expect, it } from 'vitest';
import { FactlineError } from '../../../src/lib/errors/index.ts';
import { parseYamlFile, validateContentYaml } from '../../../src/lib/yaml/index.ts';

function problemOf(text: string) {
  try {
    parseYamlFile('content/annotations/a.yaml', text);
  } catch (err) {
    expect(err).toBeInstanceOf(FactlineError);
    return (err as FactlineError).problems[0]!;
  }
  throw new Error('expected a FactlineError');
}

describe('parseYamlFile', () => {
  it('reads plain scalars as text, so verdict: false and said: 2025 mean what the editor wrote', () => {
    const { data } = parseYamlFile('a.yaml', 'verdict: false\nsaid: 2025\nvalue: 2025-05-19\nspeaker: null\nnote:\n');
    expect(data).toEqual({ verdict: 'false', said: '2025', value: '2025-05-19', speaker: null, note: null });
  });

  it('reports tab indentation at its line with a hint', () => {
    const p = problemOf('quotes:\n  - id: q1\n\ttext: x\n');
    expect(p).toMatchObject({ file: 'content/annotations/a.yaml', line: 3, column: 1 });
    expect(p.hint).toMatch(/spaces/);
  });

  it('reports an unclosed quotation mark where it was opened', () => {
    const p = problemOf('quotes:\n  - id: q1\n    text: "stringing us along\n    status: suggested\n  - id: q2\n');
    expect(p).toMatchObject({ line: 3, column: 11 });
    expect(p.message).toMatch(/closing "quote/);
    expect(p.hint).toMatch(/close the double quotation mark/);
  });

  it('reports a misaligned field and a colon in an unquoted value', () => {
    expect(problemOf('quotes:\n  - id: q1\n   text: x\n')).toMatchObject({ line: 3, column: 1, hint: expect.stringMatching(/line this field up/) });
    expect(problemOf('quotes:\n  - id: q1\n    text: he said: no\n')).toMatchObject({ line: 3, hint: expect.stringMatching(/double quotes/) });
  });

  it('refuses a field given twice', () => {
    expect(problemOf('a: 1\nb: 2\na: 3\n')).toMatchObject({ line: 3, column: 1, hint: expect.stringMatching(/twice/) });
  });
});

describe('lineOf', () => {
  const text = [
    'quotes:', //                 1
    '  - id: q1', //              2
    '    text: peace', //         3
    '    status: suggested', //   4
    '  - id: q2', //              5
    '    text: fire', //          6
    '    speaker: vladimir', //   7
    '    speakr: x', //           8
    '    status: suggested', //   9
    'claims:', //                 10
    '  - id: c1', //              11
    '    sources:', //            12
    '      - ftp://x', //         13
    '',
  ].join('\n');
  const { lineOf } = parseYamlFile('a.yaml', text);

  it('points at the value of a scalar field', () => {
    expect(lineOf(['quotes', 1, 'speaker'])).toEqual({ line: 7, column: 14 });
  });
  it('points at a list item', () => {
    expect(lineOf(['claims', 0, 'sources', 0])).toEqual({ line: 13, column: 9 });
    expect(lineOf(['quotes', 1])).toEqual({ line: 5, column: 5 });
  });
  it('points at the key of a field holding a list', () => {
    expect(lineOf(['claims', 0, 'sources'])).toEqual({ line: 12, column: 5 });
  });
  it('points at the entry for a missing field, and at 1:1 for the document', () => {
    expect(lineOf(['quotes', 0, 'speaker'])).toEqual({ line: 2, column: 5 });
    expect(lineOf([])).toEqual({ line: 1, column: 1 });
    expect(lineOf(['quotes', 7, 'text'])).toEqual({ line: 2, column: 3 });
  });
  it('gives validators positions for every schema problem', () => {
    const problems = validateContentYaml('annotations', 'a.yaml', parseYamlFile('a.yaml', text));
    const found = problems.map((p) => [p.line, p.message.split(':')[0]]);
    expect(found).toEqual(expect.arrayContaining([[8, 'unknown field "speakr" in quotes.1'], [13, 'claims.0.sources.0'], [11, 'claims.0.claimant']]));
    expect(problems.find((p) => p.message.startsWith('unknown field'))!.hint).toMatch(/id, text, prefix, suffix, speaker/);
  });
});
