/**
 * Read `content/actors/<id>.yaml`: parse, validate against the actor schema and check that
 * no name or alias belongs to two actors (attribution would be a coin toss). Every problem
 * is collected with its file, line and column, then thrown together.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { FactlineError, problem, type Problem } from '../errors/index.ts';
import { actorSchema, idSchema, type Actor } from '../schema/index.ts';
import { nameKey } from './name-keys.ts';

type Path = (string | number)[];

interface Located {
  line: number;
  column: number;
}

export function loadActors(dir: string): Actor[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && !f.startsWith('.'))
    .sort();
  const problems: Problem[] = [];
  const actors: Actor[] = [];
  const owners = new Map<string, { file: string; name: string }>();
  for (const name of files) {
    const file = join(dir, name);
    const parsed = parseActorFile(file, readFileSync(file, 'utf8'), problems);
    if (!parsed) continue;
    const { actor, locate } = parsed;
    // One key per actor: an alias that repeats the actor's own name is harmless.
    const seen = new Set<string>();
    [actor.name, ...actor.aliases].forEach((n, i) => {
      const key = nameKey(n);
      if (!key || seen.has(key)) return;
      seen.add(key);
      const owner = owners.get(key);
      if (owner) {
        problems.push(
          problem(file, `"${n}" names two actors: ${owner.file} and ${file}`, {
            ...locate(i === 0 ? ['name'] : ['aliases', i - 1]),
            hint: `keep "${n}" in one of the two files only (it is "${owner.name}" in ${owner.file})`,
          }),
        );
      } else owners.set(key, { file, name: n });
    });
    actors.push(actor);
  }
  if (problems.some((p) => p.severity === 'error')) throw new FactlineError(problems);
  return actors;
}

/** Parse and validate one actor file; problems go to `problems`, the actor is returned when valid. */
export function parseActorFile(
  file: string,
  source: string,
  problems: Problem[],
): { actor: Actor; locate: (path: Path) => Located } | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Located => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const locateKey = (path: Path): Located | undefined => {
    const parent = doc.getIn(path.slice(0, -1), true) as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | undefined;
    const pair = parent?.items?.find((item) => item.key?.value === path.at(-1));
    return pair?.key?.range ? at(pair.key.range[0]) : undefined;
  };
  const locate = (path: Path): Located => {
    for (let p = path; p.length > 0; p = p.slice(0, -1)) {
      const node = doc.getIn(p, true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return at(node.range[0]);
      // A key without a usable value: point at the key itself.
      const parent = doc.getIn(p.slice(0, -1), true) as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | undefined;
      const pair = parent?.items?.find((item) => item.key?.value === p.at(-1));
      if (pair?.key?.range) return at(pair.key.range[0]);
    }
    return { line: 1, column: 1 };
  };

  let ok = true;
  const id = basename(file, '.yaml');
  if (!idSchema.safeParse(id).success) {
    problems.push(problem(file, `"${id}" is not a valid actor id`, { hint: 'rename the file to lowercase words joined by hyphens, e.g. vladimir-putin.yaml' }));
    ok = false;
  }
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const pos = err.linePos?.[0];
      problems.push(
        problem(file, `YAML syntax: ${err.message.split('\n')[0]}`, {
          line: pos?.line,
          column: pos?.col,
          hint: 'fix the YAML syntax (indentation, quoting, colons) at this position',
        }),
      );
    }
    return undefined;
  }
  const result = actorSchema.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path as Path;
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          problems.push(
            problem(file, `unknown field "${[...path, key].join('.')}"`, {
              ...(locateKey([...path, key]) ?? locate(path)),
              hint: 'actor fields are name, kind, pronoun, aliases, roles (title, from, to, aliases, note), description and wikidata',
            }),
          );
        }
      } else {
        problems.push(
          problem(file, `${path.length ? path.join('.') : 'actor'}: ${issue.message}`, {
            ...locate(path),
            hint: hintFor(path),
          }),
        );
      }
    }
    return undefined;
  }
  for (const [i, role] of result.data.roles.entries()) {
    if (role.from && role.to && role.to < role.from) {
      problems.push(problem(file, `role "${role.title}" ends (${role.to}) before it starts (${role.from})`, { ...locate(['roles', i, 'to']), hint: 'swap or correct the from/to dates' }));
      ok = false;
    }
  }
  if (!ok) return undefined;
  return { actor: { id, ...result.data }, locate };
}

function hintFor(path: Path): string {
  const field = path.filter((p) => typeof p === 'string').at(-1);
  switch (field) {
    case 'kind':
      return 'kind is one of person, organization, country';
    case 'pronoun':
      return 'pronoun is one of he, she, they';
    case 'from':
    case 'to':
      return 'write role dates as YYYY-MM-DD';
    case 'wikidata':
      return 'a Wikidata id looks like Q22686';
    case 'name':
    case 'description':
      return `give the actor a non-empty ${field}`;
    default:
      return 'see src/lib/schema/actor.ts for the actor file format';
  }
}
