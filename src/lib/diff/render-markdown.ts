/**
 * The semantic diff as Markdown for a pull-request comment: a marker the workflow finds its
 * own comment by, a one-line summary, then one section per article, actor and event, one line
 * per change ("q3: speaker Vladimir Putin → Dmitry Medvedev"). Text from articles is escaped
 * so it can neither format the comment nor mention anyone.
 */
import type { AnnotationChange, ArticleDiff, ContentDiff, FieldChange, RecordDiff } from './diff-schema.ts';

/** The first line of every diff comment; the workflow updates the comment that has it. */
export const DIFF_MARKER = '<!-- factline-diff -->';

export interface MarkdownOptions {
  /** The deployed site's base URL; article titles and ids link to it when given. */
  baseUrl?: string;
  /** Longest output in characters (GitHub comments hold 65,536); the rest is cut with a note. */
  maxLength?: number;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Escape article text for Markdown: no formatting, links, HTML or @-mentions. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/@(?=\w)/g, '@\u200b');
}

const excerpt = (text: string, max = 120) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
};

const quoted = (text: string) => `"${escapeMarkdown(excerpt(text))}"`;

interface Names {
  actor(id: string): string;
  event(id: string): string;
}

function namesOf(diff: ContentDiff): Names {
  return {
    actor: (id) => (id === 'publisher' ? 'the publisher' : (diff.names.actors[id] ?? id)),
    event: (id) => diff.names.events[id] ?? id,
  };
}

