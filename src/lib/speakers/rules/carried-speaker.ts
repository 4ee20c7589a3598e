import { clauseSubject, isVerbLike } from '../noun-phrase.ts';
import { resolvePronoun } from '../resolve-speaker.ts';
import { lower, reportsAt, resolveStrict, type AttributionContext, type Found } from './context.ts';
import { openingMention } from './opening-mention.ts';
import { sentenceReporter } from './sentence-reporter.ts';

/** Adverbs that may open a sentence before a quote standing alone. */
const SENTENCE_ADVERB = /^(?:\p{Lu}\p{Ll}+ly|Still|Instead|Again|Also|Indeed|However|Meanwhile|Then|Now|Plus|Moreover|Besides|Further|Furthermore)$/u;

/** Words that open a lead-in of time or place: "Then, later that month on Channel 9: “…”". */
const LEAD_IN_START = /^(?:then|later|again|earlier|afterwards|at|on|in|during|after|before|and|but)$/;

/**
 * Does a short phrase of time or place, with no verb and no one it names as a speaker, lead into the
 * quote at token `i` with a colon (`Then, later that month on Channel 9: “…”`, `At the rally on
 * Friday: “…”`)? The quote then stands alone as if it opened its sentence.
 */
function verblessLeadIn(c: AttributionContext, lo: number, i: number): boolean {
  const { tokens } = c;
  if (tokens[i - 1]?.text !== ':' || i - lo > 10 || !LEAD_IN_START.test(lower(tokens[lo]))) return false;
  return tokens.slice(lo, i - 1).every((t) => t.type !== 'quote' && !isVerbLike(t) && !/^(?:he|she|they|i|we)$/i.test(t.text));
}

/**
 * A quote standing alone — one that opens its sentence (perhaps after a sentence adverb:
 * `Specifically, “…”`) with no attribution of its own: the
 * speaker of the quote just before it (at most a sentence and a paragraph back), else whoever
 * reports the sentence before it (`sentenceReporter`), else that sentence's subject, else the
 * person it opens with (`openingMention`: `Ortiz backs the plan. “…”`), else, when that sentence
 * names no one, the speaker of a quote two sentences back in the same paragraph (a line of
 * narration between two quotes of one speaker). `found` holds what earlier quotes were given.
 * Scare quotes are never carried.
 *
 * @example
 * `“We are ready,” Putin said. “The ball is in their court.”` → Putin for the second quote;
 * `“The roads there are narrow,” Ruiz said. Most of the county has no bus line. “Nobody drives out that far.”` → Ruiz;
 * so too in the next paragraph when the line between points back at her (`Neighbors often stop her.`).
 */
export function carriedSpeaker(c: AttributionContext, k: number, found: readonly (Found | undefined)[]): Found | undefined {
  const { quotes, tokens, tokenOf, sentenceStart, sentenceEnd } = c;
  const q = quotes[k]!;
  if (q.kind === 'scare') return undefined;
  const i = tokenOf.get(k);
  if (i === undefined) return undefined;
  const here = tokens[i]!;
  const lo = sentenceStart.get(here.sentence)!;
  // (A sentence adverb and its comma may come first: "Specifically, “…”".)
  const adverb = lo === i - 2 && tokens[lo + 1]!.text === ',' && SENTENCE_ADVERB.test(tokens[lo]!.text);
  if (lo !== i && !(lo === i - 1 && tokens[lo]!.type === 'punct') && !adverb && !verblessLeadIn(c, lo, i)) return undefined;
  for (let p = k - 1; p >= 0; p--) {
    const prev = found[p];
    const pt = tokens[tokenOf.get(p) ?? -1];
    if (!pt) continue;
    if (here.sentence - pt.sentence > 1 || here.paragraph - pt.paragraph > 1) break;
    if (prev) return { speaker: prev.speaker, how: 'carried' };
  }
  const prevSentence = here.sentence - 1;
  const ps = sentenceStart.get(prevSentence);
  if (ps === undefined || here.paragraph - tokens[ps]!.paragraph > 1) return undefined;
  const s = sentenceReporter(c, prevSentence) ?? resolveStrict(c, clauseSubject(tokens, ps, sentenceEnd.get(prevSentence)!, true));
  if (s) return { speaker: s, how: 'carried' };
  // "Ortiz backs the plan. “…”": a person named first in the sentence before, whatever the verb.
  const opening = openingMention(c, prevSentence);
  if (opening?.person) return { speaker: opening.speaker, how: 'carried' };
  // "He didn't suggest retaliation. “…”": a pronoun leading the sentence before stands for its antecedent.
  const lead = tokens[ps]!;
  if (/^(?:he|she)$/i.test(lead.text)) {
    const p = resolvePronoun(c.resolver, lead.text, ps);
    if (p) return { speaker: p, how: 'carried' };
  }
  // "“…,” Ruiz said. The county has no bus line. “…”": across a sentence naming no one, the quote two
  // sentences back in the same paragraph — unless this quote has an attribution of its own after it
  // that named no one (“…,” I said; “…,” his aide wrote).
  for (let v = i + 1; v < tokens.length && v <= i + 5 && tokens[v]!.sentence === here.sentence; v++) if (reportsAt(c, v)) return undefined;
  for (let p = k - 1; p >= 0; p--) {
    const prev = found[p];
    const pt = tokens[tokenOf.get(p) ?? -1];
    if (!pt) continue;
    if (here.sentence - pt.sentence > 2) break;
    // (Into a new paragraph the quote opens only when the line between points back at that speaker: `pointsBack`.)
    if (here.paragraph !== pt.paragraph && !(prev && here.paragraph - pt.paragraph === 1 && here.paragraphStart && pointsBack(c, prevSentence, prev.speaker))) break;
    if (prev) return { speaker: prev.speaker, how: 'carried' };
  }
  return undefined;
}

/** Object and possessive pronouns, with the subject pronoun they are resolved as. */
const BACK_PRONOUNS: Readonly<Record<string, string>> = { him: 'he', his: 'he', her: 'she' };

/**
 * Does the sentence refer back to `speaker` by "him", "his" or "her", naming no one else as its
 * subject? Then a quote opening the next paragraph goes on in that speaker's voice.
 *
 * @example
 * `“…,” Tom Lowe said. At every stop, voters would come up to him.` / `“They ask me …”` → true for Lowe.
 */
function pointsBack(c: AttributionContext, sentence: number, speaker: Found['speaker']): boolean {
  const { tokens, sentenceStart, sentenceEnd } = c;
  const from = sentenceStart.get(sentence)!;
  const to = sentenceEnd.get(sentence)!;
  if (c.resolver.index.mentions.some((m) => m.sentence === sentence && m.person && m.speaker.name !== speaker.name)) return false;
  for (let n = from; n < to; n++) {
    const p = BACK_PRONOUNS[lower(tokens[n])];
    if (p && resolvePronoun(c.resolver, p, n)?.name === speaker.name) return true;
  }
  return false;
}
