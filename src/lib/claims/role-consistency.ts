/**
 * Automatic consistency check of the roles an article gives to actors. When the text calls
 * someone "former U.S. President Donald Trump" while the actor's role record has that role
 * running at the publication date — or calls someone "President X" whose presidency had ended —
 * the phrase is suggested as a false claim, with an explanation naming the role record.
 */
import { roleHeldOn } from '../actors/role-nouns.ts';
import type { Actor, Role } from '../schema/index.ts';

export interface RoleClaim {
  /** The exact phrase, e.g. "former U.S. President Donald Trump". */
  text: string;
  start: number;
  actorId: string;
  verdict: 'false';
  explanation: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');


function roleNouns(role: Role): string[] {
  return [role.title, ...role.aliases].filter((n) => n.length > 2);
}

function namesOf(actor: Actor): string[] {
  return [actor.name, ...actor.aliases].filter((n) => /\s/.test(n) || n === actor.name);
}

function describe(role: Role): string {
  const span = role.to ? `from ${role.from ?? 'an unknown date'} to ${role.to}` : `from ${role.from ?? 'an unknown date'}, with no end date`;
  return `“${role.title}” ${span}`;
}

interface RolePatterns {
  actor: Actor;
  role: Role;
  /** "former <role> <Name>" and "<Name>, the former <role>". */
  patterns: RegExp[];
  /** Lower-cased names: an article that names none of them needs no pattern run. */
  names: string[];
}

/** The patterns depend only on the registry: compiled once per actor list, not per article. */
const compiled = new WeakMap<readonly Actor[], RolePatterns[]>();

function patternsFor(actors: readonly Actor[]): RolePatterns[] {
  let list = compiled.get(actors);
  if (list) return list;
  list = [];
  for (const actor of actors) {
    if (actor.kind !== 'person') continue;
    const names = namesOf(actor).map(escape).join('|');
    for (const role of actor.roles) {
      const nouns = roleNouns(role).map(escape).join('|');
      if (!nouns || !names) continue;
      list.push({
        actor,
        role,
        names: namesOf(actor).map((n) => n.toLowerCase()),
        patterns: [new RegExp(`\\b(?:the )?former (?:${nouns}) (?:${names})\\b`, 'gi'), new RegExp(`\\b(?:${names}), (?:the |a )?former (?:${nouns})\\b`, 'gi')],
      });
    }
  }
  compiled.set(actors, list);
  return list;
}

export function findRoleContradictions(text: string, actors: Actor[], published: string): RoleClaim[] {
  // Every pattern needs the word "former".
  if (!/former/i.test(text)) return [];
  const out: RoleClaim[] = [];
  const lower = text.toLowerCase();
  for (const { actor, role, patterns, names } of patternsFor(actors)) {
    if (!names.some((n) => lower.includes(n))) continue;
    const held = actor.roles.filter((r) => roleNouns(r).some((n) => roleNouns(role).includes(n)) && roleHeldOn(r, published));
    if (held.length === 0) continue;
    const current = held[0]!;
    for (const re of patterns) {
      for (const m of text.matchAll(re)) {
        if (out.some((c) => c.start === m.index)) continue;
        out.push({
          text: m[0],
          start: m.index,
          actorId: actor.id,
          verdict: 'false',
          explanation:
            `The article calls ${actor.name} a former holder of this office, but the role record lists ${describe(current)}: ` +
            `on ${published}, the publication date, ${actor.name} held it.`,
        });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