/** A field value as a reader wants to see it: names for ids, quotes around text. */
function showValue(field: string, value: unknown, names: Names): string {
  if (value === null || value === undefined) return '(none)';
  if (field === 'speaker' || field === 'claimant') return escapeMarkdown(names.actor(String(value)));
  if (field === 'event') return escapeMarkdown(names.event(String(value)));
  if (field === 'proposed_speaker' && typeof value === 'object') {
    const p = value as { id?: unknown; name?: unknown };
    return `${escapeMarkdown(String(p.name ?? p.id))} (new actor \`${String(p.id ?? '')}\`)`;
  }
  if (Array.isArray(value)) return value.map((v) => showValue(field, v, names)).join(', ');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${showValue(k, v, names)}`)
      .join(', ');
  }
  const text = String(value);
  if (['text', 'prefix', 'suffix', 'explanation', 'note', 'description', 'title', 'name'].includes(field)) return quoted(text);
  return escapeMarkdown(text);
}

/** "+ a, − b" for lists, where items were added or removed rather than the whole value replaced. */
function listDelta(field: string, change: FieldChange, names: Names): string | undefined {
  const from = Array.isArray(change.from) ? change.from : change.from === null ? [] : undefined;
  const to = Array.isArray(change.to) ? change.to : change.to === null ? [] : undefined;
  if (!from || !to) return undefined;
  const key = (v: unknown) => JSON.stringify(v);
  const added = to.filter((v) => !from.some((f) => key(f) === key(v)));
  const removed = from.filter((v) => !to.some((t) => key(t) === key(v)));
  const parts = [...added.map((v) => `+ ${showItem(field, v, names)}`), ...removed.map((v) => `− ${showItem(field, v, names)}`)];
  return parts.length ? parts.join(', ') : 'reordered';
}

function showItem(field: string, value: unknown, names: Names): string {
  if (field === 'roles' && value && typeof value === 'object') {
    const r = value as { title?: unknown; from?: unknown; to?: unknown };
    const span = r.from && r.to ? ` (${r.from} – ${r.to})` : r.from ? ` (since ${r.from})` : r.to ? ` (until ${r.to})` : '';
    return `${quoted(String(r.title ?? ''))}${escapeMarkdown(span)}`;
  }
  if (field === 'actors') return escapeMarkdown(names.actor(String(value)));
  if (field === 'aliases') return quoted(String(value));
  return showValue(field, value, names);
}

const LIST_FIELDS = new Set(['aliases', 'roles', 'actors', 'sources']);

/** "speaker Vladimir Putin → Dmitry Medvedev", "anchor “on Wednesday” → “Wednesday”". */
function describeField(change: FieldChange, names: Names): string {
  const label = change.field === 'text' ? 'anchor' : change.field === 'prefix' || change.field === 'suffix' ? `anchor ${change.field}` : change.field;
  if (LIST_FIELDS.has(change.field)) {
    const delta = listDelta(change.field, change, names);
    if (delta) return `${label} ${delta}`;
  }
  return `${label} ${showValue(change.field, change.from, names)} → ${showValue(change.field, change.to, names)}`;
}

/** Lines for one quote, claim or date. */
function annotationLines(c: AnnotationChange, names: Names, link: (id: string) => string): string[] {
  const id = link(c.id);
  const get = (field: string) => c.fields.find((f) => f.field === field);
  if (c.change === 'added') {
    const details: string[] = [];
    const to = (field: string) => get(field)?.to;
    if (c.kind === 'quote') {
      const proposed = to('proposed_speaker');
      details.push(to('speaker') ? `speaker ${showValue('speaker', to('speaker'), names)}` : proposed ? `proposed speaker ${showValue('proposed_speaker', proposed, names)}` : 'no speaker');
      if (to('said')) details.push(`said ${showValue('said', to('said'), names)}`);
    } else if (c.kind === 'claim') {
      details.push(`claimant ${showValue('claimant', to('claimant'), names)}`, `verdict ${showValue('verdict', to('verdict'), names)}`);
    } else {
      details.push(`${showValue('value', to('value'), names)} (${showValue('precision', to('precision'), names)})`);
      if (to('event')) details.push(`event ${showValue('event', to('event'), names)}`);
    }
    details.push(c.status ?? 'no status');
    return [`- ${id}: added ${c.kind} ${quoted(c.text)}: ${details.join(', ')}`];
  }
  if (c.change === 'removed') return [`- ${id}: removed ${c.kind} ${quoted(c.text)}`];

  // One line per entry: its changed fields in canonical order, a verdict with its new explanation.
  const parts: string[] = [];
  const verdict = get('verdict');
  const explanation = get('explanation');
  for (const f of c.fields) {
    if (f.field === 'explanation' && verdict) continue;
    let part = describeField(f, names);
    if (f.field === 'verdict') {
      const why = explanation?.to ?? null;
      if (why !== null) part += ` (explanation: ${quoted(String(why))})`;
    }
    parts.push(part);
  }
  // Say which quote, claim or date this is, unless the line already shows its text.
  const on = get('text') ? '' : ` · on ${quoted(c.text)}`;
  return [`- ${id}: ${parts.join('; ')}${on}`];
}

function articleSection(a: ArticleDiff, names: Names, baseUrl: string | undefined): string[] {
  const page = baseUrl && a.status !== 'removed' ? `${baseUrl}/articles/${a.slug}/` : undefined;
  const title = escapeMarkdown(a.title);
  const state = { added: 'new article', removed: 'article removed', renamed: `renamed from \`${a.from}\``, changed: '' }[a.status];
  const heading = `#### ${page ? `[${title}](${page})` : title}${state ? ` (${state})` : ''}`;
  const link = (id: string) => (page ? `[${id}](${page}#${id.replace(/^([a-z]+)(\d+)$/, '$1-$2')})` : id);
  const lines = [heading, '', `\`${a.slug}\`: ${summarizeArticle(a)}`, ''];
  for (const f of a.fields) {
    if (f.field === 'body') lines.push(`- article text: ${paragraphDelta(f)}`);
    else lines.push(`- ${describeField(f, names)}`);
  }
  if (a.status === 'removed') {
    if (a.changes.length) lines.push(`- ${plural(a.changes.length, 'annotation')} removed with it`);
  } else {
    for (const c of a.changes) lines.push(...annotationLines(c, names, link));
  }
  lines.push('');
  return lines;
}

