import { describe, expect, it } from 'vitest';
import { ACTOR_FORMAT, ANNOTATIONS_FORMAT, EVENT_FORMAT, FRONTMATTER_FORMAT, parseYaml, readContentFile } from '../../../src/lib/content-file/index.ts';
import { FactlineError, formatProblem, type Problem } from '../../../src/lib/errors/index.ts';

function syntaxProblem(text: string): Problem {
  try {
    parseYaml('content/annotations/a.yaml', text);
  } catch (err) {
    expect(err).toBeInstanceOf(FactlineError);
    return (err as FactlineError).problems[0]!;
  }
  throw new Error('expected a FactlineError');
}

/** The formatted problems of reading `text` as a file of the given format. */
function problemsOf(format: Parameters<typeof readContentFile>[0], file: string, text: string): string[] {
  const r = readContentFile(format, file, text);
  if (r.ok) throw new Error('expected problems');
  return r.problems.map(formatProblem);
}

const QUOTE_Q2 = ['quotes:', '  - id: q1', '    text: peace', '    speaker: donald-trump', '    status: reviewed', '  - id: q2'];

describe('parseYaml', () => {
  it('reads plain scalars as text, so verdict: false and said: 2025 mean what the editor wrote', () => {
    const { data } = parseYaml('a.yaml', 'verdict: false\nsaid: 2025\nvalue: 2025-05-19\nspeaker: null\nnote:\n');
    expect(data).toEqual({ verdict: 'false', said: '2025', value: '2025-05-19', speaker: null, note: null });
  });

  it('reports tab indentation at its line, in plain words', () => {
    expect(syntaxProblem('quotes:\n  - id: q1\n\ttext: x\n')).toMatchObject({ file: 'content/annotations/a.yaml', line: 3, column: 1, message: 'not valid YAML: this line is indented with a tab', hint: expect.stringMatching(/spaces/) });
  });

  it('reports an unclosed quotation mark where it was opened', () => {
    const p = syntaxProblem('quotes:\n  - id: q1\n    text: "stringing us along\n    status: suggested\n  - id: q2\n');
    expect(p).toMatchObject({ line: 3, column: 11, message: 'not valid YAML: a double quotation mark opened here is never closed' });
    expect(p.hint).toMatch(/close it/);
  });

  it('reports a line indented too far on that line, not on the line above', () => {
    // Line 7 is indented deeper than the `id` it belongs with; the parser blames line 6.
    const p = syntaxProblem([...QUOTE_Q2, '      text: ready', '    status: reviewed', ''].join('\n'));
    expect(p).toMatchObject({ line: 7, column: 7, message: 'not valid YAML: this line is indented further than the field above it' });
    expect(p.hint).toMatch(/line it up with the other fields/);
    // The same after a value on the line above.
    expect(syntaxProblem([...QUOTE_Q2, '    text: ready', '      status: reviewed', ''].join('\n'))).toMatchObject({ line: 8, column: 7 });
  });

  it('reports a line indented too little, and a colon in an unquoted value', () => {
    expect(syntaxProblem('quotes:\n  - id: q1\n   text: x\n')).toMatchObject({ line: 3, column: 1, hint: expect.stringMatching(/line it up/) });
    expect(syntaxProblem('quotes:\n  - id: q1\n    text: he said: no\n')).toMatchObject({ line: 3, message: expect.stringContaining('": "'), hint: expect.stringMatching(/double quotes/) });
  });

  it('names a field given twice', () => {
    expect(syntaxProblem('a: 1\nb: 2\na: 3\n')).toMatchObject({ line: 3, column: 1, message: 'not valid YAML: the field "a" appears twice in the same entry' });
  });

  it('never passes the parser’s grammar words on', () => {
    const texts = ['name: A\naliases: [one, two\nkind: person\n', 'a: 1\n---\nb: 2\n', 'a: "x \\q"\n', 'a: "x" y\n', 'a: @x\n', 'quotes:\n  - id: q1\n    text\n', 'a: *x\n'];
    for (const text of texts) {
      const p = syntaxProblem(text);
      expect(p.message, text).not.toMatch(/implicit|compact|indicator|scalar|flow|parseAllDocuments/i);
      expect(p.hint, text).toBeTruthy();
    }
  });

  it('counts lines from where the YAML starts in its file', () => {
    expect(() => parseYaml('a.md', 'title: x\n\ttab: y\n', { firstLine: 2 })).toThrow(/a\.md:3:1: error: not valid YAML/);
    expect(parseYaml('a.md', 'title: x\nurl: y\n', { firstLine: 2 }).at(['url'])).toEqual({ line: 3, column: 6 });
  });
});

