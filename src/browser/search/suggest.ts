/**
 * "Did you mean": for a query that found nothing, the closest spellings from the index's
 * vocabulary (see src/integrations/search/vocabulary.ts). A word the vocabulary knows is kept;
 * an unknown one is replaced by the most frequent known word within a small edit distance
 * (transpositions count as one edit, as in "ceasfire" → "ceasefire").
 */

/** Optimal string alignment distance, giving up (returning max + 1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** Edits allowed for a word of this length: short words have few plausible misspellings. */
const allowed = (word: string) => (word.length <= 4 ? 1 : 2);

/** The closest known spellings of one word, best first (fewest edits, then most frequent). */
export function closestWords(word: string, vocabulary: readonly string[], limit = 3): string[] {
  const w = word.toLowerCase();
  const max = allowed(w);
  const found: { word: string; distance: number; rank: number }[] = [];
  vocabulary.forEach((candidate, rank) => {
    const distance = editDistance(w, candidate, max);
    if (distance <= max) found.push({ word: candidate, distance, rank });
  });
  return found.sort((a, b) => a.distance - b.distance || a.rank - b.rank).slice(0, limit).map((f) => f.word);
}

/**
 * Queries to offer instead of `query`: each unknown word replaced by one of its closest known
 * spellings (the best for every other word), at most `limit`; none when every word is known
 * or none has a close spelling.
 */
export function suggestQueries(query: string, vocabulary: readonly string[], limit = 3): string[] {
  const known = new Set(vocabulary);
  const words = query.split(/\s+/).filter(Boolean);
  const options = words.map((w) => (known.has(w.toLowerCase()) || w.length < 4 ? [w] : closestWords(w, vocabulary, limit)));
  if (options.every((o, i) => o[0] === words[i]) || options.some((o) => o.length === 0)) return [];
  const unknown = options.findIndex((o, i) => o[0] !== words[i]);
  return options[unknown]!.map((alternative) => words.map((w, i) => (i === unknown ? alternative : (options[i]![0] ?? w))).join(' '));
}
