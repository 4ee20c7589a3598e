/**
 * People and bodies named in the text outside quotes, in order: the antecedents for "he",
 * "she" and "they", the recency order that breaks ties between role holders, and the role
 * words the article itself attaches to a name ("former U.S. President Donald Trump"), which
 * decide what "the former president" means in this article.
 */
import type { ActorRegistry } from '../actors/index.ts';
import { roleWords, type RoleWords } from '../actors/index.ts';
import type { Actor } from '../schema/index.ts';
import { isHolidayName } from '../dates/index.ts';
import { AGENT_NOUN, BODY_HEADS, FEMALE_NAMES, GROUP_NOUNS, MALE_NAMES, NOT_NAMES, OCCUPATION_TITLES, ORG_WORDS, POSTNOMINAL, ROLE_HEADS, ROLE_WORDS, SENTENCE_OPENERS } from './lexicon.ts';
import { isCapitalized, isInverting, isOpeningParticiple, isPossessive, isVerbLike, isWord, type Range } from './noun-phrase.ts';
import type { Speaker } from './speaker.ts';
import type { Token } from './tokens.ts';

export type Gender = 'he' | 'she' | 'they' | 'unknown';

export interface Mention extends Range {
  speaker: Speaker;
  /** `they` for bodies and countries, the actor's pronoun for people, `unknown` for new names. */
  gender: Gender;
  person: boolean;
  /** The mention is followed by a verb: it is the subject of its clause. */
  subject: boolean;
  /** Role words the article attaches to the name, as a word set. */
  descriptor?: RoleWords;
  /**
   * For a bare surname, the other people of that surname the article named in full before it
   * ("Clinton" after "Hillary Clinton" and "Bill Clinton"): "she" may stand for the one it fits.
   */
  namesakes?: { speaker: Speaker; gender: Gender }[];
  sentence: number;
}

const TITLE_LIKE = new Set([...ROLE_WORDS, ...OCCUPATION_TITLES, ...NOT_NAMES, 'mr', 'mrs', 'ms', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.', 'sen.', 'rep.', 'del.', 'gov.', 'gen.', 'rev.', 'rev', 'reverend', 'pro', 'tem', 'prof.', 'lt.', 'col.', 'sgt.', 'capt.', 'maj.', 'adm.', 'amb.', 'kremlin', 'white', 'house', 'u.s.', 'u.k.', 'us', 'uk']);

/** Role words that only modify a title, and articles: alone before a capitalised word they make it no person's name. */
const NOT_TITLES = new Set(`the a an former ex then late acting interim current incoming outgoing top senior chief deputy vice
foreign defense defence state security national military intelligence economic finance energy interior justice trade affairs
special press of for and`.split(/\s+/));

const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'bin', 'al', 'ter', 'ten']);

/**
 * A party-and-state tag ("R-Ky.", "D-N.Y"), never part of a name; a double surname ("Lopez-Cantera",
 * "Kells-Moreau") is one.
 */
const PARTY_TAG = /^\p{Lu}{1,3}-\p{Lu}/u;

/** Auxiliaries opening a question: "Does Kasich …" names Kasich. */
const AUXILIARY = /^(?:Does|Did|Do|Is|Are|Was|Were|Would|Could|Should|Has|Have|Had)$/;

