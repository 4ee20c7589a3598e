import { isCoreSpeechVerb } from '../../quotes/index.ts';
import type { Token } from '../tokens.ts';
import { clauseSubject, isCapitalized, isPossessive, isWord, type Range } from '../noun-phrase.ts';
import { accordingTo } from './according-to.ts';
import { asPutIt } from './as-put-it.ts';
import { castsAs } from './cast-as.ts';
import { claimOwner } from './claim-owner.ts';
import { clauseStart, frontedContrast } from './clause-start.ts';
import { colonAttribution } from './colon-attribution.ts';
import { frontedParticipleSubject } from './fronted-participle.ts';
import { groupAround } from './group-around.ts';
import { invertedLead } from './inverted-lead.ts';
import { namedReport } from './named-report.ts';
import { openingSubject } from './opening-subject.ts';
import { addressedDocument } from './owned-document.ts';
import { passiveNaming } from './passive-naming.ts';
import { passiveReport } from './passive-report.ts';
import { pollShare } from './poll-share.ts';
import { lower, reportsAt, resolve, resolveStrict, type AttributionContext, type Found } from './context.ts';
import { relativeAside } from './relative-aside.ts';
import { reportingAbove } from './reporting-above.ts';
import { reportingVerbSubject } from './reporting-verb-subject.ts';
import { usedWords } from './used-words.ts';
import { viewpointHolder } from './viewpoint-holder.ts';
import { whatCalled } from './what-called.ts';

/** Verbs of judging: their subject owns the words quoted as the judgement (`Putin found it "frank"`, `the campaign rejected the offer as "a stunt"`); so do verbs that cast something as the quote says (`castsAs`: `Lowe portrayed the plan as "a stunt"`). */
const JUDGING = new Set('found find finds considered considers deemed deems viewed views saw sees termed labeled labelled branded thought thinks felt feels likened likens compared compares rejected rejects regarded regards derided derides'.split(' '));

/** Prepositions that make a noun phrase their object: "hurt by Pike’s conclusion that …". */
const GOVERNING = /^(?:by|of|over|about|on|after|despite|with|from|amid|against|following|behind)$/;

/**
 * Is the noun of saying at `at` owned by a name that follows a preposition, with no comma between the
 * noun and the quote at `i` (after a comma, the quote may be the main clause's)? `… hurt by Auditor
 * Jane Pike’s stark conclusion that …` yes; `Lowe said Ortiz’s claim that …` no.
 */
function ownedUnderPreposition(tokens: Token[], at: number, i: number): boolean {
  if (tokens.slice(at, i).some((t) => t.text === ',')) return false;
  let k = at - 1;
  // Up to two modifiers between the possessive and the noun ("stark", "oft-repeated").
  for (let n = 0; n < 2 && isWord(tokens[k]) && !isCapitalized(tokens[k]) && !isPossessive(tokens[k]!); n++) k--;
  if (!isWord(tokens[k]) || !isPossessive(tokens[k]!) || !isCapitalized(tokens[k])) return false;
  while (k > 0 && isCapitalized(tokens[k - 1]) && !isPossessive(tokens[k - 1]!)) k--;
  return GOVERNING.test(lower(tokens[k - 1]));
}

/**
 * Is the verb at `v` inside a parenthesis that stands between the noun of saying at `at` and the
 * quote at `i`? It comments on the noun and reports nothing itself: in `Lee’s dictum (repeated to
 * every intern) was, “Check it twice.”` the words are Lee's.
 */
function parentheticalVerb(tokens: Token[], at: number, v: number, i: number): boolean {
  if (v <= at) return false;
  let open = -1;
  for (let k = v - 1; k > at; k--) {
    if (tokens[k]!.text === ')') return false;
    if (tokens[k]!.text === '(') {
      open = k;
      break;
    }
  }
  if (open < 0) return false;
  for (let k = v + 1; k < i; k++) if (tokens[k]!.text === ')') return true;
  return false;
}

