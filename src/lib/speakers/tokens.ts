/**
 * A flat token stream of the text outside quotes, with each quote folded into one token, and
 * sentence numbers that never split a quote. A capital initial ("Charles B. Rangel", "J. J. Price") is one token
 * with its full stop, so it neither ends a sentence nor breaks a name; so is "No." before a number
 * ("the No. 2 Senate Republican"). A word keeps its combining accents and the stray symbols of a
 * text decoded twice ("JosÃ©", "FranÃÂ§ois"), so such a name stays one word. Attribution rules read
 * this stream, so a name that occurs only inside a quote can never be taken for its speaker.
 */
import { normalizeQuoteMarks, type QuoteSpan } from '../quotes/index.ts';

export interface Token {
  text: string;
  start: number;
  end: number;
  type: 'word' | 'punct' | 'quote';
  /** Index into the quote list for `quote` tokens. */
  quote?: number;
  /** A line break lies between this token and the previous one. */
  paragraphStart: boolean;
  sentence: number;
  paragraph: number;
}

const TOKEN =
  /(?:\p{L}\.){2,}|\p{Lu}\.(?=\s(?:\p{Lu}\.\s)?\p{Lu}\p{Ll})|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Del|Gov|Gen|Lt|Col|Sgt|St|Jr|Sr|Prof|Adm|Capt|Maj|Sec|Amb|Rev|Inc|Corp|Co|Ltd|Sept?|Oct|Nov|Dec|Jan|Feb|Aug)\.|(?:No|Nos|Vol|Art)\.(?=\s\d)|(?:[$€£](?=\p{N}))?[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|(?<=[ÂÃ\p{M}\u0080-\u009f])[\u0080-\u009f\u00a1-\u00bf]|['’](?=\p{L})|[-.&](?=[\p{L}\p{N}])|(?<=\p{N})\/(?=\p{N}))*(?:['’](?=\s|$|[,.;:!?]))?|\S/gu;