function summarizeArticle(a: ArticleDiff): string {
  const count = (change: AnnotationChange['change']) => a.changes.filter((c) => c.change === change).length;
  const parts = [
    count('added') && `${count('added')} added`,
    count('changed') && `${count('changed')} changed`,
    count('removed') && `${count('removed')} removed`,
  ].filter(Boolean);
  return parts.length ? `${plural(a.changes.length, 'annotation change')} (${parts.join(', ')})` : 'no annotation changes';
}

function paragraphDelta(f: FieldChange): string {
  const paras = (v: unknown) => (typeof v === 'string' ? v.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean) : []);
  const before = paras(f.from);
  const after = paras(f.to);
  const added = after.filter((p) => !before.includes(p)).length;
  const removed = before.filter((p) => !after.includes(p)).length;
  return `changed (${plural(added, 'paragraph')} new or edited, ${removed} removed); anchors are re-checked by \`factline check\``;
}

function recordLine(r: RecordDiff, names: Names, page?: string): string[] {
  const label = `**${escapeMarkdown(r.label)}**`;
  const head = `- ${page && r.status !== 'removed' ? `[${label}](${page})` : label} (\`${r.id}\`)`;
  if (r.status === 'added') {
    const summary = r.fields
      .filter((f) => ['kind', 'date', 'precision', 'description'].includes(f.field))
      .map((f) => (f.field === 'description' ? quoted(String(f.to)) : escapeMarkdown(String(f.to))))
      .join(', ');
    return [`${head}: added${summary ? `: ${summary}` : ''}`];
  }
  if (r.status === 'removed') return [`${head}: removed`];
  const lines = [`${head}${r.status === 'renamed' ? `: renamed from \`${r.from}\`` : ''}`];
  for (const f of r.fields) lines.push(`  - ${describeField(f, names)}`);
  return lines;
}

export function renderMarkdown(diff: ContentDiff, options: MarkdownOptions = {}): string {
  const baseUrl = options.baseUrl?.replace(/\/+$/, '') || undefined;
  const names = namesOf(diff);
  const { summary } = diff;
  const short = (rev: string) => (/^[0-9a-f]{40}$/.test(rev) ? rev.slice(0, 12) : rev);
  const headLabel = diff.head === null ? 'working tree' : short(diff.head);
  const counts = [plural(summary.articles, 'article'), plural(summary.annotationChanges, 'annotation change')];
  if (summary.actors) counts.push(plural(summary.actors, 'actor'));
  if (summary.events) counts.push(plural(summary.events, 'event'));

  const lines = [DIFF_MARKER, '## Factline annotation changes', '', `**${counts.join(', ')}** (\`${short(diff.base)}\` → \`${headLabel}\`)`, ''];
  if (!diff.articles.length && !diff.actors.length && !diff.events.length) lines.push('No changes to articles, annotations, actors or events.', '');
  if (diff.articles.length) {
    lines.push('### Articles', '');
    for (const a of diff.articles) lines.push(...articleSection(a, names, baseUrl));
  }
  if (diff.actors.length) {
    lines.push('### Actors', '');
    for (const r of diff.actors) lines.push(...recordLine(r, names, baseUrl && `${baseUrl}/actors/${r.id}/`));
    lines.push('');
  }
  if (diff.events.length) {
    lines.push('### Events', '');
    for (const r of diff.events) lines.push(...recordLine(r, names));
    lines.push('');
  }
  return truncate(`${lines.join('\n').trimEnd()}\n`, options.maxLength ?? 60_000);
}

/** Cut at a line boundary and say so, rather than let GitHub reject the comment. */
function truncate(markdown: string, max: number): string {
  if (markdown.length <= max) return markdown;
  const note = '\n_The list is longer than a comment can hold; run `npm run factline -- diff <base>` locally for all of it._\n';
  const cut = markdown.lastIndexOf('\n', max - note.length);
  const kept = markdown.slice(0, cut);
  const hidden = markdown.slice(cut).split('\n').filter((l) => l.startsWith('- ') || l.startsWith('  - ')).length;
  return `${kept}\n\n_… and ${plural(hidden, 'more line')}._${note}`;
}
