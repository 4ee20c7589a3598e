import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadActors } from '../../../src/lib/actors/index.ts';
import { FactlineError } from '../../../src/lib/errors/index.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'factline-actors-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, body: string) => writeFileSync(join(dir, name), body);

const PUTIN = `name: Vladimir Putin
kind: person
pronoun: he
aliases:
  - Putin
roles:
  - title: President of Russia
    from: 2012-05-07
    aliases: [Russian president]
description: President of Russia.
wikidata: Q7747
`;

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof FactlineError) return err.message.split('\n');
    throw err;
  }
  throw new Error('expected a FactlineError');
}

describe('loadActors', () => {
  it('reads and validates actor files, the id being the file name', () => {
    write('vladimir-putin.yaml', PUTIN);
    write('kremlin.yaml', 'name: Kremlin\nkind: organization\naliases: [the Kremlin]\ndescription: The Russian presidency.\n');
    const actors = loadActors(dir);
    expect(actors.map((a) => a.id)).toEqual(['kremlin', 'vladimir-putin']);
    expect(actors[1]!.roles[0]!.aliases).toEqual(['Russian president']);
    expect(actors[0]!.roles).toEqual([]);
  });

  it('returns no actors for a missing directory', () => {
    expect(loadActors(join(dir, 'nope'))).toEqual([]);
  });

  it('reports a YAML syntax error with line and column', () => {
    write('bad.yaml', 'name: A\naliases: [one, two\nkind: person\n');
    const [line] = problemsOf(() => loadActors(dir));
    expect(line).toMatch(/bad\.yaml:2:10: error: not valid YAML: a list opened with "\[" is not closed/);
  });

  it('reports a schema problem at the offending value', () => {
    write('someone.yaml', 'name: Someone\nkind: robot\ndescription: x\n');
    const [line] = problemsOf(() => loadActors(dir));
    expect(line).toMatch(/^.*someone\.yaml:2:7: error: actor someone: unknown kind "robot" — /);
    expect(line).toContain('write one of person, organization or country');
  });

  it('reports an unknown field at its key', () => {
    write('someone.yaml', 'name: Someone\nkind: person\ndescription: x\nroles:\n  - title: Mayor\n    form: 2020-01-01\n');
    const [line] = problemsOf(() => loadActors(dir));
    expect(line).toMatch(/someone\.yaml:6:5: error: actor someone, role "Mayor": unknown field "form" — did you mean "from"\?/);
  });

  it('refuses a role that ends before it starts', () => {
    write('someone.yaml', 'name: Someone\nkind: person\ndescription: x\nroles:\n  - title: Mayor\n    from: 2020-01-01\n    to: 2019-01-01\n');
    const [line] = problemsOf(() => loadActors(dir));
    expect(line).toMatch(/someone\.yaml:7:9: error: actor someone, role "Mayor": it ends \(2019-01-01\) before it starts/);
  });

  it('refuses a file name that is not an id', () => {
    write('Vladimir Putin.yaml', PUTIN);
    expect(problemsOf(() => loadActors(dir))[0]).toContain('is not a valid actor id');
  });

  it('names both files when two actors share an alias', () => {
    write('vladimir-putin.yaml', PUTIN);
    write('other.yaml', 'name: Other Person\nkind: person\naliases:\n  - Zelensky\n  - putin\ndescription: x\n');
    const lines = problemsOf(() => loadActors(dir));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/vladimir-putin\.yaml:5:5: error: actor vladimir-putin: the name "Putin" also names actor other — keep it in one of the two actor files only \(other\.yaml has it as "putin"\)/);
  });

  it('collects every problem before throwing', () => {
    write('a.yaml', 'name: A\nkind: robot\ndescription: x\n');
    write('b.yaml', 'kind: person\ndescription: x\n');
    expect(problemsOf(() => loadActors(dir))).toHaveLength(2);
  });
});