const MARKS = /["“”„‘’‚']/;
/** A nickname: one or two capitalised words (`Chico`, `Big Jim`). */
const NICKNAME_WORDS = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?`;
/** A nickname in marks and the surname after it, where no quote was detected: `"Chico" Reyes`. */
const QUOTED_NICKNAME = new RegExp(`^["“]${NICKNAME_WORDS}["”](?=\\s+\\p{Lu}\\p{Ll})`, 'u');

export function tokenize(original: string, quotes: readonly QuoteSpan[]): Token[] {
  // (Marks written as two apostrophes and the like read as the usual ones; offsets are unchanged.)
  // (So does a dash typed as two hyphens, "Mitt Romney -- “…” -- and Fred Goldberg".)
  const text = normalizeQuoteMarks(original).replace(/(?<=\s)--(?=\s)/g, '— ');
  const regions = quotes
    .map((q, i) => ({
      start: q.start > 0 && MARKS.test(text[q.start - 1]!) ? q.start - 1 : q.start,
      end: MARKS.test(text[q.end] ?? '') ? q.end + 1 : q.end,
      index: i,
    }))
    .sort((a, b) => a.start - b.start);
  const tokens: Token[] = [];
  let pos = 0;
  let paragraph = 0;
  let pendingBreak = true;
  const scan = (from: number, to: number) => {
    const slice = text.slice(from, to);
    TOKEN.lastIndex = 0;
    let last = 0;
    for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
      if (slice.slice(last, m.index).includes('\n')) pendingBreak = true;
      last = m.index + m[0].length;
      const word = /^[$€£]?[\p{L}\p{N}]/u.test(m[0]);
      // A nickname in marks inside a name, which is no quote (`Juan "Chico" Reyes`): left out, as `withoutNicknames` leaves out one detected as a quote.
      const nick = MARKS.test(m[0]) && /^\p{Lu}\p{Ll}/u.test(tokens.at(-1)?.text ?? '') ? QUOTED_NICKNAME.exec(slice.slice(m.index)) : null;
      if (nick) {
        TOKEN.lastIndex = m.index + nick[0].length;
        last = TOKEN.lastIndex;
        continue;
      }
      pushToken({ text: m[0], start: from + m.index, end: from + last, type: word ? 'word' : 'punct' });
    }
    if (slice.slice(last).includes('\n')) pendingBreak = true;
  };
  const pushToken = (t: Pick<Token, 'text' | 'start' | 'end' | 'type' | 'quote'>) => {
    if (pendingBreak && tokens.length > 0) paragraph++;
    tokens.push({ ...t, paragraphStart: pendingBreak, sentence: 0, paragraph });
    pendingBreak = false;
  };
  for (const r of regions) {
    if (r.start < pos) continue;
    scan(pos, r.start);
    pushToken({ text: text.slice(r.start, r.end), start: r.start, end: r.end, type: 'quote', quote: r.index });
    pos = r.end;
  }
  scan(pos, text.length);
  const kept = withoutNicknames(withoutPartyLabels(tokens), quotes);
  numberSentences(kept, quotes);
  return kept;
}

const PARTY_LABEL = /^(?:[DRI]|[DRI]-[\p{Lu}][\p{L}.]*)$/u;

/**
 * Party-and-state labels after a politician's name are not words of the sentence: `Rep. Elijah
 * Cummings (D-Md.) said`, `Mitch McConnell, R-Ky., said` read as `Rep. Elijah Cummings said`.
 */
function withoutPartyLabels(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const at = (k: number) => tokens[i + k];
    // "(D-Md.)", "(R-IN)", "(D)", "(D-Newport News)"
    if (t.text === '(' && at(1) && PARTY_LABEL.test(at(1)!.text) && at(1)!.type === 'word') {
      let k = 2;
      if (/-/.test(at(1)!.text) && at(k)?.type === 'word' && /^\p{Lu}/u.test(at(k)!.text) && at(k + 1)?.text === ')') k++;
      if (at(k)?.text === '.') k++;
      if (at(k)?.text === ')') {
        i += k;
        continue;
      }
    }
    // ", R-Ky.," — the comma after it goes too when a verb follows ("McConnell, R-Ky., said"), not
    // when a description does ("Sen. Mike Lee, R-Utah, a member of the committee": "Sen. Mike Lee, a member …").
    if (t.text === ',' && at(1)?.type === 'word' && /^[DRI]-[\p{Lu}]/u.test(at(1)!.text)) {
      let k = 2;
      if (at(k)?.text === '.') k++;
      if (at(k)?.text === ',' || at(k)?.type === 'quote') {
        const next = at(k + 1);
        if (at(k)?.text === ',' && next?.type === 'word' && /^\p{Ll}/u.test(next.text) && !/^(?:a|an|the|his|her|their|who|which|whose|one|chairman|chairwoman|member|head|leader)$/.test(next.text)) k++;
        i += k - 1;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

const NICKNAME = new RegExp(`^${NICKNAME_WORDS}$`, 'u');

/**
 * A nickname quoted inside a name is part of the name, not a quote of the sentence: `state Rep.
 * Dana "Dee" Kells shouted` reads as `state Rep. Dana Kells shouted`. (The quote keeps no token,
 * so no rule ever attributes it.)
 */
function withoutNicknames(tokens: Token[], quotes: readonly QuoteSpan[]): Token[] {
  return tokens.filter((t, i) => {
    if (t.type !== 'quote' || t.paragraphStart) return true;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const inName = (w: Token | undefined) => !!w && w.type === 'word' && /^\p{Lu}\p{Ll}/u.test(w.text) && !w.paragraphStart;
    return !(inName(prev) && inName(next) && NICKNAME.test(quotes[t.quote!]!.text) && /^\p{Lu}/u.test(tokens[i - 2]?.text ?? ''));
  });
}

const isAbbreviation = (t: Token) => /\./.test(t.text) && t.type === 'word';
const startsUpper = (t: Token | undefined) => !!t && (t.type === 'quote' || /^[\p{Lu}\p{N}]/u.test(t.text));

function numberSentences(tokens: Token[], quotes: readonly QuoteSpan[]): void {
  let sentence = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > 0 && t.paragraphStart) sentence++;
    t.sentence = sentence;
    const next = tokens[i + 1];
    if (!next || next.paragraphStart) continue;
    if (t.type === 'punct' && /^[.!?…]$/.test(t.text) && startsUpper(next)) {
      // Closing marks and brackets right after the full stop stay with this sentence.
      sentence++;
    } else if (t.type === 'word' && isAbbreviation(t) && /\.$/.test(t.text) && next.type === 'word' && /^\p{Lu}/u.test(next.text) && !/^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|St|Prof|Adm|Capt|Maj|Sec|Amb|Rev)\.$/.test(t.text) && /^(?:The|He|She|It|They|We|But|And|In|On|At|A|An|This|That|Meanwhile|However)$/.test(next.text)) {
      // "… in the U.S. The talks …": an abbreviation that also ends a sentence.
      sentence++;
    } else if (t.type === 'quote') {
      const inner = quotes[t.quote!]!.text.trimEnd();
      if (/[.!?…]$/.test(inner) && startsUpper(next) && !looksLikeTail(tokens, i + 1)) sentence++;
    }
  }
}

/** `"…?" Trump asked.` — a short clause with a reporting verb right after a quote belongs to it. */
function looksLikeTail(tokens: Token[], from: number): boolean {
  let words = 0;
  for (let j = from; j < tokens.length && j < from + 8; j++) {
    const t = tokens[j]!;
    if (t.paragraphStart && j > from) return false;
    if (t.type === 'quote') return false;
    if (t.type === 'punct') return words > 0 && /^[.,;:!?]$/.test(t.text) && tailHasVerb(tokens, from, j);
    words++;
  }
  return false;
}

function tailHasVerb(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (/^(?:said|says|asked|added|told|wrote|tweeted|posted|replied|responded|continued|explained|insisted|noted|stated|declared|warned|argued|recalled|joked|quipped)$/.test(tokens[j]!.text)) return true;
  return false;
}
