import { isCoreSpeechVerb } from '../../quotes/index.ts';
import { NOT_NAMES, SUBJECT_PRONOUNS } from '../lexicon.ts';
import { clauseSubject, firstConjunct, isCapitalized, isInverting, isWord, leftSubject, rightSubject, type Range } from '../noun-phrase.ts';
import type { Speaker } from '../speaker.ts';
import { lower, resolve, resolveStrict, type AttributionContext } from './context.ts';
import { coordinatedSubject } from './coordinated-subject.ts';
import { openingParticiple } from './opening-participle.ts';
import { participleSubject } from './participle-subject.ts';
import { infinitiveController } from './infinitive-controller.ts';
import { promptedSpeaker } from './prompted-speaker.ts';
import { addressedDocument, documentOwner } from './owned-document.ts';
import { groupAround } from './group-around.ts';

/**
 * The subject of the reporting verb at token `v` (its clause starting at `from`, its sentence at
 * `lo`), or of the clause when the verb has none of its own.
 *
 * @example
 * `Hegseth stated: “…”` → Hegseth; `TASS quoted Peskov as saying: “…”` → Peskov;
 * `with Trump reportedly yelling: “…”` → Trump; `Graham seemed unmoved, telling reporters, “…”` →
 * Graham (`participleSubject`); `Graham opposed the bill, but now said it was “…”` → Graham
 * (`coordinatedSubject`); `Rubio was asked by moderator Gerard Baker
 * whether “…”` → Baker; `Said Dorothy Poynter, …, “…”` → Poynter (inversion only where nothing
 * precedes the verb).
 */
export function reportingVerbSubject(c: AttributionContext, v: number, from: number, lo: number): Speaker | undefined {
  const { tokens, sentenceEnd } = c;
  const t = tokens[v]!;
  const participle = /ing$/.test(lower(t)) && !/^(?:is|was|are|were|been|be)$/.test(lower(tokens[v - 1]));
  if (participle && lower(tokens[v - 1]) === 'as') {
    let k = v - 2;
    while (k > from && !/^(?:quoted|cited)$/.test(lower(tokens[k])) && v - k < 10) k--;
    if (/^(?:quoted|cited)$/.test(lower(tokens[k]))) {
      const cited = rightSubject(tokens, k, v - 1);
      if (cited) return resolve(c, cited);
    }
  }
  // A participle with a subject of its own.
  if (participle) {
    let k = v - 1;
    while (k > from && isWord(tokens[k]) && /ly$/.test(lower(tokens[k]))) k--;
    if (isCapitalized(tokens[k])) {
      const own = leftSubject(tokens, v, from);
      // ("Ortiz put up a note on Facebook reading “…”", "wrote to Attorney General Pam Bondi asking …": a
      // platform or the object of a preposition is not the one reading or asking.)
      const object = /^(?:to|on|in|at|for|by|from|of|about|into)$/.test(lower(tokens[(own?.from ?? 0) - 1]));
      if (own && !object && !tokens.slice(own.from, own.to).every((w) => NOT_NAMES.has(lower(w)))) return resolveStrict(c, own);
    }
    // "Graham kept asking her why …": the subject of the verb the participle completes.
    const kept = catenativeSubject(c, v, from);
    if (kept) return kept;
    // "Graham threw his support behind the bill, saying …": the clause the participle hangs on.
    const hung = participleSubject(c, v, from);
    if (hung) return hung;
    // "… Ortiz said. Adding, “…”": a fragment going on from the sentence before.
    const fragment = openingParticiple(c, v, lo);
    if (fragment) return fragment;
  }
  if (!participle) {
    if (lower(t) === 'asked' && lower(tokens[v + 1]) === 'by') {
      const asker = rightSubject(tokens, v + 1, sentenceEnd.get(t.sentence)!);
      if (asker) return resolve(c, asker);
    }
    // "That prompted Ortiz to call the mayor “…”": the object of a causative verb.
    const prompted = promptedSpeaker(c, v, from);
    if (prompted) return prompted;
    // "with Kells taking to Twitter to call Ortiz “…”": the subject of the verb the infinitive completes.
    const controller = infinitiveController(c, v, from);
    if (controller) return controller;
    const named = leftSubject(tokens, v, from);
    const own = named && firstConjunct(tokens, named, from);
    // ("Lowe’s note to the board says …": the board is written to; the note speaks, for its owner.)
    const addressed = own && addressedDocument(c, own, from);
    if (addressed) return addressed.speaker ?? undefined;
    // ("Allies of Mayor Tom Lowe said …": the allies speak, not Lowe.)
    const around = own && groupAround(tokens, own, from);
    if (around) return around;
    // ("Walsh’s email to donors notes that …": a document speaks for its owner.)
    // ("Walsh’s letter to his volunteers notes that …": a document speaks for its owner, with or without a phrase after it.)
    const owner = documentOwner(tokens, own ?? { from, to: tokens.slice(from, v).every((w) => isWord(w)) ? v : from });
    if (owner) return resolve(c, owner);
    if (own) return isCoreSpeechVerb(t.text) ? resolve(c, own) : resolveStrict(c, own);
    const continued = coordinatedSubject(c, v, from);
    if (continued) return continued;
    const prev = tokens[v - 1];
    if (isInverting(t) && (v === lo || prev?.type === 'quote' || (prev?.text === ',' && tokens[v - 2]?.type === 'quote'))) {
      const inverted = rightSubject(tokens, v, sentenceEnd.get(t.sentence)!);
      if (inverted) return resolve(c, inverted);
    }
  }
  // ("Lavrov and Rubio issued a statement describing …": the name that leads a joined subject.)
  const lead = (s: Range | undefined, a: number) => s && firstConjunct(tokens, s, a);
  return resolveStrict(c, lead(clauseSubject(tokens, from, v, true), from)) ?? resolveStrict(c, lead(clauseSubject(tokens, lo, v, true), lo));
}

/** Verbs that take a participle as their object, the participle sharing their subject: "kept asking", "began calling". */
const CATENATIVE = /^(?:keeps?|kept|keeping|began|begins?|begun|start(?:s|ed)?|continu(?:es?|ed)|stop(?:s|ped)?|quit|resum(?:es?|ed)|finish(?:es|ed)?|spent|spends?|recalls?|recalled|remembers?|remembered|avoid(?:s|ed)?)$/;

/**
 * The subject of a verb such as "keep", "begin" or "stop" that the reporting participle at `v`
 * completes (an adverb may stand between): the one who did the asking or saying, not the subject
 * of an earlier clause of the sentence.
 *
 * @example
 * `Ann Ortiz testified for hours, and Tom Lowe kept asking her why the board had called the delay
 * “technical.”` → Tom Lowe; `Lowe began calling the plan “a scam”` → Lowe. A pronoun subject is left to
 * the other rules.
 */
export function catenativeSubject(c: AttributionContext, v: number, from: number): Speaker | undefined {
  const { tokens } = c;
  let k = v - 1;
  while (k > from && isWord(tokens[k]) && /ly$/.test(lower(tokens[k])) && !isCapitalized(tokens[k])) k--;
  if (k <= from || !isWord(tokens[k]) || !CATENATIVE.test(lower(tokens[k]))) return undefined;
  const s = leftSubject(tokens, k, from);
  // (A pronoun is left to the rules that read the clause around it: in "Ortiz wrote, she began saying …" the
  // verb before it tells whom it stands for.)
  if (!s || (s.to - s.from === 1 && SUBJECT_PRONOUNS.has(lower(tokens[s.from])))) return undefined;
  return resolveStrict(c, s);
}
