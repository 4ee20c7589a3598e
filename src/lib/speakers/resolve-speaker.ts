/**
 * Turn the phrase an attribution uses ("Medvedev", "he", "the former president", "Kremlin
 * spokesman Dmitry Peskov", "a senior official") into a speaker: an actor from the registry,
 * a proposed new actor, or a described but unnamed source.
 */
import type { ActorRegistry, RoleWords } from '../actors/index.ts';
import { roleWords } from '../actors/index.ts';
import { BODY_HEADS, COMPANY_HEADS, COMPANY_WORDS, GROUP_NOUNS, POSTNOMINAL, OCCUPATION_TITLES, ROLE_HEADS, ROLE_WORDS, SUBJECT_PRONOUNS, WRITINGS } from './lexicon.ts';
import { actorSpeaker, looksLikeOrgName, looksLikePersonName, type Mention, type MentionIndex } from './mentions.ts';
import { isCapitalized, isPossessive, isVerbLike, isWord, leftSubject, PEOPLE_NOUN, type Range } from './noun-phrase.ts';
import { circleDescription, closeToSomething } from './rules/group-around.ts';
import { spokespersonFor } from './rules/spokesperson-for.ts';
import type { Speaker } from './speaker.ts';
import type { Token } from './tokens.ts';

export interface ResolveContext {
  tokens: Token[];
  registry: ActorRegistry;
  index: MentionIndex;
  date: string;
}

const HEADS_OF_STATE = ['president', 'prime minister', 'chancellor', 'king', 'leader', 'premier'];

/** Does the role noun in the text fit the role words the article gave someone? */
function descriptorFits(query: RoleWords, desc: RoleWords): boolean {
  if (query.former !== desc.former) return false;
  const qc = query.words.filter((w) => w.startsWith('@'));
  const dc = desc.words.filter((w) => w.startsWith('@'));
  if (!qc.every((c) => dc.includes(c))) return false;
  const q = query.words.filter((w) => !w.startsWith('@')).join(' ');
  const d = desc.words.filter((w) => !w.startsWith('@')).join(' ');
  if (!q) return false;
  if (q === d) return true;
  if (q === 'leader') return HEADS_OF_STATE.includes(d);
  const dWords = d.split(' ');
  // "the official" stands for anyone the article introduced by office.
  if (q === 'official') return dWords.some((w) => ROLE_HEADS.has(w));
  // "the spokesman" fits "Kremlin spokesman"; "the National Security Council spokesman" fits the full title;
  // "the dictator's spokesman": words that are not role words do not have to match.
  const qWords = q.split(' ');
  const head = qWords.find((w) => ROLE_HEADS.has(w)) ?? qWords.at(-1)!;
  if (!dWords.includes(head)) return false;
  if (head === 'president' && dWords.includes('vice') && !qWords.includes('vice')) return false;
  return qWords.every((w) => dWords.includes(w) || !ROLE_WORDS.has(w) || w === head);
}

/** Actor ids mentioned before `at`, most recent first. */
function recency(mentions: Mention[], at: number): string[] {
  const ids: string[] = [];
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.from < at && m.speaker.id && !ids.includes(m.speaker.id)) ids.push(m.speaker.id);
  }
  return ids;
}

/**
 * Who "he", "she" or "they" at token `at` stands for: the subject of its own sentence before it,
 * else of the latest sentence with a mention of fitting gender and number, within four sentences.
 * A bare surname two people share stands for the one the pronoun fits ("Bill Clinton … Hillary
 * Clinton … Clinton noted …; she was …" → Hillary Clinton).
 */
