/**
 * Who said each quote. Rules, in the order news writing uses them:
 *  1. an attribution clause right after the quote (`"…," Medvedev said`, `"…," said Peskov`,
 *     `"…," he told reporters`, `"…," according to X`, `"…!" Trump barked`);
 *  2. the subject of the reporting verb before it (`X said: "…"`, `X described it as "…"`,
 *     `X emphasized that "…"`; for `…, stating, "…"` and `… but stressed "…"` the subject of
 *     the main clause), with clauses split at "while", "whereas", ";" so that
 *     `X called it "…", while Y found it "…"` gets two speakers; a name and a colon
 *     (`Pollster Daron Shaw: "…"`) count too;
 *     a verb inside a reported clause gives way to the one that reports it (`X said that Y
 *     told them "…"` is X's), and `TASS quoted Peskov as saying "…"` is Peskov's;
 *  3. a passive attribution in the next sentence (`… "striking" difference. This was stated by X.`);
 *  4. the subject of a judging verb or of the quote's own clause, when it names someone;
 *  5. for a quote standing alone, the speaker of the quote just before it, else the subject of
 *     the sentence before it.
 * Parts of one utterance (a group) share the first speaker found. Names inside quotes are
 * never candidates: the token stream folds every quote into one token.
 */
import type { ActorRegistry } from '../actors/index.ts';
import { isCoreSpeechVerb, isSpeechVerb, isSpeechVerbAfterSubject, type QuoteSpan } from '../quotes/index.ts';
import { CONJUNCTIONS } from './lexicon.ts';
import { findMentions } from './mentions.ts';
import { clauseSubject, hasHead, isCapitalized, isInverting, isPersonish, isVerbLike, isWord, leftSubject, rightSubject, type Range } from './noun-phrase.ts';
import { resolvePhrase, type ResolveContext } from './resolve-speaker.ts';
import type { Speaker } from './speaker.ts';
import { tokenize, type Token } from './tokens.ts';

const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');

/** Verbs of judging: their subject owns the words quoted as the judgement (`Putin found it "frank"`). */
const JUDGING = new Set('found find finds considered considers deemed deems viewed views saw sees termed labeled labelled branded thought thinks felt feels'.split(' '));

interface Found {
  speaker: Speaker;
  /** How it was found: an attribution after or before the quote, a clause subject, or context. */
  how: 'tail' | 'head' | 'clause' | 'carried';
}