/**
 * The attribution before the quote at token `i`, in its own clause: an inverted verb and its
 * subject leading into the quote (`invertedLead`), else the one who named it (`whatCalled`: `what Lowe
 * called a “…”`), else the agent of a name given in the passive
 * (`passiveNaming`: `labeled a “…” by critics`), else `according to X`, else a name and a colon
 * (`colonAttribution`), else the one who uses the quoted term (`usedWords`: `When Ortiz used the
 * words, “…”`), else the subject of the nearest reporting verb, else of a judging verb,
 * else of a reporting verb anywhere earlier in the sentence. Failing all of these, the subject
 * that opens the quote's own clause (`openingSubject`, else the first subject–verb pair) when it
 * names someone (`how: 'clause'`, a weaker finding).
 *
 * @example
 * `Trump wrote on Truth Social: “…”` → Trump (head); `Trump called it an “excellent”
 * conversation, while Putin found it “meaningful and frank.”` → Putin for the second quote;
 * `According to Lavrov, “…”` → Lavrov; `Fact-checkers pounced on Trump’s claim that “…”` → Trump
 * (`claimOwner`).
 */
export function headAttribution(c: AttributionContext, i: number): Found | undefined {
  const { tokens, sentenceStart } = c;
  const q = tokens[i]!;
  const lo = sentenceStart.get(q.sentence)!;
  const from = clauseStart(c, i, lo);
  // "Stated Lavrov: “…”", "But, said Cornyn, “…”": the verb and its subject lead into the quote.
  const inverted = invertedLead(c, i, from);
  if (inverted) return { speaker: inverted, how: 'head' };
  // "including the former presidential candidate Mitt Romney — “…” — and Fred Goldberg": words set off by
  // dashes right after a name are that person's.
  if (/^[—–]$/.test(tokens[i - 1]?.text ?? '') && /^[—–]$/.test(tokens[i + 1]?.text ?? '')) {
    const named = c.resolver.index.mentions.find((m) => m.to === i - 1 && m.person);
    if (named) return { speaker: named.speaker, how: 'head' };
  }
  // "Or, as Tom Ridge … put it: “…”": the one the "as" clause names.
  const put = asPutIt(c, i, lo);
  if (put) return { speaker: put, how: 'head' };
  // "amid what Lowe called a “witch hunt” by his rivals": the namer, not an agent after the quote.
  const namer = whatCalled(c, i, from);
  if (namer) return { speaker: namer, how: 'head' };
  // "In a Harbor poll taken Monday, 31% of residents said the levy was “…”": the poll, not a share of those it asked.
  const poll = pollShare(c, i, lo);
  if (poll) return { speaker: poll, how: 'head' };
  // "labeled as a “…” by critics", "known by some Democrats as the “…”": the agent named it.
  const agent = passiveNaming(c, i, from);
  if (agent) return { speaker: agent, how: 'head' };
  const scan = (a: number, test: (t: Token, v: number) => boolean): number | undefined => {
    for (let v = i - 1; v >= a; v--) if (isWord(tokens[v]) && test(tokens[v]!, v)) return v;
    return undefined;
  };
  // "according to X, …" — unless a reporting verb stands between it and the quote.
  const acc = scan(from, (t, v) => lower(t) === 'according' && lower(tokens[v + 1]) === 'to');
  const nearestVerb = scan(from, (t, v) => reportsAt(c, v) && !isCapitalized(t));
  if (acc !== undefined && (nearestVerb === undefined || nearestVerb < acc)) {
    const s = resolve(c, accordingTo(c, acc + 1, i));
    if (s) return { speaker: s, how: 'head' };
  }
  // "Trump’s claim that the city had seen “record crime”" — when no reporting verb stands in the clause
  // ("Trump described Putin’s comments as “promising”", "Asked about Trump’s claim that …, Clinton said").
  const owned = claimOwner(c, i, from);
  // After a verb, too, when the noun's words are a phrase that cannot hold a clause of its own ("The mayor blasted
  // Ortiz’s call for a “…”", "critics went beyond Ortiz’s pledge to be “…”"); after "claim that …" the quote may
  // be the verb's ("Lowe said Ortiz’s claim that taxes rose is “…”").
  const phrase = owned !== undefined && /^(?:to|for|against|of)$/.test(lower(tokens[owned.at + 1]));
  // And after a verb when the owner is named after a preposition, so that the noun cannot be the subject of what
  // the verb reports ("The candidates say they were hurt by Pike’s conclusion that the spending was “reckless”").
  const governed = owned !== undefined && nearestVerb !== undefined && nearestVerb < owned.at && ownedUnderPreposition(tokens, owned.at, i);
  // (Only when no verb before the noun reports the clause: "Lowe said Lee’s motto (…) was “…”" is Lowe's.)
  const aside = owned !== undefined && nearestVerb !== undefined && parentheticalVerb(tokens, owned.at, nearestVerb, i) && !tokens.slice(from, owned.at).some((t, n) => isWord(t) && reportsAt(c, from + n) && !isCapitalized(t));
  // And after a verb that takes the claim as its object rather than reporting a clause ("Lewandowski dismissed
  // anchor Chris Cuomo’s assertion that Bannon makes Manafort “look like a puppy”" → Cuomo).
  const dismissed = owned !== undefined && nearestVerb !== undefined && nearestVerb < owned.at && !isCoreSpeechVerb(tokens[nearestVerb]!.text);
  if (owned && (nearestVerb === undefined || (phrase && nearestVerb < owned.at) || governed || aside || dismissed)) return { speaker: owned.speaker, how: 'head' };
  // "a report by the Harbor Gazette that she “inflated” …": the source of a named report, with no reporting verb nearer.
  const report = namedReport(c, i, from);
  if (report && (nearestVerb === undefined || nearestVerb < report.at)) return { speaker: report.speaker, how: 'head' };
  // A name and a colon right before the quote come before a reporting verb further back ("Pollsters agree - Jon Cohen: “…”").
  const colon = colonAttribution(c, i, lo);
  if (colon) return { speaker: colon, how: 'head' };
  // "When Ortiz used the words, “…”", "Tenants prefer the term “…”": a term someone takes up is theirs.
  const user = usedWords(c, i, from, lo);
  if (user) return { speaker: user, how: 'head' };
  const isReporting = (t: Token, v: number) => reportsAt(c, v) && (!isCapitalized(t) || /^(?:Said|Says|Added|Asked|Wrote|Adding)$/.test(t.text)) && !passiveReport(c, v);
  for (const [a, test, judged] of [
    [from, isReporting, false],
    [from, (t: Token, v: number) => JUDGING.has(lower(t)) || castsAs(c, v, i), true],
    // (Not into a clause of contrast opening the sentence: "While Kells called it “…”, Ortiz …".)
    [frontedContrast(c, i, lo) ?? lo, isReporting, false],
  ] as const) {
    let v = scan(a, test);
    if (v === undefined) continue;
    const outer = reportingAbove(c, v, a) ?? relativeAside(c, v, a, i);
    if (outer !== undefined) v = outer;
    const s = reportingVerbSubject(c, v, a === lo ? lo : from, lo);
    if (s) return judged && outer === undefined ? { speaker: s, how: 'head', judged } : { speaker: s, how: 'head' };
  }
  // "To Lena Okafor, the mayor is the “kind-hearted” man …": the view of the one the sentence opens with.
  // "After spending the week arguing over whether the mayor was “qualified”, Kells …": the main clause's subject.
  const arguer = frontedParticipleSubject(c, i);
  if (arguer) return { speaker: arguer, how: 'head' };
  const holder = viewpointHolder(c, i);
  if (holder) return { speaker: holder, how: 'head' };
  // ("A memo to staff members says …": the staff are written to, and a memo with no owner names no one.)
  // ("Democrats with ties to Tom Lowe cited …": the people around someone, not the one they are around.)
  const subjectOf = (r: Range | undefined) => {
    const addressed = r && addressedDocument(c, r, from);
    return addressed ? (addressed.speaker ?? undefined) : ((r && groupAround(tokens, r, from)) ?? resolveStrict(c, r));
  };
  const s = subjectOf(openingSubject(c, from, i)) ?? subjectOf(clauseSubject(tokens, from, i, true));
  return s ? { speaker: s, how: 'clause' } : undefined;
}
