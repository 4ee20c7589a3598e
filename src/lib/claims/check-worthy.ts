/**
 * Check-worthy sentence detection: the sentences a fact-checker would want to verify —
 * figures, percentages, polls and surveys, changes by a multiple ("have doubled"), records ("the
 * lowest in a decade"), and plain statements of fact about what people
 * and institutions did. Opinion, prediction and sentences that are mostly a direct quote
 * (quotes are annotated on their own) are left out.
 */
import { splitSentences, type Sentence } from '../text/index.ts';

export interface CheckWorthySentence extends Sentence {
  /** Why the sentence was picked, for the editor reviewing the suggestion. */
  reasons: string[];
}

/** Superlatives a record is stated with. */
const SUPERLATIVE = 'highest|lowest|largest|biggest|smallest|fastest|slowest|worst|best|strongest|weakest|warmest|hottest|coldest|wettest|driest|deadliest|busiest|quietest|cheapest|costliest';
/** The span of time a record is measured against: "in a decade", "since 1987", "on record". */
const RECORD_SPAN =
  '(?:in (?:more than |over |nearly |almost )?(?:a |two |three |four |five |six |seven |eight |nine |ten |several |\\d+ )?(?:decades?|generations?|centur(?:y|ies)|years?|months?)|since (?:\\d{4}|records began|the \\d{4}s)|on record|ever recorded)';
/** Words between a superlative and its span: not a clause of its own ("the best meal she had ever eaten"). */
const RECORD_FILLER = '(?:(?!(?:i|he|she|we|they|it|her|his|their|my|our|had|has|have|was|were|is|are|that|which|who)\\b)[a-z]+ ){1,5}';

/**
 * What a count is of when it is a figure worth checking: the people and things listed, or a plural
 * noun for people by what they do ("20 engineers", "15 cleaners", "12 laboratories") that is no
 * measure ("30 degrees", "12 floors").
 */
const MEASURES = 'degrees|floors|storeys|stories|doors|meters|metres|kilometers|kilometres|liters|litres|calories|centuries|quarters|miles|hours|minutes|seconds|passes|errors|letters|chapters|colors|colours';
const COUNTED =
  'drones|troops|soldiers|people|civilians|missiles|movements|dead|killed|wounded|prisoners|countries|members|workers|employees|staff|jobs|firefighters|teachers|nurses|doctors|officers|residents|voters|patients|students|pupils|children|passengers|visitors|customers|families|households|homes|houses|beds|flights|schools|hospitals|signatures|votes|cases|deaths|arrests|complaints|refugees|migrants';

const CUES: [string, RegExp][] = [
  ['percentage', /\b\d+(?:[.,]\d+)?\s?(?:%|per ?cent\b)/i],
  // "one in five people", "a third of households", "three quarters of schools", "half of all nurses".
  ['proportion', /\b(?:one in (?:two|three|four|five|six|seven|eight|nine|ten|\d+)|(?:a|one|two) (?:third|fifth|tenth)s? of|(?:a|one|three) quarters? of (?!an hour)|half of all)\b/i],
  ['poll or survey', /\b(?:poll|survey|study|census|report(?:ed)? by)\b/i],
  [
    'figure',
    new RegExp(`[$€£]\\s?\\d|\\b(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?\\s?(?:million|billion|trillion|thousand)|(?:hundreds|thousands|millions) of|nearly \\d+|more than \\d+|at least \\d+|over \\d+|\\d{2,}\\s+(?:new\\s+|more\\s+|extra\\s+)?(?:${COUNTED}|(?!(?:${MEASURES})\\b)[a-z]+(?:ers|ors|ists|ians|ees|ies))\\b)`, 'i'),
  ],
  // "Waiting lists have doubled since 2019", "twice as many as Sweden": a change or a comparison by a multiple.
  ['multiple', /\b(?:doubled|tripled|quadrupled|halved|twice as (?:many|much|high|large)|three times as (?:many|much|high|large))\b/i],
  // "the lowest in a decade", "the highest since 1980", "a record high": a superlative against a span of time,
  // a few words between them ("the strongest storm to hit the region since 1987").
  [
    'record',
    new RegExp(
      `\\b(?:(?:${SUPERLATIVE}) (?:level |rate |figure |number |pace |${RECORD_FILLER})?${RECORD_SPAN}|(?:highest|lowest|largest|biggest|smallest|fastest|slowest|worst|best) (?:level |rate |figure |number |pace )?(?:on record|ever(?! (?:since|had|have|was|were)\\b))|record (?:high|low|level|number))\\b`,
      'i',
    ),
  ],
  ['record of an action', /\b(?:rejected|accepted|confirmed|announced|agreed|refused|launched|signed|invited|withdrew|approved|imposed|killed|targeted|destroyed|established|founded)\b/],
];

/** A stretch of the text inside quotation marks (a detected quote's span). */
export interface QuotedStretch {
  start: number;
  end: number;
}

/**
 * Share of the sentence inside quotation marks; a mostly-quoted sentence is a quote, not a claim.
 * Counted from the detected quotes when given (they know the article's marks, single ones in the
 * British style too), else from double marks.
 */
function quotedShare(sentence: Sentence, quotes: readonly QuotedStretch[] | undefined): number {
  let quoted = 0;
  if (quotes) {
    for (const q of quotes) quoted += Math.max(0, Math.min(q.end, sentence.end) - Math.max(q.start, sentence.start));
  } else {
    for (const m of sentence.text.matchAll(/["“]([^"”]*)["”]/g)) quoted += m[1]!.length;
  }
  return quoted / Math.max(1, sentence.text.length);
}

/** A figure that is only a duration or a date ("two-hour", "30-day", "in 1949") is not a claim by itself. */
function onlyCalendarNumbers(sentence: string): boolean {
  const stripped = sentence.replace(/\b(?:1[89]|20)\d{2}\b/g, '').replace(/\b\d+-(?:day|hour|week|month|year)\b/g, '');
  return !/\d/.test(stripped);
}

/** The reasons a stretch of text is worth checking: figures, percentages, polls, multiples, records, recorded actions. */
export function checkWorthyReasons(text: string): string[] {
  return CUES.filter(([name, re]) => re.test(text) && !(name === 'figure' && onlyCalendarNumbers(text))).map(([name]) => name);
}

/** Does the text open a quotation it does not close? */
const opensQuote = (text: string) => (text.match(/“/g)?.length ?? 0) > (text.match(/”/g)?.length ?? 0) || (text.match(/"/g)?.length ?? 0) % 2 === 1;

export function findCheckWorthySentences(text: string, quotes?: readonly QuotedStretch[]): CheckWorthySentence[] {
  const out: CheckWorthySentence[] = [];
  for (const sentence of splitSentences(text)) {
    if (sentence.text.length < 25 || !/[.!?]["”’']?$/.test(sentence.text)) continue; // headlines, fragments
    if (quotedShare(sentence, quotes) > 0.5) continue;
    // (A sentence cut off inside a quote, `… said: “Yes.`, is an attribution and the quote's first words.)
    if (opensQuote(sentence.text)) continue;
    const reasons = checkWorthyReasons(sentence.text);
    // An action verb alone is weak evidence; it needs a figure, or a named subject (a capitalised word that is not the first).
    const strong = reasons.some((r) => r !== 'record of an action');
    if (strong || (reasons.length && /\s[A-Z][a-z]+/.test(sentence.text))) out.push({ ...sentence, reasons });
  }
  return out;
}
