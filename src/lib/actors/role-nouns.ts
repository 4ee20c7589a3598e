/**
 * Role nouns as sets of words, so that "the Russian president", "Russia's president" and
 * "President of Russia" compare equal, and "Secretary of Defense" equals "Defense Secretary".
 * Country names and their adjectives collapse to one token; "former" is taken apart as a flag.
 */
import type { Role } from '../schema/index.ts';
import { nameKey } from './name-keys.ts';

const COUNTRY_FORMS: Record<string, string[]> = {
  '@us': ['us', 'usa', 'united states', 'united states of america', 'america', 'american', 'americas', 'u s'],
  '@ru': ['russia', 'russian', 'russias', 'russian federation', 'kremlin'],
  '@ua': ['ukraine', 'ukrainian', 'ukraines'],
  '@gb': ['uk', 'britain', 'british', 'united kingdom', 'great britain', 'britains'],
  '@fr': ['france', 'french', 'frances'],
  '@de': ['germany', 'german', 'germanys'],
  '@cn': ['china', 'chinese', 'chinas'],
  '@by': ['belarus', 'belarusian', 'belarusian'],
  '@tr': ['turkey', 'turkish', 'turkiye', 'turkeys'],
  '@pl': ['poland', 'polish', 'polands'],
  '@it': ['italy', 'italian', 'italys'],
  '@hu': ['hungary', 'hungarian', 'hungarys'],
  '@eu': ['eu', 'european union', 'europe', 'european', 'europes'],
  '@nato': ['nato', 'natos'],
  '@un': ['un', 'united nations'],
};

/** Words that carry no meaning in a role noun. */
const FILLER = new Set(['the', 'a', 'an', 'of', 'for', 'affairs', 's', 'country', 'countrys', 'nation', 'nations']);

/** Synonyms folded onto one word. */
const SYNONYMS: Record<string, string> = {
  defence: 'defense',
  spokesperson: 'spokesman',
  spokeswoman: 'spokesman',
  premier: 'prime minister',
  pm: 'prime minister',
  vp: 'vice president',
  'head of the mfa': 'foreign minister',
  'head of mfa': 'foreign minister',
  'top diplomat': 'foreign minister',
  'chief diplomat': 'foreign minister',
};

const HEAD_OF_STATE = ['president', 'prime minister', 'chancellor', 'king', 'leader'];

const countryPhrases = Object.entries(COUNTRY_FORMS)
  .flatMap(([code, forms]) => forms.map((f) => [f, code] as const))
  .sort((a, b) => b[0].length - a[0].length);

export interface RoleWords {
  /** Sorted content words, countries as `@xx` codes. */
  words: string[];
  former: boolean;
}

/** Role nouns repeat across every article and actor: each is normalized once. */
const roleWordsCache = new Map<string, RoleWords>();

export function roleWords(noun: string): RoleWords {
  let cached = roleWordsCache.get(noun);
  if (!cached) {
    cached = computeRoleWords(noun);
    roleWordsCache.set(noun, cached);
  }
  return cached;
}

function computeRoleWords(noun: string): RoleWords {
  let key = ` ${nameKey(noun).replace(/-/g, ' ')} `;
  for (const [from, to] of Object.entries(SYNONYMS)) key = key.replaceAll(` ${from} `, ` ${to} `);
  for (const [phrase, code] of countryPhrases) key = key.replaceAll(` ${phrase} `, ` ${code} `);
  const tokens = key.split(' ').filter((w) => w && !FILLER.has(w));
  const former = tokens.includes('former') || tokens.includes('ex');
  const words = [...new Set(tokens.filter((w) => w !== 'former' && w !== 'ex' && w !== 'then'))].sort();
  return { words, former };
}

const isCountry = (w: string) => w.startsWith('@');

/**
 * Does a noun used in the text name this role? Exact word sets match; a noun without a
 * country ("the president") matches the role of any country; "leader" stands for the head
 * of state or government.
 */
export function nounMatchesRole(noun: RoleWords, role: Role): boolean {
  return [role.title, ...role.aliases].some((name) => wordsMatch(noun.words, roleWords(name).words));
}

function wordsMatch(noun: string[], role: string[]): boolean {
  if (noun.length === 0) return false;
  const nounCountries = noun.filter(isCountry);
  const roleCountries = role.filter(isCountry);
  if (nounCountries.length > 0 && !nounCountries.every((c) => roleCountries.includes(c))) return false;
  const nounRest = noun.filter((w) => !isCountry(w)).join(' ');
  const roleRest = role.filter((w) => !isCountry(w)).join(' ');
  if (nounRest === roleRest) return true;
  // "leader" stands for whoever heads the country.
  if (nounRest === 'leader') return HEAD_OF_STATE.some((h) => roleRest === h.split(' ').sort().join(' '));
  return false;
}

/** Is the role held on `date` (ISO days compare as strings)? */
export function roleHeldOn(role: Role, date: string): boolean {
  return (!role.from || role.from <= date) && (!role.to || date <= role.to);
}

/** Had the role ended before `date`? */
export function roleEndedBefore(role: Role, date: string): boolean {
  return role.to !== undefined && role.to < date;
}