export function resolvePronoun(ctx: ResolveContext, pronoun: string, at: number): Speaker | undefined {
  const p = pronoun.toLowerCase();
  const genderFits = (g: Mention['gender']) => g === p || g === 'unknown';
  const fits = (m: Mention) => {
    if (p === 'he' || p === 'she') return m.person && (genderFits(m.gender) || !!m.namesakes?.some((n) => n.gender === p));
    if (p === 'they' || p === 'it' || p === 'we') return !m.person || m.gender === 'they';
    return false;
  };
  const speakerOf = (m: Mention) => (genderFits(m.gender) ? m.speaker : (m.namesakes?.find((n) => n.gender === p)?.speaker ?? m.speaker));
  const here = ctx.tokens[at]!;
  // ("his White House bid": a body's name modifying a noun is no antecedent.)
  const modifier = (m: Mention) => !m.person && isWord(ctx.tokens[m.to]) && /^\p{Ll}/u.test(ctx.tokens[m.to]!.text) && !isVerbLike(ctx.tokens[m.to]) && !/^(?:and|or|but|of|for|in|on|at|to|with|who|which|that|has|have|had|is|are|was|were|will|would|could|should|may|might|must|also|said|says)$/.test(ctx.tokens[m.to]!.text);
  const before = ctx.index.mentions.filter((m) => m.to <= at && fits(m) && here.sentence - m.sentence <= 4 && !modifier(m));
  // "His supporters filled the hall. “…” they shouted": a group opening a sentence after the last fitting name.
  if (p === 'they') {
    const group = groupSubject(ctx.tokens, at, before.length > 0 ? before[before.length - 1]!.sentence : here.sentence - 2);
    if (group) return group;
  }
  // "He announced that President Zelensky will travel … “…,” he said": a sentence led by the same
  // pronoun continues the chain; its antecedent is this one's.
  if (p === 'he' || p === 'she') {
    const lastMention = before.length > 0 ? before[before.length - 1]!.sentence : -1;
    for (let k = at - 1; k >= 0 && here.sentence - ctx.tokens[k]!.sentence <= 4; k--) {
      const t = ctx.tokens[k]!;
      if (t.sentence === here.sentence) continue;
      if (t.sentence < lastMention) break;
      const first = k === 0 || ctx.tokens[k - 1]!.sentence !== t.sentence;
      if (first && t.text.toLowerCase() === p) return resolvePronoun(ctx, t.text, k);
    }
  }
  if (before.length === 0) return cataphora(ctx, p, at, fits);
  // In the pronoun's own sentence, the subject that precedes it ("Trump admitted …, saying he …").
  const same = before.filter((m) => m.sentence === here.sentence);
  const sameSubject = mainSubject(ctx.tokens, same, at);
  if (sameSubject) return speakerOf(sameSubject);
  if (same.length > 0) return speakerOf(same.find(notPossessive) ?? same[0]!);
  // Otherwise the subject of the latest sentence that has a fitting mention, else its first one
  // that is not a possessive: in "Furey's cousin, Sean, … was less diplomatic. “…,” he said", Furey
  // only says whose cousin.
  const lastSentence = before[before.length - 1]!.sentence;
  const inLast = before.filter((m) => m.sentence === lastSentence);
  const earlier = pronounChain(ctx.tokens, p, inLast[0]!.from);
  if (earlier !== undefined) return resolvePronoun(ctx, ctx.tokens[earlier]!.text, earlier);
  return speakerOf(mainSubject(ctx.tokens, inLast, at) ?? inLast.find(notPossessive) ?? inLast[0]!);

  function notPossessive(m: Mention) {
    return !isPossessive(ctx.tokens[m.to - 1]!);
  }
}

/**
 * A plural noun for people opening one of the sentences after `after` and before the one holding
 * token `at`, as the subject of its verb: the group "they" stands for, as written.
 *
 * @example
 * `Sanders ended his bid. His supporters filled the hall. “We want Bernie!” they shouted.` → "His supporters"
 */
function groupSubject(tokens: readonly Token[], at: number, after: number): Speaker | undefined {
  const sentence = tokens[at]!.sentence;
  for (let k = at - 1; k >= 0 && tokens[k]!.sentence > after; k--) {
    const t = tokens[k]!;
    if (t.sentence === sentence || (k > 0 && tokens[k - 1]!.sentence === t.sentence)) continue;
    // The sentence opens at k: a determiner or possessive, up to two modifiers, a plural noun for people, a verb.
    let n = k;
    if (/^(?:the|his|her|their|its|many|some|several|dozens|hundreds|thousands)$/i.test(t.text)) n++;
    let m = n;
    while (m < n + 3 && isWord(tokens[m]) && !/s$/.test(tokens[m]!.text.toLowerCase())) m++;
    const noun = tokens[m];
    if (!isWord(noun) || !(GROUP_NOUNS.has(noun.text.toLowerCase()) || /^(?:supporters|protesters|people|crowds?|fans|delegates|voters)$/i.test(noun.text))) continue;
    if (!isVerbLike(tokens[m + 1])) continue;
    return { id: null, name: tokens.slice(k, m + 1).map((w) => w.text).join(' ') };
  }
  return undefined;
}

/**
 * The same pronoun as the subject of its sentence's clause, before the sentence's first fitting
 * name: that name came up in what the pronoun's person said or did, so the chain goes on past it.
 * "Conway, Trump's campaign manager, told CNN … The protester, she alleged, had canvassed for
 * Hillary Clinton. “I'm glad nobody was hurt,” she said." → Conway, not Clinton.
 */
export function pronounChain(tokens: readonly Token[], p: string, firstMention: number): number | undefined {
  if (p !== 'he' && p !== 'she') return undefined;
  const sentence = tokens[firstMention]!.sentence;
  for (let k = firstMention - 1; k >= 0 && tokens[k]!.sentence === sentence; k--) {
    if (tokens[k]!.type === 'word' && tokens[k]!.text.toLowerCase() === p) return k;
  }
  return undefined;
}