const lowerBare = (t: Token) => t.text.toLowerCase().replace(/['’]s?$/, '');

/** A title word, or a title joined of role words: "Secretary-Treasurer", "Vice-Chair". */
const titleLike = (t: Token) => TITLE_LIKE.has(lowerBare(t)) || (/-/.test(t.text) && lowerBare(t).split('-').every((p) => ROLE_WORDS.has(p)));

export const actorSpeaker = (a: Actor): Speaker => ({ id: a.id, name: a.name });

export function genderOf(a: Actor): Gender {
  if (a.kind !== 'person') return 'they';
  return a.pronoun ?? 'unknown';
}

/**
 * The pronoun for a person the registry does not know, from a title ("Mrs.", "Mr.") or a common
 * given name; unknown otherwise.
 *
 * @example
 * guessGender(['Claire', 'McCaskill'], ['Democratic', 'Sen.']) → 'she'
 */
export function guessGender(words: string[], titles: string[] = []): Gender {
  if (titles.some((w) => /^(?:Mrs|Ms|Miss|Madam|Mme|Congresswoman|Spokeswoman|Chairwoman|Businesswoman)\.?$/i.test(w))) return 'she';
  if (titles.some((w) => /^(?:Mr|Congressman|Spokesman|Chairman|Businessman)\.?$/i.test(w))) return 'he';
  const first = (words[0] ?? '').toLowerCase();
  if (words.length >= 2 && FEMALE_NAMES.has(first)) return 'she';
  if (words.length >= 2 && MALE_NAMES.has(first)) return 'he';
  return 'unknown';
}

/** Does a capitalised stretch look like a person's name? */
export function looksLikePersonName(words: string[]): boolean {
  if (words.length < 1 || words.length > 4) return false;
  // "celebrating Bastille Day in Nice": a day, written like a name.
  if (isHolidayName(words.join(' '))) return false;
  if (isPlaceName(words)) return false;
  return words.every(
    (w) =>
      (NAME_PARTICLES.has(w) ||
        /^\p{Lu}[\p{Ll}'’-]*?(?:(?<=^(?:Mc|Mac|O['’]|De|La|Di|Le|Van))\p{Lu}[\p{Ll}]+)?[\p{Ll}'’-]*(?:-\p{Lu}[\p{Ll}]+)?$/u.test(w) && /\p{Ll}/u.test(w) || /^\p{Lu}\.?$/u.test(w) || /^(?:\p{Lu}\.){1,2}$/u.test(w) || /^(?:JD|JB|AOC)$/.test(w)) &&
      !NOT_NAMES.has(w.toLowerCase()) &&
      !ORG_WORDS.has(w.toLowerCase()) &&
      !ROLE_WORDS.has(w.toLowerCase()),
  );
}

/** Last words of a place's name that are rarely a surname after a given name ("Glenn Close" is a person, "Goldstone Close" a street). */
const PLACE_HEADS = new Set(`square avenue road boulevard plaza stadium airport station county beach terrace gardens crescent
close drive mall arena valley heights highway freeway parkway expressway interstate`.split(/\s+/));

/** Last words of a place's name that are also common surnames ("Ed Park", "Nathan Lane"): a place only after another place word. */
const SURNAME_PLACE_HEADS = new Set(['park', 'lane', 'street', 'bridge', 'hill']);

/**
 * "Washington Square Park", "Goldstone Close", "Bowling Green Close": a name ending in a word for a
 * place, not opened by a given name, is a place; "he" never stands for it.
 */
export function isPlaceName(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const last = words.at(-1)!.toLowerCase();
  const place = PLACE_HEADS.has(last) || (SURNAME_PLACE_HEADS.has(last) && words.slice(0, -1).some((w) => PLACE_HEADS.has(w.toLowerCase())));
  const given = words[0]!.toLowerCase();
  return place && !FEMALE_NAMES.has(given) && !MALE_NAMES.has(given);
}

/**
 * Do the capitalised words `from`..`to` stand between an article (perhaps with a lower-case adjective
 * after it) and a title in lower case, as a place or body modifying the title?
 *
 * @example
 * `The independent Central Bedfordshire councillor said` → yes; `Councillor Ann Ortiz said` → no.
 */
function modifiesTitle(tokens: readonly Token[], from: number, to: number): boolean {
  const next = tokens[to];
  if (!isWord(next) || !/^\p{Ll}/u.test(next.text) || !ROLE_HEADS.has(next.text) && !/^(?:councillor|councilor|councilman|councilwoman|lawmaker|legislator|official|officer|mp|td|mla|msp|player|coach|star|striker|defender|forward|midfielder|goalkeeper|captain|manager|owner|spokesman|spokeswoman|spokesperson)$/.test(next.text)) return false;
  // ("The Super Eagles player": a sentence's capitalised article opens the run.)
  if (/^(?:The|A|An)$/.test(tokens[from]!.text) && to - from >= 2) return true;
  let k = from - 1;
  if (isWord(tokens[k]) && /^\p{Ll}+$/u.test(tokens[k]!.text) && !/^(?:the|a|an)$/.test(tokens[k]!.text)) k--;
  return isWord(tokens[k]) && /^(?:the|a|an)$/i.test(tokens[k]!.text) && tokens[k]!.sentence === tokens[from]!.sentence;
}

/** Words for kin and spouses: "his wife, Melania Trump", "first lady Karen Pence", "her son Hunter". */
const KIN = /^(?:wife|husband|spouse|lady|daughter|son|brother|sister|mother|father|widow|widower|grandson|granddaughter|nephew|niece|cousin|daughter-in-law|son-in-law)$/;

/** Is the name at `at` introduced as someone's relative: a word for kin among the three words before it? */
function namedAsRelative(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 3 && tokens[k]!.sentence === tokens[at]!.sentence; k--) {
    if (isWord(tokens[k]) && KIN.test(tokens[k]!.text.toLowerCase())) return true;
  }
  return false;
}

