import { isCapitalized, isWord } from '../noun-phrase.ts';
import { lower, resolve, type AttributionContext, type Found } from './context.ts';
import { sentenceReporter } from './sentence-reporter.ts';

/** How far back, in paragraphs, a labelled quote looks for its source. */
const REACH = 6;

/**
 * A quote after a "Quote:" label, as some outlets set statements apart ("Source: Sybiha on X" /
 * "Quote: “…”" / "Details: Sybiha noted that …"): the speaker is the one the nearest "Source:"
 * line before it names, else whoever reports the nearest sentence before it that reports anything.
 *
 * @example
 * `Source: Sybiha on X (Twitter)` ¶ `Quote: "Russia has not responded …"` → Sybiha
 * `Details: Sybiha noted that …` ¶ `Quote: "Russia has so far rejected …"` → Sybiha
 */
export function labelledQuote(c: AttributionContext, k: number): Found | undefined {
  const { tokens, tokenOf, sentenceStart } = c;
  const i = tokenOf.get(k);
  if (i === undefined) return undefined;
  const here = tokens[i]!;
  const lo = sentenceStart.get(here.sentence)!;
  if (!(lo === i - 2 && /^quotes?$/.test(lower(tokens[lo])) && tokens[lo + 1]!.text === ':')) return undefined;
  let reporter: Found | undefined;
  for (let s = here.sentence - 1; s >= 0; s--) {
    const start = sentenceStart.get(s);
    if (start === undefined) continue;
    if (here.paragraph - tokens[start]!.paragraph > REACH) break;
    // "Source: Sybiha on X (Twitter)": the capitalised name after the label.
    if (lower(tokens[start]) === 'source' && tokens[start + 1]?.text === ':') {
      let j = start + 2;
      while (isCapitalized(tokens[j]) && tokens[j]!.sentence === s) j++;
      const named = j > start + 2 ? resolve(c, { from: start + 2, to: j }) : undefined;
      if (named) return { speaker: named, how: 'carried' };
    }
    if (!reporter && isWord(tokens[start])) {
      const r = sentenceReporter(c, s);
      if (r) reporter = { speaker: r, how: 'carried' };
    }
  }
  return reporter;
}
