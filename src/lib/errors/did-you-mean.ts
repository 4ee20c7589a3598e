/**
 * The closest valid word to a mistyped one, so a message can say "did you mean linda-carver?"
 * instead of only "unknown". Distance is Damerau–Levenshtein (a swapped pair of letters
 * counts as one edit); a candidate is only offered when it is near enough to be a typo.
 */

/** Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The candidate nearest to `word` (case-insensitive), or undefined when none is within a
 * third of the word's length (at least one edit, at most three). Ties go to the earlier
 * candidate, so the answer does not depend on anything but the list's order.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(w.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const distance = editDistance(w, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * A hint that starts with "did you mean "x"?" when a candidate is close to `word`, followed
 * by `advice` as its own sentence; just `advice` when nothing is close.
 */
export function suggest(word: string, candidates: Iterable<string>, advice: string): string {
  const near = closest(word, candidates);
  if (near === undefined) return advice;
  return `did you mean "${near}"? ${advice.charAt(0).toUpperCase()}${advice.slice(1)}`;
}
