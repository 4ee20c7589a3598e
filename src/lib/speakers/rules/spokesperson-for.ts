import { AGENT_NOUN } from '../lexicon.ts';
import type { Mention } from '../mentions.ts';
import type { Range } from '../noun-phrase.ts';
import type { Speaker } from '../speaker.ts';
import type { Token } from '../tokens.ts';

/** Words that open an unnamed description: "a spokesman", "one longtime adviser", "another aide". */
const OPENER = /^(?:a|an|the|one|another)$/i;

/**
 * Where a phrase is an unnamed agent acting for someone else ("a spokesman for Mayor Tom Lowe",
 * "an aide to Lowe", "a lawyer for Harbor Foods", "a representative of the union"): the index of
 * its preposition, else -1. The agent noun comes within five words of the opening determiner.
 */
function agentPreposition(words: readonly string[]): number {
  if (!OPENER.test(words[0] ?? '')) return -1;
  for (let k = 1; k < words.length - 1 && k <= 5; k++) {
    if (words[k] === ',') return -1;
    if (AGENT_NOUN.test(words[k]!) && /^(?:for|to|of)$/.test(words[k + 1]!)) return k + 1;
  }
  return -1;
}

/**
 * `spokespersonFor`: the words of "a spokesman for X", "an aide to X", "a lawyer for X", "a
 * representative of X" are the agent's, not X's. Such a source is left unnamed (the speaker
 * becomes null, for the editor), unless the phrase names the agent in an apposition after X, as a
 * person the text mentions, or is an apposition to a person named just before whose closing comma
 * was left out.
 *
 * Returns undefined when the phrase is not of this kind, the named agent when an apposition gives
 * one, else a described source (id null) that `guardSpeakerName` turns into null.
 *
 * @example
 * `A spokesman for Mayor Tom Lowe said the fair was “a success.”` → null (not Tom Lowe)
 * `“The suit is baseless,” a lawyer for Dana Kells told reporters.` → null (not Dana Kells)
 * `A spokesman for the mayor, Ada Ruiz, said the fair was “a success.”` → Ada Ruiz
 * `Ada Ruiz, a spokeswoman for Mayor Tom Lowe told reporters the fair was “a success.”` → Ada Ruiz
 */
export function spokespersonFor(tokens: Token[], range: Range, mentions: readonly Mention[]): Speaker | undefined {
  const words = tokens.slice(range.from, range.to).map((t) => t.text);
  const at = agentPreposition(words);
  if (at < 0) return undefined;
  const p = range.from + at;
  // "…, Ada Ruiz," after the one spoken for: a person mentioned right after a comma, ending the phrase or set off by another comma.
  // (The phrase may stop before it: "“…,” said a spokesman for Lowe, Ed Park.")
  const closes = (k: number) => k >= range.to || /^[,.;]$/.test(tokens[k]?.text ?? '') || tokens[k]?.sentence !== tokens[k - 1]?.sentence;
  const named = mentions.find((m) => m.person && m.from > p + 1 && m.from <= range.to + 1 && tokens[m.from - 1]?.text === ',' && closes(m.to));
  if (named) return named.speaker;
  // "Ada Ruiz, a spokeswoman for Mayor Tom Lowe told reporters": an apposition to the name before, its closing comma left out.
  const before = tokens[range.from - 1]?.text === ',' ? mentions.find((m) => m.person && m.to === range.from - 1) : undefined;
  if (before) return before.speaker;
  return { id: null, name: words.join(' ') };
}

/** The name of a described source that `spokespersonFor` leaves unnamed ("a spokesman for Tom Lowe"). */
export function isSpokespersonFor(name: string): boolean {
  return agentPreposition(name.split(/\s+/).filter(Boolean)) >= 0;
}
