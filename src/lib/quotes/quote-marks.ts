/**
 * Pair quotation marks into spans. Works paragraph by paragraph (a line break ends a
 * paragraph): straight `"` marks are told apart as opening or closing by what surrounds
 * them, curly `“ ”` (and the low `„`) by their shape, with the usual typos tolerated (a `“`
 * used to close, a `”` used to open). Quotation marks inside a quote open a nested quote that
 * stays part of the outer one. An article in the British style, which quotes with single marks
 * (`‘We are ready,’ she said.`) and nests double ones, is paired by its single marks instead
 * (`houseStyle`); an apostrophe, in a word (`don’t`) or after a plural (`the workers’ pay`), is
 * never a mark. Elsewhere single quotes and apostrophes are never marks. A mark that
 * is never closed (and does not open a continued paragraph) yields nothing: without its closing
 * mark there is no telling where the quote ends. A pull quote's credit line, closed by the mark its
 * quote left open (`"…⏎Ana Ruiz, harbor commissioner."`), ends the quote and is no part of it.
 */

export interface MarkedSpan {
  start: number;
  end: number;
  /** True when the span stops at the paragraph end and the next paragraph reopens the quote. */
  continues: boolean;
  /** True when the span continues a quote opened in an earlier paragraph. */
  continuation: boolean;
}

/** The marks an article quotes with: double (`“…”`, `"…"`) or, in the British style, single (`‘…’`, `'…'`). */
interface MarkStyle {
  opening: ReadonlySet<string>;
  closing: ReadonlySet<string>;
  straight: string;
  /** A paragraph with no mark but a closing one at its very end (after the sentence's full stop). */
  closesAtEnd: (paragraph: string) => boolean;
  /** The closing mark, with a full stop before it, at the end of a credit line. */
  creditEnd: RegExp;
}

