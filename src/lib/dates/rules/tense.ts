/**
 * The tense of the clause around a date expression: does it look back or ahead from the
 * publication date? The nearest marker before the expression in its sentence wins, so in
 * "said it will merge in December" the future "will" beats the past "said"; failing one before
 * it, the nearest after it within the sentence.
 *
 * @example
 * tenseAt('The mission will launch in December.', 27) → 'future'
 * tenseAt('The offer had been scheduled to expire Friday.', 39) → 'past'
 * tenseAt('Prices fell in December.', 15) → 'past'
 * tenseAt('Regulators gave it until November to reply.', 25) → 'unknown' (a deadline)
 */
export type Tense = 'past' | 'future' | 'unknown';

const FUTURE = /\b(?:will|won['’]t|shall|going to|(?:is|are|am)(?: now)? (?:expected|scheduled|set|due|planned|slated|going|to)|plans? to|expects? to|hopes? to|intends? to|supposed to|set to|(?:has|have) scheduled|as (?:soon|early) as|would|upcoming|to be(?= [a-z]+ed\b| held\b)|next|coming)\b|['’]ll\b/gi;
const PAST =
  /\b(?:was|were|had|did|ago|last|earlier|since|previously|former|began|came|met|went|took|gave|made|held|told|said|says|fell|rose|won|lost|left|saw|sent|spent|paid|sold|bought|brought|thought|found|kept|led|built|became|wrote|spoke|stood|sought|grew|drew|knew|broke|chose|heard|felt|meant)\b|\b[a-z]{3,}ed\b/gi;
/** "The trimmed payout", "an unspecified day": a word in -ed after an article is an adjective, not a past verb. */
const ADJECTIVE_BEFORE = /\b(?:a|an|the|its|their|his|her|our|this|that)(?: (?:still|newly|recently|long|once|widely|so-called))? $/i;
/**
 * A deadline ("by May", "until mid-November", "payable Jan. 2") or a new date for something put
 * off ("was moved to January 14", "postponed until March") after a past verb says by or for when,
 * not whether the time is past or ahead: in "gave it until mid-November" the past verb is when
 * the deadline was set; so does a plan stated as such ("the opening was planned for late
 * April"). After a future one ("will double by August") it looks ahead. (A plan in an aside,
 * "first set for March 3, was held on March 10", keeps the reading of its clause.)
 */
const DEADLINE_BEFORE =
  /\b(?:by|until|till|through|payable|due|(?:moved|pushed(?: back)?|postponed|delayed|rescheduled|brought forward|put off|deferred|adjourned) (?:to|until|till)|(?:was|were|is|are|(?:had|has|have) been) (?:[a-z]+ly )?(?:scheduled|slated|planned|set) for)\s+(?:(?:early|mid|late)[- ]?|the (?:end|middle|beginning|start) of )?$/i;

/**
 * The future as it was reported: "was unlikely to return", "were expected to resume". Ahead of
 * publication only while nothing in the sentence says it has happened since ("was due to dock in
 * October but was held at sea"), and not "was likely to have left".
 */
const FUTURE_THEN = /\b(?:was|were) (?:(?:un)?likely|expected|due|set|scheduled|about) to (?!have\b)/gi;

const MODAL = /\b(?:could|might|may)\b(?!\s+(?:have|not have)\b)/g;

function markers(segment: string): { at: number; tense: Tense; then?: boolean }[] {
  const out: { at: number; tense: Tense; then?: boolean }[] = [];
  for (const m of segment.matchAll(FUTURE)) out.push({ at: m.index, tense: 'future' });
  for (const m of segment.matchAll(FUTURE_THEN)) out.push({ at: m.index, tense: 'future', then: true });
  // "Could", "might", "may" (not "could have"): a possibility, which says neither.
  for (const m of segment.matchAll(MODAL)) out.push({ at: m.index, tense: 'unknown' });
  for (const m of segment.matchAll(PAST)) {
    if (/ed$/i.test(m[0]) && ADJECTIVE_BEFORE.test(segment.slice(Math.max(0, m.index - 24), m.index))) continue;
    // "is expected": a future phrase holding a word that ends like a past one.
    if (!out.some((o) => o.at <= m.index && m.index < o.at + 24 && o.tense === 'future')) out.push({ at: m.index, tense: 'past' });
  }
  return out;
}

export function tenseAt(text: string, index: number, length = 0): Tense {
  const tense = clauseTense(text, index, length);
  return tense === 'past' && DEADLINE_BEFORE.test(text.slice(Math.max(0, index - 40), index)) ? 'unknown' : tense;
}

/**
 * The quotation the expression stands in, as the offsets just inside its marks, if it stands in
 * one: a speaker's words keep their own tense ("“Let's get through Tuesday first,” she said" looks
 * ahead, whatever "said" does).
 */
function quotationAround(text: string, index: number, length: number): { open: number; close: number } | undefined {
  const lineStart = text.lastIndexOf('\n', index) + 1;
  const curlyOpen = text.lastIndexOf('“', index);
  if (curlyOpen >= lineStart && text.lastIndexOf('”', index) < curlyOpen) {
    const close = text.indexOf('”', index + length);
    return { open: curlyOpen + 1, close: close < 0 ? text.length : close };
  }
  const straight = [...text.slice(lineStart, index).matchAll(/"/g)];
  if (straight.length % 2 === 1) {
    const close = text.indexOf('"', index + length);
    return { open: lineStart + straight.at(-1)!.index + 1, close: close < 0 ? text.length : close };
  }
  return undefined;
}

function clauseTense(text: string, index: number, length: number): Tense {
  const quotation = quotationAround(text, index, length);
  const from = Math.max(text.lastIndexOf('.', index - 2), text.lastIndexOf('\n', index), text.lastIndexOf(';', index), quotation?.open ?? 0, 0);
  let to = text.indexOf('.', index + length);
  if (to < 0) to = text.length;
  // (Nor past the line: a headline has no full stop.)
  const line = text.indexOf('\n', index + length);
  if (line >= 0) to = Math.min(to, line);
  if (quotation) to = Math.min(to, quotation.close);
  const rest = text.slice(index + length, to);
  // (A clause reported with "that" has its own tense: in "warned that sales over Christmas could be
  // the weakest", "warned" says when the warning was given, not when Christmas is.)
  const head = text.slice(from, index);
  const that = head.search(/\bthat\s+(?:\S+\s+){0,6}$/);
  const before = markers(that > 0 ? head.slice(that) : head);
  if (before.length > 0) {
    const nearest = before.reduce((a, b) => (b.at > a.at ? b : a));
    // ("Crowds were expected to gather on Saturday, and thousands did": what was expected then has happened.)
    if (nearest.then && markers(rest).some((m) => m.tense === 'past')) return 'past';
    return nearest.tense;
  }
  // (Only up to the next clause: in "a strike before Christmas, but the company left us no choice"
  // the past "left" is another clause's. A date opening its clause, "On Monday, and again on Friday,
  // the union will strike", reads past the aside to its verb.)
  const opensClause = !/[\p{L}\d]/u.test(text.slice(from, index).replace(/\b(?:on|in|at|by|from|since|until|during|early|late|last|next|this|the)\b/gi, ''));
  const next = opensClause ? null : /,\s+(?:but|and|while|whereas|although|though|yet)\b/.exec(rest);
  const after = markers(next ? rest.slice(0, next.index) : rest);
  if (after.length > 0) return after.reduce((a, b) => (b.at < a.at ? b : a)).tense;
  return 'unknown';
}
