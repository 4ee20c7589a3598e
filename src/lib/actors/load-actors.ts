/**
 * Read `content/actors/<id>.yaml` through the content-file reader, and check what the schema
 * cannot: that the file name is an id, that roles end after they start, and that no name or
 * alias belongs to two actors (attribution would be a coin toss). Every problem is collected
 * with its file, line and column, then thrown together.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ACTOR_FORMAT, readContentFile, shown, type Locator } from '../content-file/index.ts';
import { FactlineError, problem, type Problem } from '../errors/index.ts';
import { idSchema, type Actor } from '../schema/index.ts';
import { nameKey } from './name-keys.ts';

export function loadActors(dir: string): Actor[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && !f.startsWith('.'))
    .sort();
  const problems: Problem[] = [];
  const actors: Actor[] = [];
  const owners = new Map<string, { id: string; name: string }>();
  for (const name of files) {
    const file = join(dir, name);
    const parsed = parseActorFile(file, readFileSync(file, 'utf8'), problems);
    if (!parsed) continue;
    const { actor, where } = parsed;
    // One key per actor: an alias that repeats the actor's own name is harmless.
    const seen = new Set<string>();
    [actor.name, ...actor.aliases].forEach((n, i) => {
      const key = nameKey(n);
      if (!key || seen.has(key)) return;
      seen.add(key);
      const owner = owners.get(key);
      if (owner) {
        problems.push(
          problem(file, `actor ${actor.id}: the name ${shown(n)} also names actor ${owner.id}`, {
            ...where.at(i === 0 ? ['name'] : ['aliases', i - 1]),
            hint: `keep it in one of the two actor files only (${owner.id}.yaml has it as ${shown(owner.name)})`,
          }),
        );
      } else owners.set(key, { id: actor.id, name: n });
    });
    actors.push(actor);
  }
  if (problems.some((p) => p.severity === 'error')) throw new FactlineError(problems);
  return actors;
}

/** Parse and validate one actor file; problems go to `problems`, the actor is returned when valid. */
export function parseActorFile(file: string, source: string, problems: Problem[]): { actor: Actor; where: Locator } | undefined {
  const id = basename(file, '.yaml');
  const before = problems.length;
  if (!idSchema.safeParse(id).success) {
    problems.push(problem(file, `${shown(id)} is not a valid actor id`, { line: 1, column: 1, hint: 'rename the file to lowercase words joined by hyphens, e.g. vladimir-putin.yaml' }));
  }
  const result = readContentFile(ACTOR_FORMAT, file, source);
  if (!result.ok) {
    problems.push(...result.problems);
    return undefined;
  }
  result.data.roles.forEach((role, i) => {
    if (role.from && role.to && role.to < role.from) {
      problems.push(
        problem(file, `actor ${id}, role ${shown(role.title)}: it ends (${role.to}) before it starts (${role.from})`, {
          ...result.parsed.at(['roles', i, 'to']),
          hint: 'swap or correct the from and to dates',
        }),
      );
    }
  });
  if (problems.length > before) return undefined;
  return { actor: { id, ...result.data }, where: result.parsed };
}
