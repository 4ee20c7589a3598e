/**
 * Claims made by someone the article names: reported speech ("Carver said the city would set up a
 * fund", "according to Ortiz, parking brought in $2 million") and quotes that carry a figure. The
 * claimant is the speaker, found by the same rules that attribute quotes; the article itself
 * (`publisher`) makes only the claims nobody else is reported to make.
 */
import type { QuoteSpan } from '../quotes/index.ts';
import { isSpeechVerb } from '../quotes/index.ts';
import { isCapitalized, isPossessive, isWord, leftSubject, rightSubject, type Range } from '../speakers/noun-phrase.ts';
import { accordingTo, guardSpeakerName, lower, reportingVerbSubject, resolve, type AttributionContext } from '../speakers/rules/index.ts';
import type { Speaker } from '../speakers/index.ts';
import { isGivenName, looksLikePersonName } from '../speakers/mentions.ts';
import type { Token } from '../speakers/tokens.ts';
import { splitSentences } from '../text/index.ts';
import { checkWorthyReasons } from './check-worthy.ts';

export interface ReportedClaim {
  text: string;
  start: number;
  claimant: Speaker;
  reasons: string[];
}

/** A commitment or forecast about something checkable: "would set up", "will cost", "plans to close". */
const COMMITMENT = /\b(?:would|will|plans? to|intends? to|is going to|are going to)\s+(?:not\s+)?(?:set up|build|open|close|cut|raise|lower|increase|reduce|create|hire|fire|spend|cost|save|pay|fund|ban|end|start|launch|double|triple|eliminate|add|remove|sell|buy|provide|require|expand)\b/i;
/** Could the sentence hold anything checkable? A quick test before the token work: most sentences fail it. */
const mayHoldClaim = (sentence: string) => /\d|%/.test(sentence) || COMMITMENT.test(sentence) || checkWorthyReasons(sentence).length > 0;
const REPORTING_WORD = /^Per\b|\b(?:according to|puts?|answer(?:s|ed)|repl(?:ies|ied)|respond(?:s|ed)|counter(?:s|ed)|said|says|told|tells|claim(?:s|ed)|argu(?:es|ed)|insist(?:s|ed)|not(?:es|ed)|add(?:s|ed)|warn(?:s|ed)|stat(?:es|ed)|announc(?:es|ed)|assert(?:s|ed)|maintain(?:s|ed)|contend(?:s|ed)|estimat(?:es|ed)|report(?:s|ed)|pointed|wr(?:ote|ites)|explain(?:s|ed)|acknowledged|admitted|confirm(?:s|ed)|promis(?:es|ed)|pledged|vowed)\b/i;

/** Verbs of replying: they report a claim only with "that" or a colon after them. */
const REPLY = /^(?:answered|answers|replied|replies|responded|responds|countered|counters)$/;

/** Reporting verbs that introduce a claim rather than a question or a feeling. */
const CLAIM_VERBS = /^(?:said|says|told|tells|answered|answers|replied|replies|responded|responds|countered|counters|claimed|claims|argued|argues|insisted|insists|noted|notes|added|adds|warned|warns|stated|states|announced|announces|asserted|asserts|maintained|maintains|contended|contends|estimated|estimates|reported|reports|pointed|wrote|writes|explained|explains|acknowledged|admitted|confirmed|confirms|promised|promises|pledged|vowed)$/;

/** Documents that state figures for whoever they belong to. */
const FIGURES = /^(?:figures|data|numbers|statistics|estimates?|records|calculations|analysis|report|survey|accounts)$/;

/**
 * The owner of figures a claim is sourced to ("according to the council's own figures"): the
 * phrase before the possessive, which makes the claim; undefined for any other source.
 *
 * @example
 * `the council's own figures` → "the council"; `figures published by the board` → undefined
 */
