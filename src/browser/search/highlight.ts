/**
 * Safe highlighting for search results: text is only ever inserted as text. Pagefind's
 * excerpts are HTML with `<mark>` around matches; they are parsed into an inert document and
 * only their text and marks are copied, so markup in indexed text can never become markup
 * on the page.
 */

/** Splits `text` into plain and marked pieces: words of `text` that start with a query term are marked. */
export function markTerms(text: string, query: string): { text: string; marked: boolean }[] {
  const terms = [...new Set(query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].filter((t) => t.length > 1);
  if (terms.length === 0 || text === '') return text ? [{ text, marked: false }] : [];
  const escaped = terms.sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
  const pieces: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > at) pieces.push({ text: text.slice(at, m.index), marked: false });
    pieces.push({ text: m[0], marked: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}

/** Pieces of a Pagefind excerpt: the text of every node, marked where Pagefind put `<mark>`. */
export function excerptPieces(excerpt: string, parse: (html: string) => Document): { text: string; marked: boolean }[] {
  const body = parse(excerpt).body;
  const pieces: { text: string; marked: boolean }[] = [];
  for (const node of Array.from(body.childNodes)) {
    const text = node.textContent ?? '';
    if (text) pieces.push({ text, marked: node.nodeName === 'MARK' });
  }
  return pieces;
}

/** Appends pieces to `parent` as text nodes and `<mark>` elements. */
export function appendPieces(parent: HTMLElement, pieces: { text: string; marked: boolean }[]): void {
  const doc = parent.ownerDocument;
  for (const p of pieces) {
    if (p.marked) {
      const mark = doc.createElement('mark');
      mark.className = 'rounded-sm bg-amber-200 px-0.5 text-inherit dark:bg-amber-700/70 dark:text-white';
      mark.textContent = p.text;
      parent.append(mark);
    } else parent.append(doc.createTextNode(p.text));
  }
}

/**
 * Pieces without a leading `prefix` (a section's heading, which Pagefind's excerpt repeats, in
 * full or from one of its words on) and without the quotation marks around what is left.
 */
export function withoutPrefix(pieces: { text: string; marked: boolean }[], prefix: string): { text: string; marked: boolean }[] {
  const out = pieces.map((p) => ({ ...p }));
  const title = prefix.replace(/\s+/g, ' ').trim();
  const joined = out.map((p) => p.text).join('');
  const text = joined.trimStart();
  // The excerpt may begin anywhere in the heading ("Putin · said 19 May 2025. …" for a match on
  // the speaker's surname): drop the longest end of the heading it begins with, from a word
  // boundary, when that end is long enough not to be the quote's own first words.
  let cut = 0;
  for (let i = 0; i < title.length; i++) {
    if (i > 0 && title[i - 1] !== ' ') continue;
    const tail = title.slice(i);
    if (text.startsWith(tail) && (i === 0 || tail.includes('·') || tail.length >= 12)) {
      cut = tail.length;
      break;
    }
  }
  let drop = joined.length - text.length + cut;
  while (drop > 0 && out[0]) {
    const n = Math.min(drop, out[0].text.length);
    out[0].text = out[0].text.slice(n);
    drop -= n;
    if (!out[0].text) out.shift();
  }
  if (out[0] && !out[0].marked) out[0].text = out[0].text.replace(/^[.\s]*[“"]?/, '');
  const last = out.at(-1);
  if (last && !last.marked) last.text = last.text.replace(/[”"]\s*$/, '');
  return out.filter((p) => p.text);
}
