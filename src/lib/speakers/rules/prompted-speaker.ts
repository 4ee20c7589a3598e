import { isPersonish, isWord, type Range } from '../noun-phrase.ts';
import { resolvePhrase, type ResolveContext } from '../resolve-speaker.ts';
import type { Speaker } from '../speaker.ts';
import type { Token } from '../tokens.ts';

/** Verbs that make someone do something: "prompted X to …", "leading X to …". */
const CAUSATIVE =
  /^(?:prompt|prompts|prompted|prompting|lead|leads|led|leading|force|forces|forced|forcing|spur|spurs|spurred|spurring|push|pushes|pushed|pushing|provoke|provokes|provoked|provoking|inspire|inspires|inspired|inspiring|cause|causes|caused|causing|drive|drives|drove|driving|compel|compels|compelled|compelling)$/;

const low = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');

/**
 * The object of a causative verb whose infinitive is the word at `v` ("prompted Ortiz to call",
 * "leading aides like Dana Kells to respond", or a second infinitive after "and": "prompted Ortiz
 * to laugh it off and call"), within its sentence; an aside after the object (", a think tank in
 * Denver,") is left out. Undefined when `v` is no such infinitive, the verb has no object ("was
 * forced to call") or is phrasal ("to call off").
 *
 * @example
 * `The gaffe prompted Ortiz to call the mayor …` → the range of "Ortiz".
 */
export function promptedObject(tokens: Token[], v: number): Range | undefined {
  const sentence = tokens[v]?.sentence;
  // ("forced the mayor to call off the fair": not speech.)
  if (/^(?:off|up|in|out)$/.test(low(tokens[v + 1]))) return undefined;
  let to = v - 1;
  if (low(tokens[to]) !== 'to') {
    // "to laugh it off and call …": the "to" of the first infinitive, a few plain words back.
    if (low(tokens[to]) !== 'and') return undefined;
    to = v - 2;
    while (to > 0 && v - to <= 10 && isWord(tokens[to]) && low(tokens[to]) !== 'to') to--;
    if (low(tokens[to]) !== 'to') return undefined;
  }
  for (let k = to - 1; k >= 0 && to - k <= 16; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || t.type === 'quote' || /^[.;:!?]$/.test(t.text)) return undefined;
    if (!isWord(t) || !CAUSATIVE.test(low(t))) continue;
    let end = k + 1;
    while (end < to && tokens[end]!.text !== ',') end++;
    return end > k + 1 ? { from: k + 1, to: end } : undefined;
  }
  return undefined;
}

/**
 * The one a causative verb makes speak: a reporting verb in the infinitive at token `v`
 * (`to call`, `to state`) has no subject of its own; after a causative verb and its object
 * (`promptedObject`), the object speaks, when it names a person or a body.
 *
 * @example
 * `The gaffe prompted Ortiz to call the mayor “a weather vane.”` → Ortiz;
 * `The ruling led the Rivera Institute, a think tank in Denver, to state, “…”` → the Rivera Institute;
 * `The board was forced to call the vote “final.”` → undefined.
 */
export function promptedSpeaker(c: { tokens: Token[]; resolver: ResolveContext }, v: number, from: number): Speaker | undefined {
  const r = promptedObject(c.tokens, v);
  return r && r.from >= from && isPersonish(c.tokens, r) ? resolvePhrase(c.resolver, r) : undefined;
}
