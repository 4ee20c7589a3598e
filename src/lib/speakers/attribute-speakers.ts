/**
 * Who said each quote. The rules (./rules), in the order news writing uses them:
 *  1. `tailAttribution`: an attribution clause right after the quote (`"…," Medvedev said`,
 *     `"…," said Peskov`, `"…," he told reporters`, `"…," according to X`, `"…!" Trump barked`),
 *     a name after a dash, on the quote's line or a line of its own (`dashAttribution`), a name set
 *     off by a long description before its verb (`appositiveTail`: `"…," Lena T. Okafor, deputy
 *     commissioner for housing, transport and public works, said`), or an attribution closing
 *     the sentence (`closingAttribution`); after "according to", a document's author (`accordingTo`:
 *     `according to calculations by X`);
 *  2. `headAttribution`: the poll a sentence opens with when a share of those it asked says the
 *     words (`pollShare`: `In a Harbor poll taken Monday, 31% of residents said the levy was “…”`), an
 *     inverted verb leading into the quote (`invertedLead`: `Stated Lavrov:
 *     "…"`, `But, said Cornyn, "…"`), a name and a colon, also set off by a dash in digests or
 *     led by a role word (`colonAttribution`: `… doesn't surprise pollster Maria Lindqvist: "…"`), the
 *     agent of a name given in the passive (`passiveNaming`: `labeled a “…” by critics`), else
 *     the subject of the reporting verb before it (`X said: "…"`, `X described it as "…"`,
 *     `X emphasized that "…"`; a verb casting something as the quote says, `castsAs`: `a plan Lowe
 *     portrayed as "…"`; a term someone uses or coins is theirs, `usedWords`: `When X used the
 *     words, "…"`; a passive verb with no agent, `they are asked to …`, reports no
 *     one: `passiveReport`; a document speaks for its owner, not for whom it is written to,
 *     `addressedDocument`: `Lowe’s note to the board says “…”` → Lowe; the people around someone speak
 *     for themselves, `groupAround` and, after the quote too, `circleDescription`: `Allies of Tom Lowe said “…”` → the allies, not Lowe), with clauses split at "while",
 *     "whereas", ";" (`clauseStart`) so that `X called it "…", while Y found it "…"` gets two
 *     speakers, and after a fronted clause of contrast (`frontedContrast`: `While X called it "…", Y …`); a verb inside a reported clause gives way to the one that reports it, with or
 *     without "that" (`reportingAbove`); a named report stands behind what it says (`namedReport`: `a
 *     report by the Harbor Gazette that she “…”`), and a verb in a relative aside running up to the quote to the
 *     main clause's (`relativeAside`: `Ortiz was asked by host Dana Kells, who …, “…?”` → Kells); a participle speaks for the clause it hangs on
 *     (`participleSubject`: `Graham threw his support behind the bill, saying "…"`), a second
 *     predicate for the first one's subject (`coordinatedSubject`), an infinitive for the object of
 *     the verb that caused it (`promptedSpeaker`: `The gaffe prompted Ortiz to call the mayor “…”`), or for
 *     the subject of a verb of going or appearing it completes (`infinitiveController`: `with Kells taking to
 *     Twitter to call Ortiz “…”`); a sentence opening "To X," gives X's view (`viewpointHolder`: `To Lena
 *     Okafor, the mayor is the “kind-hearted” man …`); a quote in an opening phrase of arguing is the
 *     main clause's subject's (`frontedParticipleSubject`: `After arguing over whether Lowe was
 *     “qualified”, Kells …` → Kells);
 *  3. `statedBy`: a passive attribution in the next sentence (`… "striking" difference. This was
 *     stated by X.`);
 *  4. `labelledQuote`: for a quote after a "Quote:" label, the source a "Source:" line names;
 *  5. the subject of a judging verb or of the quote's own clause (`openingSubject`, past a fronted
 *     phrase), when it names someone;
 *  6. `carriedSpeaker`: for a quote standing alone, the speaker of the quote just before it, else
 *     whoever reports the sentence before it (`sentenceReporter`: `…, Schiff said. “…”`), else
 *     that sentence's subject or the person it opens with (`openingMention`), else, across a
 *     sentence naming no one, the speaker of the quote before that one; a sentence adverb
 *     may come first (`Specifically, “…”`), or a verbless lead-in of time or place and a colon
 *     (`Then, later that month on Channel 9: “…”`); a partial quote in a sentence naming no one goes on in the
 *     voice of the quote attributed in the sentence before (`echoedSpeaker`: `…,” Lowe said. That makes
 *     her “…”`);
 *  7. `turnTaking`: "he added" continues the last speaker, "she replied" answers the one before,
 *     in place of the nearest name;
 *  8. `guardSpeakerName`: a pronoun, bare titles, a clause fragment or a headline fragment is never
 *     a speaker's name (null, for the editor), nor is an unnamed agent (`spokespersonFor`: `a
 *     spokesman for Mayor Tom Lowe said` → null, not Lowe; `a spokesman for the mayor, Ada Ruiz,
 *     said` → Ruiz).
 * A word mentioned as a word is nobody's (`mentionedTerm`: `a so-called “skinny bill”`, `the law known
 * as “the bathroom bill”`), unless an attribution after it says whose.
 * A transcript set out as quoted paragraphs speaks for the name in capitals that opens each turn, and
 * a paragraph of the turn with no label of its own for the last one (`transcriptLabel`: `"LOWE: …`).
 * A source named as reporting the whole sentence (`outerReport`: `As the Ledger reported, the council
 * called the fees “…”`) speaks a quote the sentence gives no one else, but not quoted words with a
 * speaker of their own (`Ortiz pledged to “…,” the Ledger reported`, `“…,” Kells said, according to
 * the Ledger`: Ortiz's and Kells's words, relayed).
 * A direct quote prefers the attribution after it, a partial quote the one before it, unless that
 * one is only the subject of a verb of judging (`Voters saw the plan as “…,” Okafor said` → Okafor) or the
 * quote closes its clause with a comma and runs into the attribution (`runsIntoTail`: `he “…,” said Kells`). Parts of one
 * utterance (a group) share the first speaker found, unless a later part has an attribution of its
 * own, after it or before it (`ownAttribution`). Names inside quotes are never candidates: the
 * token stream folds every quote into one token.
 */
