/**
 * Actor names as search needs them. An actor file lists every spelling of a name (the name,
 * its aliases, transliterations such as Zelensky, Zelenskyy and Zelenskiy); a record that names
 * an actor by any of them is indexed with all of them, so that every spelling finds the same
 * records. Which actors a text names is found with one pattern for all spellings, so indexing
 * stays linear in the text however many actors there are.
 */
export interface NamedActor {
  id: string;
  name: string;
  aliases: readonly string[];
}

export interface ActorNames {
  /** The name an actor is filed under. */
  name(id: string): string | undefined;
  /** Every spelling of an actor: its name first, then its aliases. */
  spellingsOf(id: string): string[];
  /** Ids of the actors a text names, by any spelling, in order of first mention. */
  mentioned(text: string): string[];
  /** Every spelling of these actors on one line, to index beside a record's own words. */
  spellingLine(ids: Iterable<string>): string;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function actorNames(actors: readonly NamedActor[]): ActorNames {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const owner = new Map<string, string>();
  for (const a of actors) for (const s of [a.name, ...a.aliases]) if (!owner.has(s)) owner.set(s, a.id);
  // Longest first, so "Volodymyr Zelenskyy" wins over "Zelenskyy"; words are whole (as on actor pages).
  const all = [...owner.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const pattern = all.length > 0 ? new RegExp(`(?<![\\w-])(?:${all.map(escapeRe).join('|')})(?![\\w-])`, 'g') : undefined;
  const spellingsOf = (id: string) => {
    const a = byId.get(id);
    return a ? [...new Set([a.name, ...a.aliases])] : [];
  };
  return {
    name: (id) => byId.get(id)?.name,
    spellingsOf,
    mentioned(text) {
      if (!pattern) return [];
      const ids = new Set<string>();
      for (const m of text.matchAll(pattern)) ids.add(owner.get(m[0])!);
      return [...ids];
    },
    spellingLine(ids) {
      return [...new Set([...ids].flatMap(spellingsOf))].join(' · ');
    },
  };
}