/** Words opening a fronted clause or phrase whose subject is not the sentence's. */
const FRONTED_OPENER = /^(?:although|though|while|whereas|when|whenever|after|before|because|since|as|if|unless|until|once|in|on|at|during|despite|following|amid|with|without|under|from)$/i;

/**
 * The subject among `mentions` (one sentence's, before token `at`) that the sentence's main clause
 * has: one after a fronted clause ("Although Taoiseach Enda Kenny has said …, Mr Gilmore said …";
 * "In his statement before Cleland announced the term, Sandusky insisted …") is taken over the
 * fronted clause's own, unless `at` itself lies in the fronted clause.
 */
export function mainSubject(tokens: readonly Token[], mentions: readonly Mention[], at: number): Mention | undefined {
  const subjects = mentions.filter((m) => m.subject);
  if (subjects.length < 2) return subjects[0];
  const sentence = tokens[subjects[0]!.from]!.sentence;
  let first = subjects[0]!.from;
  while (first > 0 && tokens[first - 1]!.sentence === sentence) first--;
  // (A participle opens a fronted phrase too: "Asked why Donald Trump seems …, Trump campaign manager Corey
  // Lewandowski says …".)
  const participle = /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(tokens[first]!.text) && !mentions.some((m) => m.from === first);
  if (!FRONTED_OPENER.test(tokens[first]!.text) && !participle) return subjects[0];
  let comma = first;
  while (comma < tokens.length && tokens[comma]!.sentence === sentence && tokens[comma]!.text !== ',') comma++;
  if (comma >= at) return subjects[0];
  return subjects.find((m) => m.from > comma) ?? subjects[0];
}

/**
 * A story may open with a quote and name its speaker only after it: `“We are broke,” she said.
 * Ann Ortiz runs the bakery …` → Ann Ortiz. Only when no one the pronoun fits was named anywhere
 * before it and no quote came before its sentence, and then the subject (else the first fitting
 * name) of the next sentence.
 */
function cataphora(ctx: ResolveContext, p: string, at: number, fits: (m: Mention) => boolean): Speaker | undefined {
  if (p !== 'he' && p !== 'she') return undefined;
  if (ctx.index.mentions.some((m) => m.to <= at && fits(m))) return undefined;
  // (Only a quote the story opens with: after earlier quotes, "she" is someone they described, not a
  // name yet to come.)
  const sentence = ctx.tokens[at]!.sentence;
  if (ctx.tokens.some((t, k) => k < at && t.type === 'quote' && t.sentence < sentence)) return undefined;
  const next = ctx.tokens[at]!.sentence + 1;
  const inNext = ctx.index.mentions.filter((m) => m.sentence === next && fits(m));
  return (inNext.find((m) => m.subject) ?? inNext[0])?.speaker;
}

/** Nouns for a person that a definite description can end in. */
const DESCRIPTOR_HEADS =
  /^(?:hawk|dove|businessman|businesswoman|billionaire|mogul|governor|senator|congressman|congresswoman|lawmaker|legislator|politician|candidate|nominee|contender|hopeful|challenger|incumbent|leader|president|minister|secretary|chancellor|premier|mayor|official|diplomat|envoy|general|commander|spokesman|spokeswoman|spokesperson|strategist|adviser|advisor|aide|lawyer|attorney|judge|economist|analyst|pollster|veteran|actor|actress|star|host|founder|executive|chief|chairman|chairwoman|activist|billionaire|author|writer|columnist|reporter|journalist|democrat|republican|populist|conservative|liberal|progressive|moderate|independent|socialist|libertarian|ex-president|former|junior|sophomore|freshman|rookie|coach|quarterback|striker|midfielder|goalkeeper|pitcher|captain|teenager|widow|widower|physician|scientist|researcher|professor|pastor|detective|sheriff)$/;

/** A party's member, written with a capital: "the Ohio Democrat", "the 61-year-old Republican". */
const PARTY_MEMBER = /^(?:Democrat|Republican|Libertarian)$/;

/** The titles written before a name that a description by this noun stands for ("the California congressman" → "Rep. Adam Schiff"). */
const TITLES_FOR: Record<string, string[]> = {
  governor: ['governor', 'gov'],
  senator: ['senator', 'sen'],
  congressman: ['congressman', 'rep', 'representative'],
  congresswoman: ['congresswoman', 'rep', 'representative'],
  lawmaker: ['lawmaker', 'rep', 'representative', 'sen', 'senator', 'congressman', 'congresswoman'],
  general: ['general', 'gen'],
};

/**
 * "The bank", "the council" after the article has named the body ("the Baltic Development Bank
 * said …; “…,” said the bank"): the body named nearest before it whose name ends in that noun.
 * Undefined when the phrase is not such a description or no body so named came before it.
 *
 * @example
 * `The Harbor Savings Bank raised rates. “…,” said the bank.` → Harbor Savings Bank
 * `“…,” said the bank.` (no bank named before) → undefined
 */
