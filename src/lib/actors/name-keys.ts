/**
 * Keys for comparing names as news writes them: case, accents, possessives, initials'
 * full stops and transliteration endings (Zelenskyy / Zelensky / Zelenskiy) do not matter.
 */

export function stripDiacritics(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '');
}

/** "Putin's" → "Putin", "officials’" → "officials". */
export function stripPossessive(s: string): string {
  return s.replace(/['’](?:s)?$/u, '');
}

/** Lowercase words without punctuation, a leading "the" and a trailing possessive. */
export function nameKey(s: string): string {
  return stripDiacritics(stripPossessive(s.trim()))
    .replace(/(\p{L})['’]s\b/gu, '$1')
    .toLowerCase()
    .replace(/(\p{L})\.(?=\p{L}\.|\s|$)/gu, '$1') // J.D. → jd, U.S. → us
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * `nameKey` with transliteration endings folded: a word-final -yy, -iy, -ij, -ii, -i or -y
 * all become -y, so the common spellings of Slavic names share one key.
 */
export function variantKey(s: string): string {
  return nameKey(s)
    .split(' ')
    .map((w) => (w.length > 3 ? w.replace(/(?:yy|iy|ij|ii|yi|i|y)$/, 'y') : w))
    .join(' ');
}

/** "Dmitry Peskov" → "dmitry-peskov": the id a new actor file would get. */
export function slugify(s: string): string {
  return stripDiacritics(stripPossessive(s.trim()))
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
