/** Passages split around the words they highlight, so pages can mark them without string logic. */

export interface Excerpt {
  before: string;
  text: string;
  after: string;
}

/** Split `passage` around the first occurrence of `text` (all of it in `before` when absent). */
export function excerptOf(passage: string, text: string, at?: number): Excerpt {
  const i = at ?? passage.indexOf(text);
  if (i < 0) return { before: passage, text: '', after: '' };
  return { before: passage.slice(0, i), text: passage.slice(i, i + text.length), after: passage.slice(i + text.length) };
}

/** The paragraph of the plain text holding `[start, end)`, split around that range. */
export function paragraphAround(plainText: string, start: number, end: number): Excerpt {
  const from = plainText.lastIndexOf('\n\n', start);
  const paraStart = from < 0 ? 0 : from + 2;
  const to = plainText.indexOf('\n\n', end);
  const paraEnd = to < 0 ? plainText.length : to;
  return { before: plainText.slice(paraStart, start), text: plainText.slice(start, end), after: plainText.slice(end, paraEnd) };
}