export function definiteBody(ctx: ResolveContext, range: Range): Speaker | undefined {
  const words = ctx.tokens.slice(range.from, range.to);
  const head = words.at(-1);
  if (words.length < 2 || words.length > 3 || !/^the$/i.test(words[0]!.text) || !head || !(BODY_HEADS.has(head.text.toLowerCase()) || COMPANY_HEADS.has(head.text.toLowerCase())) || words.slice(1).some((w) => isCapitalized(w))) return undefined;
  // ("the central bank": a modifier must be in the body's name too, "Central Bank of Ireland".)
  const wanted = words.slice(1).map((w) => w.text.toLowerCase());
  const named = ctx.index.mentions.filter((m) => m.to <= range.from && !m.person && m.speaker.name).reverse();
  const body = named.find((m) => {
    const nameWords = m.speaker.name.toLowerCase().split(/\s+/);
    return nameWords.includes(wanted.at(-1)!) && wanted.every((w) => nameWords.includes(w));
  });
  return body?.speaker ?? (words.length === 2 ? companyBefore(ctx, range, head.text.toLowerCase()) : undefined);
}

/** Nouns that stand only for a company of their kind: "the airline" for "Skyway Airlines". */
const COMPANY_KIND: Readonly<Record<string, RegExp>> = {
  airline: /^(?:airlines|airways)$/,
  carrier: /^(?:airlines|airways|logistics|shipping|telecom)$/,
  insurer: /^insurance$/,
  lender: /^(?:bancorp|bank)$/,
  chipmaker: /^semiconductors$/,
  carmaker: /^motors$/,
  automaker: /^motors$/,
  developer: /^(?:homes|properties|construction)$/,
};

/**
 * "The company", "the carrier": the body named nearest before it, within five sentences, when its
 * name ends in a word that says it is a company of that kind ("Halvorsen Semiconductors", "Skyway
 * Airlines" for "the airline"); undefined when the nearest body is something else (a union, a
 * campaign, a ministry), so that no other body is given the company's words.
 *
 * @example
 * `Halvorsen Semiconductors will cut 1,200 jobs. … the company said` → Halvorsen Semiconductors
 * `Oakfield Capital bought a stake in an airline. The airline said …` → undefined
 */
function companyBefore(ctx: ResolveContext, range: Range, head: string): Speaker | undefined {
  if (!COMPANY_HEADS.has(head)) return undefined;
  const here = ctx.tokens[range.from]!.sentence;
  const nearest = [...ctx.index.mentions].reverse().find((m) => m.to <= range.from && !m.person);
  if (!nearest || here - nearest.sentence > 5) return undefined;
  const last = nearest.speaker.name.split(/\s+/).at(-1)!.toLowerCase().replace(/[.,]/g, '');
  return COMPANY_WORDS.has(last) && (COMPANY_KIND[head]?.test(last) ?? true) ? nearest.speaker : undefined;
}

/** Verbs by which someone puts a document out: "issued a statement", "released a memo". */
const ISSUING = /^(?:issued|issues|released|releases|sent|sends|posted|posts|published|publishes|distributed|circulated)$/;

/**
 * Who issued the document `noun` named at token `at` ("a statement"), or the one named by "a" before
 * it within three sentences ("the statement"): the subject of the verb of issuing before it.
 *
 * @example
 * `The White House issued a statement late Friday saying …` → White House; `… “…,” the statement read.` → White House
 */
function issuerOf(ctx: ResolveContext, at: number, noun: string): Speaker | undefined {
  const { tokens } = ctx;
  const sentence = tokens[at]!.sentence;
  for (let k = at; k >= 0 && sentence - tokens[k]!.sentence <= 3; k--) {
    if (!isWord(tokens[k]) || tokens[k]!.text.toLowerCase() !== noun || !/^(?:a|an)$/i.test(tokens[k - 1]?.text ?? '')) continue;
    const v = k - 2;
    if (!isWord(tokens[v]) || !ISSUING.test(tokens[v]!.text.toLowerCase())) return undefined;
    let lo = v;
    while (lo > 0 && tokens[lo - 1]!.sentence === tokens[v]!.sentence) lo--;
    const subject = leftSubject(tokens, v, lo);
    return subject ? resolvePhrase(ctx, subject) : undefined;
  }
  return undefined;
}

/**
 * An indefinite description of someone unnamed with the noun `noun` ("one Justice Department official",
 * "a senior administration official"), within three sentences before token `at`.
 */