/** Is the sentence holding token `at` written in title case, as a headline is (most of its words capitalised)? */
function titleCase(tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at]!.sentence;
  let from = at;
  while (from > 0 && tokens[from - 1]!.sentence === sentence) from--;
  let to = at;
  while (to < tokens.length && tokens[to]!.sentence === sentence) to++;
  const words = tokens.slice(from, to).filter((w) => w.type === 'word');
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w.text)).length / words.length > 0.6;
}

/** Is this capitalised word a plural noun for people ("Aides", "Officials", "Spokesmen"), not a surname? */
function isGroupNoun(word: string): boolean {
  const w = word.toLowerCase();
  return GROUP_NOUNS.has(w) || (w.endsWith('s') && (AGENT_NOUN.test(w) || ROLE_HEADS.has(w.slice(0, -1))));
}

export const looksLikeOrgName = (words: string[]) => words.some((w) => ORG_WORDS.has(w.toLowerCase().replace(/['’]s?$/, '')));

export interface MentionIndex {
  mentions: Mention[];
  /** A name as written → the speaker it most likely is in this text (full names introduced earlier win). */
  resolveLocalName(words: string[], before: number): Speaker | undefined;
}

export function findMentions(tokens: Token[], registry: ActorRegistry, date: string): MentionIndex {
  const mentions: Mention[] = [];
  const proposedBySurname = new Map<string, { speaker: Speaker; at: number; relative?: boolean }[]>();

  /** People named in full before, by their given name: "Daniel" after "Daniel Okonkwo". */
  const proposedByGiven = new Map<string, { speaker: Speaker; at: number }[]>();
  const resolveLocalName = (words: string[], before: number): Speaker | undefined => {
    if (words.length === 1) {
      const earlier = (proposedBySurname.get(words[0]!.toLowerCase()) ?? []).filter((e) => e.at < before);
      // (A relative named in passing, "with first lady Karen Pence", does not take the surname from the one the
      // story is about: "Pence said" is still Gov. Mike Pence.)
      const principal = earlier.filter((e) => !e.relative);
      if (principal.length > 0) return principal[principal.length - 1]!.speaker;
      if (earlier.length > 0) return earlier[earlier.length - 1]!.speaker;
      // A given name alone, as features name people who share a surname, for the one person named in
      // full with it (two Daniels and "Daniel" is left alone).
      const given = (proposedByGiven.get(words[0]!.toLowerCase()) ?? []).filter((e) => e.at < before);
      if (new Set(given.map((e) => e.speaker.id)).size === 1) return given[0]!.speaker;
    }
    return undefined;
  };

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isCapitalized(t) || PARTY_TAG.test(t.text)) {
      i++;
      continue;
    }
    // A run of capitalised words, ended by a possessive.
    let j = i;
    while (j < tokens.length && tokens[j]!.sentence === t.sentence && !PARTY_TAG.test(tokens[j]!.text)) {
      // Name particles inside a name: "Ursula von der Leyen", "Abu Bakr al Baghdadi".
      if (!isCapitalized(tokens[j])) {
        let k = j;
        while (k < tokens.length && k < j + 2 && isWord(tokens[k]) && NAME_PARTICLES.has(tokens[k]!.text)) k++;
        if (k === j || j === i || !isCapitalized(tokens[k])) break;
        j = k;
      }
      j++;
      if (isPossessive(tokens[j - 1]!)) break;
    }
    const runFrom = i;
    // "the Ministry of Health", "the Bank of England", "the Institute for Fiscal Studies": a body's
    // name goes on past its "of" or "for" (see bodyNameEnd); the whole is one body, not a body and a
    // person named "Health".
    const bodyEnd = bodyNameEnd(tokens, i, j);
    if (bodyEnd !== undefined) {
      i = bodyEnd;
      const orgFrom = runFrom === 0 || tokens[runFrom - 1]!.sentence !== t.sentence ? (SENTENCE_OPENERS.has(lowerBare(tokens[runFrom]!)) && runFrom + 1 < j ? runFrom + 1 : runFrom) : runFrom;
      const phrase = tokens.slice(orgFrom, bodyEnd).map((w, n, all) => (n === all.length - 1 ? withoutPossessive(w.text) : w.text)).join(' ');
      const actor = registry.resolveName(phrase, date);
      if (actor) push(orgFrom, bodyEnd, actorSpeaker(actor), genderOf(actor), actor.kind === 'person', undefined);
      else push(orgFrom, bodyEnd, { ...registry.proposeActor(phrase), proposed: true }, 'they', false, undefined);
      continue;
    }
    i = j;
    // "The independent Central Bedfordshire councillor", "a Florida state senator": capitalised words
    // after an article and before a title in lower case say where the title holder sits; no one's name.
    if (modifiesTitle(tokens, runFrom, j)) continue;
    // The name is what follows the last title word of the run ("European Commission President Ursula von der Leyen");
    // a sentence opener is not part of it either, nor a reporting verb or an auxiliary opening the sentence
    // ("Stated Lavrov: …", "Does Kasich …").
    let nameFrom = j;
    while (nameFrom > runFrom && !titleLike(tokens[nameFrom - 1]!)) nameFrom--;
    const first = runFrom === 0 || tokens[runFrom - 1]!.sentence !== t.sentence;
    // (A body's name leaves the opener out too: "As Radio Meridian put it" names "Radio Meridian".)
    // ("Per Ortiz, the ward lost …": "Per" naming a source, not the given name of "Per Aas said".)
    // (Not a Per set off with a description, "Per Aas, the fisheries minister, spoke": that comma closes an apposition.)
    const perSource = tokens[runFrom]!.text === 'Per' && tokens[j]?.text === ',' && !closesApposition(tokens, j + 1);
    const opener = nameFrom === runFrom && first && (SENTENCE_OPENERS.has(lowerBare(tokens[runFrom]!)) || isInverting(tokens[runFrom]) || AUXILIARY.test(tokens[runFrom]!.text) || perSource);
    if (opener) nameFrom++;
    while (nameFrom < j && NAME_PARTICLES.has(tokens[nameFrom]!.text)) nameFrom++;
    // Role words to the left, lowercase or not: "Kremlin spokesman Dmitry Peskov".
    let descFrom = nameFrom;
    while (descFrom > 0) {
      const w = tokens[descFrom - 1]!;
      // "Secretary of State Marco Rubio": "of" inside a title, not before it.
      const titleOf = /^of$/i.test(w.text) && descFrom - 2 >= 0 && ROLE_WORDS.has(tokens[descFrom - 2]!.text.toLowerCase());
      if (!isWord(w) || w.sentence !== t.sentence || (/^(?:and|or|of|for|with)$/i.test(w.text) && !titleOf)) break;
      if (descFrom - 1 >= runFrom || ROLE_WORDS.has(w.text.toLowerCase()) || TITLE_LIKE.has(lowerBare(w))) descFrom--;
      else break;
    }
    const descWords = tokens.slice(descFrom, nameFrom).map((w) => w.text);
    const nameTokens = tokens.slice(nameFrom, j);
    if (nameTokens.length === 0) {
      // An institution named with title words only: "the White House", "the Kremlin".
      const phrase = tokens.slice(runFrom, j).map((w) => w.text).join(' ');
      const actor = registry.resolveName(phrase, date);
      if (actor) push(runFrom, j, actorSpeaker(actor), genderOf(actor), actor.kind === 'person', undefined);
      else if (looksLikeOrgName(tokens.slice(runFrom, j).map((w) => w.text))) push(runFrom, j, { ...registry.proposeActor(phrase), proposed: true }, 'they', false, undefined);
      continue;
    }
    // ("Ann Lowe KC": letters after the name are no part of it, nor of its surname. The mention keeps them.)
    let named = nameTokens.length;
    while (named > 1 && POSTNOMINAL.test(nameTokens[named - 1]!.text)) named--;
    const words = nameTokens.slice(0, named).map((w) => w.text.replace(/['’]s?$/, ''));
    const fullPhrase = tokens.slice(runFrom, j).map((w) => w.text).join(' ');
    const actor = registry.resolveName(words.join(' '), date) ?? registry.resolveName(fullPhrase, date);
    const descriptor = descWords.length > 0 ? roleWords(descWords.join(' ')) : undefined;
    if (actor) {
      push(nameFrom, j, actorSpeaker(actor), genderOf(actor), actor.kind === 'person', descriptor);
      continue;
    }
    // (A given name set off after a description is someone new, not the one of that given name before:
    // "Tom Reed, a farmer, … A neighbour, Tom, helped.")
    const apposed = words.length === 1 && isGivenName(words[0]!) && apposedToDescription(tokens, nameFrom, j);
    const local = apposed ? undefined : resolveLocalName(words, nameFrom);
    if (local) {
      // The gender of the earlier, fuller mention ("Claire McCaskill" … "McCaskill").
      const genderOfSpeaker = (sp: Speaker) => [...mentions].reverse().find((m) => m.speaker.id === sp.id && m.gender !== 'unknown')?.gender;
      push(nameFrom, j, local, genderOfSpeaker(local) ?? guessGender(words, descWords), true, descriptor);
      if (words.length === 1) {
        // Only a namesake named in full at least as often as the one the surname was taken for: "Clinton"
        // after "Hillary Clinton" twice and "Bill Clinton" once is not offered to "he".
        const earlier = (proposedBySurname.get(words[0]!.toLowerCase()) ?? []).filter((e) => e.at < nameFrom);
        const count = (id: string | null) => earlier.filter((e) => e.speaker.id === id).length;
        const others = earlier.filter((e) => e.speaker.id !== local.id && count(e.speaker.id) >= count(local.id));
        const namesakes = [...new Map(others.map((e) => [e.speaker.id, { speaker: e.speaker, gender: genderOfSpeaker(e.speaker) ?? 'unknown' }])).values()];
        if (namesakes.length > 0) mentions.at(-1)!.namesakes = namesakes;
      }
      continue;
    }
    // A title for a person ("Sen.", "spokesman", "Professor"), not a modifier or an article ("the National Review").
    const titled = descWords.some((w) => (ROLE_WORDS.has(w.toLowerCase()) && !NOT_TITLES.has(w.toLowerCase())) || /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Del|Gov|Gen)\.?$/.test(w));
    if (looksLikePersonName(words) && (words.length >= 2 || titled)) {
      const speaker = { ...registry.proposeActor(words.join(' ')), proposed: true };
      const surname = words.at(-1)!.toLowerCase();
      const list = proposedBySurname.get(surname) ?? [];
      list.push({ speaker, at: nameFrom, relative: namedAsRelative(tokens, nameFrom) });
      proposedBySurname.set(surname, list);
      // (Any given name, not only the common ones: "Rafael Cruz … Rafael explained"; but not from a headline
      // in title case, "Obama Sees Personal Insult if …".)
      if (words.length >= 2 && words.length <= 3 && (isGivenName(words[0]!) || (/^\p{Lu}\p{Ll}+$/u.test(words[0]!) && !titleCase(tokens, nameFrom)))) proposedByGiven.set(words[0]!.toLowerCase(), [...(proposedByGiven.get(words[0]!.toLowerCase()) ?? []), { speaker, at: nameFrom }]);
      push(nameFrom, j, speaker, guessGender(words, descWords), true, descriptor);
    } else if (apposed) {
      // "His younger brother, Samuel, left …", "Their mother, Grace, 84, declined …": a given name set off
      // after a description of someone is that person's, and says whether "he" or "she".
      const speaker = { ...registry.proposeActor(words[0]!), proposed: true };
      proposedBySurname.set(words[0]!.toLowerCase(), [...(proposedBySurname.get(words[0]!.toLowerCase()) ?? []), { speaker, at: nameFrom }]);
      push(nameFrom, j, speaker, givenNameGender(words[0]!), true, descriptor);
    } else if (looksLikePersonName(words) && words.length === 1 && !isGroupNoun(words[0]!) && !(first && nameFrom === runFrom && isOpeningParticiple(tokens[nameFrom]!, tokens[nameFrom + 1])) && (followedByVerb(tokens, j) || (tokens[j]?.text === ',' && /^(?:who)$/i.test(tokens[j + 1]?.text ?? ''))) && !(nameFrom === 0 || tokens[nameFrom - 1]!.sentence !== t.sentence ? SENTENCE_OPENERS.has(words[0]!.toLowerCase()) : false)) {
      // "Feinstein said …": a lone surname as the subject of a verb is a person.
      push(nameFrom, j, { ...registry.proposeActor(words[0]!), proposed: true }, 'unknown', true, descriptor);
    } else if (looksLikeOrgName(words) && words.length >= 2) {
      const orgFrom = opener ? runFrom + 1 : runFrom;
      push(nameFrom, j, { ...registry.proposeActor(tokens.slice(orgFrom, j).map((w) => w.text).join(' ')), proposed: true }, 'they', false, undefined);
    }
  }

  function push(from: number, to: number, speaker: Speaker, gender: Gender, person: boolean, descriptor: RoleWords | undefined) {
    // ("With a second vote ruled out, Mendes said he …": the object of a preposition is no clause's subject.)
    const object = /^(?:of|for|with|without|to|by|from|about|against|than|like|toward|towards)$/.test(tokens[from - 1]?.text ?? '');
    mentions.push({ from, to, speaker, gender, person, subject: !object && followedByVerb(tokens, to), descriptor, sentence: tokens[from]!.sentence });
  }

  // Appositions after the name: "JD Vance, the U.S. Vice President," / "Zelenskyy, Ukraine’s president,".
  for (const m of mentions) {
    if (m.descriptor) continue;
    const comma = tokens[m.to];
    if (comma?.text !== ',') continue;
    const words: string[] = [];
    for (let k = m.to + 1; k < tokens.length && k < m.to + 8; k++) {
      const w = tokens[k]!;
      if (w.text === ',' || w.type !== 'word') break;
      if (!(ROLE_WORDS.has(w.text.toLowerCase()) || isCapitalized(w) || isPossessive(w))) {
        words.length = 0;
        break;
      }
      words.push(w.text);
    }
    if (words.length > 0 && words.some((w) => /^(?:the|a)$/i.test(w) || /['’]s$/.test(w))) m.descriptor = roleWords(words.join(' '));
  }
  return { mentions, resolveLocalName };
}

/** A word without its possessive ending: "England’s" → "England". */
const withoutPossessive = (word: string) => word.replace(/['’]s?$/, '');

/**
 * Is the name at `from`..`to` set off by commas right after a description that opens its clause:
 * a possessive or an article and up to three lowercase words ("His younger brother, Samuel,",
 * "Their mother, Grace, 84,", "Furey's cousin, Sean,")?
 */
function apposedToDescription(tokens: Token[], from: number, to: number): boolean {
  if (tokens[from - 1]?.text !== ',' || tokens[to]?.text !== ',') return false;
  let k = from - 2;
  while (k >= 0 && from - 2 - k < 3 && isWord(tokens[k]) && /^\p{Ll}/u.test(tokens[k]!.text)) k--;
  const lead = tokens[k];
  const opens = k === 0 || tokens[k - 1]?.sentence !== lead?.sentence || /^[,;:—–]$/.test(tokens[k - 1]?.text ?? '');
  return k < from - 2 && isWord(lead) && (/^(?:his|her|their|our|my|the|a|an)$/i.test(lead!.text) || (isCapitalized(lead) && isPossessive(lead!))) && opens;
}

/** Does a comma come before any verb from `k` on in the sentence ("the fisheries minister, spoke")? */
function closesApposition(tokens: Token[], k: number): boolean {
  for (let n = k; n < tokens.length && tokens[n]!.sentence === tokens[k - 1]!.sentence; n++) {
    if (tokens[n]!.text === ',') return true;
    if (isVerbLike(tokens[n])) return false;
  }
  return false;
}

/** A given name from the lists that tell "he" from "she". */
export const isGivenName = (word: string) => FEMALE_NAMES.has(word.toLowerCase()) || MALE_NAMES.has(word.toLowerCase());

/** The pronoun a given name from those lists goes with: "Grace" → she, "Samuel" → he. */
const givenNameGender = (word: string): Gender => (FEMALE_NAMES.has(word.toLowerCase()) ? 'she' : MALE_NAMES.has(word.toLowerCase()) ? 'he' : 'unknown');

const DAY_OR_MONTH = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/**
 * Does a body's name stop before the capitalised word at `k`, the name already holding a word
 * after its "of"? Before a person's title, a day or a month, and a given name with a surname
 * after it ("the Ministry of Health and Tom Lowe"). Its first word after "of" never stops it:
 * "the Office of the Mayor", "the University of Mary Harbor".
 */
const endsBodyName = (tokens: Token[], k: number) => {
  const t = tokens[k]!;
  return ROLE_HEADS.has(lowerBare(t)) || /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.?$/.test(t.text) || DAY_OR_MONTH.test(t.text) || (isGivenName(t.text) && isCapitalized(tokens[k + 1]));
};

/**
 * Where a body's name that goes on past "of" or "for" ends, when the run of capitalised words
 * [`from`, `j`) ends in a body's head noun and is followed by "of"/"for", maybe "the", and a
 * capitalised word: `the Ministry of Health` → after "Health"; `the Office of Parks and
 * Recreation` → after "Recreation" ("and" between capitalised words). The name stops before a title, a
 * day or a month and a given name (`Department of Homeland Security Secretary Ana Ruiz`, `the
 * Department of Labor Friday`, `the Ministry of Health and Tom Lowe`). Otherwise undefined:
 * "Secretary of State Marco Rubio" (a title, not a body), "Ana Ruiz of Tacoma" and "Ana Church of
 * Tacoma" (a given name before the noun: a person) stay as they are.
 */
function bodyNameEnd(tokens: Token[], from: number, j: number): number | undefined {
  const head = tokens[j - 1];
  // (A plural head too: "Centers for Disease Control", "Institutes of Health".)
  const headWord = head?.text.toLowerCase() ?? '';
  if (!head || !isCapitalized(head) || !(BODY_HEADS.has(headWord) || (headWord.endsWith('s') && BODY_HEADS.has(headWord.slice(0, -1)))) || isPossessive(head)) return undefined;
  if (tokens.slice(from, j - 1).some((t) => isGivenName(t.text))) return undefined;
  const prep = tokens[j];
  if (!isWord(prep) || !/^(?:of|for)$/.test(prep.text) || prep.sentence !== head.sentence) return undefined;
  let k = j + 1;
  if (tokens[k]?.text === 'the') k++;
  const first = k;
  const namePart = (n: number) => isCapitalized(tokens[n]) && tokens[n]!.sentence === head.sentence && (n === first || !endsBodyName(tokens, n));
  if (!namePart(k)) return undefined;
  for (;;) {
    while (namePart(k)) {
      k++;
      if (isPossessive(tokens[k - 1]!)) return k;
    }
    if (tokens[k]?.text === 'and' && namePart(k + 1) && !isGivenName(tokens[k + 1]!.text)) k++;
    else return k;
  }
}

function followedByVerb(tokens: Token[], to: number): boolean {
  let k = to;
  // "Zelenskyy, who was not invited to Alaska, said …"; "Matt Dobey, 38, from Manito, Ill., agreed": asides
  // in a chain, an age or a home town among them. (A state's abbreviation keeps its full stop.)
  for (let aside = 0; aside < 3 && tokens[k]?.text === ',' && /^(?:who|the|a|an|\d+|from|of)$/i.test(tokens[k + 1]?.text ?? ''); aside++) {
    let c = k + 1;
    while (c < tokens.length && c < k + 30 && tokens[c]!.text !== ',' && !(/^[.;:!?]$/.test(tokens[c]!.text) && tokens[c + 1]?.text !== ',') && tokens[c]!.type !== 'quote') c++;
    if (tokens[c]?.text !== ',') break;
    k = c + 1;
    // ("from Manito, Ill.,": a state after the town.)
    while (isCapitalized(tokens[k]) && (tokens[k + 1]?.text === ',' || (tokens[k + 1]?.text === '.' && tokens[k + 2]?.text === ','))) k += tokens[k + 1]!.text === ',' ? 2 : 3;
  }
  // "Raul Mendes at the Harbor Times agreed …": a short place or employer between name and verb.
  if (/^(?:at|of|from|for)$/.test(tokens[k]?.text ?? '')) {
    let c = k + 1;
    if (/^(?:the|a)$/i.test(tokens[c]?.text ?? '')) c++;
    const named = c;
    while (c < tokens.length && c < named + 4 && isCapitalized(tokens[c])) c++;
    // ("from Manito, Ill., agreed": the state after the town, set off by commas.)
    if (c > named && tokens[c]?.text === ',' && isCapitalized(tokens[c + 1])) {
      const end = tokens[c + 2]?.text === '.' ? c + 3 : c + 2;
      if (tokens[end]?.text === ',') c = end + 1;
    }
    if (c > named && isVerbLike(tokens[c])) k = c;
  }
  while (k < tokens.length && isWord(tokens[k]) && /^(?:has|have|had|was|is|also|later|then|reportedly|would|will|did)$/.test(tokens[k]!.text)) k++;
  if (tokens[k]?.text === ',') return false;
  return isVerbLike(tokens[k]);
}
