/**
 * Queries that name an actor. The index holds every spelling of an actor's name (their
 * record's `spellings`: Zelensky|Zelenskyy|Zelenskiy|…); a query naming them in any of these
 * is searched in the actor's own spelling, so that every spelling gives the same results, and
 * the actor's page and what they said come first (search-page.ts).
 */

export interface KnownActor {
  /** The name the actor is filed under (the actor filter's value). */
  name: string;
  spellings: readonly string[];
}

export interface NamedActor {
  name: string;
  /** The query in the actor's own spelling. */
  query: string;
}

/** Lower case, without accents: "Zelenskyy" and "zelenskyy", "Lavrov" and "Lávrov" are one spelling. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The actor a query names, by the longest spelling it contains as whole words, with the query
 * rewritten in the actor's spelling: a one-word spelling becomes the last word of their name
 * ("Zelenskiy" → "Zelensky"), a longer one their full name.
 */
export function actorInQuery(query: string, actors: readonly KnownActor[]): NamedActor | undefined {
  const folded = fold(query);
  let best: { actor: KnownActor; spelling: string } | undefined;
  for (const actor of actors) {
    for (const spelling of actor.spellings) {
      const f = fold(spelling);
      if (!f || (best && f.length <= fold(best.spelling).length)) continue;
      if (new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(f)}(?![\\p{L}\\p{N}])`, 'u').test(folded)) best = { actor, spelling };
    }
  }
  if (!best) return undefined;
  const { actor, spelling } = best;
  const own = /\s/.test(spelling.trim()) ? actor.name : (actor.name.split(/\s+/).pop() ?? actor.name);
  const at = folded.search(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(fold(spelling))}(?![\\p{L}\\p{N}])`, 'u'));
  // Folding keeps lengths for the Latin, Cyrillic and Greek scripts names come in, so offsets carry over.
  const rewritten = folded.length === query.length ? query.slice(0, at) + own + query.slice(at + fold(spelling).length) : own;
  return { name: actor.name, query: rewritten.replace(/\s+/g, ' ').trim() };
}