const DOUBLE: MarkStyle = {
  opening: new Set(['“', '„']),
  closing: new Set(['”']),
  straight: '"',
  closesAtEnd: (paragraph) => /^[^"“”„]+[.!?…]["”]$/u.test(paragraph),
  creditEnd: /\.?["”]$/u,
};

const SINGLE: MarkStyle = {
  opening: new Set(['‘', '‚']),
  closing: new Set(['’']),
  straight: "'",
  // (A straight mark before a word opens a quote; one inside a word, "don't", is an apostrophe.)
  closesAtEnd: (paragraph) => !/[‘‚]|(?:^|\s)'\p{L}/u.test(paragraph) && /[.!?…]['’]$/u.test(paragraph),
  creditEnd: /\.?['’]$/u,
};

/** A single mark opening a quote: after a space, a bracket, a dash or a colon, before a letter (a curly one also before a figure). */
const SINGLE_OPENER = /(?:^|[\s([\u2014\u2013:])(?:'(?=\p{L})|‘(?=[\p{L}\p{N}$€£]))/gmu;
const DOUBLE_MARK = /["“”„]|''/g;

/**
 * Which marks the article quotes with: single ones in the British and Commonwealth house style,
 * where double marks only nest, told by an article that opens at least two quotes with single
 * marks and three times as many as with double ones; else double ones. (An American article nests
 * single marks in its double ones, `“He said, ‘No,’ and left.”`, and may have an odd one besides.)
 *
 * @example houseStyle('‘We are ready,’ she said. ‘It was a “good” day.’') // 'single'
 */
export function houseStyle(text: string): 'double' | 'single' {
  // (Single marks inside double ones nest, whatever the style: only those outside count.)
  const outsideDouble = text.replace(/“[^”\n]*”|"[^"\n]*"|''[^\n]*?''/g, ' ');
  const singles = (outsideDouble.match(SINGLE_OPENER) ?? []).length;
  const doublePairs = (text.match(DOUBLE_MARK) ?? []).length / 2;
  return singles >= 2 && singles >= 3 * doublePairs ? 'single' : 'double';
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
/** Characters after which an opening mark may stand. */
const OPENS_AFTER = /[\s([{\u2014\u2013\-/:;,'‘’“„"]/;

export interface Paragraph {
  start: number;
  end: number;
}

export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

function markRole(text: string, i: number, p: Paragraph, style: MarkStyle): { opener: boolean; closer: boolean; possessive: boolean } {
  const prev = i > p.start ? text[i - 1] : undefined;
  const next = i + 1 < p.end ? text[i + 1] : undefined;
  let opener = (prev === undefined || OPENS_AFTER.test(prev)) && !isSpace(next);
  let closer = !isSpace(prev) && (next === undefined || !/[\p{L}\p{N}]/u.test(next));
  let possessive = false;
  if (style === SINGLE) {
    // An apostrophe after a plural, then the noun it owns, likely closes nothing: `the workers’ pay`
    // (but see pairQuoteMarks: `called the cuts ‘cruel decisions’ that would hurt` does).
    if (closer && /s/i.test(prev ?? '') && next === ' ' && /[\p{Ll}\p{N}]/u.test(text[i + 2] ?? '')) {
      closer = false;
      possessive = true;
    }
    // A straight mark before anything but a letter opens nothing (`'90s`, `rock 'n' roll`); a curly
    // one may open before a figure (`‘30 years I worked there,’`).
    if (opener && !(text[i] === "'" ? /\p{L}/u : /[\p{L}\p{N}$€£]/u).test(next ?? '')) opener = false;
  }
  return { opener, closer, possessive };
}

function closesAtEnd(text: string, p: Paragraph, style: MarkStyle): boolean {
  return style.closesAtEnd(text.slice(p.start, p.end));
}

/**
 * A pull quote's credit line, closed by the mark its quote left open: `"We will rebuild the pier.⏎Ana
 * Ruiz, harbor commissioner."` — a name of two capitalised words (titles and initials allowed) or an
 * office, a short description after a comma, and no more than eight words. The quote ends with its
 * own paragraph; the credit line is no part of it.
 */
function isCreditLine(text: string, p: Paragraph, style: MarkStyle): boolean {
  const body = text.slice(p.start, p.end).replace(style.creditEnd, '');
  const words = body.split(/\s+/);
  const [head = '', ...rest] = body.split(/,\s*/);
  const headWords = head.split(/\s+/);
  return (
    words.length <= 8 &&
    rest.length <= 1 &&
    !/[!?;:…]/.test(body) &&
    headWords.length >= 2 &&
    /^\p{Lu}/u.test(headWords[0]!) &&
    /^\p{Lu}/u.test(headWords[1]!) &&
    headWords.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|for|and|the|on|at|president|member|director|adviser|advisor|chair|chairman|chairwoman|secretary|spokesman|spokeswoman|senator|governor|mayor|leader)$/.test(w))
  );
}

export function pairQuoteMarks(text: string): MarkedSpan[] {
  const style = houseStyle(text) === 'single' ? SINGLE : DOUBLE;
  const { opening: OPENING, closing: CLOSING, straight: STRAIGHT } = style;
  const isMark = (c: string | undefined) => c === STRAIGHT || OPENING.has(c ?? '') || CLOSING.has(c ?? '');
  const paragraphs = paragraphsOf(text);
  const spans: MarkedSpan[] = [];
  let carried = false; // the previous paragraph's quote continues into this one
  let runOn: Paragraph | undefined; // …without a reopening mark
  for (const [pi, p] of paragraphs.entries()) {
    let open = -1;
    let depth = 0;
    let continuation = false;
    let i = p.start;
    if (runOn === p) {
      const close = p.end - 1;
      spans.push({ start: p.start, end: close, continues: false, continuation: true });
      runOn = undefined;
      carried = false;
      continue;
    }
    if (carried && isMark(text[i])) {
      open = i;
      continuation = true;
      i++;
    }
    carried = false;
    const next = paragraphs[pi + 1];
    const reopens = next !== undefined && isMark(text[next.start]) && markRole(text, next.start, next, style).opener;
    // A plural's apostrophe that may have closed the quote open at it (single marks only).
    let deferred = -1;
    for (;;) {
      for (; i < p.end; i++) {
        const c = text[i]!;
        if (!isMark(c)) continue;
        const { opener, closer, possessive } = markRole(text, i, p, style);
        if (possessive && open >= 0 && depth === 0 && deferred < 0) deferred = i;
        // (Single marks are apostrophes too, so one opens only where it can open and closes only where it can close.)
        if (style === SINGLE && !(open < 0 ? opener : closer || opener)) continue;
        if (open < 0) {
          // Outside a quote: only something that can open a quote counts.
          if (CLOSING.has(c) && !opener) continue;
          if (c === STRAIGHT && !opener && closer) continue; // a stray closer or an inch sign
          // A curly opening mark followed by a space (`“ … if the primary`) still opens.
          if (isSpace(text[i + 1]) && !opener && !(OPENING.has(c) && i + 1 < p.end)) continue;
          // Markup attributes (`<tweet id="…">`) are not quotes.
          if (c === STRAIGHT && text[i - 1] === '=') {
            const close = text.indexOf(STRAIGHT, i + 1);
            if (close > 0 && close < p.end) i = close;
            continue;
          }
          open = i;
          depth = 0;
          continuation = false;
          continue;
        }
        // Inside a quote: a mark that can only open starts a nested quote.
        const nestedOpen = (OPENING.has(c) && !(closer && !opener)) || (c === STRAIGHT && opener && !closer && text[open] !== STRAIGHT);
        if (nestedOpen) {
          depth++;
          continue;
        }
        if (depth > 0) {
          depth--;
          continue;
        }
        if (i > open + 1) spans.push({ start: open + 1, end: i, continues: false, continuation });
        open = -1;
        deferred = -1;
      }
      // A quote left open at the end of its paragraph, and not reopened in the next, closed at a
      // plural's apostrophe after all: `called the cuts ‘cruel decisions’ that would hurt families.`
      // The rest of the paragraph is read again from there.
      // (Not when the next paragraph carries the quote on, or credits it: see below.)
    if (open >= 0 && deferred >= 0 && !reopens && !(next !== undefined && closesAtEnd(text, next, style))) {
        if (deferred > open + 1) spans.push({ start: open + 1, end: deferred, continues: false, continuation });
        i = deferred + 1;
        open = -1;
        deferred = -1;
        continue;
      }
      break;
    }
    if (open >= 0) {
      // Some outlets run a quote on into the next paragraph without reopening it: that paragraph
      // then holds only the rest of the quote, up to a closing mark at its end.
      const credited = !reopens && next !== undefined && /[.!?…]$/.test(text.slice(open + 1, p.end)) && closesAtEnd(text, next, style) && isCreditLine(text, next, style);
      if (credited && p.end > open + 1) spans.push({ start: open + 1, end: p.end, continues: false, continuation });
      const runsOn = !reopens && !credited && next !== undefined && closesAtEnd(text, next, style);
      if ((reopens || runsOn) && p.end > open + 1) spans.push({ start: open + 1, end: p.end, continues: true, continuation });
      if (runsOn) runOn = next;
      carried = reopens;
    }
  }
  return spans;
}
