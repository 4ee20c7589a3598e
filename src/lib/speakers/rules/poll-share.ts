import { isWord } from '../noun-phrase.ts';
import type { Speaker } from '../speaker.ts';
import { lower, reportsAt, type AttributionContext } from './context.ts';

/** Nouns for a poll a sentence may open with: "In a Harbor poll taken Monday, …". */
const POLL = /^(?:poll|polls|survey|surveys|canvass)$/;

/**
 * `pollShare`: when a sentence opens with the poll it reports ("In a Harbor poll taken Monday,",
 * "According to a new survey,") and a share of those asked says the quoted words ("31 percent of
 * voters said they were “…”"), the poll is the source: a share of respondents is no one who speaks.
 * The poll is given as the sentence names it, a description with no actor of its own.
 *
 * @example
 * `In a Harbor/Tide poll taken Monday, 31% of residents said the levy was “very fair”` → "a Harbor/Tide
 * poll taken Monday"; `According to a new survey, 40 percent of voters say Lowe is “unfit.”` →
 * "a new survey"; `In a speech Monday, Lowe said 31% of voters were “keen”` → undefined.
 */
export function pollShare(c: AttributionContext, i: number, lo: number): Speaker | undefined {
  const { tokens } = c;
  let k = lo;
  if (/^(?:but|and)$/.test(lower(tokens[k]))) k++;
  if (lower(tokens[k]) === 'in') k++;
  else if (lower(tokens[k]) === 'according' && lower(tokens[k + 1]) === 'to') k += 2;
  else return undefined;
  const from = k;
  while (k < i && k - from < 14 && tokens[k]!.text !== ',' && tokens[k]!.type !== 'quote') k++;
  if (tokens[k]?.text !== ',' || k === from || !tokens.slice(from, k).some((t) => isWord(t) && POLL.test(lower(t)))) return undefined;
  // A share of those asked, then a verb of saying, before the quote.
  let share = -1;
  for (let n = k + 1; n < i - 2; n++) {
    if (!/^\d+(?:\.\d+)?$/.test(tokens[n]!.text)) continue;
    const unit = n + 1;
    const of = tokens[unit]!.text === '%' || lower(tokens[unit]) === 'percent' ? unit + 1 : -1;
    if (of > 0 && lower(tokens[of]) === 'of') {
      share = of;
      break;
    }
  }
  if (share < 0) return undefined;
  let says = false;
  for (let v = share + 1; v < i && !says; v++) says = isWord(tokens[v]) && reportsAt(c, v);
  if (!says) return undefined;
  return { id: null, name: tokens.slice(from, k).map((t) => t.text).join(' ').replace(/\s*\/\s*/g, '/') };
}