export function attributeSpeakers(text: string, quotes: readonly QuoteSpan[], registry: ActorRegistry, published: string): (Speaker | null)[] {
  const tokens = tokenize(text, quotes);
  const index = findMentions(tokens, registry, published);
  const ctx: ResolveContext = { tokens, registry, index, date: published };
  const tokenOf = new Map<number, number>();
  tokens.forEach((t, i) => t.type === 'quote' && tokenOf.set(t.quote!, i));
  const sentenceStart = new Map<number, number>();
  const sentenceEnd = new Map<number, number>();
  tokens.forEach((t, i) => {
    if (!sentenceStart.has(t.sentence)) sentenceStart.set(t.sentence, i);
    sentenceEnd.set(t.sentence, i + 1);
  });
  const resolve = (r: Range | undefined) => (r ? resolvePhrase(ctx, r) : undefined);
  /** A reporting verb at `v`, phrasal ones included ("shot back", "fired back"). */
  const reportsAt = (v: number) => {
    const t = tokens[v];
    if (!isWord(t)) return false;
    if (isSpeechVerb(t.text)) return true;
    if (/^(?:shot|fired|hit|snapped|struck|pushed)$/i.test(t.text) && lower(tokens[v + 1]) === 'back') return true;
    const prev = tokens[v - 1];
    return !isCapitalized(t) && isSpeechVerbAfterSubject(t.text) && /^(?:he|she|they)$/i.test(prev?.text ?? '');
  };
  /** Only a phrase naming a person or a body (not "the situation") may be taken from a clause that reports nothing. */
  const resolveStrict = (r: Range | undefined) => (r && isPersonish(tokens, r) ? resolvePhrase(ctx, r) : undefined);

  /** The attribution clause after a quote. */
  function tail(i: number): Speaker | undefined {
    const q = tokens[i]!;
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.type === 'punct' && /^[,—–-]$/.test(tokens[j]!.text) && j < i + 3) j++;
    const t = tokens[j];
    if (!t || t.type !== 'word' || t.paragraphStart) return undefined;
    const crossed = t.sentence !== q.sentence;
    const hi = sentenceEnd.get(t.sentence)!;
    // `"…!" Murphy tweeted.` — a new sentence only counts when it opens with the attribution; after a
    // full stop only a short one (`"…." Medvedev said.`), not the next sentence of the story.
    const exclaims = /[?!]$/.test(quotes[q.quote!]!.text.trimEnd());
    if (crossed && !exclaims && hi - j > 8) return undefined;
    const reach = crossed ? (exclaims ? 20 : 6) : 24;
    if (lower(t) === 'according' && lower(tokens[j + 1]) === 'to') return resolve(rightSubject(tokens, j + 1, hi));
    if (isInverting(t) || (isSpeechVerb(t.text) && !/ing$/.test(lower(t)) && !/^(?:told|tells)$/.test(lower(t)))) {
      const r = rightSubject(tokens, j, hi);
      if (r) return resolve(r);
    } else if (isVerbLike(t) && /ed$/.test(lower(t)) && isCapitalized(tokens[j + 1])) {
      // `"This is fantastic!" beamed Donald Hartley`
      const r = rightSubject(tokens, j, hi);
      if (r) return resolveStrict(r);
    }
    for (let v = j + 1; v < Math.min(hi, j + reach); v++) {
      const w = tokens[v]!;
      if (w.type === 'quote' || /^[.;:!?]$/.test(w.text)) break;
      if (!isWord(w) || /ing$/.test(lower(w))) continue;
      const speech = reportsAt(v);
      // Any verb straight after the speaker's name will do: `"Go back," Trump barked.`
      if (!speech && !(isVerbLike(w) && /ed$/.test(lower(w)))) continue;
      const s = leftSubject(tokens, v, j);
      if (s && s.from === j) {
        // `"…," TASS quoted Peskov as saying.`
        const cited = /^(?:quoted|cited)$/.test(lower(w)) ? rightSubject(tokens, v, hi) : undefined;
        if (cited && lower(tokens[cited.to]) === 'as') return resolve(cited);
        return speech && isCoreSpeechVerb(w.text) ? resolve(s) : resolveStrict(s);
      }
      if (speech) break;
    }
    return crossed ? undefined : closingAttribution(i, hi);
  }

  /**
   * `… "the beginning of the end" for the EU, said Geert Wilders.` / `… "a" and "b," Howard Dean,
   * the former governor, proclaimed.` — an attribution that closes the sentence.
   */
  function closingAttribution(i: number, hi: number): Speaker | undefined {
    for (let v = hi - 1; v > i + 1; v--) {
      const t = tokens[v]!;
      if (!isWord(t) || !reportsAt(v) || /ing$/.test(lower(t))) continue;
      const before = tokens[v - 1];
      if (isInverting(t) && (before?.text === ',' || before?.type === 'quote')) {
        const r = rightSubject(tokens, v, hi);
        if (r) return resolve(r);
      }
      const s = leftSubject(tokens, v, i + 1);
      const lead = s ? tokens[s.from - 1] : undefined;
      if (s && (lead?.text === ',' || lead?.type === 'quote')) return resolve(s);
      return undefined;
    }
    return undefined;
  }

  /** Where the clause holding token `i` starts: after ";" or a conjunction that opens a new subject–verb clause. */
  function clauseStart(i: number, lo: number): number {
    for (let b = i - 1; b > lo; b--) {
      const t = tokens[b]!;
      if (t.text === ';') return b + 1;
      if (isWord(t) && CONJUNCTIONS.has(lower(t)) && lower(t) !== 'and') {
        const s = clauseSubject(tokens, b + 1, i);
        if (s && s.from === b + 1) return reportsBefore(b, lo) ? lo : b + 1;
      }
    }
    return lo;
  }

  /** `X said that A while B …`: the conjunction sits inside reported speech, not between two speakers. */
  function reportsBefore(b: number, lo: number): boolean {
    for (let k = b - 1; k >= lo; k--) {
      const t = tokens[k]!;
      if (isWord(t) && isSpeechVerb(t.text) && !/^(?:called|described|termed|labeled|labelled|branded|dubbed)$/.test(lower(t))) {
        const next = tokens[k + 1];
        return lower(next) === 'that' || (isWord(next) && !isCapitalized(next) ? false : true);
      }
    }
    return false;
  }

  /** The subject of a reporting verb at `v`, or of the clause when the verb has none of its own. */
  function subjectOf(v: number, from: number, lo: number): Speaker | undefined {
    const t = tokens[v]!;
    const participle = /ing$/.test(lower(t)) && !/^(?:is|was|are|were|been|be)$/.test(lower(tokens[v - 1]));
    // "TASS quoted Peskov as saying: …"
    if (participle && lower(tokens[v - 1]) === 'as') {
      let k = v - 2;
      while (k > from && !/^(?:quoted|cited)$/.test(lower(tokens[k])) && v - k < 10) k--;
      if (/^(?:quoted|cited)$/.test(lower(tokens[k]))) {
        const cited = rightSubject(tokens, k, v - 1);
        if (cited) return resolve(cited);
      }
    }
    // "with Trump reportedly yelling: …" — a participle with a subject of its own.
    if (participle) {
      let k = v - 1;
      while (k > from && isWord(tokens[k]) && /ly$/.test(lower(tokens[k]))) k--;
      if (isCapitalized(tokens[k])) {
        const own = leftSubject(tokens, v, from);
        if (own) return resolveStrict(own);
      }
    }
    if (!participle) {
      // "Rubio was asked by moderator Gerard Baker whether …"
      if (lower(t) === 'asked' && lower(tokens[v + 1]) === 'by') {
        const asker = rightSubject(tokens, v + 1, sentenceEnd.get(t.sentence)!);
        if (asker) return resolve(asker);
      }
      const own = leftSubject(tokens, v, from);
      if (own) return isCoreSpeechVerb(t.text) ? resolve(own) : resolveStrict(own);
      // `Said Dorothy Poynter, …, "…"` — inversion only where nothing precedes the verb.
      const prev = tokens[v - 1];
      if (isInverting(t) && (v === lo || prev?.type === 'quote' || (prev?.text === ',' && tokens[v - 2]?.type === 'quote'))) {
        const inverted = rightSubject(tokens, v, sentenceEnd.get(t.sentence)!);
        if (inverted) return resolve(inverted);
      }
    }
    return resolveStrict(clauseSubject(tokens, from, v, true)) ?? resolveStrict(clauseSubject(tokens, lo, v, true));
  }

  /** The reporting verb (or failing that, the subject) before a quote. */
  function head(i: number): Found | undefined {
    const q = tokens[i]!;
    const lo = sentenceStart.get(q.sentence)!;
    const from = clauseStart(i, lo);
    const scan = (a: number, test: (t: Token, v: number) => boolean): number | undefined => {
      for (let v = i - 1; v >= a; v--) if (isWord(tokens[v]) && test(tokens[v]!, v)) return v;
      return undefined;
    };
    // "according to X, …" — unless a reporting verb stands between it and the quote.
    const acc = scan(from, (t, v) => lower(t) === 'according' && lower(tokens[v + 1]) === 'to');
    const nearestVerb = scan(from, (t, v) => reportsAt(v) && !isCapitalized(t));
    if (acc !== undefined && (nearestVerb === undefined || nearestVerb < acc)) {
      const s = resolve(rightSubject(tokens, acc + 1, i));
      if (s) return { speaker: s, how: 'head' };
    }
    const isReporting = (t: Token, v: number) => reportsAt(v) && (!isCapitalized(t) || /^(?:Said|Says|Added|Asked|Wrote)$/.test(t.text));
    for (const [a, test] of [
      [from, isReporting],
      [from, (t: Token) => JUDGING.has(lower(t))],
      [lo, isReporting],
    ] as const) {
      let v = scan(a, test);
      if (v === undefined) continue;
      // "Zelensky …, claiming that U.S. delegates proposed an "even bigger first step"": the verb inside
      // a reported clause is not the attribution; the one that reports the clause is.
      const outer = reportingAbove(v, a);
      if (outer !== undefined) v = outer;
      const s = subjectOf(v, a === lo ? lo : from, lo);
      if (s) return { speaker: s, how: 'head' };
    }
    // `Republican pollster Daron Shaw: "…"`
    if (tokens[i - 1]?.text === ':') {
      const r = leftSubjectBeforeColon(i - 1, lo);
      const s = r && isPersonish(tokens, r) ? resolve(r) : undefined;
      if (s) return { speaker: s, how: 'head' };
    }
    const s = resolveStrict(clauseSubject(tokens, from, i, true));
    return s ? { speaker: s, how: 'clause' } : undefined;
  }

  /** A reporting verb before `v` whose "that"-clause holds `v`, if any. */
  function reportingAbove(v: number, lo: number): number | undefined {
    let found: number | undefined;
    for (let u = v - 1; u >= lo; u--) {
      const t = tokens[u]!;
      if (t.type === 'quote' || t.text === ';') break;
      if (!isWord(t) || !reportsAt(u) || isCapitalized(t)) continue;
      // "said that …", "told reporters that …", "claiming that …"
      let k = u + 1;
      while (k < v && k < u + 4 && isWord(tokens[k]) && lower(tokens[k]) !== 'that') k++;
      if (lower(tokens[k]) === 'that' && k < v) found = u;
    }
    return found;
  }

  function leftSubjectBeforeColon(colon: number, lo: number): Range | undefined {
    const r = leftSubject(tokens, colon, lo);
    return r && r.from === lo && hasHead(tokens, r) ? r : undefined;
  }

  const results: (Found | undefined)[] = quotes.map(() => undefined);
  const groups = new Map<number, number[]>();
  quotes.forEach((q, k) => groups.set(q.group, [...(groups.get(q.group) ?? []), k]));

  const orderedGroups = [...groups.values()].sort((a, b) => quotes[a[0]!]!.start - quotes[b[0]!]!.start);
  for (const members of orderedGroups) {
    let found: Found | undefined;
    let clauseOnly: Found | undefined;
    for (const k of members) {
      const i = tokenOf.get(k);
      if (i === undefined) continue;
      const direct = quotes[k]!.kind === 'direct';
      const h = head(i);
      const tl = tail(i);
      if (direct) found = tl ? { speaker: tl, how: 'tail' } : h?.how === 'head' ? h : undefined;
      else found = h?.how === 'head' ? h : tl ? { speaker: tl, how: 'tail' } : undefined;
      if (!clauseOnly && h?.how === 'clause') clauseOnly = h;
      if (found) break;
    }
    found ??= statedBy(members[0]!) ?? clauseOnly ?? carried(members[0]!);
    for (const k of members) results[k] = found;
  }

  /** `… the "striking" difference. This was stated by Foreign Minister Andriy Sibiga.` */
  function statedBy(k: number): Found | undefined {
    const i = tokenOf.get(k);
    if (i === undefined) return undefined;
    const next = tokens[i]!.sentence + 1;
    const ns = sentenceStart.get(next);
    if (ns === undefined || tokens[ns]!.paragraph !== tokens[i]!.paragraph) return undefined;
    const w = (n: number) => lower(tokens[ns + n]);
    if (!/^(?:this|that|it)$/.test(w(0)) || !/^(?:was|is|has)$/.test(w(1))) return undefined;
    const v = w(2) === 'been' ? 3 : 2;
    if (!reportsAt(ns + v) || w(v + 1) !== 'by') return undefined;
    const s = resolve(rightSubject(tokens, ns + v + 1, sentenceEnd.get(next)!));
    return s ? { speaker: s, how: 'head' } : undefined;
  }

  /** A quote standing alone: the previous quote's speaker, or the subject of the previous sentence. */
  function carried(k: number): Found | undefined {
    const q = quotes[k]!;
    if (q.kind === 'scare') return undefined;
    const i = tokenOf.get(k)!;
    const here = tokens[i]!;
    // Only a quote that opens its sentence stands alone.
    const lo = sentenceStart.get(here.sentence)!;
    if (lo !== i && !(lo === i - 1 && tokens[lo]!.type === 'punct')) return undefined;
    for (let p = k - 1; p >= 0; p--) {
      const prev = results[p];
      const pt = tokens[tokenOf.get(p) ?? -1];
      if (!pt) continue;
      if (here.sentence - pt.sentence > 1 || here.paragraph - pt.paragraph > 1) break;
      if (prev) return { speaker: prev.speaker, how: 'carried' };
    }
    const prevSentence = here.sentence - 1;
    const ps = sentenceStart.get(prevSentence);
    if (ps === undefined || here.paragraph - tokens[ps]!.paragraph > 1) return undefined;
    const s = resolveStrict(clauseSubject(tokens, ps, sentenceEnd.get(prevSentence)!, true));
    return s ? { speaker: s, how: 'carried' } : undefined;
  }

  return results.map((f) => f?.speaker ?? null);
}