function unnamedBefore(tokens: readonly Token[], at: number, noun: string): Range | undefined {
  const sentence = tokens[at]!.sentence;
  for (let k = at - 1; k >= 0 && sentence - tokens[k]!.sentence <= 3; k--) {
    if (!isWord(tokens[k]) || tokens[k]!.text.toLowerCase() !== noun) continue;
    let d = k - 1;
    while (d >= 0 && k - d <= 4 && isWord(tokens[d]) && !/^(?:one|a|an|another)$/i.test(tokens[d]!.text) && !/^(?:the|his|her|their|its|of|for|to|and)$/i.test(tokens[d]!.text)) d--;
    if (d >= 0 && k - d <= 4 && /^(?:one|a|an|another)$/i.test(tokens[d]!.text)) return { from: d, to: k + 1 };
    return undefined;
  }
  return undefined;
}

/**
 * A definite description ("the Republican foreign policy hawk", "the New York businessman") stands
 * for the person named nearest before it, within three sentences, the subject of its clause
 * first; one naming an office only for someone the article gave that office (anywhere before it,
 * its other words matching first). Returns undefined when the phrase is not one, null when it is
 * one with no antecedent (the phrase is then shown as an unnamed source).
 *
 * @example
 * `Senator Lindsey Graham spoke first. The Republican foreign policy hawk said …` → Lindsey Graham
 * `Vermont Sen. Ann Lowe opened … Sen. Tom Price of Texas spoke … the Vermont senator said` → Ann Lowe
 */
export function definiteDescription(ctx: ResolveContext, range: Range): Speaker | null | undefined {
  const words = ctx.tokens.slice(range.from, range.to);
  const head = words.at(-1);
  // (An age alone is a description too, of the person just named: "The 54-year-old said …".)
  if (words.length < 2 || !/^the$/i.test(words[0]!.text) || !head || !(DESCRIPTOR_HEADS.test(head.text) || /^\d+-year-old$/.test(head.text))) return undefined;
  const here = ctx.tokens[range.from]!.sentence;
  // One the article described with the same noun, anywhere before ("Indiana Gov. Mike Pence" for "the
  // Indiana governor"), nearest first, one whose description has the phrase's other words too ("the Vermont
  // senator" is not "Sen. Ted Cruz (R-Texas)") before one with the noun only.
  const noun = head.text.toLowerCase();
  const titles = TITLES_FOR[noun] ?? [noun];
  const earlier = ctx.index.mentions.filter((m) => m.to <= range.from && m.person && m.descriptor?.words.some((w) => titles.includes(w))).reverse();
  const others = roleWords(words.slice(1, -1).map((w) => w.text).join(' ')).words;
  const described = earlier.find((m) => others.every((w) => m.descriptor!.words.includes(w))) ?? earlier.find((m) => here - m.sentence <= 3);
  if (described) return described.speaker;
  // An age in the description ("the 61-year-old Republican") picks the one whose stated age it is ("Tom
  // Lowe, 61,") and rules out anyone stated older or younger.
  const age = /^(\d+)-year-old$/.exec(words.find((w) => /^\d+-year-old$/.test(w.text))?.text ?? '')?.[1];
  const statedAge = (m: Mention) => (ctx.tokens[m.to]?.text === ',' && /^\d+$/.test(ctx.tokens[m.to + 1]?.text ?? '') ? ctx.tokens[m.to + 1]!.text : undefined);
  if (age) {
    const aged = [...ctx.index.mentions].reverse().find((m) => m.to <= range.from && m.person && statedAge(m) === age);
    if (aged) return aged.speaker;
  }
  const before = ctx.index.mentions.filter((m) => m.to <= range.from && m.person && here - m.sentence <= 3 && (!age || statedAge(m) === undefined));
  if (before.length === 0) return null;
  // An office ("the Indiana governor") must be one the article gave someone; a looser noun ("the hawk")
  // goes to the person just named.
  if (ROLE_HEADS.has(noun) || /^(?:governor|senator|congressman|congresswoman|mayor|nominee|candidate|judge|general)$/.test(noun)) return null;
  const lastSentence = before.at(-1)!.sentence;
  const inLast = before.filter((m) => m.sentence === lastSentence);
  return (inLast.find((m) => m.subject) ?? inLast[0]!).speaker;
}

/**
 * Does the phrase describe someone by a common noun and then name only where they are ("a nurse in
 * Dayton, Ohio", "one voter from Ames", "the protesters at City Hall")? The place is
 * then no speaker's name: the phrase stands for someone unnamed.
 *
 * @example
 * `a nurse in Dayton` → true; `Ana Ruiz of New Mexico` → false; `the mayor` → false.
 */