import type { ActorRegistry } from '../actors/index.ts';
import type { QuoteSpan } from '../quotes/index.ts';
import { carriedSpeaker, createAttributionContext, echoedSpeaker, guardSpeakerName, headAttribution, labelledQuote, mentionedTerm, outerReport, ownAttribution, runsIntoTail, statedBy, tailAttribution, transcriptLabel, turnTaking, type AttributionContext, type Found } from './rules/index.ts';
import type { Gender } from './mentions.ts';
import type { Speaker } from './speaker.ts';

/**
 * `context` may be passed when the caller built it already (the extractor shares it with the
 * claim rules); it must have been built from the same text and quotes.
 */
export function attributeSpeakers(
  text: string,
  quotes: readonly QuoteSpan[],
  registry: ActorRegistry,
  published: string,
  context?: AttributionContext,
): (Speaker | null)[] {
  const c = context ?? createAttributionContext(text, quotes, registry, published);
  const genderOf = (s: Speaker): Gender => c.resolver.index.mentions.find((m) => m.speaker.name === s.name && m.gender !== 'unknown')?.gender ?? 'unknown';
  const results: (Found | undefined)[] = quotes.map(() => undefined);
  const groups = new Map<number, number[]>();
  quotes.forEach((q, k) => groups.set(q.group, [...(groups.get(q.group) ?? []), k]));

  const orderedGroups = [...groups.values()].sort((a, b) => quotes[a[0]!]!.start - quotes[b[0]!]!.start);
  for (const members of orderedGroups) {
    // A word mentioned as a word ("a so-called “skinny bill”") is nobody's, unless the words after it say whose.
    const lead = c.tokenOf.get(members[0]!);
    if (members.length === 1 && lead !== undefined && mentionedTerm(c, lead) && !tailAttribution(c, lead)) continue;
    let found: Found | undefined;
    let clauseOnly: Found | undefined;
    for (const k of members) {
      const i = c.tokenOf.get(k);
      if (i === undefined) continue;
      const direct = quotes[k]!.kind === 'direct';
      const h = headAttribution(c, i);
      const tl = tailAttribution(c, i);
      // A source reporting the whole sentence ("As the Ledger reported, the council called the fees “…”")
      // speaks a quote the sentence gives no one else; quoted words with a speaker of their own
      // ("Ortiz pledged to “…,” the Ledger reported", "“…,” Kells said, according to the Ledger") stay
      // that speaker's, relayed: the site says who said the words, not who passed them on.
      const outer = outerReport(c, i);
      if (outer && !tl && h?.how !== 'head') {
        found = { speaker: outer, how: 'head' };
        break;
      }
      // (A sentence after the quote naming its source, "This was stated by X", "That quote from X …", comes first:
      // its "This" or "That" is no speaker.)
      const stated = direct ? statedBy(c, i) : undefined;
      if (direct) found = stated ?? (tl ? { speaker: tl, how: 'tail' } : h?.how === 'head' ? h : undefined);
      // (A view after a verb of judging gives way to the one who reports it: `Voters saw the plan as “…,” Okafor said.`,
      // and so does a clause the quote closes with a comma: `he “spoke for us,” said Dana Kells`.)
      else found = h?.how === 'head' && !(tl && (h.judged || runsIntoTail(c, i))) ? h : tl ? { speaker: tl, how: 'tail' } : undefined;
      if (!clauseOnly && h?.how === 'clause') clauseOnly = h;
      if (found) break;
    }
    const first = c.tokenOf.get(members[0]!);
    found ??= (first === undefined ? undefined : statedBy(c, first)) ?? labelledQuote(c, members[0]!) ?? clauseOnly ?? carriedSpeaker(c, members[0]!, results) ?? echoedSpeaker(c, members[0]!, results);
    for (const k of members) {
      // A transcript's paragraph speaks for the name in capitals that labels its turn ("LOWE: …").
      const labelled = transcriptLabel(c, k);
      if (labelled) {
        results[k] = { speaker: labelled, how: 'head' };
        continue;
      }
      // A later part with an attribution of its own ("“…,” Smith said. “…,” Jones said.") is that speaker's.
      const i = c.tokenOf.get(k);
      const own = k !== members[0] && i !== undefined ? ownAttribution(c, i) : undefined;
      results[k] = own ? { speaker: own, how: 'tail' } : found;
      const turn = turnTaking(c, k, results, genderOf);
      if (turn) results[k] = { speaker: turn, how: results[k]?.how ?? 'tail' };
    }
  }
  return results.map((f) => guardSpeakerName(f?.speaker));
}
