/**
 * Looking actors up the way news names them: by full name, alias, surname or spelling
 * variant ("Zelenskyy", "Zelensky's"), and by the role noun an article uses ("the Russian
 * president", "Russia's foreign minister", "the former president") as the roles stood on the
 * article's date.
 */
import type { Actor } from '../schema/index.ts';
import { variantKey } from './name-keys.ts';
import { proposeActor, type ProposedActor } from './propose-actor.ts';
import { nounMatchesRole, roleEndedBefore, roleHeldOn, roleWords } from './role-nouns.ts';

export interface ActorRegistry {
  readonly actors: readonly Actor[];
  byId(id: string): Actor | undefined;
  /** A name as written ("President Putin", "Zelenskyy's", "Lavrov") → the actor it names. */
  resolveName(surface: string, date: string): Actor | undefined;
  /**
   * A role noun or institution ("the U.S. president", "the Kremlin", "the former president")
   * → the actor holding that role on `date`. `prefer` lists actor ids in the order they
   * should win a tie (the text's most recently mentioned first).
   */
  resolveRole(roleNoun: string, date: string, prefer?: readonly string[]): Actor | undefined;
  /** The id and name a person missing from the registry would get. */
  proposeActor(name: string): ProposedActor;
}

/** Words that may stand before a name without being part of it ("President Putin"). */
const TITLE_WORDS = new Set(
  `the a an former ex then late acting interim current incoming outgoing outspoken
  president presidents vice prime minister ministers foreign defense defence secretary secretaries
  state chancellor senator sen rep representative gov governor gen general adm admiral col colonel
  lt sgt mr mrs ms dr prof sir lord lady king queen prince pope envoy special spokesman spokeswoman
  spokesperson press aide adviser advisor chief deputy head leader speaker ambassador commander
  minister's chairman chairwoman chair director mayor judge justice attorney commissioner
  us u.s. usa american russian ukrainian british french german chinese kremlin white house
  republican democratic democrat nominee candidate senior top`.split(/\s+/),
);

const isTitleWord = (w: string) => TITLE_WORDS.has(w.toLowerCase().replace(/['’]s$/, ''));

export function createRegistry(actors: readonly Actor[]): ActorRegistry {
  const sorted = [...actors].sort((a, b) => a.id.localeCompare(b.id));
  const byId = new Map(sorted.map((a) => [a.id, a]));
  /** variant key of a full name or alias → actors */
  const full = new Map<string, Actor[]>();
  /** variant key of a person's surname → actors */
  const surnames = new Map<string, Actor[]>();
  const add = (map: Map<string, Actor[]>, key: string, actor: Actor) => {
    if (!key) return;
    const list = map.get(key) ?? [];
    if (!list.includes(actor)) list.push(actor);
    map.set(key, list);
  };
  for (const actor of sorted) {
    for (const name of [actor.name, ...actor.aliases]) {
      add(full, variantKey(name), actor);
      // Without middle initials: "Donald J. Trump" is "Donald Trump".
      add(full, variantKey(name.replace(/\s\p{Lu}\.(?=\s)/gu, '')), actor);
      const words = variantKey(name).split(' ');
      if (actor.kind === 'person' && words.length > 1) add(surnames, words.at(-1)!, actor);
    }
  }

  const heldSomething = (a: Actor, date: string) => a.roles.some((r) => roleHeldOn(r, date));
  const pick = (list: Actor[] | undefined, date: string): Actor | undefined => {
    if (!list || list.length === 0) return undefined;
    if (list.length === 1) return list[0];
    const active = list.filter((a) => heldSomething(a, date));
    return active.length === 1 ? active[0] : undefined;
  };

  function resolveName(surface: string, date: string): Actor | undefined {
    const words = surface.trim().split(/\s+/).filter(Boolean);
    // Longest first: the whole surface, then without leading title words.
    for (let i = 0; i < words.length; i++) {
      if (i > 0 && !isTitleWord(words[i - 1]!)) break;
      const rest = words.slice(i).join(' ');
      const found = pick(full.get(variantKey(rest)), date);
      if (found) return found;
      const restWords = variantKey(rest).split(' ');
      if (restWords.length === 1) {
        const bySurname = pick(surnames.get(restWords[0]!), date);
        if (bySurname) return bySurname;
      }
    }
    return undefined;
  }

  function resolveRole(roleNoun: string, date: string, prefer: readonly string[] = []): Actor | undefined {
    // An institution named outright: "the Kremlin", "the White House".
    const named = pick(full.get(variantKey(roleNoun)), date);
    if (named) return named;
    const noun = roleWords(roleNoun);
    if (noun.words.length === 0) return undefined;
    const rank = (list: Actor[]) => {
      if (list.length <= 1) return list[0];
      for (const id of prefer) {
        const hit = list.find((a) => a.id === id);
        if (hit) return hit;
      }
      return undefined;
    };
    const matching = (test: (r: Actor['roles'][number]) => boolean) =>
      sorted.filter((a) => a.roles.some((r) => nounMatchesRole(noun, r) && test(r)));
    if (!noun.former) return rank(matching((r) => roleHeldOn(r, date)));
    const former = matching((r) => roleEndedBefore(r, date));
    const chosen = rank(former);
    if (chosen) return chosen;
    // Articles do call sitting office-holders "former": fall back to anyone who held or holds it.
    return rank(matching((r) => !r.from || r.from <= date));
  }

  return {
    actors: sorted,
    byId: (id) => byId.get(id),
    resolveName,
    resolveRole,
    proposeActor,
  };
}
