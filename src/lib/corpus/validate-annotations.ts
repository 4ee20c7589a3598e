/**
 * Validate one annotation file against its article and the registries: schema, unique ids,
 * known actors and events, anchors that still match (never fuzzily), values that agree with
 * their precision, and decided claims that carry their evidence. Every problem names the
 * line of the offending field.
 */
import { resolveAnchor } from '../anchoring/index.ts';
import { ANNOTATIONS_FORMAT, shown, validateContent, type DataPath, type Locator } from '../content-file/index.ts';
import { problem, suggest, type Problem } from '../errors/index.ts';
import {
  valueMatchesPrecision,
  type AnnotationFile,
  type AnnotationKind,
  type Claim,
  type DateAnnotation,
  type Quote,
} from '../schema/index.ts';


export type Resolved<T> = T & { start: number; end: number };
export interface ResolvedAnnotations {
  quotes: Resolved<Quote>[];
  claims: Resolved<Claim>[];
  dates: Resolved<DateAnnotation>[];
}

export interface ValidateInput {
  file: string;
  data: unknown;
  /** Where each field is in the file (NOWHERE for data with no file behind it). */
  locate: Locator;
  plainText: string;
  published: string;
  actorIds: ReadonlySet<string>;
  eventIds: ReadonlySet<string>;
  /** Reviewer ids (`content/reviewers`); decided claims name theirs. */
  reviewerIds?: ReadonlySet<string>;
}

export interface ValidateResult {
  annotations: AnnotationFile | null;
  resolved: ResolvedAnnotations;
  problems: Problem[];
}

const KINDS: AnnotationKind[] = ['quotes', 'claims', 'dates'];
const SINGULAR: Record<AnnotationKind, string> = { quotes: 'quote', claims: 'claim', dates: 'date' };