export function placeOfDescribed(tokens: Token[], range: Range): boolean {
  for (let k = range.from + 1; k < range.to - 1; k++) {
    if (!/^(?:in|at|from|near|outside|of)$/.test(tokens[k]!.text)) continue;
    const before = tokens.slice(range.from, k);
    const after = tokens.slice(k + 1, range.to).filter((w) => !/^(?:the|,)$/i.test(w.text));
    // ("a spokesman at the Kremlin" speaks for the Kremlin: a role noun is not a description by place.)
    const noun = before.at(-1)!.text.toLowerCase();
    // ("of" only after a short description of someone, "a friend of", "one longtime resident of": not
    // "The spot shows clips of", nor a writing, "an account of the talks".)
    if (tokens[k]!.text === 'of' && (before.length > 3 || WRITINGS.test(noun))) return false;
    // (No verb in the description but a participle after its article, "a retired teacher": "The spot shows
    // clips of Ann Ortiz" is a clause, not someone described.)
    return /^(?:a|an|the|one|another|some|two|three|several)$/i.test(before[0]!.text) && before.length > 1 && before.slice(1).every((w, n) => !isCapitalized(w) && (!isVerbLike(w) || (n === 0 && /ed$/.test(w.text)))) && !ROLE_WORDS.has(noun) && after.length > 0 && after.every((w) => isCapitalized(w));
  }
  return false;
}

/**
 * A body whose name holds "of" or "for", then a title in lower case and a person's name ending
 * the phrase: the person speaks, for the body. The body's name opens the phrase in capitals, all
 * its words capitalised but a small word or a number; at the start of a sentence not a plural noun for
 * people, which a capital there does not make a name ("Critics of Harbor League president Tom
 * Lowe" are the critics).
 *
 * @example
 * `Citizens for Harbor Safety president Ann Ortiz` (inside a sentence) → Ann Ortiz; `Bank of Ohio
 * chief executive Ann Ortiz` and `Fight for $20 organizer Ann Ortiz` → Ann Ortiz; `Jonah Ruiz of the Valley Times` → undefined (no title).
 */
export function bodyOfficer(tokens: Token[], whole: Range, mentions: Mention[]): Speaker | undefined {
  const first = tokens[whole.from]!;
  if (!isCapitalized(first) || ROLE_WORDS.has(first.text.toLowerCase())) return undefined;
  const opensSentence = whole.from === 0 || tokens[whole.from - 1]!.sentence !== first.sentence;
  if (opensSentence && GROUP_NOUNS.has(first.text.toLowerCase())) return undefined;
  const name = [...mentions].reverse().find((m) => m.to === whole.to && m.from > whole.from);
  if (!name || !name.person) return undefined;
  // The title: lower-case role words before the name ("president", "chief executive", "organizing director").
  let t = name.from;
  while (t > whole.from && t > name.from - 3 && isWord(tokens[t - 1]) && /^\p{Ll}/u.test(tokens[t - 1]!.text) && !/^(?:of|for|and|the|a|an|to|at|in)$/.test(tokens[t - 1]!.text)) t--;
  if (t === name.from || !tokens.slice(t, name.from).some((w) => ROLE_WORDS.has(w.text.toLowerCase()))) return undefined;
  // The body: capitalised words with an "of" or "for" among them, and small words.
  const body = tokens.slice(whole.from, t);
  const prep = body.findIndex((w) => /^(?:of|for)$/.test(w.text));
  if (prep < 1 || prep === body.length - 1) return undefined;
  if (!body.every((w) => isCapitalized(w) || /^(?:of|for|the|and|on)$/.test(w.text) || /^[$€£]?\p{N}+$/u.test(w.text))) return undefined;
  return name.speaker;
}

/** A phrase's words as written, a comma or stop against the word before it: "a nurse in Dayton, Ohio". */
function phraseText(tokens: Token[], range: Range): string {
  return tokens
    .slice(range.from, range.to)
    .map((w, n) => (n > 0 && w.type === 'punct' && /^[,.;:!?)]$/.test(w.text) ? w.text : `${n > 0 ? ' ' : ''}${w.text}`))
    .join('');
}

