/**
 * The semantic diff of the content between two revisions: per article, the quotes, claims and
 * dates added, removed or changed; per actor and event file, the fields that changed; new,
 * removed and renamed files. Everything sorted, so the same revisions give the same output.
 */
import { basename } from 'node:path';
import { FactlineError, problem } from '../errors/index.ts';
import { articleFrontmatterSchema } from '../schema/index.ts';
import { CANONICAL_SHAPES } from '../yaml/index.ts';
import { compareAnnotations } from './compare-annotations.ts';
import { asFields, compareFields } from './compare-fields.ts';
import type { ArticleDiff, ContentDiff, FieldChange, FileStatus, RecordDiff } from './diff-schema.ts';
import { changedFiles, gitTopLevel, listFiles, resolveTree, workTreeTree, type FileChange } from './git.ts';
import { RevisionReader } from './read-revision.ts';

export interface DiffOptions {
  /** The base revision (branch, tag, commit). */
  base: string;
  /** The head revision; the work tree (tracked and untracked files) when absent. */
  head?: string;
  /** Any directory inside the repository. */
  cwd: string;
  /** The content directory, relative to the top of the repository. */
  contentDir?: string;
}

const ARTICLE_FIELDS = [...Object.keys(articleFrontmatterSchema.shape), 'body'];

type Area = 'articles' | 'annotations' | 'actors' | 'events';

/** Which content area a path belongs to, and the slug or id its file name gives. */
function classify(path: string, contentDir: string): { area: Area; name: string } | undefined {
  const m = new RegExp(`^${contentDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/(articles|annotations|actors|events)/([^/]+)\\.(md|yaml)$`).exec(path);
  if (!m) return undefined;
  const area = m[1] as Area;
  if ((area === 'articles') !== (m[3] === 'md')) return undefined;
  return { area, name: m[2]! };
}

const fileStatus = (change: FileChange | undefined): FileStatus =>
  change?.status === 'added' ? 'added' : change?.status === 'removed' ? 'removed' : change?.status === 'renamed' ? 'renamed' : 'changed';

