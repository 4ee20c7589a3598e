/**
 * Noun phrases around a verb in the token stream: the subject to the left ("Kremlin
 * spokesman Dmitry Peskov said", "Trump, expressing frustration, warned", "Sen. Elizabeth
 * Warren (D-MA) said", "Trump at the time said"), the subject after an inverted reporting verb
 * ("said Peskov"), and the first subject of a clause.
 */
import { isSpeechVerb, isSpeechVerbAfterSubject } from '../quotes/index.ts';
import { AGENT_NOUN, COMMON_VERBS, GROUP_NOUNS, NOT_NAMES, ROLE_WORDS, SENTENCE_OPENERS, SUBJECT_PRONOUNS, VERB_LEADERS, WRITINGS } from './lexicon.ts';
import type { Token } from './tokens.ts';

export interface Range {
  from: number;
  /** Exclusive. */
  to: number;
}

const lower = (t: Token) => t.text.toLowerCase();
export const isWord = (t: Token | undefined): t is Token => !!t && t.type === 'word';
export const isCapitalized = (t: Token | undefined) => isWord(t) && /^[\p{Lu}]/u.test(t.text);
export const isPossessive = (t: Token) => /['’]s?$/.test(t.text) && t.text.length > 2;
const isPronoun = (t: Token | undefined) => isWord(t) && SUBJECT_PRONOUNS.has(lower(t));

/** Words that end a noun phrase: prepositions, conjunctions, auxiliaries, pronouns. */
const PHRASE_STOP = new Set(
  `in on at to with by from about after before during as than that which who whom whose what when where while because if
  although though since until into onto over under against among between through without within upon via per like including
  despite amid across around behind beyond toward towards near off out up down not no nor or but and so yet also is are was
  were be been being has have had do does did will would can could may might must should shall this these those his her
  their its our my your him them it he she they we i you me us there here then now just only even still already very more
  most less least much many some any all both each every either neither such own same other another whether how why
  earlier later recently previously afterward afterwards yesterday today tonight`.split(/\s+/),
);

/** Nouns and adjectives that end like adverbs: "Clinton ally James Carville", "the Clinton family", "the likely nominee". */
const LY_NOUNS = new Set('ally family assembly rally supply reply monopoly anomaly homily bully likely elderly early daily weekly monthly friendly deadly'.split(' '));

const PREPOSITIONS = new Set('at on in during after before from for with by over at'.split(' '));

/** Could this word be a finite verb (or a reporting participle)? */
export function isVerbLike(t: Token | undefined): boolean {
  if (!isWord(t) || /^\p{Lu}/u.test(t.text)) return false;
  const w = lower(t);
  return isSpeechVerb(w) || COMMON_VERBS.has(w) || (/ed$/.test(w) && w.length > 4);
}

/** Modals that are also given names or surnames ("George Will", "Will Hurd"). */
const NAME_MODALS = /^(?:Will|May|Can|Shall|Might)$/;
/** Past and present forms that no modal can precede. */
const FINITE_AFTER_NAME = /^(?:said|says|wrote|writes|told|tells|thought|thinks|spoke|speaks|took|gave|made|found|saw|knew|went|came|sent|put|argued|argues|notes|noted|added|adds|called|calls|urged|urges|described|describes|claimed|claims|acknowledged|acknowledges|believes|believed)$/;

/**
 * Is the word at `k` an auxiliary or adverb that may stand between a subject and its verb ("Trump
 * has also said")? A capitalised modal is a name instead when it stands inside its sentence or a
 * finite verb follows it, which no modal can take: in `“…,” Will wrote.` and `Later, Will argued
 * that …` "Will" is a columnist named Will; `Will it pass?` keeps the modal.
 */
export function isVerbLeader(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!isWord(t) || !VERB_LEADERS.has(lower(t))) return false;
  if (!NAME_MODALS.test(t.text)) return true;
  const first = k === 0 || tokens[k - 1]!.sentence !== t.sentence;
  if (!first) return false;
  const next = tokens[k + 1];
  return !(isWord(next) && (FINITE_AFTER_NAME.test(next.text) || (/ed$/.test(next.text) && isVerbLike(next))));
}

/**
 * A participle opening its sentence, written like a lone surname: "Having denounced fake news,
 * Braverman …", "Missing from his speech was …", "Emerging from the surf, …". Before a verb it is a
 * name: "Manning said", "King was".
 */
export function isOpeningParticiple(t: Token, next: Token | undefined): boolean {
  if (!/^\p{Lu}\p{Ll}+ing$/u.test(t.text)) return false;
  return /^(?:Having|Being)$/.test(t.text) || (isWord(next) && /^\p{Ll}/u.test(next.text) && !isVerbLike(next) && !isSpeechVerbAfterSubject(next.text));
}

