import { isCapitalized, isWord, rightSubject } from '../noun-phrase.ts';
import type { Speaker } from '../speaker.ts';
import { lower, resolve, type AttributionContext } from './context.ts';

/** Nouns for a piece of reporting, which a source named after "by" or "in" stands behind. */
const REPORT_NOUNS = /^(?:report|reports|story|article|analysis|investigation|editorial|column|exposé|expose)$/;

/** Months and days, which follow "in" as a time: "a report in May". */
const TIME_WORDS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d+)$/;

/** Words that open what the report says or is about. */
const REPORT_LINK = /^(?:that|about|on|saying|which|claiming|alleging)$/;

/**
 * A quote inside what a report says, the report named by its source ("a report by the Harbor
 * Gazette that she “…”", "a story in The Valley Courier last month about the levy “…”"): the source
 * speaks it. Only a source with a proper name counts, and only up to a reporting verb nearer the
 * quote (the caller's). Returns the speaker and the position of the noun.
 *
 * @example
 * `On Friday came a report by the Harbor Gazette that she “misled” the board.` → Harbor Gazette;
 * `A report by the state auditor found the fund “empty.”` → undefined (no proper name).
 */
export function namedReport(c: AttributionContext, i: number, from: number): { speaker: Speaker; at: number } | undefined {
  const { tokens } = c;
  for (let k = i - 1; k > from; k--) {
    const t = tokens[k]!;
    if (t.type === 'quote' || /^[.;:!?]$/.test(t.text)) return undefined;
    if (!isWord(t) || !REPORT_NOUNS.test(lower(t)) || !/^(?:by|in|from)$/.test(lower(tokens[k + 1]))) continue;
    // The source: "The Wall Street Journal", "Politico", up to a time word or the link.
    let end = k + 2;
    if (/^(?:the)$/i.test(tokens[end]?.text ?? '')) end++;
    while (end < i && isCapitalized(tokens[end])) end++;
    const source = rightSubject(tokens, k + 1, end);
    // ("an article in May 2012": a time, not a source.)
    const words = source ? tokens.slice(source.from, source.to) : [];
    if (!words.some((w) => isCapitalized(w) && !/^(?:The|A|An)$/.test(w.text)) || words.some((w) => TIME_WORDS.test(w.text))) continue;
    // ("this week", "on Friday": a few words of time before what it says.)
    let link = end;
    while (link < i && link - end < 4 && isWord(tokens[link]) && !REPORT_LINK.test(lower(tokens[link]))) link++;
    if (!REPORT_LINK.test(lower(tokens[link]))) continue;
    const speaker = resolve(c, source);
    if (speaker) return { speaker, at: k };
  }
  return undefined;
}
