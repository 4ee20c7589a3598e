import { isCapitalized, isWord, rightSubject, type Range } from '../noun-phrase.ts';
import { WRITINGS } from '../lexicon.ts';
import { lower, type AttributionContext } from './context.ts';

/** Participles that tie a document to its author: "a court document filed by …". */
const AUTHORED = /^(?:filed|released|written|compiled|prepared|published|issued|produced|conducted|commissioned|signed|sent)$/;

/**
 * The source after "according to" (`to` is the token "to", `hi` the end of the clause): the phrase
 * after it, or, when that phrase names a document or a finding, not anyone ("calculations", "a
 * court document filed"), the author it goes on to name with "by".
 *
 * @example
 * `…, according to Dana Kells-Moreau.` → "Dana Kells-Moreau"; `…, according to calculations by
 * Ann Ortiz of the state university.` → "Ann Ortiz"; `according to a court filing signed by state
 * attorney Dave Morrow` → "state attorney Dave Morrow"; `according to a statement from the Harbor
 * League` → "the Harbor League"; `according to a report` → "a report". With `describedAuthor`, an
 * author described only counts too: `according to figures published by the health board` → "the
 * health board".
 */
export function accordingTo(c: AttributionContext, to: number, hi: number, options: { describedAuthor?: boolean } = {}): Range | undefined {
  const { tokens } = c;
  const r = rightSubject(tokens, to, hi);
  if (r && tokens.slice(r.from, r.to).some((t) => isCapitalized(t))) return r;
  // The lowercase phrase naming the document ("calculations", "a court document"), then "by".
  let k = to + 1;
  // ("a statement from X": a document's "from" names its author as "by" does; "officials from X" are the officials.)
  const from = (n: number) => lower(tokens[n]) === 'from' && WRITINGS.test(lower(tokens[n - 1]));
  while (k < hi && k - to <= 5 && isWord(tokens[k]) && !isCapitalized(tokens[k]) && lower(tokens[k]) !== 'by' && !from(k) && !AUTHORED.test(lower(tokens[k]))) k++;
  if (k === to + 1) return r;
  if (isWord(tokens[k]) && AUTHORED.test(lower(tokens[k]))) k++;
  if (lower(tokens[k]) !== 'by' && !from(k)) return r;
  const author = rightSubject(tokens, k, hi);
  // (A claim's source may be described only: "according to figures published by the health board".)
  const described = options.describedAuthor && author && lower(tokens[author.from]) === 'the';
  return author && (described || tokens.slice(author.from, author.to).some((t) => isCapitalized(t))) ? author : r;
}