describe('locating a data path', () => {
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
  const where = parseYaml('a.yaml', text);

  it('points at the value of a scalar field and at the key of an unknown one', () => {
    expect(where.at(['quotes', 1, 'speaker'])).toEqual({ line: 7, column: 14 });
    expect(where.keyAt(['quotes', 1, 'speaker'])).toEqual({ line: 7, column: 5 });
  });
  it('points at a list item', () => {
    expect(where.at(['claims', 0, 'sources', 0])).toEqual({ line: 13, column: 9 });
    expect(where.at(['quotes', 1])).toEqual({ line: 5, column: 5 });
  });
  it('points at the key of a field holding a list', () => {
    expect(where.at(['claims', 0, 'sources'])).toEqual({ line: 12, column: 5 });
  });
  it('points at the entry for a missing field, and at 1:1 for the document', () => {
    expect(where.at(['quotes', 0, 'speaker'])).toEqual({ line: 2, column: 5 });
    expect(where.at([])).toEqual({ line: 1, column: 1 });
    expect(where.at(['quotes', 7, 'text'])).toEqual({ line: 2, column: 3 });
  });
  it('gives every schema problem a position, the item it belongs to and a hint', () => {
    const r = readContentFile(ANNOTATIONS_FORMAT, 'a.yaml', text);
    expect(r.ok).toBe(false);
    const found = r.ok ? [] : r.problems.map((p) => [p.line, p.message]);
    expect(found).toEqual(
      expect.arrayContaining([
        [8, 'quote q2: unknown field "speakr"'],
        [13, 'claim c1: invalid source "ftp://x"'],
        [11, 'claim c1: claimant is missing'],
      ]),
    );
    const unknown = r.ok ? undefined : r.problems.find((p) => p.message.includes('speakr'));
    expect(unknown!.hint).toBe('did you mean "speaker"? Remove it or correct its spelling; the fields here are id, text, prefix, suffix, speaker, proposed_speaker, said, original, confidence, status and note');
  });
});

describe('schema messages', () => {
  const claim = (verdict: string) => `claims:\n  - id: c1\n    text: peace\n    claimant: publisher\n    verdict: ${verdict}\n    status: reviewed\n`;

  it('names an unknown verdict and suggests the closest one', () => {
    expect(problemsOf(ANNOTATIONS_FORMAT, 'a.yaml', claim('flase'))).toEqual([
      'a.yaml:5:14: error: claim c1: unknown verdict "flase" — did you mean "false"? Write one of accurate, mostly-accurate, misleading, false, unsupported or unverified',
    ]);
    expect(problemsOf(ANNOTATIONS_FORMAT, 'a.yaml', claim('maybe'))[0]).toMatch(/unknown verdict "maybe" — write one of accurate/);
  });

  it('names the entry by its place when it has no id', () => {
    expect(problemsOf(ANNOTATIONS_FORMAT, 'a.yaml', 'dates:\n  - text: Monday\n    value: "2025-05"\n    precision: month\n    status: reviewed\n')).toEqual([
      'a.yaml:2:5: error: the first date: id is missing — add the field "id"',
    ]);
  });

  it('names the actor, the role and the field, at the offending value', () => {
    const text = 'name: Someone\nkind: robot\ndescription: x\nroles:\n  - title: Mayor\n    form: 2020-01-01\n';
    expect(problemsOf(ACTOR_FORMAT, 'content/actors/someone.yaml', text)).toEqual([
      'content/actors/someone.yaml:2:7: error: actor someone: unknown kind "robot" — write one of person, organization or country',
      'content/actors/someone.yaml:6:5: error: actor someone, role "Mayor": unknown field "form" — did you mean "from"? Remove it or correct its spelling; the fields here are title, from, to, aliases and note',
    ]);
  });

  it('says what a value should be when it has the wrong shape', () => {
    expect(problemsOf(EVENT_FORMAT, 'content/events/call.yaml', 'title: A call\ndate: "2025-05-19"\nprecision: day\nactors: donald-trump\n')).toEqual([
      'content/events/call.yaml:4:9: error: event call: actors should be a list, not text — write one "- " line per entry under the field name',
    ]);
  });

  it('speaks of an entry, a nested field and a list value in their own terms', () => {
    expect(problemsOf(ANNOTATIONS_FORMAT, 'a.yaml', 'quotes:\n  - just text\n')).toEqual([
      'a.yaml:2:5: error: the first quote should be a set of fields, not text — write one "field: value" line per field',
    ]);
    expect(problemsOf(ANNOTATIONS_FORMAT, 'a.yaml', 'quotes:\n  - id: q1\n    text: x\n    status: suggested\n    proposed_speaker:\n      id: a\n      nam: A\n')).toEqual([
      'a.yaml:6:7: error: quote q1: proposed_speaker.name is missing — add the field "name" under "proposed_speaker"',
      'a.yaml:7:7: error: quote q1: unknown field "nam" in proposed_speaker — did you mean "name"? Remove it or correct its spelling; the fields here are id and name',
    ]);
    expect(problemsOf(ACTOR_FORMAT, 'content/actors/x.yaml', 'name: X\nkind: person\ndescription: x\naliases:\n  - \n')).toEqual([
      'content/actors/x.yaml:5:5: error: actor x: alias is empty — write a value after the "- ", or remove the line',
    ]);
    expect(problemsOf(ANNOTATIONS_FORMAT, 'a.yaml', '- a\n')).toEqual(['a.yaml:1:1: error: the file should be a set of fields, not a list — write one "field: value" line per field']);
  });

  it('reads frontmatter the same way, in the article’s line numbers', () => {
    const r = readContentFile(FRONTMATTER_FORMAT, 'a.md', 'title: x\ncolour: y\n', { firstLine: 2 });
    const problems = r.ok ? [] : r.problems.map(formatProblem);
    expect(problems).toContainEqual(expect.stringMatching(/^a\.md:3:1: error: frontmatter: unknown field "colour" — remove it or correct its spelling; the fields here are title, published, /));
    expect(problems).toContain('a.md:2:1: error: frontmatter: publisher is missing — add the field "publisher"');
  });
});
