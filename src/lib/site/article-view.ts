/**
 * The view of one article the pages render: frontmatter, annotations joined with actor and
 * event names and human date labels, and the marks the rehype plugin wraps. Plain data,
 * JSON-serializable, so the content layer can store it.
 */
import { z } from 'zod';
import type { ArticleRecord } from '../corpus/index.ts';
import { precisionSchema, statusSchema, verdictSchema, type Actor, type FactEvent, type Reviewer, type Status } from '../schema/index.ts';
import { splitSentences, type Sentence } from '../text/index.ts';
import { paragraphAround } from './excerpts.ts';
import { formatCalendarValue } from './format-calendar.ts';
import { precisionOfValue } from './precision.ts';
import { annotationAnchor, PUBLISHER_ID } from './routes.ts';
import { verdictInfo } from './verdicts.ts';

/** An actor (or the publisher) as an annotation names them. */
export const actorRefSchema = z.object({ id: z.string(), name: z.string() });

const annotationViewSchema = z.object({
  id: z.string(),
  /** The element id in the article page, e.g. `q-3`: the deep-link target. */
  anchor: z.string(),
  text: z.string(),
  start: z.number(),
  end: z.number(),
  status: statusSchema,
  /** The sentence the annotation sits in, for context on list pages. */
  context: z.string(),
});

/** The sentence around a quote, split so that the quoted words can be marked. */
export const inContextSchema = z.object({ before: z.string(), quoted: z.string(), after: z.string() });

export const quoteViewSchema = annotationViewSchema.extend({
  speaker: actorRefSchema.nullable(),
  said: z.object({ value: z.string(), label: z.string() }).optional(),
  confidence: z.enum(['high', 'low']),
  /**
   * Where the quoted words start in `context`, or -1 when the sentence could not be placed:
   * the quote in its sentence is cut from `context` (see quoteInContext) rather than stored
   * a second time, since the content store holds every article's quotes.
   */
  contextAt: z.number().int(),
  /** The statement itself (post, transcript, video). */
  original: z.string().optional(),
  /** The editor's note (a correction of the wording, where it was said). */
  note: z.string().optional(),
});

/** Who decided a verdict, and when. */
export const reviewViewSchema = z.object({ on: z.string(), onLabel: z.string(), by: actorRefSchema });

export const claimViewSchema = annotationViewSchema.extend({
  claimant: actorRefSchema,
  /** The editor's one-line statement of the claim, when decided. */
  statement: z.string().optional(),
  verdict: verdictSchema,
  verdictLabel: z.string(),
  explanation: z.string().optional(),
  sources: z.array(z.string()),
  review: reviewViewSchema.optional(),
  /** The paragraph the claim sits in, split around it: the claim's page quotes it. */
  paragraph: z.object({ before: z.string(), text: z.string(), after: z.string() }),
});

export const dateViewSchema = annotationViewSchema.extend({
  value: z.string(),
  precision: precisionSchema,
  label: z.string(),
  event: actorRefSchema.extend({ date: z.string(), precision: precisionSchema }).optional(),
});

/**
 * The article as the site shows it: the type of what toArticleView returns, which the loader
 * writes to the article's view file (article-view-files.ts) and pages read back.
 */
export const articleViewSchema = z.object({
  slug: z.string(),
  title: z.string(),
  published: z.string(),
  publishedLabel: z.string(),
  publishedEvidence: z.string(),
  /** The publisher's name; `publisherId` when the publisher is an actor with a page. */
  publisher: z.string(),
  publisherId: z.string().optional(),
  url: z.string().optional(),
  sources: z.array(z.object({ label: z.string().optional(), title: z.string().optional(), url: z.string().optional() })),
  sourceFile: z.string(),
  summary: z.string(),
  reviewed: z.boolean(),
  /** The Markdown body. Its plain text is not kept: every passage a page shows is cut here. */
  body: z.string(),
  quotes: z.array(quoteViewSchema),
  claims: z.array(claimViewSchema),
  dates: z.array(dateViewSchema),
});

export type ActorRef = z.infer<typeof actorRefSchema>;
export type QuoteView = z.infer<typeof quoteViewSchema>;
export type ClaimView = z.infer<typeof claimViewSchema>;
export type DateView = z.infer<typeof dateViewSchema>;
export type ArticleView = z.infer<typeof articleViewSchema>;
export type InContext = z.infer<typeof inContextSchema>;
export type ReviewView = z.infer<typeof reviewViewSchema>;

export { PUBLISHER_ID };

