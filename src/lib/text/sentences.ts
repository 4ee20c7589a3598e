/**
 * Sentence segmentation with offsets, tuned for news prose: abbreviations such as "U.S.",
 * "Mr." and initials do not end a sentence; a closing quotation mark after the full stop
 * belongs to the sentence; paragraph breaks always end one.
 */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'st', 'jr', 'sr', 'vs', 'no',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'corp', 'co', 'ltd', 'etc', 'approx',
]);

/**
 * The run of letters and full stops that ends at `end` (not reaching back before `floor`): the
 * word a full stop follows. Scanned backwards from the stop, so that a long sentence costs the
 * length of its last word, not of everything before it.
 */
function wordBefore(text: string, floor: number, end: number): string {
  let from = end;
  while (from > floor && /[A-Za-z.]/.test(text[from - 1]!)) from--;
  return text.slice(from, end);
}

function isAbbreviation(word: string): boolean {
  if (/^(?:[A-Za-z]\.)+[A-Za-z]?$/.test(word + '.') || /^[A-Z]$/.test(word)) return true; // U.S. / J. / e.g.
  return ABBREVIATIONS.has(word.toLowerCase());
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (from: number, to: number) => {
    while (from < to && /\s/.test(text[from]!)) from++;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    if (to > from) out.push({ text: text.slice(from, to), start: from, end: to });
  };
  let start = 0;
  const re = /[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])|\n\s*\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviation(wordBefore(text, start, m.index))) continue;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return out;
}
