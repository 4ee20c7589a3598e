import { isCoreSpeechVerb, isSpeechVerb } from '../../quotes/index.ts';
import { appositiveName, firstConjunct, isInverting, isVerbLike, isWord, isCapitalized, leftSubject, rightSubject } from '../noun-phrase.ts';
import type { Speaker } from '../speaker.ts';
import { accordingTo } from './according-to.ts';
import { appositiveTail } from './appositive-tail.ts';
import { closingAttribution } from './closing-attribution.ts';
import { dashAttribution } from './dash-attribution.ts';
import { lower, reportsAt, resolve, resolveStrict, type AttributionContext } from './context.ts';
import { WRITINGS } from '../lexicon.ts';

/**
 * Do the words at `j`, after a quote (token `i`) that ends its sentence with a full stop, lead into
 * the next quote (`“… we are ready.” He added, “The ball is in their court.”`, or after a
 * question an answer: `“… is it not?” Ortiz replied, “It is.”`)? Then they attribute that
 * quote, not this one.
 */
export function leadsIntoNext(c: AttributionContext, i: number, j: number): boolean {
  const { tokens, quotes } = c;
  const ending = quotes[tokens[i]!.quote!]!.text.trimEnd();
  // (After a question only an answer: `“… is it not?” Ortiz replied, “It is.”`.)
  const asked = /[?!]$/.test(ending);
  if (!/\.$/.test(ending) && !asked) return false;
  let answers = false;
  for (let k = j; k < tokens.length && k < j + 8; k++) {
    const t = tokens[k]!;
    if (/^(?:responded|replied|answered|retorted|countered|responds|replies|answers)$/.test(lower(t))) answers = true;
    if (t.type === 'quote') return /^[,:]$/.test(tokens[k - 1]?.text ?? '') && (!asked || answers);
    if (/^[.;!?]$/.test(t.text) || (k > j && t.paragraphStart)) return false;
  }
  return false;
}

/**
 * The attribution clause right after a quote (token `i`).
 *
 * @example
 * `“We are ready,” Putin said.` / `“…,” said Peskov.` / `“…,” he told reporters.` /
 * `“…,” according to Lavrov.` / `“Go back!” Trump barked.` / `“…,” TASS quoted Peskov as saying.` /
 * `“…,” as a Treasury briefing put it.` / `“A disgrace,” was how Ortiz described the ruling.` (`howPut`) /
 * `“…,” he recalled Warren saying.` → Warren
 *
 * A new sentence after the quote only counts when it opens with the attribution, and after a full
 * stop only a short one (`“….” Medvedev said.`), not the next sentence of the story. A name after
 * a dash (`dashAttribution`) comes first; failing a clause next to the quote, a name set off by a
 * long description before its verb (`appositiveTail`), then an attribution closing the sentence
 * (`closingAttribution`) is tried. Words that lead into the next quote are that quote's
 * (`leadsIntoNext`). A stray closing mark after the quote (`“… he is like 6’2”,” Lavrov said`, the
 * inch sign taken for the quote's end) is read past like its comma.
 */
