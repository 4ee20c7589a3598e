import { ROLE_WORDS, VERB_LEADERS } from '../lexicon.ts';
import { appositiveName, describedName, frontedDescription, isCapitalized, isPossessive, isVerbLike, isWord, leftSubject, type Range } from '../noun-phrase.ts';
import type { Token } from '../tokens.ts';
import { lower, type AttributionContext } from './context.ts';

/** Words opening a phrase set before a clause's subject: "In a statement released Thursday, …", "After the debate, …". */
const FRONTING = /^(?:in|on|at|after|before|during|for|from|with|without|by|despite|amid|following|since|as|when|while|once|although|though|because|if|unless|until|upon|throughout|under|over|asked|speaking|responding|addressing)$/i;

/** Dashes that set an aside off: "― much like he did ―". */
const DASH = /^[―—–]$/;

/** Words that open a sentence without being its subject: "But Trump said …". */
const LEADING = /^(?:but|and|so|yet|still|later|meanwhile|now|then|instead|also|separately)$/i;

/** Small words that continue a noun phrase or start a modifier, never the verb after a subject. */
const FUNCTION_WORDS = /^(?:of|for|and|or|the|a|an|in|on|at|to|from|with|by|who|which|that|whose|as|than|like|about|after|before|during)$/;

/** Past forms that are verbs whatever follows them, beyond the lexicon's common verbs. */
const PAST_FORMS = new Set('threw shot put set cut hit let ran won lost brought bought caught fought taught sold stood understood broke chose drove rose fell grew drew flew wore tore swore cast led met paid sent spent kept left lent meant built held'.split(' '));

/** Plural nouns for people that follow a name as modifier: "Trump supporters", "Clinton aides". */
const GROUP_NOUNS = /^(?:supporters|voters|critics|officials|aides|allies|fans|members|workers|residents|backers|donors|delegates|advisers|advisors|staffers|loyalists|opponents|rivals|friends|leaders|lawyers|attorneys|spokesmen|surrogates|volunteers|protesters|demonstrators|rallies|campaigns|forces|troops|emails|comments|remarks|tweets|posts|ads|policies|plans)$/;

/**
 * Can the lowercase word at `w` be the first word after a subject? A verb, an auxiliary or an
 * adverb surely (`strong`); an unknown word after a name that no name follows perhaps (`weak`:
 * "Lindsey Graham threw his support", but also "Republican presidential candidate").
 */