export function validateAnnotations(input: ValidateInput): ValidateResult {
  const { file, locate } = input;
  const problems: Problem[] = [];
  const at = (path: DataPath, message: string, hint?: string, severity: 'error' | 'warning' = 'error') =>
    problems.push(problem(file, message, { ...locate.at(path), ...(hint ? { hint } : {}), severity }));

  const resolved: ResolvedAnnotations = { quotes: [], claims: [], dates: [] };
  const parsed = validateContent(ANNOTATIONS_FORMAT, file, input.data, locate);
  if (!parsed.ok) return { annotations: null, resolved, problems: parsed.problems };
  const annotations = parsed.data;

  for (const kind of KINDS) {
    const seen = new Map<string, number>();
    annotations[kind].forEach((entry, i) => {
      const label = `${SINGULAR[kind]} ${entry.id}`;
      const first = seen.get(entry.id);
      if (first !== undefined) {
        at([kind, i, 'id'], `${label}: duplicate id, also used on line ${locate.at([kind, first, 'id']).line}`, `give this ${SINGULAR[kind]} the next unused id; ids are never reused`);
      }
      seen.set(entry.id, i);
      if (entry.status === 'rejected') return; // kept only so the suggestion is not proposed again
      const r = resolveAnchor(input.plainText, entry);
      if (r.status === 'orphaned') {
        at([kind, i, 'text'], `${label}: anchor "${entry.text}" no longer matches the article text`, 'correct `text` (and `prefix`/`suffix`) to the exact words of the article, or reject the annotation');
      } else if (r.status === 'ambiguous') {
        at([kind, i, 'text'], `${label}: anchor "${entry.text}" occurs ${r.count} times in the article`, 'add a `prefix` or `suffix` with the words around the intended occurrence');
      } else {
        (resolved[kind] as Resolved<typeof entry>[]).push({ ...entry, start: r.start, end: r.end });
      }
    });
  }

  annotations.quotes.forEach((q, i) => {
    if (q.status === 'rejected') return;
    if (q.speaker && !input.actorIds.has(q.speaker)) {
      at(['quotes', i, 'speaker'], `quote ${q.id}: unknown actor ${shown(q.speaker)}`, unknownActorHint(q.speaker, input.actorIds));
    }
    if (q.proposed_speaker && q.status === 'reviewed') {
      at(['quotes', i, 'proposed_speaker'], `quote ${q.id}: a reviewed quote still has a proposed speaker "${q.proposed_speaker.name}"`, `create content/actors/${q.proposed_speaker.id}.yaml, set \`speaker: ${q.proposed_speaker.id}\` and remove proposed_speaker`);
    }
    if (q.status === 'reviewed' && !q.speaker) at(['quotes', i, 'speaker'], `quote ${q.id}: a reviewed quote needs a speaker`, 'set `speaker` to an actor id, or reject the quote');
    if (q.said && q.said.length === 10 && q.said > input.published) {
      at(['quotes', i, 'said'], `quote ${q.id}: said ${q.said}, after the article was published (${input.published})`, 'check the date');
    }
  });

  annotations.claims.forEach((c, i) => {
    if (c.status === 'rejected') return;
    if (c.claimant !== 'publisher' && !input.actorIds.has(c.claimant)) {
      at(['claims', i, 'claimant'], `claim ${c.id}: unknown claimant ${shown(c.claimant)}`, suggest(c.claimant, ['publisher', ...input.actorIds], 'use an actor id, or "publisher" when the article itself makes the claim'));
    }
    if (c.status === 'reviewed' && c.verdict !== 'unverified') {
      if (!c.explanation?.trim()) at(['claims', i, 'verdict'], `claim ${c.id}: verdict "${c.verdict}" needs an explanation`, 'explain the verdict in one or two sentences a reader can follow');
      if (c.sources.length === 0) at(['claims', i, 'verdict'], `claim ${c.id}: verdict "${c.verdict}" needs at least one source`, 'add the URL of the evidence under `sources`');
      // Published reviews say what was checked, by whom and when; older files still build, with a warning.
      if (!c.statement) at(['claims', i, 'verdict'], `claim ${c.id}: a decided claim has no statement`, 'add `statement:` with the claim in one line, in the editor\'s words ("Says Donald Trump is a former U.S. president")', 'warning');
      if (!c.reviewed_by || !c.reviewed_on) at(['claims', i, 'verdict'], `claim ${c.id}: a decided claim does not say ${!c.reviewed_by ? 'who reviewed it' : 'when it was reviewed'}`, 'add `reviewed_by:` (a reviewer id from content/reviewers) and `reviewed_on:` (YYYY-MM-DD, the day the verdict was decided)', 'warning');
    }
    if (c.verdict === 'unverified' && c.explanation?.trim()) {
      at(['claims', i, 'explanation'], `claim ${c.id}: verdict "unverified" (not yet checked) cannot carry an explanation`, 'give the verdict the explanation supports (for example "unsupported" when no evidence was found), or remove the explanation until the claim is checked');
    }
    if (c.reviewed_by && input.reviewerIds && !input.reviewerIds.has(c.reviewed_by)) {
      at(['claims', i, 'reviewed_by'], `claim ${c.id}: unknown reviewer ${shown(c.reviewed_by)}`, suggest(c.reviewed_by, input.reviewerIds, `use a reviewer id, or add content/reviewers/${c.reviewed_by}.yaml (name, bio)`));
    }
    if (c.reviewed_on && c.reviewed_on < input.published) {
      at(['claims', i, 'reviewed_on'], `claim ${c.id}: reviewed on ${c.reviewed_on}, before the article was published (${input.published})`, 'check the date');
    }
  });

  annotations.dates.forEach((d, i) => {
    if (d.status === 'rejected') return;
    if (!valueMatchesPrecision(d.value, d.precision)) {
      at(['dates', i, 'value'], `date ${d.id}: value "${d.value}" does not have precision "${d.precision}"`, 'write a day as YYYY-MM-DD, a week as YYYY-Www, a month as YYYY-MM and a year as YYYY');
    }
    if (d.event && !input.eventIds.has(d.event)) {
      at(['dates', i, 'event'], `date ${d.id}: unknown event ${shown(d.event)}`, suggest(d.event, input.eventIds, `use an existing event id, or add content/events/${d.event}.yaml`));
    }
  });

  return { annotations, resolved, problems };
}

/** For an actor id no actor file has: the nearest existing id, else how to add the actor. */
export function unknownActorHint(id: string, actorIds: Iterable<string>): string {
  return suggest(id, actorIds, `use an existing actor id, or add content/actors/${id}.yaml`);
}
