/**
 * W3C Web Annotation TextQuoteSelector, as Factline stores it: the exact text, plus a
 * prefix and/or suffix only when the exact text occurs more than once in the article.
 */
export interface TextQuoteSelector {
  text: string;
  prefix?: string;
  suffix?: string;
}

export type AnchorResolution =
  | { status: 'ok'; start: number; end: number }
  | { status: 'orphaned' }
  | { status: 'ambiguous'; count: number; starts: number[] };

/** Every offset at which `needle` occurs in `haystack` (overlapping occurrences included). */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

const CONTEXT_STEPS = [8, 16, 32, 64, 128];

/**
 * The shortest selector that picks out `text.slice(start, end)` uniquely: no context when the
 * exact text is unique, otherwise the shortest prefix (then suffix) that tells it apart.
 * Context is cut at word boundaries so that a diff of the selector reads naturally.
 */
export function createSelector(text: string, start: number, end: number): TextQuoteSelector {
  const exact = text.slice(start, end);
  const all = occurrences(text, exact);
  if (all.length <= 1) return { text: exact };
  for (const n of CONTEXT_STEPS) {
    const prefix = wordAlignedPrefix(text, start, n);
    if (prefix && resolveAnchor(text, { text: exact, prefix }).status === 'ok') return { text: exact, prefix };
  }
  for (const n of CONTEXT_STEPS) {
    const suffix = wordAlignedSuffix(text, end, n);
    if (suffix && resolveAnchor(text, { text: exact, suffix }).status === 'ok') return { text: exact, suffix };
  }
  const prefix = wordAlignedPrefix(text, start, 128);
  const suffix = wordAlignedSuffix(text, end, 128);
  return { text: exact, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
}

function wordAlignedPrefix(text: string, start: number, n: number): string {
  let from = Math.max(0, start - n);
  while (from > 0 && /\S/.test(text[from - 1] ?? '')) from--;
  return text.slice(from, start);
}

function wordAlignedSuffix(text: string, end: number, n: number): string {
  let to = Math.min(text.length, end + n);
  while (to < text.length && /\S/.test(text[to] ?? '')) to++;
  return text.slice(end, to);
}

/** Find the selector in the text. Never fuzzy: an edited anchor is reported, not guessed. */
export function resolveAnchor(text: string, selector: TextQuoteSelector): AnchorResolution {
  const { prefix = '', suffix = '' } = selector;
  const starts = occurrences(text, selector.text).filter(
    (i) => text.slice(i - prefix.length, i) === prefix && text.startsWith(suffix, i + selector.text.length),
  );
  if (starts.length === 0) return { status: 'orphaned' };
  if (starts.length > 1) return { status: 'ambiguous', count: starts.length, starts };
  const start = starts[0]!;
  return { status: 'ok', start, end: start + selector.text.length };
}
