/**
 * The actor registry and the event files of the seed corpus, checked as data: every file
 * parses and fits its schema, is written in the documented field order with quoted dates, no
 * name or alias belongs to two actors, every event names existing actors, and the names and
 * role nouns the seed articles use resolve to the actors they mean on the articles' dates.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { createRegistry, loadActors, nameKey } from '../../../src/lib/actors/index.ts';
import { findRoleContradictions } from '../../../src/lib/claims/role-consistency.ts';
import {
  actorSchema,
  eventSchema,
  idSchema,
  valueMatchesPrecision,
  type Actor,
  type FactEvent,
} from '../../../src/lib/schema/index.ts';

const CONTENT = join(import.meta.dirname, '../../../content');
const ACTOR_DIR = join(CONTENT, 'actors');
const EVENT_DIR = join(CONTENT, 'events');

const ACTOR_KEYS = ['name', 'kind', 'pronoun', 'aliases', 'roles', 'description', 'wikidata'];
const ROLE_KEYS = ['title', 'from', 'to', 'aliases', 'note'];
const EVENT_KEYS = ['title', 'date', 'precision', 'actors', 'description', 'sources'];

interface YamlFile {
  id: string;
  file: string;
  doc: ReturnType<typeof parseDocument>;
}

function readDir(dir: string): YamlFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const file = join(dir, f);
      return { id: basename(f, '.yaml'), file, doc: parseDocument(readFileSync(file, 'utf8'), { uniqueKeys: true }) };
    });
}

const actorFiles = readDir(ACTOR_DIR);
const eventFiles = readDir(EVENT_DIR);

// Files that fail their schema are reported by their own test below; the cross-file checks use the rest.
const actors: Actor[] = actorFiles.flatMap(({ id, doc }) => {
  const r = actorSchema.safeParse(doc.toJS());
  return r.success ? [{ id, ...r.data }] : [];
});
const events: FactEvent[] = eventFiles.flatMap(({ id, doc }) => {
  const r = eventSchema.safeParse(doc.toJS());
  return r.success ? [{ id, ...r.data }] : [];
});

/** Keys of a YAML mapping in the order they are written. */
function keysOf(node: Node | null | undefined): string[] {
  return isMap(node) ? node.items.map((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key)) : [];
}

/** Is `keys` a subsequence of `order` (every key known, none out of place)? */
function inOrder(keys: string[], order: string[]): boolean {
  let at = -1;
  for (const k of keys) {
    const i = order.indexOf(k);
    if (i <= at) return false;
    at = i;
  }
  return true;
}

/** A date scalar must be quoted so that no YAML reader turns it into a timestamp. */
function isQuoted(node: unknown): boolean {
  return isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
}