const byKey = <T>(key: (t: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

export function diffContent(options: DiffOptions): ContentDiff {
  const contentDir = (options.contentDir ?? 'content').replace(/\/+$/, '');
  const top = gitTopLevel(options.cwd);
  if (!top) {
    throw new FactlineError(problem(options.cwd, 'not inside a git repository', { hint: 'run factline diff from the repository that holds the content' }));
  }
  const base = new RevisionReader({ tree: resolveTree(options.base, top), label: options.base }, top);
  const headTree = options.head ? resolveTree(options.head, top) : workTreeTree(top, contentDir);
  const head = new RevisionReader({ tree: headTree, label: options.head ?? '' }, top);

  // Changed files by area, keyed by the name at the head.
  const changed: Record<Area, Map<string, FileChange>> = { articles: new Map(), annotations: new Map(), actors: new Map(), events: new Map() };
  for (const change of changedFiles(base.revision.tree, head.revision.tree, contentDir, top)) {
    const where = classify(change.path, contentDir);
    const from = change.from ? classify(change.from, contentDir) : undefined;
    if (!where) continue;
    if (change.from && (!from || from.area !== where.area)) {
      // Moved between areas (or from elsewhere): a removal there and an addition here.
      if (from) changed[from.area].set(from.name, { status: 'removed', path: change.from });
      changed[where.area].set(where.name, { status: 'added', path: change.path });
      continue;
    }
    changed[where.area].set(where.name, change);
  }

  const actorFiles = (r: RevisionReader) => listFiles(r.revision.tree, `${contentDir}/actors`, top);
  const eventFiles = (r: RevisionReader) => listFiles(r.revision.tree, `${contentDir}/events`, top);
  const articlePath = (slug: string) => `${contentDir}/articles/${slug}.md`;
  const annotationPath = (slug: string) => `${contentDir}/annotations/${slug}.yaml`;
  const slugs = [...new Set([...changed.articles.keys(), ...changed.annotations.keys()])].sort();
  for (const reader of [base, head]) {
    reader.preload([
      ...actorFiles(reader),
      ...eventFiles(reader),
      ...slugs.flatMap((s) => [articlePath(s), annotationPath(s)]),
      ...[...changed.articles.values(), ...changed.annotations.values()].flatMap((c) => (c.from ? [c.from] : [])),
    ]);
  }

  // Display names: the head's, else the base's, else the id.
  const labelsOf = (files: (r: RevisionReader) => string[], field: string) => {
    const labels = new Map<string, string>();
    for (const reader of [base, head]) {
      for (const file of files(reader)) {
        const value = asFields(reader.yaml(file))[field];
        if (typeof value === 'string' && value) labels.set(basename(file, '.yaml'), value);
      }
    }
    return labels;
  };
  const actorNames = labelsOf(actorFiles, 'name');
  const eventTitles = labelsOf(eventFiles, 'title');

  const articles: ArticleDiff[] = slugs.map((slug) => {
    const articleChange = changed.articles.get(slug);
    const annotationChange = changed.annotations.get(slug);
    const fromSlug = articleChange?.from ? basename(articleChange.from, '.md') : undefined;
    const baseArticle = base.article(articleChange?.from ?? articlePath(fromSlug ?? slug));
    const headArticle = head.article(articlePath(slug));
    const baseAnnotations = base.yaml(annotationChange?.from ?? annotationPath(fromSlug ?? slug));
    const headAnnotations = head.yaml(annotationPath(slug));
    const status: FileStatus = articleChange ? fileStatus(articleChange) : 'changed';
    const title = [headArticle, baseArticle].map((a) => a?.frontmatter.title).find((t): t is string => typeof t === 'string' && t !== '') ?? slug;
    let fields: FieldChange[] = [];
    if ((status === 'changed' || status === 'renamed') && baseArticle && headArticle) {
      fields = compareFields({ ...baseArticle.frontmatter, body: baseArticle.body }, { ...headArticle.frontmatter, body: headArticle.body }, ARTICLE_FIELDS);
    }
    return {
      slug,
      title,
      status,
      ...(fromSlug && status === 'renamed' ? { from: fromSlug } : {}),
      fields,
      changes: compareAnnotations(baseAnnotations, headAnnotations),
    };
  });

  const records = (area: 'actors' | 'events', order: readonly string[], labels: Map<string, string>): RecordDiff[] =>
    [...changed[area].entries()]
      .map(([id, change]) => {
        const status = fileStatus(change);
        const before = status === 'added' ? null : base.yaml(change.from ?? change.path);
        const after = status === 'removed' ? null : head.yaml(change.path);
        const from = change.from ? basename(change.from, '.yaml') : undefined;
        return {
          id,
          label: labels.get(id) ?? (from ? labels.get(from) : undefined) ?? id,
          status,
          ...(from ? { from } : {}),
          fields: compareFields(asFields(before), asFields(after), order),
        };
      })
      .filter((r) => r.status !== 'changed' || r.fields.length > 0)
      .sort(byKey((r) => r.id));

  const actors = records('actors', CANONICAL_SHAPES.actor.keys, actorNames);
  const events = records('events', CANONICAL_SHAPES.event.keys, eventTitles);
  const changedArticles = articles.filter((a) => a.status !== 'changed' || a.fields.length > 0 || a.changes.length > 0);

  return {
    base: options.base,
    head: options.head ?? null,
    summary: {
      articles: changedArticles.length,
      annotationChanges: changedArticles.reduce((n, a) => n + a.changes.length, 0),
      actors: actors.length,
      events: events.length,
    },
    articles: changedArticles,
    actors,
    events,
    names: mentionedNames(changedArticles, actors, events, actorNames, eventTitles),
  };
}

/** Names for every actor and event id the diff mentions, so a reader never sees a bare id. */
function mentionedNames(
  articles: ArticleDiff[],
  actors: RecordDiff[],
  events: RecordDiff[],
  actorNames: Map<string, string>,
  eventTitles: Map<string, string>,
): ContentDiff['names'] {
  const actorIds = new Set<string>(actors.flatMap((a) => [a.id, ...(a.from ? [a.from] : [])]));
  const eventIds = new Set<string>(events.flatMap((e) => [e.id, ...(e.from ? [e.from] : [])]));
  const ids = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const visit = (fields: FieldChange[]) => {
    for (const f of fields) {
      if (f.field === 'speaker' || f.field === 'claimant' || f.field === 'actors') [...ids(f.from), ...ids(f.to)].forEach((id) => actorIds.add(id));
      if (f.field === 'event') [...ids(f.from), ...ids(f.to)].forEach((id) => eventIds.add(id));
    }
  };
  articles.forEach((a) => a.changes.forEach((c) => visit(c.fields)));
  events.forEach((e) => visit(e.fields));
  actorIds.delete('publisher');
  const table = (set: Set<string>, labels: Map<string, string>) =>
    Object.fromEntries([...set].sort().map((id) => [id, labels.get(id) ?? id]));
  return { actors: table(actorIds, actorNames), events: table(eventIds, eventTitles) };
}
