/**
 * Validate one annotation file against its article and the registries: schema, unique ids,
 * known actors and events, anchors that still match (never fuzzily), values that agree with
 * their precision, and decided claims that carry their evidence. Every problem names the
 * line of the offending field.
 */
import { resolveAnchor } from '../anchoring/index.ts';
import { problem, type Problem } from '../errors/index.ts';
import {
  annotationFileSchema,
  valueMatchesPrecision,
  type AnnotationFile,
  type AnnotationKind,
  type Claim,
  type DateAnnotation,
  type Quote,
} from '../schema/index.ts';

export type YamlPath = (string | number)[];
export type Locate = (path: YamlPath) => { line: number; column: number };

export type Resolved<T> = T & { start: number; end: number };
export interface ResolvedAnnotations {
  quotes: Resolved<Quote>[];
  claims: Resolved<Claim>[];
  dates: Resolved<DateAnnotation>[];
}

export interface ValidateInput {
  file: string;
  data: unknown;
  locate: Locate;
  plainText: string;
  published: string;
  actorIds: ReadonlySet<string>;
  eventIds: ReadonlySet<string>;
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
  const at = (path: YamlPath, message: string, hint?: string, severity: 'error' | 'warning' = 'error') =>
    problems.push(problem(file, message, { ...locate(path), ...(hint ? { hint } : {}), severity }));

  const parsed = annotationFileSchema.safeParse(input.data ?? {});
  const resolved: ResolvedAnnotations = { quotes: [], claims: [], dates: [] };
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path as YamlPath;
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) at([...path, key], `unknown field "${key}"`, 'remove it or check its spelling against CONTRIBUTING.md');
      } else {
        const field = path.length ? `${path.join('.')}: ` : '';
        at(path, `${field}${issue.message}`);
      }
    }
    return { annotations: null, resolved, problems };
  }
  const annotations = parsed.data;

  for (const kind of KINDS) {
    const seen = new Map<string, number>();
    annotations[kind].forEach((entry, i) => {
      const label = `${SINGULAR[kind]} ${entry.id}`;
      if (seen.has(entry.id)) at([kind, i, 'id'], `duplicate id ${entry.id} (also entry ${seen.get(entry.id)! + 1})`, 'give each annotation its own id; ids are never reused');
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
      at([ 'quotes', i, 'speaker'], `quote ${q.id}: unknown actor "${q.speaker}"`, `add content/actors/${q.speaker}.yaml or use an existing actor id`);
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
      at(['claims', i, 'claimant'], `claim ${c.id}: unknown claimant "${c.claimant}"`, `use an actor id, or "publisher" when the article itself makes the claim`);
    }
    if (c.status === 'reviewed' && c.verdict !== 'unverified') {
      if (!c.explanation?.trim()) at(['claims', i, 'verdict'], `claim ${c.id}: verdict "${c.verdict}" needs an explanation`, 'explain the verdict in two to four sentences');
      if (c.sources.length === 0) at(['claims', i, 'verdict'], `claim ${c.id}: verdict "${c.verdict}" needs at least one source`, 'add the URL of the evidence under `sources`');
    }
  });

  annotations.dates.forEach((d, i) => {
    if (d.status === 'rejected') return;
    if (!valueMatchesPrecision(d.value, d.precision)) {
      at(['dates', i, 'value'], `date ${d.id}: value "${d.value}" does not have precision "${d.precision}"`, 'write a day as YYYY-MM-DD, a week as YYYY-Www, a month as YYYY-MM and a year as YYYY');
    }
    if (d.event && !input.eventIds.has(d.event)) {
      at(['dates', i, 'event'], `date ${d.id}: unknown event "${d.event}"`, `add content/events/${d.event}.yaml or use an existing event id`);
    }
  });

  return { annotations, resolved, problems };
}
