/**
 * The canonical shape of each kind of content file: the order keys are written in, and which
 * lists are sorted by their entries' ids. Keys follow the order an editor reads an entry in
 * (what it marks, who, when, how sure, review state), so that a diff touches the fewest lines.
 */

export type YamlKind = 'annotations' | 'actor' | 'event' | 'reviewer';

export const YAML_KINDS: readonly YamlKind[] = ['annotations', 'actor', 'event', 'reviewer'];

/** How one mapping is written: its key order, and the shape of the values under some keys. */
export interface MapShape {
  keys: readonly string[];
  /** Shapes of the mappings inside a key's value (a mapping, or the items of a list). */
  children?: Readonly<Record<string, MapShape>>;
  /** Keys whose list items are sorted by their numeric id (q2 before q10). */
  sortedById?: readonly string[];
}

const quote: MapShape = {
  keys: ['id', 'text', 'prefix', 'suffix', 'speaker', 'proposed_speaker', 'said', 'original', 'confidence', 'status', 'note'],
  children: { proposed_speaker: { keys: ['id', 'name'] } },
};

const claim: MapShape = {
  keys: ['id', 'text', 'prefix', 'suffix', 'claimant', 'statement', 'verdict', 'explanation', 'sources', 'reviewed_by', 'reviewed_on', 'status', 'note'],
};

const date: MapShape = {
  keys: ['id', 'text', 'prefix', 'suffix', 'value', 'precision', 'event', 'status', 'note'],
};

const role: MapShape = { keys: ['title', 'from', 'to', 'aliases', 'note'] };

export const CANONICAL_SHAPES: Readonly<Record<YamlKind, MapShape>> = {
  annotations: {
    keys: ['quotes', 'claims', 'dates'],
    children: { quotes: quote, claims: claim, dates: date },
    sortedById: ['quotes', 'claims', 'dates'],
  },
  actor: {
    keys: ['name', 'kind', 'pronoun', 'aliases', 'roles', 'description', 'wikidata'],
    children: { roles: role },
  },
  event: { keys: ['title', 'date', 'precision', 'actors', 'description', 'sources'], children: { sources: { keys: ['article', 'url', 'title'] } } },
  reviewer: { keys: ['name', 'bio', 'link'] },
};

/** The kind of a content file from the directory it sits in, or undefined for other files. */
export function kindOfContentPath(path: string): YamlKind | undefined {
  const parts = path.split(/[\\/]/);
  if (!/\.ya?ml$/.test(parts.at(-1) ?? '')) return undefined;
  const dir = parts.at(-2);
  if (dir === 'annotations') return 'annotations';
  if (dir === 'actors') return 'actor';
  if (dir === 'events') return 'event';
  if (dir === 'reviewers') return 'reviewer';
  return undefined;
}

/**
 * Order of two ids: by letters, then by number, so q2 sorts before q10; ids without a number
 * sort after numbered ones with the same letters, then as plain strings.
 */
export function compareIds(a: string, b: string): number {
  const ma = /^([a-z_-]*)(\d+)$/i.exec(a);
  const mb = /^([a-z_-]*)(\d+)$/i.exec(b);
  if (ma && mb) {
    if (ma[1] !== mb[1]) return ma[1]! < mb[1]! ? -1 : 1;
    const d = Number(ma[2]) - Number(mb[2]);
    if (d !== 0) return d;
  } else if (ma || mb) {
    return ma ? -1 : 1;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}