describe('actor files', () => {
  it('exist for the seed corpus', () => {
    expect(actorFiles.length).toBeGreaterThanOrEqual(25);
  });

  it.each(actorFiles.map((f) => [f.id, f] as const))('%s parses, fits the schema and is canonical', (id, { doc }) => {
    expect(doc.errors).toEqual([]);
    expect(idSchema.safeParse(id).success).toBe(true);
    const result = actorSchema.safeParse(doc.toJS());
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    const actor = result.data!;

    expect(inOrder(keysOf(doc.contents), ACTOR_KEYS), keysOf(doc.contents).join(', ')).toBe(true);
    if (actor.kind === 'person') expect(actor.pronoun, 'a person needs a pronoun for "he"/"she"').toBeDefined();
    else expect(actor.pronoun).toBeUndefined();

    // Canonical form leaves out empty lists, so an actor without roles has no `roles` key.
    const roles = doc.get('roles', true);
    if (roles !== undefined) expect(isSeq(roles)).toBe(true);
    for (const [i, role] of (isSeq(roles) ? roles.items : []).entries()) {
      expect(inOrder(keysOf(role as Node), ROLE_KEYS), `role ${i}: ${keysOf(role as Node).join(', ')}`).toBe(true);
      for (const key of ['from', 'to']) {
        const value = isMap(role) ? role.get(key, true) : undefined;
        if (value !== undefined) expect(isQuoted(value), `role ${i} ${key} must be quoted`).toBe(true);
      }
      const { from, to } = actor.roles[i]!;
      if (from && to) expect(from <= to, `role ${i} ends before it starts`).toBe(true);
    }
  });

  it('share no name or alias between two actors', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const actor of actors) {
      for (const key of new Set([actor.name, ...actor.aliases].map(nameKey))) {
        const owner = owners.get(key);
        if (owner) clashes.push(`"${key}": ${owner} and ${actor.id}`);
        else owners.set(key, actor.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('link each Wikidata item to one actor only', () => {
    const ids = actors.flatMap((a) => (a.wikidata ? [a.wikidata] : []));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('load with the production loader', () => {
    expect(loadActors(ACTOR_DIR).map((a) => a.id)).toEqual(actors.map((a) => a.id).sort());
  });
});

describe('event files', () => {
  const actorIds = new Set(actors.map((a) => a.id));

  it('exist for the seed corpus', () => {
    expect(eventFiles.length).toBeGreaterThanOrEqual(15);
  });

  it.each(eventFiles.map((f) => [f.id, f] as const))('%s parses, fits the schema and is canonical', (id, { doc }) => {
    expect(doc.errors).toEqual([]);
    expect(idSchema.safeParse(id).success).toBe(true);
    const result = eventSchema.safeParse(doc.toJS());
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    const event = result.data!;

    expect(inOrder(keysOf(doc.contents), EVENT_KEYS), keysOf(doc.contents).join(', ')).toBe(true);
    expect(isQuoted(doc.get('date', true)), 'date must be quoted').toBe(true);
    expect(valueMatchesPrecision(event.date, event.precision), `${event.date} is not a ${event.precision}`).toBe(true);
    expect(event.actors.length).toBeGreaterThan(0);
    expect(event.actors.filter((a) => !actorIds.has(a))).toEqual([]);
    // Every event says where it is reported: an article of the corpus, or a public page.
    expect(event.sources.length).toBeGreaterThan(0);
    for (const s of event.sources) if ('article' in s) expect(existsSync(join(CONTENT, 'articles', `${s.article}.md`)), s.article).toBe(true);
    // A day-precision event id ends with its date, so two files cannot silently describe one day's event twice.
    if (event.precision === 'day') expect(id.endsWith(event.date)).toBe(true);
  });

  it('cover the events the seed articles date', () => {
    const ids = new Set(events.map((e) => e.id));
    const expected = [
      'nato-founded-1949-04-04',
      'russian-invasion-of-ukraine-2022-02-24',
      'trump-putin-call-2025-02-12',
      'trump-zelensky-call-2025-02-12',
      'hegseth-ukraine-defense-contact-group-2025-02-12',
      'trump-zelensky-oval-office-meeting-2025-02-28',
      'istanbul-talks-2025-05-16',
      'trump-putin-call-2025-05-19',
      'medvedev-world-war-iii-post-2025-05-27',
      'trump-oval-office-remarks-2025-05-28',
      'lavrov-istanbul-proposal-2025-05-28',
      'istanbul-talks-2025-06-02',
      'alaska-summit-2025-08-15',
      'white-house-meeting-2025-08-18',
      'trump-fox-and-friends-interview-2025-08-19',
      'sco-summit-tianjin-2025-08-31',
    ];
    expect(expected.filter((e) => !ids.has(e))).toEqual([]);
  });
});

describe('the registry resolves the seed articles’ names', () => {
  const registry = createRegistry(actors);
  const resolved = (surface: string, date: string) => registry.resolveName(surface, date)?.id;
  const role = (noun: string, date: string, prefer: string[] = []) => registry.resolveRole(noun, date, prefer)?.id;

  it.each([
    ['former U.S. President Donald Trump', 'donald-trump'],
    ['Trump', 'donald-trump'],
    ['President Putin', 'vladimir-putin'],
    ['Ukrainian President Volodymyr Zelenskyy', 'volodymyr-zelensky'],
    ['Zelensky', 'volodymyr-zelensky'],
    ['Dmitry Medvedev', 'dmitry-medvedev'],
    ['Russian Foreign Minister Sergei Lavrov', 'sergei-lavrov'],
    ['U.S. Defense Secretary Pete Hegseth', 'pete-hegseth'],
    ['JD Vance', 'jd-vance'],
    ['the Kremlin', 'kremlin'],
    ['the White House', 'white-house'],
    ['The Trump administration', 'white-house'],
    ['NATO', 'nato'],
    ['NSATU', 'nsatu'],
    ['the European Union', 'european-union'],
    ['EU', 'european-union'],
    ['Reuters', 'reuters'],
    ['The Sun', 'the-sun'],
    ['Fox News', 'fox-news'],
    ['the Vatican', 'vatican'],
    ['Russia’s Defense Ministry', 'russian-defense-ministry'],
    ['The British government', 'uk-government'],
    ['Coalition of the Willing', 'coalition-of-the-willing'],
    ['Moscow', 'russia'],
    ['Kyiv', 'ukraine'],
    ['the U.S.', 'united-states'],
    ['the UK', 'united-kingdom'],
    ['Georgia', 'georgia'],
    ['Moldova', 'moldova'],
    ['China', 'china'],
    ['Germany', 'germany'],
    ['France', 'france'],
    ['Soviet Union', 'soviet-union'],
  ])('%s → %s', (surface, id) => {
    expect(resolved(surface, '2025-05-29')).toBe(id);
  });

  it('maps role nouns to whoever held the role on the day', () => {
    expect(role('the U.S. president', '2025-09-03')).toBe('donald-trump');
    expect(role('the Russian leader', '2025-05-29')).toBe('vladimir-putin');
    expect(role('Russian President', '2010-06-01')).toBe('dmitry-medvedev');
    expect(role("Ukraine's president", '2025-05-20')).toBe('volodymyr-zelensky');
    expect(role('U.S. Defense Secretary', '2025-02-13')).toBe('pete-hegseth');
    expect(role('U.S. Defense Secretary', '2024-12-01')).toBeUndefined();
    expect(role('the U.S. Vice President', '2025-05-20')).toBe('jd-vance');
    expect(role('Russian Foreign Minister', '2025-05-29')).toBe('sergei-lavrov');
    expect(role('former Russian President', '2025-05-29', ['dmitry-medvedev'])).toBe('dmitry-medvedev');
  });

  it('lets a "former president" phrase about a sitting president be flagged', () => {
    const text = 'Former U.S. President Donald Trump and Russian President Vladimir Putin spoke. Former Russian President Dmitry Medvedev replied.';
    const flagged = (published: string) => findRoleContradictions(text, actors, published).map((c) => c.actorId);
    expect(flagged('2025-05-29')).toEqual(['donald-trump']);
    expect(flagged('2023-05-29')).toEqual([]);
  });
});