function isNpWord(t: Token, sentenceFirst: boolean, next?: Token): boolean {
  if (!isWord(t)) return false;
  const w = lower(t);
  if (isCapitalized(t)) return !(sentenceFirst && ((SENTENCE_OPENERS.has(w) && !/^(?:The|A|An)$/.test(t.text)) || isOpeningParticiple(t, next))) && !isSpeechVerb(w);
  if (ROLE_WORDS.has(w) && w !== 'of' && w !== 'for') return w !== 'and';
  if (PHRASE_STOP.has(w) || isVerbLike(t) || (/ly$/.test(w) && !LY_NOUNS.has(w))) return false;
  // Other lowercase words: modifiers and nouns ("minority leader", "the Christie supporter").
  return /^(?:[\p{Ll}\p{N}]|[$€£]\p{N})[\p{L}\p{N}'’\/-]*$/u.test(t.text);
}

/** Is the comma-delimited stretch an appositive or aside ("the U.S. Vice President", "expressing frustration")? */
function isAside(tokens: Token[], from: number, to: number, allowPlace: boolean): boolean {
  // A title whose comma sits inside its quotation marks (`the show, "Night Kitchen," who …`) is an aside itself.
  const marked = from < to && /^["“”]$/.test(tokens[from]!.text);
  while (from < to && /^["“”]$/.test(tokens[from]!.text)) from++;
  if (to <= from || to - from > 32) return false;
  if (marked && /^["“”]$/.test(tokens[to + 1]?.text ?? '') && to - from <= 5 && tokens.slice(from, to).every((t) => isCapitalized(t) || TITLE_SMALL_WORDS.test(t.text))) return true;
  const first = tokens[from]!;
  if (!isWord(first)) return false;
  const w = lower(first);
  if (ROLE_WORDS.has(w) && !/^(?:and|of|for)$/.test(w)) return true; // "vice chairwoman for …", "president of …"
  if (/^(?:herself|himself|themselves|itself|the|a|an|another|who|which|whose|whom|his|her|their|its|now|then|later|earlier|already|also|once|still|however|though|too|meanwhile|in|at|on|for|of|from|with|about|after|according|speaking|responding|asked|when|while|like|as|both|wearing|standing|sitting|holding|flanked|surrounded|accompanied|clad|dressed)$/.test(w)) return true;
  if (/ing$|ed$/.test(w)) return true;
  // "Lowe, clearly annoyed, responded": a phrase led by an adverb (not a name such as "Kelly").
  if (/ly$/.test(w) && !isCapitalized(first) && !LY_NOUNS.has(w)) return true;
  if (isPossessive(first)) return true; // "Ukraine’s president"
  // "Okafor, Ohio’s longest-serving mayor, said" (and "Lowe, star of the network’s “Night Court,” said": a
  // title closing the aside is its last word).
  const titled = titleBreak(tokens[to]);
  if (tokens.slice(from, titled ? to : to - 1).some((t) => isPossessive(t)) && (titled || !isCapitalized(tokens[to - 1]))) return true;
  // "Lowe, star of …", "Ortiz, host of …": a noun and its "of"; "Ingram, NAACP member in the 1960s, …": a
  // capitalised modifier and a role noun.
  const second = tokens[from + 1];
  if (!isCapitalized(first) && !isVerbLike(first) && lower(second ?? first) === 'of' && /^\p{Ll}+$/u.test(first.text)) return true;
  if (isCapitalized(first) && isWord(second) && !isCapitalized(second) && ROLE_WORDS.has(lower(second)) && !/^(?:and|of|for|the|a|an|state|national|foreign)$/.test(lower(second)) && !tokens.slice(from, to).some((t) => isVerbLike(t))) return true;
  // ("Lee Zeldin, Republican of New York, gave": a party and the state a member sits for.)
  if (/^(?:Republican|Democrat|Democratic|Independent|Libertarian|Conservative|Labour)$/.test(first.text) && /^(?:of|from|for)$/.test(lower(tokens[from + 1] ?? first))) return true;
  // ("Mark Mahaney, technology analyst at RBC Capital Markets, agreed": lower-case words ending in a role noun.)
  let r = from;
  while (r < to && isWord(tokens[r]) && /^\p{Ll}/u.test(tokens[r]!.text) && !PHRASE_STOP.has(lower(tokens[r]!)) && !isVerbLike(tokens[r])) r++;
  if (r > from && ROLE_WORDS.has(lower(tokens[r - 1]!)) && !/^(?:and|of|for|the|a|an)$/.test(lower(tokens[r - 1]!)) && (r === to || /^(?:at|of|for|with|in|on)$/.test(tokens[r]?.text.toLowerCase() ?? ''))) return true;
  // ("Ben de Pear, Channel 4 News editor, tweeted": a body's name, figures and all, and a role noun in lower case.)
  let k = from;
  while (k < to && (isCapitalized(tokens[k]) || /^\d+$/.test(tokens[k]!.text))) k++;
  if (k > from && k < to && tokens.slice(k, to).every((t) => isWord(t) && !isCapitalized(t) && !isVerbLike(t)) && ROLE_WORDS.has(lower(tokens[to - 1]!)) && !/^(?:and|of|for|the|a|an)$/.test(lower(tokens[to - 1]!))) return true;
  if (/^\d+$/.test(w)) return true; // "Vance, 41, said"
  // "Ann Ortiz, the Democratic treasurer of Ohio, one of the states in the lawsuit, said"
  if (/^(?:one|another|among|part|each|either|neither|all|some|many|most)$/.test(w) && /^(?:of|who)$/.test(lower(tokens[from + 1] ?? first))) return true;
  // "Dean Johnson, a salesman from Sumter, South Carolina, said": a place name after a place name (not a
  // titled name: "After the vote in Austin, Gov. Greg Abbott, said").
  // ("…, of Tacoma, Wash., said": a state's abbreviation keeps its full stop.)
  return allowPlace && isCapitalized(tokens[from - 2]) && to - from <= 3 && tokens.slice(from, to).every((t, n) => (isCapitalized(t) && !TITLE_ABBREVIATION.test(t.text)) || (t.text === '.' && n > 0 && from + n === to - 1));
}

const TIME_NOUNS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|weekend|month|year|today|yesterday|tonight|january|february|march|april|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.|\d{1,2}|\d{4})$/;
const TIME_LEADERS = /^(?:on|last|this|next|earlier|later|late|early|in|at|that|the|a|during|over)$/;

/** Words counting the time back in "two weeks ago", "less than a year ago", "only days ago". */
const AGO_WORDS = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|couple|of|less|more|than|about|nearly|almost|just|only|some|\d+|seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/;

/** "on Friday", "on Wednesday morning", "earlier this week", "in March", "two weeks ago": a time phrase between subject and verb. */
function skipTimePhrase(tokens: Token[], j: number, lo: number): number {
  // "The Water Board three weeks ago said"
  if (isWord(tokens[j]) && lower(tokens[j]!) === 'ago') {
    let k = j - 1;
    while (k >= lo && j - k <= 5 && isWord(tokens[k]) && AGO_WORDS.test(lower(tokens[k]!))) k--;
    return k < j - 1 ? k : j;
  }
  let k = j;
  while (k >= lo && isWord(tokens[k]) && TIME_NOUNS.test(lower(tokens[k]!))) k--;
  if (k === j) return j;
  while (k >= lo && isWord(tokens[k]) && TIME_LEADERS.test(lower(tokens[k]!))) k--;
  // Only a phrase that began with a preposition or time word, not a name ending in "March".
  return k < j - 1 || (k < j && TIME_LEADERS.test(lower(tokens[k + 1]!))) ? k : j;
}

/** Participles that give a title: "an ad titled “…”", "a book called “…”". */
const TITLING = /^(?:titled|entitled|called|named|dubbed|headlined|nicknamed)$/;

/**
 * The comma or dash before the one at `j`, within reach and the same sentence. A full stop with a
 * comma straight after it closes an abbreviation, not a sentence: "Ana Ortiz, 41, of Tacoma, Wash.,
 * said" reads past "Wash.".
 */
function previousBreak(tokens: Token[], j: number, lo: number): number | undefined {
  // (Nor does a question or exclamation mark inside a title's marks: "The ad, titled “Unifier?”, says".)
  const titleMark = (k: number) => /^[!?]$/.test(tokens[k]!.text) && /^["”]$/.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ',';
  const stops = (k: number) => (/^[;:!?]$/.test(tokens[k]!.text) && !titleMark(k)) || (tokens[k]!.text === '.' && !(tokens[k + 1]?.text === ',' && isCapitalized(tokens[k - 1])));
  let k = j - 1;
  // (A title given after "titled" or "called" is part of the aside: "The ad, titled “Unifier?”, says".)
  const named = (k: number) => tokens[k]!.type === 'quote' && isWord(tokens[k - 1]) && TITLING.test(lower(tokens[k - 1]!));
  while (k >= lo && j - k < 34 && !/^[,—–]$/.test(tokens[k]!.text) && (tokens[k]!.type !== 'quote' || named(k)) && !stops(k)) k--;
  return k >= lo && (/^[,—–]$/.test(tokens[k]!.text) || titleBreak(tokens[k]!)) ? k : undefined;
}

const TITLE_SMALL_WORDS = /^(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from|is)$/;

/**
 * A quoted title whose closing comma sits inside the quotation marks ("the author of “Paper
 * Trails,” said", "a judge on the show “Night Kitchen,” who …"): a few words in title case,
 * it closes an aside as a comma would.
 */
export function titleBreak(t: Token | undefined): boolean {
  if (!t || t.type !== 'quote') return false;
  const inner = /^["“]?(.*),["”]?$/su.exec(t.text)?.[1]?.trim();
  if (!inner) return false;
  const words = inner.split(/\s+/);
  return words.length <= 5 && /^\p{Lu}/u.test(words[0]!) && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_SMALL_WORDS.test(w));
}

/** Walk left over auxiliaries, adverbs, parentheses, asides and short time phrases to where a subject ends. */
function subjectEnd(tokens: Token[], verb: number, lo: number): number | undefined {
  let j = verb - 1;
  for (let guard = 0; guard < 8; guard++) {
    // (And "both", "all", "each" after a joined or plural subject: "Lowe and Ortiz both called".)
    while (j >= lo && isWord(tokens[j]) && (isVerbLeader(tokens, j) || (/ly$/.test(lower(tokens[j]!)) && tokens[j]!.text.length > 4 && !isCapitalized(tokens[j]) && !LY_NOUNS.has(lower(tokens[j]!))) || (/^(?:both|all|each)$/.test(tokens[j]!.text) && j > lo && (isWord(tokens[j - 1]) || tokens[j - 1]!.text === ',')))) j--;
    const skipped = skipTimePhrase(tokens, j, lo);
    if (skipped !== j) {
      j = skipped;
      continue;
    }
    const t = tokens[j];
    if (j < lo || !t) return undefined;
    // `star of the network’s “Lighthouse,” praised`: a title's comma inside its closing mark ends the aside.
    if (/^["”]$/.test(t.text) && tokens[j - 1]?.text === ',' && j - 1 >= lo) {
      j--;
      continue;
    }
    if (t.text === ')') {
      let k = j - 1;
      while (k >= lo && tokens[k]!.text !== '(' && j - k < 12) k--;
      if (k < lo || tokens[k]!.text !== '(') return undefined;
      j = k - 1;
      continue;
    }
    if (t.text === ',' || t.text === '—' || t.text === '–' || titleBreak(t)) {
      const k = previousBreak(tokens, j, lo);
      if (k !== undefined && isAside(tokens, k + 1, j, true)) {
        j = k - 1;
        // Asides come in chains: "Dean Johnson, a salesman from Sumter, South Carolina, said" (but in "…, in
        // what Jane Doe, a treasurer, called" the stretch before is the clause that holds the subject).
        // (Nor is a titled name an aside: in "Alarmed by the unrest, Senator Harry Reid, the minority leader, said"
        // the chain stops at the name.)
        const titledName = (from: number, to: number) =>
          to - from >= 2 && to - from <= 5 && (ROLE_WORDS.has(lower(tokens[from]!)) || TITLE_ABBREVIATION.test(tokens[from]!.text)) && tokens.slice(from, to).every((w) => isCapitalized(w)) && !ROLE_WORDS.has(lower(tokens[to - 1]!));
        for (let m = previousBreak(tokens, j + 1, lo); m !== undefined && isAside(tokens, m + 1, j + 1, tokens[j]?.text === '.') && !opensRelative(tokens, m + 1, j + 1) && !titledName(m + 1, j + 1); m = previousBreak(tokens, j + 1, lo)) j = m - 1;
        continue;
      }
      // "Ana Ruiz, who works near the state capital, Sacramento, said": a place closing an aside.
      const m = k !== undefined && j - k - 1 <= 3 && tokens.slice(k + 1, j).every((w) => isCapitalized(w)) ? previousBreak(tokens, k, lo) : undefined;
      if (m !== undefined && /^(?:who|which|where)$/i.test(tokens[m + 1]?.text ?? '') && isAside(tokens, m + 1, k!, false)) {
        j = m - 1;
        continue;
      }
      // "Marco Rubio, whose hometown, Miami, is projected to be underwater …, argues": a relative clause
      // with commas of its own, after a name, runs up to the comma before the verb.
      for (let r = j - 1; r > lo && j - r < 45; r--) {
        const w = tokens[r]!;
        if (w.type === 'quote' || /^[.;:!?]$/.test(w.text)) break;
        if (w.text === ',' && /^(?:who|whose)$/i.test(tokens[r + 1]?.text ?? '') && isCapitalized(tokens[r - 1])) {
          j = r - 1;
          break;
        }
      }
      if (tokens[j]?.text !== ',') continue;
      return undefined;
    }
    break;
  }
  return j >= lo ? j : undefined;
}

/** Does a relative word after the first one open a clause inside the stretch ("in what Jane Doe", "by which Ortiz")? */
const opensRelative = (tokens: Token[], from: number, to: number) => tokens.slice(from + 1, to).some((t) => /^(?:what|which|whom)$/.test(lower(t)));

function collectLeft(tokens: Token[], end: number, lo: number): number {
  let j = end;
  const joins = (k: number) =>
    lower(tokens[k]!) === 'and' &&
    k > lo &&
    k < end &&
    // "president and CEO", and a body's name after its "of" or "for": "Institute for Water and Soil Research".
    ((ROLE_WORDS.has(lower(tokens[k - 1]!)) && ROLE_WORDS.has(lower(tokens[k + 1]!))) ||
      (isCapitalized(tokens[k - 1]) && isCapitalized(tokens[k + 1]) && k - 2 > lo && /^(?:of|for|at)$/.test(lower(tokens[k - 2]!))));
  // ("a retired teacher said": a participle between the article and its noun describes the noun.)
  const adjectival = (k: number) => k > lo && k < end && /ed$/.test(lower(tokens[k]!)) && !isCapitalized(tokens[k]) && /^(?:a|an|one|another)$/.test(lower(tokens[k - 1]!));
  // ("one other member stated", "another neighbour said": a determiner before the noun.)
  const other = (k: number) => k < end && (lower(tokens[k]!) === 'another' || (lower(tokens[k]!) === 'other' && k > lo && /^(?:one|the|an?)$/.test(lower(tokens[k - 1]!))));
  while (j >= lo && end - j < 10 && (joins(j) || adjectival(j) || other(j) || isNpWord(tokens[j]!, j === 0 || tokens[j - 1]!.sentence !== tokens[j]!.sentence, tokens[j + 1]))) {
    if (j < end && isPossessive(tokens[j]!) && !isNpWord(tokens[j + 1]!, false)) break;
    j--;
    // A determiner opens its phrase: "interference the Ohio congressman said" is "the Ohio congressman",
    // and "Nick Ferrari at Breakfast the Minister said" is "the Minister".
    if (/^(?:the|a|an)$/.test(tokens[j + 1]!.text) && j >= lo && (!isCapitalized(tokens[j]) || (!ROLE_WORDS.has(lower(tokens[j]!)) && ROLE_WORDS.has(lower(tokens[end]!)))) && !/^(?:of|for)$/.test(lower(tokens[j]!))) break;
  }
  // "of"/"for" inside a phrase: "spokesman for the Kremlin", "Jonah Goldberg of the National Review"; "to" after an
  // agent: "an aide to Mayor Lowe".
  if (j > lo && j < end && (/^(?:of|for)$/.test(lower(tokens[j]!)) || (lower(tokens[j]!) === 'to' && AGENT_NOUN.test(lower(tokens[j - 1]!)))) && isNpWord(tokens[j - 1]!, false)) return collectLeft(tokens, j - 1, lo);
  // "his friend Mahamat Saleh Oumar", "her campaign manager"
  if (j >= lo && j < end && /^(?:his|her|their|its)$/.test(lower(tokens[j]!))) return j;
  return j + 1;
}

/** A phrase can name a speaker if it has a capitalised word or a role or person noun. */
export function hasHead(tokens: Token[], r: Range): boolean {
  for (let i = r.from; i < r.to; i++) {
    const t = tokens[i]!;
    if (isCapitalized(t) && !/^(?:The|A|An)$/.test(t.text)) return true;
    if (ROLE_WORDS.has(lower(t)) && !/^(?:the|a|an|of|for|and|former|top|senior|chief|deputy|vice|foreign|state|national)$/.test(lower(t))) return true;
  }
  // "the supporter", "a woman", "one voter": a determiner and a noun; "his colleagues", "her family":
  // a possessive and a noun for people.
  if (/^(?:his|her|their|our|my)$/i.test(tokens[r.from]!.text) && r.to - r.from >= 2 && PEOPLE_NOUN.test(lower(tokens[r.to - 1]!))) return true;
  return /^(?:the|a|an|one|another)$/i.test(tokens[r.from]!.text) && r.to - r.from >= 2;
}

/** Nouns for people around someone: "his colleagues", "her family", "their neighbours". */
export const PEOPLE_NOUN = /^(?:colleagues?|family|families|friends?|relatives?|parents?|children|sons?|daughters?|wife|husband|brothers?|sisters?|mother|father|neighbou?rs?|supporters?|allies|ally|partners?|classmates?|teammates?|coworkers?|co-workers?|students?|employees?|staff|campaign|team)$/;

/** Words opening a phrase of time or place, or a linking adverb, fronted before a clause's subject. */
const FRONTED_PHRASE = /^(?:On|In|At|During|After|Before|Last|Earlier|Later|However|Meanwhile|Separately|Still|Also|But|And|Yet|Then|Now|Today|Yesterday|Since)$/;

/** Opening words of a description: "His former partner at the firm", "Another critic". */
const DESCRIPTION_START = /^(?:the|a|an|his|her|their|its|another|one|two|three|several)$/i;
const TITLE_ABBREVIATION = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Del|Gov|Gen|Lt|Col|Sgt|Prof|Adm|Capt|Maj|Amb|Rev)\.$/;
/** Role words that modify a title ("energy minister") and may also end a body's name ("Greenridge Energy"). */
const MODIFIER_ONLY = new Set(['energy', 'finance', 'trade', 'security', 'intelligence', 'justice', 'defense', 'defence', 'affairs', 'national']);

/**
 * A name set off by commas after a description that opens the clause at `lo`: the name is the
 * subject, its titles included.
 *
 * @example
 * `His former partner at Harbor Bank, Paul T. Ingram, called him …` → "Paul T. Ingram" (not "Harbor Bank");
 * `Lowe's cousin, state Rep. Dana Kells, shouted …` → "state Rep. Dana Kells" (not "Lowe's cousin").
 */
export function appositiveName(tokens: Token[], verb: number, lo: number): Range | undefined {
  let j = verb - 1;
  while (j > lo && isVerbLeader(tokens, j)) j--;
  if (tokens[j]?.text !== ',') return undefined;
  const k = previousBreak(tokens, j, lo);
  // ("On Wednesday, however, the director of the F.B.I., James B. Comey, said": past a fronted phrase of
  // time or place, the description opens the clause.)
  // ("When the F.B.I. director, James B. Comey, said": a subordinator before the description.)
  if (k !== undefined && k > lo + 1 && /^(?:When|While|As|After|Before|Although|Though|If|Because|Since|Once|Until|Whether)$/.test(tokens[lo]?.text ?? '') && DESCRIPTION_START.test(tokens[lo + 1]?.text ?? '')) return appositiveName(tokens, verb, lo + 1);
  if (k !== undefined && !DESCRIPTION_START.test(tokens[lo]?.text ?? '') && FRONTED_PHRASE.test(tokens[lo]?.text ?? '')) {
    const b = previousBreak(tokens, k, lo);
    if (b !== undefined && tokens[b]!.text === ',' && b > lo && tokens.slice(lo, b).every((t) => t.text === ',' || (isWord(t) && !isVerbLike(t)))) return appositiveName(tokens, verb, b + 1);
  }
  if (k === undefined || k - lo < 2 || tokens[k]!.text !== ',' || j - k - 1 < 1 || j - k - 1 > 7) return undefined;
  const first = tokens[lo];
  // (Or a description led by whose it is: "Ohio Sen. Ann Ortiz’s chief of staff, Raul Mendes, told".)
  const owned = (n: number) => isCapitalized(tokens[n]) && isPossessive(tokens[n]!) && isWord(tokens[n + 1]) && !isCapitalized(tokens[n + 1]);
  // (Or a place and a title in lower case: "Sandycroft councillor, Dale Selvester, added".)
  const placedTitle = isCapitalized(first) && k - lo <= 3 && isWord(tokens[k - 1]) && !isCapitalized(tokens[k - 1]) && ROLE_WORDS.has(lower(tokens[k - 1]!)) && !/^(?:of|for|and|the|a|an)$/.test(lower(tokens[k - 1]!));
  if (!isWord(first) || !(DESCRIPTION_START.test(first.text) || placedTitle || (isPossessive(first) && isCapitalized(first)) || tokens.slice(lo, k).some((_, n) => owned(lo + n)))) return undefined;
  for (let n = lo; n < k; n++) if (!isWord(tokens[n]) || isVerbLike(tokens[n])) return undefined;
  let from = k + 1;
  while (from < j && isWord(tokens[from]) && (ROLE_WORDS.has(lower(tokens[from]!)) || TITLE_ABBREVIATION.test(tokens[from]!.text))) from++;
  // ("A longtime rival, Ohio Gov. Ann Ortiz, said", "…, former Ohio state Sen. Ann Ortiz, said": a place or
  // two before the title.)
  from = placedTitleEnd(tokens, from, j);
  // (One word will do where it can only be a name: "The ferry operator, Islink, said", "His rival,
  // Lowe, said"; a day or a month is no name, below.)
  if (j - from < 1 || j - from > 4) return undefined;
  for (let n = from; n < j; n++) {
    const t = tokens[n]!;
    // (A word that only modifies a title may end a body's name: "The developer, Greenridge Energy, said".)
    const roleWord = ROLE_WORDS.has(lower(t)) && !(n > from && MODIFIER_ONLY.has(lower(t)));
    if (!isCapitalized(t) || NOT_NAMES.has(lower(t)) || roleWord || !/\p{Ll}|^\p{Lu}\.$/u.test(t.text)) return undefined;
  }
  return { from: k + 1, to: j };
}

/**
 * Where a title led by up to two capitalised place words ends, from `from` (before `to`): "Ohio
 * Gov.", "Ohio state Sen.", "New York Governor"; else `from` itself.
 *
 * @example
 * `Ohio Gov. Ann Ortiz` → at "Ann"; `Ann Ortiz` → at "Ann" (no title).
 */
export function placedTitleEnd(tokens: Token[], from: number, to: number): number {
  let p = from;
  while (p < to && p - from < 2 && isCapitalized(tokens[p]) && !TITLE_ABBREVIATION.test(tokens[p]!.text) && !ROLE_WORDS.has(lower(tokens[p]!))) p++;
  if (p === from) return from;
  let q = p;
  while (q < to && q - p < 3 && isWord(tokens[q]) && (ROLE_WORDS.has(lower(tokens[q]!)) || TITLE_ABBREVIATION.test(tokens[q]!.text)) && !/^(?:of|for|and|the|a|an)$/.test(lower(tokens[q]!))) q++;
  const title = tokens[q - 1];
  return q > p && q < to && (TITLE_ABBREVIATION.test(title!.text) || (isCapitalized(title) && ROLE_WORDS.has(lower(title!)))) ? q : from;
}

/** The subject phrase ending right before `verb` (auxiliaries and asides skipped), or undefined. */
export function leftSubject(tokens: Token[], verb: number, lo: number): Range | undefined {
  const named = appositiveName(tokens, verb, lo);
  if (named) return named;
  const end = subjectEnd(tokens, verb, lo);
  if (end === undefined) return undefined;
  if (isPronoun(tokens[end])) return { from: end, to: end + 1 };
  // "…, Yuri Ushakov, who told a reporter …": the relative pronoun stands for the phrase before it.
  if (/^(?:who|which)$/.test(lower(tokens[end]!)) && tokens[end - 1]?.text === ',' && end - 2 >= lo) {
    const from = collectLeft(tokens, end - 2, lo);
    // ("an email from Dean Mastrojohn, Unilever's media relations manager, who wrote": the name before
    // the description the relative clause follows.)
    const described = isWord(tokens[from]) && (/^(?:the|a|an)$/i.test(tokens[from]!.text) || (isCapitalized(tokens[from]) && isPossessive(tokens[from]!)));
    if (described && tokens[from - 1]?.text === ',' && from - 2 >= lo && isCapitalized(tokens[from - 2])) {
      const nameFrom = collectLeft(tokens, from - 2, lo);
      const named = tokens.slice(nameFrom, from - 1);
      if (named.length >= 2 && named.every((t) => isCapitalized(t) && !ROLE_WORDS.has(lower(t)) && !isPossessive(t))) return { from: nameFrom, to: from - 1 };
    }
    if (from <= end - 2 && hasHead(tokens, { from, to: end - 1 })) return { from, to: end - 1 };
    return undefined;
  }
  let from = collectLeft(tokens, end, lo);
  if (from > end) return undefined;
  // "Trump at the time said", "Putin on Friday told": a time or place phrase between subject and verb.
  if (!hasHead(tokens, { from, to: end + 1 }) || /^(?:the)$/i.test(tokens[from]!.text)) {
    const prep = tokens[from - 1];
    if (prep && from - 1 > lo && PREPOSITIONS.has(lower(prep)) && end - from < 4) {
      const inner = leftSubject(tokens, from - 1, lo);
      // ("A statement from the Harbor League said": a document's "from" or "by" names its author, who speaks.)
      if (inner && /^(?:from|by)$/.test(lower(prep)) && WRITINGS.test(lower(tokens[inner.to - 1]!)) && hasHead(tokens, { from, to: end + 1 })) return { from, to: end + 1 };
      if (inner) return inner;
    }
  }
  while (from <= end && /^(?:of|for|and)$/.test(lower(tokens[from]!))) from++;
  if (from > end) return undefined;
  // "his colleagues at Latham and Watkins said": the people at the firm speak, not the firm.
  if (from - 2 >= lo && isWord(tokens[from - 1]) && /^(?:at|from|with)$/.test(lower(tokens[from - 1]!)) && isWord(tokens[from - 2]) && PEOPLE_NOUN.test(lower(tokens[from - 2]!))) {
    const outer = collectLeft(tokens, from - 2, lo);
    if (outer <= from - 2 && hasHead(tokens, { from: outer, to: from - 1 })) return { from: outer, to: end + 1 };
  }
  // "Raul Mendes, president and chair of the union stated": an apposition left open. Only when the
  // phrase is all role words up to an "of" ("former President Bill Clinton" names someone itself).
  if (tokens[from - 1]?.text === ',' && from - 2 >= lo && isCapitalized(tokens[from - 2]) && !/ly$/.test(tokens[from - 2]!.text) && !NOT_NAMES.has(lower(tokens[from - 2]!))) {
    let k = from;
    while (k <= end && (ROLE_WORDS.has(lower(tokens[k]!)) || lower(tokens[k]!) === 'and') && !/^(?:of|for|the|a|an)$/.test(lower(tokens[k]!))) k++;
    // (Not a title that names someone itself: "…, Speaker of the House Rep. Mike Johnson said".)
    const openApposition =
      k > from && /^(?:of|for|at)$/.test(lower(tokens[k] ?? tokens[from]!)) && !/^(?:the|a|an|former)$/.test(lower(tokens[from]!)) && !tokens.slice(k, end + 1).some((t) => TITLE_ABBREVIATION.test(t.text));
    if (openApposition) {
      const nameFrom = collectLeft(tokens, from - 2, lo);
      if (nameFrom <= from - 2) return { from: nameFrom, to: from - 1 };
    }
    // "Ana Ortiz, the press director for the county party said": with the name opening the clause,
    // a description with its article, up to a role word and its "of", "for" or "at".
    if (/^(?:the|a|an)$/.test(lower(tokens[from]!))) {
      let m = from + 1;
      while (m <= end && isWord(tokens[m]) && !isCapitalized(tokens[m]) && !/^(?:of|for|at)$/.test(lower(tokens[m]!))) m++;
      const nameFrom = collectLeft(tokens, from - 2, lo);
      const named = tokens.slice(nameFrom, from - 1);
      if (m <= end && m > from + 1 && /^(?:of|for|at)$/.test(lower(tokens[m]!)) && ROLE_WORDS.has(lower(tokens[m - 1]!)) && nameFrom === lo && named.length > 0 && named.every((t) => isCapitalized(t) && !ROLE_WORDS.has(lower(t)))) {
        return { from: nameFrom, to: from - 1 };
      }
    }
    // "Kellyann Conway, Trump’s campaign manager told CNN": a possessive and a title in lower case,
    // after a name opening the clause.
    if (isCapitalized(tokens[from]) && isPossessive(tokens[from]!) && end > from && tokens.slice(from + 1, end + 1).every((t) => isWord(t) && !isCapitalized(t)) && ROLE_WORDS.has(lower(tokens[end]!))) {
      const nameFrom = collectLeft(tokens, from - 2, lo);
      const named = tokens.slice(nameFrom, from - 1);
      if (nameFrom === lo && named.length >= 2 && named.every((t) => isCapitalized(t) && !ROLE_WORDS.has(lower(t)) && !isPossessive(t))) return { from: nameFrom, to: from - 1 };
    }
  }
  const range = { from, to: end + 1 };
  return placeTail(tokens, range, lo) ?? locatedSubject(tokens, range, lo) ?? (hasHead(tokens, range) ? range : undefined);
}

/**
 * A subject that is a place name after "in", "at", "from", "near" or "on" ("a nurse in Dayton, Ohio,
 * told", "Republicans on Capitol Hill seized") is the one located there: the phrase
 * before the preposition, with the place.
 *
 * @example
 * `a nurse in Dayton told him` → "a nurse in Dayton"; `a nurse in Dayton, Ohio, told him` → "a nurse in
 * Dayton, Ohio"; `Republicans on Capitol Hill said` →
 * "Republicans on Capitol Hill"; `South Carolina voted` and `put up a post on Facebook saying` →
 * undefined (nothing before the place, no one before it).
 */
function locatedSubject(tokens: Token[], range: Range, lo: number): Range | undefined {
  const prep = tokens[range.from - 1];
  if (!isWord(prep) || !/^(?:in|at|from|near|on)$/.test(lower(prep)) || range.from - 2 < lo) return undefined;
  if (!tokens.slice(range.from, range.to).every((t) => isCapitalized(t) || /^(?:the|of)$/.test(t.text))) return undefined;
  const from = collectLeft(tokens, range.from - 2, lo);
  const before = { from, to: range.from - 1 };
  // (Only someone: "a message on Twitter" is no one located there.)
  const head = lower(tokens[before.to - 1]!);
  // ("a nurse in Dayton": a determiner and a common noun is someone too, whatever the noun.)
  const described = /^(?:the|a|an|one|another|some|two|three|several)$/i.test(tokens[from]!.text) && !isCapitalized(tokens[before.to - 1]);
  return from <= range.from - 2 && (isPersonish(tokens, before) || described) && !WRITINGS.test(head) && !tokens.slice(from, before.to).some((t) => isVerbLike(t)) ? { from, to: stateEnd(tokens, range.to) } : undefined;
}

/** The end of the state or country set off by commas after a town ("Dayton, Ohio, told"), else `to`. */
function stateEnd(tokens: Token[], to: number): number {
  if (tokens[to]?.text !== ',') return to;
  let m = to + 1;
  while (m - to <= 2 && isCapitalized(tokens[m]) && !isPossessive(tokens[m]!)) m++;
  return m > to + 1 && tokens[m]?.text === ',' && NOT_NAMES.has(lower(tokens[m - 1]!)) ? m : to;
}

/**
 * A subject ending in a town and its state after a comma ("Ana Ortiz of Macon, Georgia
 * says", "a man in Provo, Utah, told him") is the one from that place, not
 * the state: `range` is the state, the words before its comma end with "of", "from" or "in" and
 * the town.
 */
function placeTail(tokens: Token[], range: Range, lo: number): Range | undefined {
  if (tokens[range.from - 1]?.text !== ',' || range.to - range.from > 2) return undefined;
  if (!tokens.slice(range.from, range.to).every((t) => isCapitalized(t)) || !NOT_NAMES.has(lower(tokens[range.to - 1]!))) return undefined;
  const town = range.from - 2;
  let p = town;
  while (p > lo && town - p < 3 && isCapitalized(tokens[p])) p--;
  if (p === town || p <= lo || !isWord(tokens[p]) || !/^(?:of|from|in)$/.test(lower(tokens[p]!))) return undefined;
  const from = collectLeft(tokens, p - 1, lo);
  const named = { from, to: p };
  return from < p && hasHead(tokens, named) ? named : undefined;
}

/**
 * Of a subject `s` that is the second of two joined by "and", the first when it is a name opening
 * the clause (at `lo`, or after a comma or a quote): a byline lists its lead author first.
 *
 * @example
 * `“…,” Jonathan Martin and Alexander Burns wrote.` → "Jonathan Martin";
 * `Zelensky and other European leaders rejected …` → "Zelensky";
 * `Ontario Premier and Council Chair Doug Ford told …` → `s` itself: two titles of one person.
 */
export function firstConjunct(tokens: Token[], s: Range, lo: number): Range {
  // ("Zelensky and other European leaders": "other" stays out of the phrase.)
  const and = s.from - 1 - (/^(?:other|fellow)$/i.test(tokens[s.from - 1]?.text ?? '') ? 1 : 0);
  if (!/^(?:and|&)$/.test(tokens[and]?.text ?? '')) return s;
  // ("Ontario Premier and Council Chair Doug Ford": two titles of one person, not two people.)
  if (isWord(tokens[and - 1]) && ROLE_WORDS.has(lower(tokens[and - 1]!)) && !/^(?:of|for|and)$/.test(lower(tokens[and - 1]!))) return s;
  let from = and;
  while (from > lo && and - from < 5 && isCapitalized(tokens[from - 1]) && !isPossessive(tokens[from - 1]!)) from--;
  if (from === and) return s;
  const opens = (k: number) => k === lo || tokens[k - 1]?.type === 'quote' || /^[,;:—–-]$/.test(tokens[k - 1]?.text ?? '');
  if (opens(from)) return { from, to: and };
  const described = describedPair(tokens, from, lo);
  return described !== undefined && opens(described) ? { from: described, to: and } : s;
}

/** A plural noun for people: "experts", "officials", and by its ending "biologists", "researchers", "historians". */
const PEOPLE_PLURAL = (w: string) =>
  GROUP_NOUNS.has(w) || (ROLE_WORDS.has(w) && /s$/.test(w) && w !== 'affairs') || (/(?:ists|[^aeiou]ers|tors|ians)$/.test(w) && !/^(?:others|numbers|papers|letters|orders|matters)$/.test(w));

/**
 * Where a description in lower case before two joined names begins, when it ends in a noun for
 * people ("nuclear experts", "the researchers", "marine biologists"): at most three words, the last a
 * plural noun for people (`PEOPLE_PLURAL`).
 * `from` is the first name.
 *
 * @example
 * `“…,” nuclear experts Ann Ortiz and Tom Lowe wrote.` → the phrase opens at "nuclear", so the pair
 * is a subject opening the clause, and its first name leads it.
 */
function describedPair(tokens: Token[], from: number, lo: number): number | undefined {
  const noun = tokens[from - 1];
  if (!isWord(noun) || isCapitalized(noun) || !PEOPLE_PLURAL(lower(noun))) return undefined;
  let k = from - 1;
  while (k > lo && from - k < 3 && isWord(tokens[k - 1]) && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k - 1]!.text) && !isVerbLike(tokens[k - 1]) && !PHRASE_STOP.has(lower(tokens[k - 1]!))) k--;
  return k;
}

/** Reporting verbs that put their subject after them: `"…," said Peskov`. */
const INVERTING = new Set(
  `said says added asked wrote continued explained noted replied recalled insisted warned argued declared stated observed
  remarked answered quipped joked responded concluded tweeted posted writes adds asks notes explains`.split(/\s+/),
);

export const isInverting = (t: Token | undefined) => isWord(t) && INVERTING.has(lower(t));

/** The subject after an inverted reporting verb: `"…," said Kremlin spokesman Dmitry Peskov.` */
export function rightSubject(tokens: Token[], verb: number, hi: number): Range | undefined {
  let j = verb + 1;
  if (j < hi && isPronoun(tokens[j]) && !/^(?:it|we|i|you)$/.test(lower(tokens[j]!))) return { from: j, to: j + 1 };
  // "added her campaign manager Robby Mook", "said retired Army Lt. Gen. Mark Hertling": a possessive or a
  // participle before the title, when a name ends the phrase ("said his wife" names no one).
  const lead = tokens[j];
  const led = isWord(lead) && (/^(?:his|her|their)$/i.test(lead.text) || (/ed$/.test(lower(lead)) && !isCapitalized(lead))) && j + 1 < hi && (isCapitalized(tokens[j + 1]) || isNpWord(tokens[j + 1]!, false));
  if (led) j++;
  // ("said one longtime adviser to the mayor": "to" after an agent noun stays in the phrase.)
  // ("said the Office of Parks and Recreation": "and" between capitalised words after a body's "of" or "for", as in collectLeft.)
  const bodyAnd = (k: number) => lower(tokens[k]!) === 'and' && isCapitalized(tokens[k - 1]) && isCapitalized(tokens[k + 1]) && k - 2 > verb && /^(?:of|for)$/.test(lower(tokens[k - 2]!));
  const joins = (k: number) => k > verb + 1 && (/^(?:of|for)$/.test(lower(tokens[k]!)) || (lower(tokens[k]!) === 'to' && AGENT_NOUN.test(lower(tokens[k - 1]!))) || bodyAnd(k));
  // ("said a retired teacher": a participle after the article describes the noun after it.)
  const adjectival = (k: number) => /^(?:a|an|one|another)$/.test(lower(tokens[k - 1]!)) && /ed$/.test(lower(tokens[k]!)) && !isCapitalized(tokens[k]) && isNpWord(tokens[k + 1] ?? tokens[k]!, false) && !isCapitalized(tokens[k + 1]);
  // ("said another neighbor attending the vigil": a determiner before the noun.)
  const other = (k: number) => (k === verb + 1 && lower(tokens[k]!) === 'another') || (lower(tokens[k]!) === 'other' && /^(?:one|the|an?)$/.test(lower(tokens[k - 1]!)));
  // ("said a neighbor attending the vigil", "said a woman living in Ames": a participle opening a phrase
  // after the noun describes it, and is no part of its name.)
  const reduced = (k: number) => k > verb + 1 && /^\p{Ll}{3,}ing$/u.test(tokens[k]!.text) && /^(?:the|a|an|his|her|their|in|at|on|near|outside|for|with|from)$/.test(tokens[k + 1]?.text.toLowerCase() ?? '');
  // ("said Talley an oceanographer": a description with its article after the name, its comma left out.)
  const appended = (k: number) => k > verb + 1 && /^(?:a|an)$/.test(lower(tokens[k]!)) && isCapitalized(tokens[k - 1]);
  while (j < hi && j - verb < 10 && isWord(tokens[j]) && !reduced(j) && !appended(j) && (isCapitalized(tokens[j]) || isNpWord(tokens[j]!, false) || joins(j) || adjectival(j) || other(j))) {
    if (isPossessive(tokens[j]!) && j > verb + 1 && !isNpWord(tokens[j + 1] ?? tokens[j]!, false)) break;
    j++;
  }
  j = describedPlaceEnd(tokens, verb + 1, j, hi);
  const named = knownAs(tokens, verb + 1, j, hi);
  if (named) return named;
  let to = j;
  while (to > verb + 1 && /^(?:of|for|and|the|a|an)$/.test(lower(tokens[to - 1]!))) to--;
  // (A description may end in a capitalised party or title: "said the committee's top Democrat, Rep. Elijah Cummings".)
  const describedLast = /^(?:the|a|an|his|her|their|its)$/i.test(tokens[verb + 1]?.text ?? '') && isWord(tokens[to - 1]) && (ROLE_WORDS.has(lower(tokens[to - 1]!)) || /^(?:democrat|republican|independent|conservative|liberal)$/.test(lower(tokens[to - 1]!)));
  if (to > verb + 1 && (!isCapitalized(tokens[to - 1]) || describedLast)) {
    const renamed = nameAfterDescription(tokens, to, hi);
    if (renamed) return renamed;
  }
  if (to <= verb + (led ? 2 : 1) || (led && !isCapitalized(tokens[to - 1]))) return undefined;
  const range = { from: verb + 1, to };
  return hasHead(tokens, range) ? range : undefined;
}

/**
 * Someone unnamed, described by where they are from (`said a retired teacher from Dayton, Ohio.`):
 * the end of the phrase past the place and its state or country, for a phrase from `from` that
 * stopped at `j` and opens with an article, all lower case. Otherwise `j`.
 *
 * @example
 * `said a nurse in Dayton, Ohio.` → the phrase runs to "Ohio"; `said a nurse.` and `said Ann Ortiz of Ohio` → unchanged.
 */
export function describedPlaceEnd(tokens: Token[], from: number, j: number, hi: number): number {
  if (j - from < 2 || !/^(?:a|an|one|another)$/.test(lower(tokens[from]!)) || tokens.slice(from + 1, j).some((t) => isCapitalized(t) || !isWord(t))) return j;
  if (!/^(?:from|in|at|near|outside)$/.test(tokens[j] ? lower(tokens[j]!) : '') || !isCapitalized(tokens[j + 1])) return j;
  let k = j + 1;
  while (k < hi && k - j <= 3 && isCapitalized(tokens[k]) && !isPossessive(tokens[k]!)) k++;
  // The state or country after a comma, when a comma or the sentence's end closes it: "Dayton, Ohio,".
  if (tokens[k]?.text === ',' && isCapitalized(tokens[k + 1])) {
    let m = k + 1;
    while (m < hi && m - k <= 2 && isCapitalized(tokens[m]) && !isPossessive(tokens[m]!)) m++;
    if (/^[.,;!?]$/.test(tokens[m]?.text ?? '.')) k = m;
  }
  return /^[.,;!?]$/.test(tokens[k]?.text ?? '.') ? k : j;
}

/**
 * After an inverted verb, a description and then, set off by a comma, the name that closes the
 * clause (`shouted the mayor's warm-up act, comedian Jane Holt.`, `said his wife, Ann Lee.`): the
 * name, its lowercase title left out. `to` is the end of the description.
 */
function nameAfterDescription(tokens: Token[], to: number, hi: number): Range | undefined {
  // ("wrote the American ambassador at the time, John E. Herbst": a short phrase of time or place first.)
  if (/^(?:at|in|on|during)$/.test(tokens[to]?.text.toLowerCase() ?? '') && isWord(tokens[to + 1])) {
    let p = to + 1;
    while (p < hi && p - to <= 3 && isWord(tokens[p]) && !isCapitalized(tokens[p])) p++;
    if (tokens[p]?.text === ',') to = p;
  }
  if (tokens[to]?.text !== ',') return undefined;
  let k = to + 1;
  while (k < hi && k - to <= 3 && isWord(tokens[k]) && !isCapitalized(tokens[k]) && !PHRASE_STOP.has(lower(tokens[k]!)) && !isVerbLike(tokens[k])) k++;
  let end = k;
  while (end < hi && end - k < 4 && isCapitalized(tokens[end]) && !isPossessive(tokens[end]!)) end++;
  // (The name may go on with where they work: "Andrew J. Pincus of the law firm Mayer Brown".)
  if (end - k < 2 || !(/^[.,;!?]$/.test(tokens[end]?.text ?? '.') || /^(?:of|at|from|with)$/.test(tokens[end]?.text.toLowerCase() ?? '')) || !tokens.slice(k, end).every((t) => /\p{Ll}|^\p{Lu}\.$/u.test(t.text) && !NOT_NAMES.has(lower(t)))) return undefined;
  return { from: k, to: end };
}

/**
 * A description that goes on to the only name it gives (`said the shift chief known as Marco`, `said
 * a supervisor identified only as Ramirez`, `said a guard named Kofi Mensah`): that name, for the
 * phrase from `from` that stopped at `j`.
 */
function knownAs(tokens: Token[], from: number, j: number, hi: number): Range | undefined {
  const at = (n: number) => (isWord(tokens[n]) ? lower(tokens[n]!) : '');
  let k = j;
  if (k > from && at(k - 1) === 'known' && at(k) === 'as') k++;
  else if (/^(?:identified|described)$/.test(at(k)) && at(k + 1) === 'only' && at(k + 2) === 'as') k += 3;
  else if (/^(?:identified|known)$/.test(at(k)) && at(k + 1) === 'as') k += 2;
  else if (at(k) === 'named' && k > from) k++;
  else return undefined;
  if (k === j || !hasHead(tokens, { from, to: j })) return undefined;
  let to = k;
  while (to < hi && to - k < 4 && isCapitalized(tokens[to]) && !isPossessive(tokens[to]!)) to++;
  return to > k ? { from: k, to } : undefined;
}

/**
 * Participles opening a phrase set before the main clause, whose subject is the clause's: "Asked
 * whether she would run again, Ruiz smiled", "Reached by phone, Kells said". A closed list: a
 * sentence may open with a surname that ends the same way ("Manning told reporters").
 */
const OPENING_PARTICIPLES = /^(?:asked|pressed|questioned|confronted|challenged|reached|contacted|interviewed|told|informed|shown|given|faced|speaking|talking|writing|responding|reacting|commenting|addressing|standing|sitting|flanked|surrounded|accompanied)$/;

/** Words opening a phrase set before the main clause: "With Democrats worried about turnout, Obama …". */
const FRONTED = /^(?:with|after|before|when|while|as|since|because|although|though|if|once|despite|amid|following|until|unless|without)$/;

/**
 * Does a description of the subject stand before it, set off by a comma ("The party’s presumed
 * nominee, Trump has won …", "A longtime ally of the mayor, Kells said …")? It opens with an
 * article or whose it is, ends in a role noun, and holds no verb; the subject `s` after it is a name.
 *
 * @example
 * `The county’s longest-serving judge, Ortiz called …` → true; `The mayor’s plan failed, Ortiz said` → false.
 */
export function frontedDescription(tokens: Token[], start: number, s: Range): boolean {
  const comma = s.from - 1;
  if (tokens[comma]?.text !== ',' || comma - start < 2 || !tokens.slice(s.from, s.to).every((t) => isCapitalized(t))) return false;
  const first = tokens[start]!;
  if (!/^(?:the|a|an)$/i.test(first.text) && !(isCapitalized(first) && isPossessive(first))) return false;
  let head = comma - 1;
  // ("A longtime ally of the mayor": the noun before "of".)
  for (let k = start + 1; k < comma; k++) if (/^(?:of|for|to|at)$/.test(lower(tokens[k]!))) { head = k - 1; break; }
  if (!isWord(tokens[head]) || !(ROLE_WORDS.has(lower(tokens[head]!)) || /^(?:ally|friend|critic|rival|veteran|native|member|supporter|opponent|backer|star|host)$/.test(lower(tokens[head]!)))) return false;
  // ("presumed", "longest-serving" modify the noun; a verb of its own would make the stretch a clause.)
  return tokens.slice(start, comma).every((t) => isWord(t) && !(isVerbLike(t) && !/ed$/.test(lower(t))) && !VERB_LEADERS.has(lower(t)));
}

/** Nouns for a body, which a description may end in before the body's name: "the civil rights group the Harbor League". */
const BODY_NOUNS = /^(?:organization|organisation|group|nonprofit|charity|company|firm|agency|union|network|coalition|association|institute|foundation|campaign|committee|party|newspaper|paper|outlet|magazine|website|station)$/;

/**
 * Does a description in lower case run straight into the subject's name, with no comma ("the
 * civil rights group the Harbor League", "the watchdog group Harbor Watch")? It opens at `start`
 * with an article, holds only modifiers with no verb, and ends in a noun for a body or a
 * role; the subject `s` is the name after it.
 *
 * @example
 * `the prominent civil rights group the Harbor League denounced …` → true; `the report the Harbor
 * League released …` → false (a report is no body).
 */
export function describedName(tokens: Token[], start: number, s: Range): boolean {
  if (s.from - start < 2 || s.from - start > 6 || !/^(?:the|a|an)$/i.test(tokens[start]!.text)) return false;
  const noun = tokens[s.from - 1];
  if (!isWord(noun) || !(BODY_NOUNS.test(lower(noun)) || ROLE_HEAD_NOUNS.test(lower(noun)))) return false;
  const named = tokens.slice(s.from, s.to).filter((t) => !/^(?:the|The)$/.test(t.text));
  if (named.length === 0 || !named.every((t) => isCapitalized(t))) return false;
  // (A capitalised modifier may stand in it: "the Jewish civil rights group".)
  return tokens.slice(start + 1, s.from).every((t) => isWord(t) && !isPossessive(t) && !(isVerbLike(t) && !/ed$/.test(lower(t))) && !VERB_LEADERS.has(lower(t)) && !PHRASE_STOP.has(lower(t)));
}

/** Role nouns a description of someone may end in before the name: "the veteran organizer Dana Kells". */
const ROLE_HEAD_NOUNS = /^(?:organizer|organiser|activist|lawyer|attorney|strategist|consultant|pollster|economist|analyst|historian|writer|author|journalist|reporter|columnist|commentator|host|critic|official|spokesman|spokeswoman|spokesperson)$/;

/**
 * The first subject–verb pair in tokens [from, to): the subject of the clause. A fronted
 * adverbial phrase ("With city leaders more and more worried about …, the mayor is
 * rolling out …") is not the clause: its subject is looked for after the phrase's comma first.
 */
export function clauseSubject(tokens: Token[], from: number, to: number, personOnly = false): Range | undefined {
  if (isWord(tokens[from]) && (FRONTED.test(lower(tokens[from]!)) || OPENING_PARTICIPLES.test(lower(tokens[from]!)))) {
    let comma = from + 1;
    while (comma < to && comma - from < 40 && tokens[comma]!.text !== ',' && tokens[comma]!.type !== 'quote') comma++;
    if (tokens[comma]?.text === ',' && comma + 1 < to) {
      const main = firstSubject(tokens, comma + 1, to, personOnly);
      if (main) return main;
    }
  }
  // "The party’s presumed nominee, Trump has won …": the name after a description set before it.
  let comma = from + 1;
  while (comma < to && comma - from < 16 && isWord(tokens[comma])) comma++;
  if (tokens[comma]?.text === ',') {
    const main = firstSubject(tokens, comma + 1, to, personOnly);
    if (main && main.from === comma + 1 && frontedDescription(tokens, from, main)) return main;
  }
  return firstSubject(tokens, from, to, personOnly);
}

function firstSubject(tokens: Token[], from: number, to: number, personOnly: boolean): Range | undefined {
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i]!;
    if (t.type === 'quote') continue;
    if (!isVerbLike(t)) continue;
    if (/ing$/.test(lower(t))) continue;
    const s = leftSubject(tokens, i, from);
    if (s && (!personOnly || isPersonish(tokens, s))) return s;
  }
  return undefined;
}

/** Words that label a paragraph in some outlets ("Quote: …", "Details: …"), not speakers. */
const LABELS = /^(?:quote|source|details|background|update|note|photo|video|read|transcript|context|reference|editor's|summary)$/i;

/**
 * A phrase that can speak: a personal pronoun, or a phrase headed by a name or an office
 * ("Putin", "Kremlin spokesman Dmitry Peskov", "the Kremlin official") — not "the Istanbul meeting".
 */
export function isPersonish(tokens: Token[], r: Range): boolean {
  const words = tokens.slice(r.from, r.to);
  if (words.length === 1 && /^(?:he|she|they)$/i.test(words[0]!.text)) return true;
  if (words.length === 1 && LABELS.test(words[0]!.text)) return false;
  const head = words.at(-1)!;
  if (isCapitalized(head) && !/^(?:The|A|An)$/.test(head.text)) return true;
  return ROLE_WORDS.has(lower(head)) || PERSON_NOUNS.test(lower(head));
}

const PERSON_NOUNS =
  /^(?:supporters?|protesters?|voters?|critics?|opponents?|allies|ally|residents?|activists?|demonstrators?|delegates?|people|crowds?|man|woman|men|women|friends?|backers?|donors?|soldiers?|troops|veterans?|workers?|farmers?|students?|parents?|mothers?|fathers?|citizens?|americans|ukrainians|russians|europeans|leaders?|candidates?|rivals?|colleagues?|partners?|insiders?|observers?|commentators?|pundits?|critics|fans?|group|team|camp|party|campaign|government|administration|ministry|office|committee|council|court|embassy|agency|department|statement|answer|response|reply|remarks|comments|letter|message|post|tweet|report|poll|survey|study|editorial|email|memo|website|slogan)$/;
