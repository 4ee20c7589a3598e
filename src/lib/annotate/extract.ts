/**
 * The extractor: every suggestion the machine makes for one plain text, before any merging
 * with an editor's file. This is also the shape `factline annotate --stdin --json` prints.
 */
import type { ActorRegistry } from '../actors/index.ts';
import { findCheckWorthySentences, findGoingOnClaims, findInterviewClaims, findQuotedClaims, findReportedClaims, findRoleContradictions, type ReportedClaim } from '../claims/index.ts';
import { extractDates } from '../dates/index.ts';
import { detectQuotes } from '../quotes/index.ts';
import { attributeSpeakers } from '../speakers/index.ts';
import { WRITINGS } from '../speakers/lexicon.ts';
import { createAttributionContext } from '../speakers/rules/index.ts';
import type { Actor, Precision } from '../schema/index.ts';

export interface ExtractedQuote {
  text: string;
  start: number;
  speaker: { id: string | null; name: string } | null;
  /** Set when the speaker is not in the registry yet. */
  proposed?: boolean;
  confidence: 'high' | 'low';
}

export interface ExtractedDate {
  text: string;
  start: number;
  value: string;
  precision: Precision;
}

export interface ExtractedClaim {
  text: string;
  start: number;
  /** An actor id, or `publisher`; a claimant the registry does not know yet is `proposed_claimant`. */
  claimant: string;
  proposed_claimant?: { id: string; name: string };
  /** Reported speech by someone the article only describes ("the operator said …"): the description, for the editor. */
  described_claimant?: string;
  /** Who the extractor found makes the claim, as named in the text; absent for the article's own claims. */
  by?: { id: string | null; name: string };
  verdict: 'unverified' | 'false';
  explanation?: string;
}

export interface Extraction {
  quotes: ExtractedQuote[];
  dates: ExtractedDate[];
  claims: ExtractedClaim[];
}

/** Does a phrase name a document or a rule ("a report", "the new rules") rather than someone? */
const isDocument = (phrase: string) => {
  const head = phrase.split(/\s+/).at(-1)!.toLowerCase();
  return WRITINGS.test(head) || /^(?:rules|guidelines|laws?|orders?|contracts?|agreements?|plans?|budgets?|records)$/.test(head);
};

export function extract(text: string, published: string, actors: Actor[], registry: ActorRegistry): Extraction {
  const spans = detectQuotes(text);
  const context = createAttributionContext(text, spans, registry, published);
  const speakers = attributeSpeakers(text, spans, registry, published, context);
  const quotes: ExtractedQuote[] = spans.map((q, i) => {
    const s = speakers[i] ?? null;
    return {
      text: q.text,
      start: q.start,
      speaker: s ? { id: s.id, name: s.name } : null,
      ...(s?.proposed ? { proposed: true } : {}),
      confidence: q.confidence,
    };
  });
  const dates = extractDates(text, published).map(({ text: t, start, value, precision }) => ({ text: t, start, value, precision }));
  const roleClaims: ExtractedClaim[] = findRoleContradictions(text, actors, published).map((c) => ({
    text: c.text,
    start: c.start,
    claimant: 'publisher',
    verdict: c.verdict,
    explanation: c.explanation,
  }));
  // Claims someone is reported to make are theirs; the article makes the rest.
  const byClaimant = (c: ReportedClaim): ExtractedClaim => {
    const known = c.claimant.id && !c.claimant.proposed;
    // (A document is no one to name: "according to a report", "Per the new rules".)
    const document = !c.claimant.id && isDocument(c.claimant.name);
    return {
      text: c.text,
      start: c.start,
      claimant: known ? c.claimant.id! : 'publisher',
      ...(!known && c.claimant.id ? { proposed_claimant: { id: c.claimant.id, name: c.claimant.name } } : {}),
      ...(!c.claimant.id && !document ? { described_claimant: c.claimant.name.replace(/^The\b/, 'the') } : {}),
      ...(!document ? { by: { id: known ? c.claimant.id : null, name: c.claimant.name } } : {}),
      verdict: 'unverified',
    };
  };
  // (A quote worked into a sentence of reported speech is claimed with the sentence, not twice.)
  const overlaps = (a: { start: number; text: string }, b: { start: number; text: string }) => a.start < b.start + b.text.length && b.start < a.start + a.text.length;
  const inSentences: ReportedClaim[] = [];
  for (const r of [...findReportedClaims(text, context), ...findGoingOnClaims(text, spans, speakers), ...findInterviewClaims(text, context)]) {
    if (!inSentences.some((o) => overlaps(o, r))) inSentences.push(r);
  }
  const inQuotes = findQuotedClaims(spans, speakers).filter((q) => !inSentences.some((r) => overlaps(q, r)));
  const reported = [...inSentences, ...inQuotes].map(byClaimant);
  const overlapsReported = (start: number, t: string) => reported.some((r) => overlaps({ start, text: t }, r));
  const sentenceClaims: ExtractedClaim[] = findCheckWorthySentences(text, spans)
    .filter((s) => !overlapsReported(s.start, s.text))
    .map((s) => ({ text: s.text, start: s.start, claimant: 'publisher', verdict: 'unverified' }));
  const claims = [...roleClaims, ...reported, ...sentenceClaims].sort((a, b) => a.start - b.start || b.text.length - a.text.length);
  return { quotes, dates, claims };
}