export function tailAttribution(c: AttributionContext, i: number): Speaker | undefined {
  const { tokens, quotes, sentenceEnd } = c;
  const q = tokens[i]!;
  const dashed = dashAttribution(c, i);
  if (dashed) return dashed;
  let j = i + 1;
  while (j < tokens.length && tokens[j]!.type === 'punct' && /^[,—–"”-]$/.test(tokens[j]!.text) && j < i + 3) j++;
  const t = tokens[j];
  if (!t || t.type !== 'word' || t.paragraphStart || leadsIntoNext(c, i, j)) return undefined;
  const crossed = t.sentence !== q.sentence;
  const hi = sentenceEnd.get(t.sentence)!;
  const exclaims = /[?!]$/.test(quotes[q.quote!]!.text.trimEnd());
  const how = howPut(c, j, hi);
  if (how !== undefined) return how ?? undefined;
  if (crossed && !exclaims && hi - j > 8) return undefined;
  // ("“….” He added that more talks would follow.": after a full stop, a sentence reporting something new.)
  const closed = crossed || /\.$/.test(quotes[q.quote!]!.text.trimEnd());
  if (closed && tokens.slice(j, hi).some((w) => lower(w) === 'that')) return undefined;
  const reach = crossed ? (exclaims ? 20 : 6) : 24;
  if (lower(t) === 'according' && lower(tokens[j + 1]) === 'to') return resolve(c, accordingTo(c, j + 1, hi));
  // (`“…,” reads the statement from Brad Parscale`: "reads" is a verb before a document.)
  const reads = /^(?:reads?)$/.test(lower(t)) && /^(?:the|a|an|his|her|their|its)$/.test(lower(tokens[j + 1]));
  if (isInverting(t) || reads || (isSpeechVerb(t.text) && !/ing$/.test(lower(t)) && !/^(?:told|tells)$/.test(lower(t)))) {
    const found = rightSubject(tokens, j, hi);
    // (`he, citing “…,” said the candidate could win`: a phrase running into a verb opens the clause said, not
    // the one who says it.)
    const r = found && isWord(tokens[found.to]) && isVerbLike(tokens[found.to]) && !isSpeechVerb(tokens[found.to]!.text) ? undefined : found;
    if (found && !r) return undefined;
    // (`“…,” reads a statement from the Harbor League`: a document's "from" or "by" names its author.)
    const author = r && WRITINGS.test(lower(tokens[r.to - 1])) && /^(?:from|by)$/.test(lower(tokens[r.to])) ? rightSubject(tokens, r.to, hi) : undefined;
    if (author) return resolve(c, author);
    if (r) return resolve(c, r);
  } else if (isVerbLike(t) && /ed$/.test(lower(t)) && isCapitalized(tokens[j + 1])) {
    // `"What a day!" beamed Ann Ortiz`
    const r = rightSubject(tokens, j, hi);
    if (r) return resolveStrict(c, r);
  }
  // `"…," as a Treasury briefing put it.` / `"…," as Trump said.`: the subject starts after "as".
  const subjectFrom = lower(t) === 'as' ? j + 1 : j;
  for (let v = j + 1; v < Math.min(hi, j + reach); v++) {
    const w = tokens[v]!;
    if (w.type === 'quote' || /^[.;:!?]$/.test(w.text)) break;
    if (!isWord(w) || /ing$/.test(lower(w))) continue;
    const speech = reportsAt(c, v);
    // Any verb straight after the speaker's name will do: `"Go back," Trump barked.` (In the next
    // sentence only a short one: `"Who will pay for it?" Critics cited the question for weeks …` is the story going on.)
    // (Not after "as": `“…,” as his father dreamed, Mr. Turry said.` — "as" with a verb of saying only.)
    if (!speech && !(isVerbLike(w) && /ed$/.test(lower(w)) && (!crossed || hi - j <= 6) && subjectFrom === j)) continue;
    const named = leftSubject(tokens, v, subjectFrom);
    const s = named && firstConjunct(tokens, named, subjectFrom);
    // (A name after a description that opens the clause: `“…!” Lowe's cousin, state Rep. Dana Kells, shouted.`)
    if (s && (s.from === subjectFrom || appositiveName(tokens, v, subjectFrom)?.from === s.from)) {
      // `"…," TASS quoted Peskov as saying.`
      const cited = /^(?:quoted|cited)$/.test(lower(w)) ? rightSubject(tokens, v, hi) : undefined;
      if (cited && lower(tokens[cited.to]) === 'as') return resolve(c, cited);
      // `“…,” he recalled Warren saying`: the one recalled as saying it.
      const recalled = /^(?:recalled|recalls|remembered|remembers|heard|hears)$/.test(lower(w)) ? rightSubject(tokens, v, hi) : undefined;
      // (Only someone named: "recalled the president telling him" leaves the words with the one recalling.)
      if (recalled && isCapitalized(tokens[recalled.from]) && /^(?:saying|say|telling|tell)$/.test(lower(tokens[recalled.to]))) return resolve(c, recalled);
      return speech && isCoreSpeechVerb(w.text) ? resolve(c, s) : resolveStrict(c, s);
    }
    if (speech) break;
  }
  if (crossed) return undefined;
  return appositiveTail(c, j, hi) ?? closingAttribution(c, i, hi);
}

/**
 * `“A disgrace,” was how Ortiz described the ruling.` / `“…” That is how Lowe put it.`: the
 * subject after "how", for words after the quote (from token `j`, in a sentence ending at `hi`)
 * that open with "was how" or "is how", perhaps after "That" or "This". Null when the subject
 * after "how" names no one; undefined when the words are no such clause (then the other rules
 * are tried).
 */
function howPut(c: AttributionContext, j: number, hi: number): Speaker | null | undefined {
  const { tokens } = c;
  const k = /^(?:that|this)$/.test(lower(tokens[j])) ? j + 1 : j;
  if (!/^(?:was|is)$/.test(lower(tokens[k])) || lower(tokens[k + 1]) !== 'how') return undefined;
  for (let v = k + 3; v < Math.min(hi, k + 12); v++) {
    if (!reportsAt(c, v) && !/^(?:summed|characterized|characterised)$/.test(lower(tokens[v]))) continue;
    // (A name after a description that opens the clause: "how the bakery’s owner, Ana Ruiz, put it".)
    const named = leftSubject(tokens, v, k + 2);
    const opens = named && (named.from === k + 2 || appositiveName(tokens, v, k + 2)?.from === named.from);
    // (“Awful” was how the week went, Ortiz told reporters: the verb's subject is no "how" clause's; other rules read it.)
    return opens ? (resolve(c, named) ?? null) : undefined;
  }
  return undefined;
}

/** Words opening a subordinate clause: a quote closing one leaves the main clause to come. */
const SUBORDINATOR = /^(?:when|after|before|as|while|if|because|since|although|though|once|until|unless|whether)$/;

/**
 * Does the quote at token `i` close its main clause with a comma inside the marks and run straight
 * into a verb of saying, within a few words and no other mark? Then the attribution after it
 * reports the whole clause, the words before the quote included, and a partial quote is that
 * speaker's too. A quote closing a subordinate clause (`After Lowe said schools were “…,” Ortiz
 * said: …`) leaves the main clause, and its verb, to the next words; a paper reporting the clause
 * (`…,” the Herald reported`) does not take the words from the one it reports.
 *
 * @example
 * `When Lowe spoke at the rally, he “spoke for the teachers,” said Dana Kells, a union member.` → yes;
 * `Lowe called it “a mess,” and Ortiz agreed.` → no.
 */
export function runsIntoTail(c: AttributionContext, i: number): boolean {
  const { tokens, quotes, sentenceStart } = c;
  const q = tokens[i]!;
  if (!/,$/.test(quotes[q.quote!]!.text.trimEnd())) return false;
  for (let k = i - 1; k >= sentenceStart.get(q.sentence)! && tokens[k]!.text !== ','; k--) if (SUBORDINATOR.test(lower(tokens[k]))) return false;
  for (let v = i + 1; v < tokens.length && v <= i + 6; v++) {
    const w = tokens[v]!;
    if (!isWord(w) || w.sentence !== q.sentence) return false;
    if (!reportsAt(c, v) || /ing$/.test(lower(w))) continue;
    // ("“…,” Ortiz said: “…”": the verb leads into the next quote. "Lowe pledged to “…,” the Herald reported":
    // a paper reporting the clause leaves the words to the one it reports.)
    return isCoreSpeechVerb(w.text) && !/^report/.test(lower(w)) && !/^[:]$/.test(tokens[v + 1]?.text ?? '') && tokens[v + 1]?.type !== 'quote';
  }
  return false;
}