function figuresOwner(tokens: readonly Token[], source: Range): Range | undefined {
  const last = tokens[source.to - 1];
  if (!last || !FIGURES.test(lower(last))) return undefined;
  // The last possessive ("the mayor's office's figures": the office); a time is no owner ("last year's figures").
  for (let k = source.to - 2; k >= source.from; k--) {
    if (!isPossessive(tokens[k]!)) continue;
    if (/^(?:year|month|week|quarter|today|yesterday|decade|season|spring|summer|autumn|fall|winter)['’]s?$/i.test(tokens[k]!.text)) return undefined;
    return k > source.from || isCapitalized(tokens[k]) ? { from: source.from, to: k + 1 } : undefined;
  }
  return undefined;
}

/**
 * Why what someone is reported to say is worth checking: the cues of `checkWorthyReasons`, or a
 * concrete commitment; empty when it holds nothing checkable (a recorded action needs a figure too).
 */
function claimReasons(said: string): string[] {
  const reasons = checkWorthyReasons(said);
  if (COMMITMENT.test(said)) reasons.push('commitment');
  if (reasons.length === 1 && reasons[0] === 'record of an action' && !/\d/.test(said)) return [];
  return reasons;
}

/**
 * Does what follows a reporting verb close the sentence without a clause of its own: nothing, a
 * time, a place or whom it was told ("on Monday", "in a statement", "Tuesday", "reporters"), and
 * perhaps a participle going on ("…, blaming weak demand")? Then the attribution reports what
 * came before it.
 *
 * @example
 * closesSentence(' on Monday, blaming weak demand.') → true; closesSentence(' she would resign.') → false
 */
function closesSentence(rest: string): boolean {
  const core = rest.replace(/,\s*(?:adding|citing|blaming|pointing|noting|saying|arguing|warning)\b.*$/s, '').replace(/[.!?"”’\s]+$/, '');
  const words = core.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w));
  return words.length <= 6 && !words.some((w) => /^(?:i|he|she|it|we|they|that|there|this|these|those|who|which|would|will|could|should|had|has|have|was|were|is|are)$/i.test(w.replace(/[,;:]$/, '')));
}

/** What an estimate is put at: "put the figure at 55 percent", "puts the cost at $3 million". */
const ESTIMATED = /^(?:figure|number|cost|costs|total|toll|loss|losses|bill|price|damage|tally|turnout|shortfall|deficit|value|share)$/;

/**
 * Does the verb at `v` give an estimate, "put the figure at …"? Its subject is then the one who
 * claims the figure.
 *
 * @example
 * `The ministry put the figure at 55 percent.` → true; `Police put the suspect in a car.` → false
 */
function putsFigureAt(tokens: readonly Token[], v: number): boolean {
  if (!/^(?:put|puts)$/.test(lower(tokens[v]))) return false;
  let k = v + 1;
  if (/^(?:the|its|their|his|her)$/.test(lower(tokens[k]))) k++;
  // ("the total cost", "the death toll": a word or two before the noun.)
  for (const end = k + 3; k < end && isWord(tokens[k]) && /^\p{Ll}/u.test(tokens[k]!.text); k++) {
    if (ESTIMATED.test(lower(tokens[k])) && lower(tokens[k + 1]) === 'at') return true;
  }
  return false;
}

/**
 * Sentences of reported speech whose reported clause is worth checking (a figure, a percentage, a
 * poll, a recorded action, or a concrete commitment), with the one who said it.
 *
 * @example
 * findReportedClaims('Carver said the city would set up a fund for the garage.', context)
 * → [{ text: 'Carver said the city would set up a fund for the garage.', claimant: Carver }]
 */
export function findReportedClaims(text: string, c: AttributionContext): ReportedClaim[] {
  const { tokens } = c;
  const out: ReportedClaim[] = [];
  let lo = 0;
  for (const sentence of splitSentences(text)) {
    while (lo < tokens.length && tokens[lo]!.start < sentence.start) lo++;
    // Quotes are handled as quotes (in single marks too, in an article of the British style); a few
    // quoted words worked into the sentence ("said the offer of a 4.5 percent rise was “fair and
    // final”") leave it reported speech.
    const inside = c.quotes.filter((q) => q.start < sentence.end && q.end > sentence.start);
    const quoted = inside.length > 0 ? inside.some((q) => q.kind === 'direct') : /["“”]/.test(sentence.text);
    if (sentence.text.length < 25 || quoted) continue;
    // Most sentences report nothing checkable: a cheap test before the token work.
    if (!REPORTING_WORD.test(sentence.text) || !mayHoldClaim(sentence.text)) continue;
    let hi = lo;
    while (hi < tokens.length && tokens[hi]!.end <= sentence.end) hi++;
    let claimant: Speaker | undefined;
    let rest = '';
    for (let v = lo; v < hi && !claimant; v++) {
      const t = tokens[v]!;
      if (!isWord(t)) continue;
      // "according to X, …"
      if (lower(t) === 'according' && lower(tokens[v + 1]) === 'to') {
        const source = accordingTo(c, v + 1, hi, { describedAuthor: true });
        // (Figures someone owns, read from the words up to the clause's end: "the council's own figures".)
        let end = v + 2;
        while (end < hi && isWord(tokens[end])) end++;
        const owner = figuresOwner(tokens, { from: v + 2, to: end });
        claimant = resolve(c, owner ?? source);
        // ("the council's": the owner without its possessive ending.)
        if (owner && claimant) claimant = { ...claimant, name: claimant.name.replace(/['’]s?$/, '') };
        rest = text.slice(tokens[Math.min(v + 2, hi - 1)]!.end, sentence.end);
        // ("…rose to 212,000, according to figures published by the board": what comes before it.)
        if (v > lo && tokens[v - 1]!.text === ',') rest = `${text.slice(sentence.start, tokens[v - 1]!.start)} ${rest}`;
        continue;
      }
      // "Per the Patients Alliance, one in five …": "per" opening the sentence names the source.
      if (v === lo && lower(t) === 'per') {
        const source = rightSubject(tokens, v, hi);
        if (source && tokens[source.to]?.text === ',') {
          // ("Per Ortiz, …": the source without the "Per" the name run took in.)
          claimant = resolve(c, { from: Math.max(source.from, v + 1), to: source.to });
          rest = text.slice(tokens[source.to]!.end, sentence.end);
        }
        continue;
      }
      if (!((CLAIM_VERBS.test(lower(t)) && isSpeechVerb(t.text)) || putsFigureAt(tokens, v))) continue;
      // ("the village had been promised a fund", "the mayor was later told": a passive verb reports no one.)
      const be = (n: number) => /^(?:been|being|be|was|were|is|are)$/.test(lower(tokens[n]));
      if (be(v - 1) || (be(v - 2) && /ly$|^(?:later|also|then|never|not|first)$/.test(lower(tokens[v - 1])))) continue;
      // ("Ward answered questions about the 40 homes": a reply reports a claim only with what it said.)
      if (REPLY.test(lower(t)) && !/^(?:that|:)$/.test(lower(tokens[v + 1]))) continue;
      claimant = reportingVerbSubject(c, v, lo, lo);
      rest = text.slice(t.end, sentence.end);
      // ("Halvorsen will cut 1,200 jobs, the company said on Monday": an attribution closing the sentence
      // reports what comes before it.)
      const subject = leftSubject(tokens, v, lo);
      // (Only when no clause of its own follows the verb (`closesSentence`): in "After 40,000 people
      // signed a petition, Mayor Ortiz said she would reconsider" the opening clause is no claim of hers.)
      const tail = subject && subject.from > lo && tokens[subject.from - 1]!.text === ',' && closesSentence(rest);
      if (tail) rest = `${text.slice(sentence.start, tokens[subject.from - 1]!.start)} ${rest}`;
    }
    const speaker = guardSpeakerName(claimant);
    if (!speaker) continue;
    const reasons = claimReasons(rest);
    if (reasons.length === 0) continue;
    out.push({ text: sentence.text, start: sentence.start, claimant: speaker, reasons });
  }
  return out;
}

/**
 * Quotes that state a figure or a percentage, as claims of their speaker.
 *
 * @example
 * `“Parking brought in $2 million last year,” Ortiz said.` → the quote, claimed by Ortiz
 */
export function findQuotedClaims(quotes: readonly QuoteSpan[], speakers: readonly (Speaker | null)[]): ReportedClaim[] {
  const out: ReportedClaim[] = [];
  quotes.forEach((q, i) => {
    const speaker = speakers[i];
    if (!speaker || q.kind === 'scare' || q.text.length < 20) return;
    const reasons = checkWorthyReasons(q.text).filter((r) => r === 'figure' || r === 'percentage' || r === 'proportion' || r === 'poll or survey' || r === 'multiple');
    if (reasons.length > 0) out.push({ text: q.text.replace(/[,.;:]+$/, ''), start: q.start, claimant: speaker, reasons });
  });
  return out;
}

/** A reporting participle that goes on from a quote's attribution with a clause of its own: ", adding that …". */
const GOING_ON = /,\s+(?:adding|saying|noting|arguing|warning|insisting|pointing out|explaining|claiming|stressing)\s+that\s+/i;

/**
 * Sentences that quote someone and go on in the writer's words with what else they said
 * ("“…,” Shah said, adding that the council had spent £180,000 on repairs"): when that clause,
 * after the last quote, is worth checking, the sentence is a claim of the quote's speaker.
 *
 * @example
 * `“We will look at it,” Shah said, adding that the council had spent £180,000 on repairs.` →
 * the sentence, claimed by Shah
 */
export function findGoingOnClaims(text: string, quotes: readonly QuoteSpan[], speakers: readonly (Speaker | null)[]): ReportedClaim[] {
  const out: ReportedClaim[] = [];
  if (!GOING_ON.test(text)) return out; // most articles: no sentence to look at
  let k = 0; // the first quote not ending before the sentence (quotes are in text order)
  for (const sentence of splitSentences(text)) {
    while (k < quotes.length && quotes[k]!.end <= sentence.start) k++;
    let last = -1;
    for (let n = k; n < quotes.length && quotes[n]!.start < sentence.end; n++) last = n;
    // (Only after a full quote: quoted words worked into reported speech leave the sentence to
    // `findReportedClaims`, which would claim it a second time.)
    if (last < 0 || quotes[last]!.end >= sentence.end || quotes[last]!.kind !== 'direct') continue;
    const after = text.slice(quotes[last]!.end, sentence.end);
    const going = GOING_ON.exec(after);
    const speaker = guardSpeakerName(speakers[last]);
    if (!going || !speaker) continue;
    const reasons = claimReasons(after.slice(going.index + going[0].length));
    if (reasons.length > 0) out.push({ text: sentence.text, start: sentence.start, claimant: speaker, reasons });
  }
  return out;
}

/** A turn's label opening a paragraph of an interview set out as a transcript: "Mensah: …", "Laura Mensah: …". */
const TURN_LABEL = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}):\s+/u;
/** Labels that name no one: the interviewer's questions, notes. */
const NOT_A_SPEAKER = /^(?:Q|A|Question|Answer|Note|Update|Correction|Source|Sources|Photo|Watch|Related|Read More|Editor['’]s Note)$/i;

/**
 * Claims in an interview set out as a transcript without quotation marks, each answer a paragraph
 * opening with the speaker's name and a colon: a sentence of an answer worth checking is the
 * speaker's claim. Only where at least two paragraphs carry the same label, so that a lone "Warning:"
 * or a heading is not read as a turn.
 *
 * @example
 * `Q: Why?` / `Mensah: We lost 40 firefighters in two years.` / `Mensah: We will ask for $6 million.`
 * → both answers' sentences, claimed by Mensah
 */
export function findInterviewClaims(text: string, c: AttributionContext): ReportedClaim[] {
  const out: ReportedClaim[] = [];
  if (!/(?:^|\n)\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}:\s/u.test(text)) return out;
  const turns: { start: number; end: number; label: string; labelEnd: number }[] = [];
  for (const p of text.matchAll(/[^\n]+/g)) {
    const m = TURN_LABEL.exec(p[0]);
    if (m && !NOT_A_SPEAKER.test(m[1]!)) turns.push({ start: p.index, end: p.index + p[0].length, label: m[1]!, labelEnd: p.index + m[0].length });
  }
  const count = new Map<string, number>();
  for (const t of turns) count.set(t.label, (count.get(t.label) ?? 0) + 1);
  const sentences = splitSentences(text);
  let from = 0;
  let s = 0;
  for (const turn of turns) {
    while (from < c.tokens.length && c.tokens[from]!.start < turn.start) from++;
    while (s < sentences.length && sentences[s]!.start < turn.start) s++;
    if ((count.get(turn.label) ?? 0) < 2) continue;
    let to = from;
    while (to < c.tokens.length && c.tokens[to]!.text !== ':' && to - from < 4) to++;
    // (A person, named in full or named before: "Leeds: …" in a live blog is a place.)
    const speaker = guardSpeakerName(resolve(c, { from, to }));
    // (Named before in the text, not in another turn's label.)
    const named = (m: { person: boolean; to: number; speaker: Speaker }) => m.person && m.to <= from && m.speaker.name === speaker?.name && c.tokens[m.to]?.text !== ':';
    const label = turn.label.split(/\s+/);
    // (A full name opens with a given name; "North Yorkshire" does not.)
    const person = speaker && (c.resolver.index.mentions.some(named) || (label.length >= 2 && looksLikePersonName(label) && isGivenName(label[0]!)));
    if (!speaker || !person) continue;
    for (let n = s; n < sentences.length && sentences[n]!.end <= turn.end; n++) {
      // (The claim is the answer's words, without the label.)
      const start = Math.max(sentences[n]!.start, turn.labelEnd);
      const said = text.slice(start, sentences[n]!.end);
      const reasons = claimReasons(said);
      if (reasons.length > 0) out.push({ text: said, start, claimant: speaker, reasons });
    }
  }
  return out;
}
