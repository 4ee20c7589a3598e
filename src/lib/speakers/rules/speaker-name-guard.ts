import { BODY_HEADS, COMMON_VERBS, GROUP_NOUNS, ORG_WORDS, ROLE_WORDS } from '../lexicon.ts';
import type { Speaker } from '../speaker.ts';
import { isSpokespersonFor } from './spokesperson-for.ts';

/** Abbreviated titles, initials and name suffixes: "Sen.", "P.", "Jr.", "III". */
const TITLE_OR_INITIAL = /^(?:\p{Lu}\.|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Del|Gov|Gen|Lt|Col|Sgt|Adm|Capt|Maj|Rev|Prof|Jr|Sr)\.?|II|III|IV)$/u;

/** Words that open a clause, never a name: "Does Kasich", "If Obama". */
const CLAUSE_OPENER = /^(?:does|did|do|is|are|was|were|would|could|should|has|have|had|if|when|while|as|because|although|though|since|unless|whether|why|how|what|where|but|and|or|given|based)$/i;

const PRONOUN =
  /^(?:he|she|they|we|i|it|you|him|her|them|his|hers|their|its|this|that|these|those|who|one|someone|somebody|another|anyone|anybody|everyone|everybody|nobody|none|each|either|neither|others|some|many|several|few|both|all)$/i;

/** Number words and adverbs given alone: "Two said …", "Just …". */
const NOT_A_NAME_ALONE =
  /^(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|just|even|only|also|still|now|nothing|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)$/i;

/** Verbs a headline puts after a name, capitalised: "Hillary Clinton Says Trump …", "Trump Praises Breitbart". */
const HEADLINE_VERB = /^(?:Says|Tells|Praises|Slams|Blasts|Claims|Warns|Urges|Vows|Asks|Denies|Rips|Defends|Attacks|Admits|Insists|Responds|Mocks|Accuses|Endorses|Rejects|Explains|Reveals|Announces|Hits|Calls|Wants|Thinks|Knocks)$/;

/**
 * A body named by its office words, each capitalised and the last one a body's noun: "State
 * Department", "Justice Department", "Interior Ministry" ("The Secretary" is a title).
 */
const namesBody = (words: string[]) => {
  const named = words.filter((w) => !/^(?:the|a|an)$/i.test(w));
  if (named.length < 2) return false;
  if (named.every((w) => /^\p{Lu}/u.test(w)) && ORG_WORDS.has(named.at(-1)!.toLowerCase())) return true;
  // "Department of Justice", "Office of Parks and Recreation": a body's noun, then its "of" or "for".
  const prep = named.findIndex((w) => /^(?:of|for)$/.test(w));
  return prep > 0 && BODY_HEADS.has(named[prep - 1]!.toLowerCase()) && named.every((w, k) => k === prep || /^\p{Lu}/u.test(w) || w === 'and');
};

/**
 * A name the text does not give is better left to the editor than guessed: a speaker proposed
 * from the text (not one from the registry) is dropped when its name is a pronoun, only titles and
 * role words, a clause fragment ("Does Kasich", "Comey cannot"), or a headline fragment (a name run into
 * title-case words, a word repeated).
 *
 * @example
 * guardSpeakerName({ id: 'he', name: 'He', proposed: true }) → null
 * guardSpeakerName({ id: 'another', name: 'Another', proposed: true }) → null (`Another advised, “…”`: one of several, unnamed)
 * guardSpeakerName({ id: 'pete-hegseth-hegseth-shoots-down-idea', name: 'Pete Hegseth Hegseth Shoots Down Idea', proposed: true }) → null
 * guardSpeakerName({ id: null, name: 'a spokesman for Mayor Tom Lowe' }) → null
 * guardSpeakerName({ id: 'officials', name: 'Officials', proposed: true }) → { id: null, name: 'officials' } (a group, described)
 * guardSpeakerName({ id: 'election-officials', name: 'Election officials', proposed: true }) → { id: null, name: 'Election officials' }
 * guardSpeakerName({ id: 'gwen-moore', name: 'Gwen Moore', proposed: true }) → unchanged
 */