function endsSubject(tokens: Token[], w: number): 'strong' | 'weak' | undefined {
  const t = tokens[w]!;
  const word = lower(t);
  // ("the mayor’s dismissed press secretary": a participle after a possessive modifies the noun to come.)
  if (/ed$/.test(word) && isWord(tokens[w - 1]) && isPossessive(tokens[w - 1]!)) return undefined;
  if (isVerbLike(t) || VERB_LEADERS.has(word) || /n['’]t$/.test(word)) return 'strong';
  if (FUNCTION_WORDS.test(word) || ROLE_WORDS.has(word) || /ing$/.test(word) || /^\p{N}/u.test(word)) return undefined;
  const prev = tokens[w - 1];
  // After an aside any word may be the verb; after a name only a past form ("Lindsey Graham threw",
  // "Graham used") or a present one that no verb follows ("Walker lobbies for …", not "Trump
  // supporters chanted"), not a noun going on ("the Archie Bunker stereotype of", "Walker’s surge").
  const next = tokens[w + 1];
  if (isCapitalized(next)) return undefined;
  if (/^[,)]$/.test(prev?.text ?? '')) return 'weak';
  if (!isCapitalized(prev) || isPossessive(prev!)) return undefined;
  if (/ed$/.test(word) || PAST_FORMS.has(word)) return 'weak';
  return /[^s]s$/.test(word) && !GROUP_NOUNS.test(word) && !isVerbLike(next) && !VERB_LEADERS.has(lower(next)) ? 'weak' : undefined;
}

/**
 * Is the verb at `w` the verb of a relative clause inside a subject ("a former aide who still
 * backs Lowe, …": "who", "which" or "that" before it, past auxiliaries and adverbs)? Then the
 * comma closing the clause, where the subject goes on; -1 when no comma closes it before `until`;
 * undefined when the verb is no relative clause's.
 *
 * @example
 * `One of Lowe’s old backers who still backs Kells, Ann Ortiz, lives nearby and wrote …` → the
 * comma after "Kells"; `Ann Ortiz still backs Kells` → undefined.
 */
export function relativeClauseEnd(tokens: Token[], w: number, start: number, until: number): number | undefined {
  let r = w - 1;
  while (r > start && isWord(tokens[r]) && !isCapitalized(tokens[r]) && (VERB_LEADERS.has(lower(tokens[r])) || /ly$/.test(lower(tokens[r])))) r--;
  if (r <= start || !isWord(tokens[r]) || !/^(?:who|which|that)$/.test(lower(tokens[r]))) return undefined;
  for (let k = w + 1; k < until && k - w < 20; k++) {
    if (tokens[k]!.text === ',') return k;
    if (tokens[k]!.type === 'quote' || /^[.;:!?]$/.test(tokens[k]!.text)) break;
  }
  return -1;
}

/** Time phrases set before a subject: "Hours later, Trump returned …", "Days earlier, …". */
const FRONTED_TIME = /^(?:later|earlier|ago|afterward|afterwards|before|after|since|meanwhile)$/i;

/**
 * The subject that opens the clause starting at `from`, before `until`: past a fronted phrase
 * ("In Tuesday’s endorsement, Walker said …") and an opening conjunction,
 * the noun phrase that runs (with its asides) up to the clause's first verb. Undefined when the
 * clause does not open with its subject.
 *
 * @example
 * `Ohio Gov. Dana Kells endorsed Iowa Sen. Tom Lowe for governor on Tuesday, …` → "Ohio
 * Gov. Dana Kells"; `Anne C. Richard, assistant secretary of state, told the panel …` → "Anne C.
 * Richard"; `Graham didn’t seem impressed …` → "Graham".
 */
export function openingSubject(c: AttributionContext, from: number, until: number): Range | undefined {
  const { tokens } = c;
  let start = from;
  if (isWord(tokens[start]) && LEADING.test(tokens[start]!.text)) start += tokens[start + 1]?.text === ',' ? 2 : 1;
  // ("Filling in for the senator at the event, Walker landed …": a participle phrase is fronted too.)
  // Up to two fronted phrases ("In June 2009, after the vote, Graham emailed …"), and a relative clause
  // closing one ("Speaking in Manchester, which hosts the primary, Graham said …").
  // ("Hastily politicizing the tragedy ― much like he did before ― Trump cast …": an adverb before the
  // participle, and an aside between dashes closing the phrase in place of a comma.)
  for (let round = 0; round < 3 && isWord(tokens[start]); round++) {
    const adverb = /ly$/i.test(tokens[start]!.text) && /ing$/i.test(tokens[start + 1]?.text ?? '') ? 1 : 0;
    const opener = tokens[start + adverb]!.text;
    const participial = /ing$/i.test(opener) && isWord(tokens[start + adverb + 1]) && !isCapitalized(tokens[start + adverb + 1]);
    const relative = round > 0 && /^(?:which|who|where)$/i.test(opener);
    if (!FRONTING.test(opener) && !participial && !relative) break;
    let k = start + 1;
    const closes = (t: Token) => t.text === ',' || (participial && DASH.test(t.text));
    while (k < until && k - start < 30 && !closes(tokens[k]!) && tokens[k]!.type !== 'quote' && !/^[.;:!?]$/.test(tokens[k]!.text)) k++;
    if (!tokens[k] || !closes(tokens[k]!)) return undefined;
    if (DASH.test(tokens[k]!.text)) {
      let close = k + 1;
      while (close < until && close - k < 20 && tokens[close]!.text !== tokens[k]!.text && !/^[.;:!?]$/.test(tokens[close]!.text)) close++;
      if (tokens[close]?.text !== tokens[k]!.text) return undefined;
      k = close;
    }
    start = k + 1;
  }
  // "Hours later, Putin returned the call …"
  for (let k = start + 1; k <= start + 3 && k < until; k++) {
    if (tokens[k]!.text !== ',') continue;
    if (isWord(tokens[k - 1]) && FRONTED_TIME.test(tokens[k - 1]!.text)) start = k + 1;
    break;
  }
  if (!isWord(tokens[start])) return undefined;
  for (let w = start + 1; w < until && w - start < 30; w++) {
    const t = tokens[w]!;
    if (t.type === 'quote' || /^[.;:!?]$/.test(t.text)) return undefined;
    const ends = isWord(t) && !isCapitalized(t) ? endsSubject(tokens, w) : undefined;
    if (!ends) continue;
    // ("One of Lowe’s old backers who still backs Kells, Ann Ortiz, lives …": the verb of a relative clause
    // inside the subject is not the clause's; the subject runs on past the comma closing it.)
    const aside = relativeClauseEnd(tokens, w, start, until);
    if (aside !== undefined) {
      if (aside < 0) return undefined;
      w = aside;
      continue;
    }
    const s = leftSubject(tokens, w, start);
    // ("It wasn’t just …", "There’s still time …": no one.)
    if (s && s.to - s.from === 1 && /^(?:it|we|i|you|there|here|this|that)(?:['’]s)?$/i.test(tokens[s.from]!.text)) return undefined;
    // ("The civil rights group the Harbor League denounced …": a description running into the name, `describedName`.)
    const opens = s && (s.from === start || appositiveName(tokens, w, start)?.from === s.from || frontedDescription(tokens, start, s) || describedName(tokens, start, s));
    // A guess at the verb only counts after a name the text introduced ("Lindsey Graham threw …").
    if (ends === 'weak' && !(opens && c.resolver.index.mentions.some((m) => m.to === s.to))) continue;
    return opens ? s : undefined;
  }
  return undefined;
}