export function resolvePhrase(ctx: ResolveContext, whole: Range): Speaker | undefined {
  const { tokens, registry, index, date } = ctx;
  // "a spokesman for Mayor Tom Lowe": the agent's words, not Lowe's.
  const agent = spokespersonFor(tokens, whole, index.mentions);
  if (agent) return agent;
  // "allies of Mayor Tom Lowe", "people close to the mayor": the circle's words, not Lowe's.
  const circle = circleDescription(tokens, whole);
  if (circle) return circle;
  // "a source familiar" cut from "a source familiar with the talks": the description whole.
  const close = closeToSomething(tokens, whole);
  if (close) return close;
  // "Citizens for Harbor Safety president Ann Ortiz": the titled name after the body's name is the head.
  const officer = bodyOfficer(tokens, whole, index.mentions);
  if (officer) return officer;
  // "the Ministry of Health", "the Bank of England": a body whose name holds its "of" is the phrase whole.
  const namedBody = index.mentions.find((m) => !m.person && m.to === whole.to && m.from >= whole.from && tokens.slice(whole.from, m.from).every((w) => /^(?:the|a|an)$/i.test(w.text)));
  if (namedBody) return namedBody.speaker;
  // "Jonah Goldberg of the National Review", "Republicans on Capitol Hill", "Cameron Easley for Morning
  // Consult": the name before the preposition.
  let range = whole;
  for (let k = whole.from + 1; k < whole.to - 1; k++) {
    // (Not the "of" inside a body's name: "the governor of the Bank of England".)
    const inBodyName = index.mentions.some((m) => !m.person && m.from < k && k < m.to);
    // ("his colleagues at Latham and Watkins": people described by whom they are with.)
    const people = /^(?:his|her|their|our|my)$/i.test(tokens[whole.from]!.text) && PEOPLE_NOUN.test(tokens[k - 1]!.text.toLowerCase());
    if (/^(?:of|from|on|in|at|with|for)$/.test(tokens[k]!.text) && !inBodyName && (people || tokens.slice(whole.from, k).some((w) => isCapitalized(w) && !/^(?:The|A|An)$/.test(w.text)))) {
      range = { from: whole.from, to: k };
      break;
    }
  }
  // "a nurse in Dayton", "the protesters at City Hall": someone described by where they are. The place
  // is no one's name, though it ends the phrase, so this comes before any name found in it. (A phrase
  // cut before its preposition above, "One voter from Ames", has left the place out already.)
  if (range === whole && placeOfDescribed(tokens, whole)) return { id: null, name: phraseText(tokens, whole) };
  // "U.S. Secretary of State Marco Rubio": a name at the end of the phrase is its head.
  // ("Tom Udall of New Mexico" is not a place: a preposition before the name cuts the phrase instead.)
  const ending = [...index.mentions].reverse().find((m) => m.from >= whole.from && m.to === whole.to);
  const cut = (k: number) => {
    if (!/^(?:of|from|on|in|at|with|for)$/.test(tokens[k]!.text)) return false;
    // "Speaker of the House Rep. Mike Johnson": a title before the preposition, not a name.
    if (tokens.slice(whole.from, k).every((w) => ROLE_WORDS.has(w.text.toLowerCase()))) return false;
    const next = (tokens[k + 1]?.text ?? '').toLowerCase();
    return !ROLE_WORDS.has(next) || /^(?:the|a|an)$/.test(next);
  };
  if (ending && ending.person && !tokens.slice(whole.from, ending.from).some((_, n) => cut(whole.from + n))) return ending.speaker;
  const words = tokens.slice(range.from, range.to);
  const phrase = phraseText(tokens, range);
  if (words.length === 1 && SUBJECT_PRONOUNS.has(words[0]!.text.toLowerCase())) return resolvePronoun(ctx, words[0]!.text, range.from);

  // A name found in the phrase and standing at its end (its head): "Kremlin spokesman Dmitry Peskov".
  const inside = index.mentions.filter((m) => m.from >= range.from && m.to <= range.to);
  const head = [...inside].reverse().find((m) => m.to === range.to || (tokens[m.to]?.text === ',' && m.to < range.to));
  // ("the governor of the Bank of England": someone of the body, unnamed, not the body.)
  if (head && !head.person && tokens.slice(range.from, head.from).some((w, n, all) => /^\p{Ll}/u.test(w.text) && !/^(?:the|a|an)$/.test(w.text) && /^(?:of|for|at|to)$/.test(all[n + 1]?.text ?? ''))) {
    return { id: null, name: phraseText(tokens, range) };
  }
  if (head) return head.speaker;
  // "Rubio’s comments came …", "Trump’s post said …": the words of the one named.
  const last = tokens[range.to - 1]!;
  // (Up to two modifiers between: "Walsh’s fundraising email", "Trump’s late-night posts".)
  const modifiers = (m: Mention) => tokens.slice(m.to, range.to - 1).every((w) => !isCapitalized(w) && /^\p{Ll}[\p{L}-]*$/u.test(w.text)) && range.to - 1 - m.to <= 2;
  const owner = [...inside].reverse().find((m) => m.to <= range.to - 1 && modifiers(m) && /['’]s?$/.test(tokens[m.to - 1]!.text));
  const owned = /^(?:comments?|remarks?|statements?|words|speech|tweets?|posts?|message|response|reply|letter|e-?mails?|testimony|answer|announcement|interview|op-ed|essay|account|piece|article|column|editorial|memoir|book)$/.test(last.text.toLowerCase());
  if (owner && owned) return owner.speaker;
  // ("the Post’s piece read": a paper named only here, by its possessive.)
  const ownerWord = tokens[range.to - 2];
  if (owned && !owner && inside.length === 0 && ownerWord && isCapitalized(ownerWord) && isPossessive(ownerWord) && range.to - 2 >= range.from) {
    let k = range.to - 2;
    while (k > range.from && isCapitalized(tokens[k - 1]) && !/^(?:The|A|An)$/.test(tokens[k - 1]!.text)) k--;
    const name = tokens.slice(k, range.to - 1).map((w) => w.text.replace(/['’]s?$/, '')).join(' ');
    const actor = registry.resolveName(name, date);
    return actor ? actorSpeaker(actor) : { ...registry.proposeActor(name), proposed: true };
  }
  if (inside.length > 0 && inside.some((m) => m.person)) {
    // "Trump administration officials", "Putin's spokesman": someone speaking for them, not them.
    return { id: null, name: phrase };
  }

  // "The White House issued a statement saying …", "“…,” the statement read": a document speaks for whoever issued it.
  if (words.length === 2 && /^(?:a|an|the)$/i.test(words[0]!.text) && WRITINGS.test(words[1]!.text.toLowerCase())) {
    const issuer = issuerOf(ctx, range.to - 1, words[1]!.text.toLowerCase());
    if (issuer) return issuer;
  }
  // "said one Justice Department official … “…,” the official said": the unnamed source introduced just before
  // with the same noun, when no one described since has been given it.
  if (words.length >= 2 && /^the$/i.test(words[0]!.text) && !isCapitalized(words.at(-1))) {
    const unnamed = unnamedBefore(tokens, range.from, words.at(-1)!.text.toLowerCase());
    if (unnamed && !index.mentions.some((m) => m.person && m.from > unnamed.from && m.to <= range.from && m.descriptor)) return { id: null, name: phraseText(tokens, unnamed) };
  }
  // "the head of the MFA", "the spokesman for the ministry": a role first, the article's own descriptions win.
  const query = roleWords(phrase);
  const firstWord = words.find((w) => !/^(?:the|a|an)$/i.test(w.text));
  if (firstWord && !isCapitalized(firstWord) && ROLE_HEADS.has(firstWord.text.toLowerCase())) {
    const described = [...index.mentions].reverse().find((m) => m.from < range.from && m.descriptor && descriptorFits(query, m.descriptor));
    if (described) return described.speaker;
  }

  // "the Ohio Democrat", "the 61-year-old Republican": a description of someone by party, not a name. Which
  // of the people named before it is meant, the party alone does not tell: the phrase stands as written.
  if (PARTY_MEMBER.test(last.text) && /^the$/i.test(words[0]!.text) && words.length > 1) return { id: null, name: phrase };
  // Trailing capitalised words that are not titles: the name.
  // ("Sian Powell MP", "Ann Lowe KC": letters after a name are no part of it.)
  let end = range.to;
  while (end - range.from > 1 && POSTNOMINAL.test(tokens[end - 1]!.text)) end--;
  let k = end;
  while (k > range.from && isCapitalized(tokens[k - 1]) && !ROLE_WORDS.has(tokens[k - 1]!.text.toLowerCase()) && !OCCUPATION_TITLES.has(tokens[k - 1]!.text.toLowerCase())) k--;
  // ("Even Lindsey Graham said …": a focusing adverb is no part of the name.)
  while (k < end - 1 && /^(?:Even|Just|Only|Also|Both|Still|Now)$/.test(tokens[k]!.text)) k++;
  const nameWords = tokens.slice(k, end).map((w) => w.text.replace(/['’]s?$/, ''));
  if (nameWords.length > 0) {
    const actor = registry.resolveName(nameWords.join(' '), date) ?? registry.resolveName(phrase, date);
    if (actor) return actorSpeaker(actor);
    const local = index.resolveLocalName(nameWords, range.from);
    if (local) return local;
    const institution = registry.resolveRole(phrase, date, recency(index.mentions, range.from));
    if (institution) return actorSpeaker(institution);
    if (looksLikePersonName(nameWords) || looksLikeOrgName(nameWords) || nameWords.length >= 1) {
      return { ...registry.proposeActor(nameWords.join(' ')), proposed: true };
    }
  }

  // A role noun: what this article called someone, then the registry's roles on the date.
  const hasRoleHead = words.some((w) => ROLE_HEADS.has(w.text.toLowerCase()));
  if (hasRoleHead && query.words.length > 0) {
    const described = [...index.mentions].reverse().find((m) => m.from < range.from && m.descriptor && descriptorFits(query, m.descriptor));
    if (described) return described.speaker;
  }
  const body = definiteBody(ctx, range);
  if (body) return body;
  const byRole = registry.resolveRole(phrase, date, recency(index.mentions, range.from));
  if (byRole) return actorSpeaker(byRole);
  const described = definiteDescription(ctx, range);
  if (described !== undefined) return described ?? { id: null, name: phrase };
  if (isCapitalized(words.find((w) => !/^(?:the|a|an)$/i.test(w.text)))) {
    const bare = phrase.replace(/^(?:the|a|an)\s+/i, '');
    return { ...registry.proposeActor(bare), proposed: true };
  }
  return { id: null, name: phrase };
}