export function guardSpeakerName(s: Speaker | null | undefined): Speaker | null {
  if (!s) return null;
  const words = s.name.split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  if (words.length === 1 && (PRONOUN.test(words[0]!) || NOT_A_NAME_ALONE.test(words[0]!))) return null;
  // "He Also", "She Too": a subject pronoun run into a capitalised word. ("His office", "Her campaign" are descriptions.)
  if (/^(?:he|she|they|we|i|it|you)$/i.test(words[0]!) && words.length <= 2) return null;
  // "a spokesman for Tom Lowe", unnamed: someone's agent, left for the editor (`spokespersonFor`).
  if (s.id === null && isSpokespersonFor(s.name)) return null;
  // "Officials said …", "Residents say …": a group opening the sentence is described, not named. (The
  // police and the authorities are a body: "Police said …" proposes one.)
  const group = words.length === 1 && words[0]!.toLowerCase();
  if (s.proposed && group && GROUP_NOUNS.has(group) && !/^(?:police|authorities)$/.test(group)) return { id: null, name: group };
  // (So is one with a modifier, the group noun in lower case: "Election officials", "Harbor residents".)
  const head = words.at(-1)!;
  if (s.proposed && words.length > 1 && /^\p{Ll}/u.test(head) && GROUP_NOUNS.has(head) && !/^(?:police|authorities)$/.test(head)) return { id: null, name: s.name };
  if (!s.proposed) return s;
  // A figure in a clause is no part of a name: "Webb fell 11 percent" is a clause cut up ("ABC 7" is a name).
  if (/\p{Ll}\s+[\d.,]*\d|\d[\d.,]*\s+\p{Ll}/u.test(s.name)) return null;
  // A clause fragment: "Does Kasich", "If Obama", and one running into its verb: "Comey cannot", "The PR effort comes ahead".
  if (words.length >= 2 && CLAUSE_OPENER.test(words[0]!)) return null;
  if (words.length >= 2 && words.slice(1).some((w) => /^\p{Ll}/u.test(w) && (COMMON_VERBS.has(w) || /^(?:cannot|comes|goes|\p{Ll}+n['’]t)$/u.test(w)))) return null;
  // A title with no name after it: "Pennsylvania Gov.", "Texas Sen."
  if (words.length >= 2 && /^(?:Gov|Sen|Rep|Gen|Lt|Col|Sgt|Adm|Capt|Maj|Rev|Prof|Dr|Mr|Mrs|Ms)\.$/.test(words.at(-1)!)) return null;
  // Only a title: "President", "The Secretary", "Sen." (a group such as "Party officials" is a description,
  // and a body named in capitals, "State Department", "Interior Ministry", a name).
  if (!/s$/i.test(words.at(-1)!) && !namesBody(words) && words.every((w) => ROLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')) || /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Del|Gov|Gen)\.?$/.test(w))) return null;
  // A headline: a name run into a verb ("Hillary Clinton Says Trump"), with a word repeated ("Hegseth Hegseth"),
  // or run into more title-case words than a name has.
  if (words.slice(1).some((w) => HEADLINE_VERB.test(w))) return null;
  const lower = words.map((w) => w.toLowerCase());
  // (Not initials: "J. J. Price".)
  if (lower.some((w, k) => k > 0 && w === lower[k - 1] && !/^\p{L}\.$/u.test(w))) return null;
  // Titles, initials and suffixes are not counted: "Sen. Robert P. Casey Jr." is a name of two words.
  const named = words.filter((w) => !TITLE_OR_INITIAL.test(w) && !ROLE_WORDS.has(w.toLowerCase()));
  if (named.length >= 5 && named.every((w) => /^\p{Lu}/u.test(w))) return null;
  return s;
}
