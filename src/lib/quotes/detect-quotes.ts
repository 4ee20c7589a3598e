/**
 * Find the quotes in a plain text: pair the marks, drop titles, grade fragments, and link the
 * parts of one utterance (an interrupted quote, a quote over several paragraphs) into a group.
 */
import { classifyQuote, type QuoteContext } from './classify-quote.ts';
import { normalizeQuoteMarks } from './mark-variants.ts';
import { pairQuoteMarks, paragraphsOf, type MarkedSpan } from './quote-marks.ts';
import type { QuoteSpan } from './quote-span.ts';
import { SPEECH_VERBS } from './speech-verbs.ts';

/** An inverted attribution and a plain name, then a sentence of narration: `said Tom Lowe. Ann Ortiz nodded`. */
const INVERTED_THEN_NARRATION =
  /^(?:said|says|added|asked|wrote|replied|continued|insisted|noted)\s+(?:\p{Lu}[\p{Ll}'’-]+\s+){0,3}(?!(?:Mr|Mrs|Ms|Dr|Sen|Rep|Del|Gov|Gen|Lt|Col|Sgt|St|Jr|Sr|Prof|Adm|Capt|Maj|Sec|Amb|Rev|Atty|Ft|Mt)\.)\p{Lu}[\p{Ll}'’-]+[.!?]\s+\p{Lu}/u;

/** `," he said, "` / `," said Peskov. "` / `," the minister added: "` between two parts of one quote. */
function isInterruption(between: string): boolean {
  const m = /^\s*[,]?\s*["”]?\s*([^"“”]{1,80}?)\s*[,.:;—–-]\s*["“]?\s*$/u.exec(between);
  if (!m) return false;
  const words = m[1]!.split(/\s+/);
  if (words.length > 10) return false;
  // ("“…,” Kline said. Ortiz nodded. “…”", "“…,” said Kline. Ortiz nodded. “…”": a sentence of its own between
  // the parts is narration, and the next quote may be someone else's. A full stop after an abbreviation
  // or an initial, "said Sen. Ortiz", "said Ann B. Ortiz", "a U.S. Navy pilot", ends none.)
  if (/(?<!\p{L})\p{Ll}{2,}[.!?]\s+\p{Lu}/u.test(m[1]!) || INVERTED_THEN_NARRATION.test(m[1]!)) return false;
  return words.some((w) => SPEECH_VERBS.has(w.toLowerCase().replace(/[^a-z]/g, '')));
}

/** Every quoted span, titles included, with its kind. */
export function scanQuotedSpans(text: string): QuoteSpan[] {
  // (Marks written as two apostrophes, guillemets and the like are paired as the usual ones; the text
  // keeps its length, so the spans hold for the original.)
  const marks = normalizeQuoteMarks(text);
  const marked = pairQuoteMarks(marks);
  const paragraphs = paragraphsOf(marks);
  const paragraphOf = (offset: number) => paragraphs.find((p) => p.start <= offset && offset <= p.end)!;
  const spans: QuoteSpan[] = [];
  const groups: number[] = [];
  marked.forEach((m: MarkedSpan, i) => {
    const p = paragraphOf(m.start);
    const ctx: QuoteContext = {
      quoted: text.slice(m.start, m.end),
      before: marks.slice(p.start, m.start - 1),
      after: marks.slice(Math.min(m.end + 1, p.end), p.end),
      multiParagraph: m.continues || m.continuation,
    };
    const { kind, confidence } = classifyQuote(ctx);
    let group = spans.length;
    const prev = marked[i - 1];
    const prevSpan = spans[spans.length - 1];
    if (prev && prevSpan && prevSpan.kind !== 'title' && kind !== 'title') {
      if (m.continuation && prev.continues) group = groups[groups.length - 1]!;
      else if (paragraphOf(prev.start) === p && /[,…—–-]$|[?!]$/.test(prevSpan.text.trimEnd()) && isInterruption(marks.slice(prev.end + 1, m.start - 1))) {
        group = groups[groups.length - 1]!;
      }
    }
    groups.push(group);
    spans.push({ text: ctx.quoted, start: m.start, end: m.end, kind, confidence, group });
  });
  return spans;
}

/** The quotes in `text`: every quoted span that is not a title. Groups are renumbered densely. */
export function detectQuotes(text: string): QuoteSpan[] {
  const all = scanQuotedSpans(text).filter((s) => s.kind !== 'title' && s.text.trim() !== '');
  const renumber = new Map<number, number>();
  return all.map((s, i) => {
    if (!renumber.has(s.group)) renumber.set(s.group, i);
    return { ...s, group: renumber.get(s.group)! };
  });
}