function sentenceAround(text: string, sentences: readonly Sentence[], start: number, end: number): string {
  const first = sentences.findIndex((s) => s.end > start);
  let last = sentences.findIndex((s) => s.end >= end);
  if (first === -1) return text.slice(start, end);
  if (last === -1) last = sentences.length - 1;
  return text.slice(sentences[first]!.start, sentences[last]!.end);
}

/** Where `[start, end)` starts in its sentence `sentence`, or -1 when the sentence is not found around it. */
function offsetInSentence(text: string, sentence: string, start: number): number {
  const from = text.indexOf(sentence, Math.max(0, start - sentence.length));
  return from < 0 || from > start ? -1 : start - from;
}

/** A quote in its sentence, split so that the quoted words can be marked. */
export function quoteInContext(q: Pick<QuoteView, 'text' | 'context' | 'contextAt'>): InContext {
  if (q.contextAt < 0) return { before: '', quoted: q.text, after: '' };
  return { before: q.context.slice(0, q.contextAt), quoted: q.text, after: q.context.slice(q.contextAt + q.text.length) };
}

export function toArticleView(
  record: ArticleRecord,
  actors: ReadonlyMap<string, Actor>,
  events: ReadonlyMap<string, FactEvent>,
  reviewers: ReadonlyMap<string, Reviewer> = new Map(),
): ArticleView {
  const { frontmatter: fm, plainText } = record;
  // Split once: every annotation's context is looked up in the same sentences.
  const sentences = splitSentences(plainText);
  // The frontmatter names the publisher by actor id when it has an actor file; claims the
  // article makes in its own voice are then that actor's, and count on its page.
  const publisherActor = actors.get(fm.publisher);
  const publisherRef: ActorRef = publisherActor ? { id: publisherActor.id, name: publisherActor.name } : { id: PUBLISHER_ID, name: fm.publisher };
  const ref = (id: string | null): ActorRef | null =>
    id === null ? null : id === PUBLISHER_ID ? publisherRef : { id, name: actors.get(id)?.name ?? id };
  const base = <T extends { id: string; text: string; start: number; end: number; status: Status }>(a: T) => ({
    id: a.id,
    anchor: annotationAnchor(a.id),
    text: a.text,
    start: a.start,
    end: a.end,
    status: a.status,
    context: sentenceAround(plainText, sentences, a.start, a.end),
  });
  const visible = <T extends { status: Status; start: number }>(list: T[]) =>
    list.filter((a) => a.status !== 'rejected').sort((a, b) => a.start - b.start);

  return {
    slug: record.slug,
    title: fm.title,
    published: fm.published,
    publishedLabel: formatCalendarValue(fm.published, 'day'),
    publishedEvidence: fm.published_evidence,
    publisher: publisherRef.name,
    ...(publisherActor ? { publisherId: publisherActor.id } : {}),
    ...(fm.url ? { url: fm.url } : {}),
    sources: fm.sources,
    sourceFile: fm.source_file,
    summary: sentences[0]?.text ?? '',
    reviewed: record.reviewed,
    body: record.body,
    quotes: visible(record.annotations.quotes).map((q) => ({
      ...base(q),
      speaker: ref(q.speaker),
      ...(q.said ? { said: { value: q.said, label: formatCalendarValue(q.said, precisionOfValue(q.said)) } } : {}),
      confidence: q.confidence ?? 'high',
      contextAt: offsetInSentence(plainText, sentenceAround(plainText, sentences, q.start, q.end), q.start),
      ...(q.original ? { original: q.original } : {}),
      ...(q.note ? { note: q.note } : {}),
    })),
    claims: visible(record.annotations.claims).map((c) => ({
      ...base(c),
      claimant: ref(c.claimant)!,
      ...(c.statement ? { statement: c.statement } : {}),
      verdict: c.verdict,
      verdictLabel: verdictInfo(c.verdict).label,
      ...(c.explanation ? { explanation: c.explanation } : {}),
      sources: c.sources,
      ...(c.reviewed_by && c.reviewed_on
        ? { review: { on: c.reviewed_on, onLabel: formatCalendarValue(c.reviewed_on, 'day'), by: { id: c.reviewed_by, name: reviewers.get(c.reviewed_by)?.name ?? c.reviewed_by } } }
        : {}),
      paragraph: paragraphAround(plainText, c.start, c.end),
    })),
    dates: visible(record.annotations.dates).map((d) => {
      const event = d.event ? events.get(d.event) : undefined;
      return {
        ...base(d),
        value: d.value,
        precision: d.precision,
        label: formatCalendarValue(d.value, d.precision),
        ...(event ? { event: { id: event.id, name: event.title, date: event.date, precision: event.precision } } : {}),
      };
    }),
  };
}
