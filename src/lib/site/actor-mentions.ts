/**
 * Which actors a text names, by their name or an alias, as whole words ("Biden" in "Joe Biden's
 * plan", not in "Bidenomics"). Actor pages ask it of every claim and the timeline of every
 * date's sentence; a corpus of ten thousand articles has tens of thousands of those and hundreds
 * of actors, so one pattern scans each text once for every spelling, instead of one pattern per
 * actor tested against every text.
 */
import type { Actor } from '../schema/index.ts';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Word characters and hyphens: a name is not found inside a longer word ("Ali" in "Alibaba", "Ukraine" in "Ukraine-born"). */
const WORDLIKE = /[\w-]/;

/** One actor's spellings as one pattern: does this text name them? */
export const mentionPattern = (names: string[]) => new RegExp(`(?<![\\w-])(?:${names.map(escapeRe).join('|')})(?![\\w-])`);

export type ActorMentions = (text: string) => Actor[];

/**
 * A finder of the actors a text names, in the order of `actors`. The result is exactly that of
 * testing each actor's own `mentionPattern`: the scan tries every position a name may start at,
 * takes the longest spelling found there, and also every shorter spelling it begins with that
 * ends at a word boundary ("Joe" in "Joe Biden", when "Joe" is someone's alias).
 */
export function actorMentions(actors: readonly Actor[]): ActorMentions {
  const owners = new Map<string, Set<string>>();
  for (const a of actors) {
    for (const spelling of [a.name, ...a.aliases]) {
      if (!spelling) continue;
      const ids = owners.get(spelling) ?? owners.set(spelling, new Set()).get(spelling)!;
      ids.add(a.id);
    }
  }
  const spellings = [...owners.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (spellings.length === 0) return () => [];
  const shorter = new Map(spellings.map((s) => [s, spellings.filter((t) => t.length < s.length && s.startsWith(t))]));
  // A lookahead, so that the scan moves on by one character and finds names that overlap.
  const pattern = new RegExp(`(?<![\\w-])(?=(${spellings.map(escapeRe).join('|')})(?![\\w-]))`, 'g');
  return (text) => {
    const named = new Set<string>();
    for (const m of text.matchAll(pattern)) {
      const longest = m[1]!;
      for (const id of owners.get(longest)!) named.add(id);
      for (const t of shorter.get(longest)!) {
        if (!WORDLIKE.test(text[m.index + t.length] ?? ' ')) for (const id of owners.get(t)!) named.add(id);
      }
    }
    return named.size === 0 ? [] : actors.filter((a) => named.has(a.id));
  };
}
