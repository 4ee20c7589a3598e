/**
 * The synthetic actor registry and event list: people with offices and date ranges,
 * organizations, countries; events that several articles cite. Shapes follow
 * `src/lib/schema/actor.ts` and `src/lib/schema/event.ts` exactly.
 */
import type { ActorData, EventData } from '../../src/lib/schema/index.ts';
import { addDays } from './calendar.ts';
import type { Rng } from './random.ts';
import { CITIES, COUNTRIES, FIRST_NAMES_HE, FIRST_NAMES_SHE, OFFICES, ORG_KINDS, ORG_PREFIXES, ORG_ROLES, SURNAMES, TOPICS } from './vocabulary.ts';

export interface GenActor {
  id: string;
  data: ActorData;
  /** How later sentences refer to the actor ("Kowalczyk", "the ministry"). */
  short: string;
  /** A title for the first mention ("Poland's Foreign Minister"). */
  title: string;
}

export interface GenEvent {
  id: string;
  data: EventData;
  topic: number;
  city: string;
  /** The event as a noun phrase in running text ("talks in Geneva"). */
  phrase: string;
}

export function slugify(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function makeActors(rng: Rng, count: number): GenActor[] {
  const actors: GenActor[] = [];
  const countries = COUNTRIES.slice(0, Math.min(COUNTRIES.length, Math.round(count * 0.1)));
  for (const c of countries) {
    actors.push({
      id: slugify(c),
      data: { name: c, kind: 'country', aliases: [], roles: [], description: `${c}, as a state and party to agreements.` },
      short: c,
      title: 'the country',
    });
  }
  const orgNames = ORG_PREFIXES.flatMap((p) => ORG_KINDS.map((k) => `${p} ${k}`));
  const orgCount = Math.round(count * 0.15);
  for (const name of rng.sample(orgNames, orgCount)) {
    actors.push({
      id: slugify(name),
      data: { name, kind: 'organization', aliases: [], roles: [], description: `The ${name}, a public body often quoted on ${rng.pick(TOPICS).name}.` },
      short: `the ${name.split(' ').slice(-1)[0]!.toLowerCase()}`,
      title: 'the organization',
    });
  }
  const taken = new Set(actors.map((a) => a.data.name.toLowerCase()));
  const surnameCount = new Map<string, number>();
  const people: { first: string; last: string; pronoun: 'he' | 'she' }[] = [];
  while (actors.length + people.length < count) {
    const pronoun = rng.chance(0.5) ? 'he' : 'she';
    const first = rng.pick(pronoun === 'he' ? FIRST_NAMES_HE : FIRST_NAMES_SHE);
    const last = rng.pick(SURNAMES);
    const full = `${first} ${last}`;
    if (taken.has(full.toLowerCase())) continue;
    taken.add(full.toLowerCase());
    people.push({ first, last, pronoun });
    surnameCount.set(last, (surnameCount.get(last) ?? 0) + 1);
  }
  for (const p of people) {
    const name = `${p.first} ${p.last}`;
    const country = rng.pick(countries);
    const office = rng.pick(OFFICES);
    const from = addDays('2019-01-01', rng.int(0, 1800));
    const to = rng.chance(0.3) ? addDays(from, rng.int(200, 900)) : undefined;
    const isOfficial = rng.chance(0.7);
    const roleTitle = isOfficial ? `${office} of ${country}` : `${rng.pick(ORG_ROLES)} of a ${rng.pick(TOPICS).name} think tank`;
    actors.push({
      id: slugify(name),
      data: {
        name,
        kind: 'person',
        pronoun: p.pronoun,
        // A surname is an alias only when no other actor shares it, or attribution would be ambiguous.
        aliases: surnameCount.get(p.last) === 1 ? [p.last] : [],
        roles: [{ title: roleTitle, from, ...(to ? { to } : {}), aliases: [] }],
        description: `${roleTitle}${to ? ` from ${from.slice(0, 4)} to ${to.slice(0, 4)}` : ` since ${from.slice(0, 4)}`}.`,
      },
      short: surnameCount.get(p.last) === 1 ? p.last : name,
      title: isOfficial ? `${country}'s ${office.toLowerCase()}` : roleTitle,
    });
  }
  return actors.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function makeEvents(rng: Rng, count: number, actors: GenActor[], from: string, days: number): GenEvent[] {
  const people = actors.filter((a) => a.data.kind !== 'country');
  const countries = actors.filter((a) => a.data.kind === 'country');
  const events: GenEvent[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < count; i++) {
    const topic = rng.int(0, TOPICS.length - 1);
    const t = TOPICS[topic]!;
    const kind = rng.pick(t.events);
    const city = rng.pick(CITIES);
    const day = addDays(from, rng.int(0, days));
    const r = rng.next();
    const precision = r < 0.8 ? 'day' : r < 0.95 ? 'month' : 'year';
    const date = precision === 'day' ? day : precision === 'month' ? day.slice(0, 7) : day.slice(0, 4);
    const involved = [...rng.sample(people, rng.int(1, 3)), ...rng.sample(countries, rng.int(0, 2))];
    const phrase = `${kind} in ${city}`;
    let id = slugify(`${kind} ${city} ${date}`);
    for (let n = 2; ids.has(id); n++) id = slugify(`${kind} ${city} ${date} ${n}`);
    ids.add(id);
    events.push({
      id,
      topic,
      city,
      phrase,
      data: {
        title: `${kind[0]!.toUpperCase()}${kind.slice(1)} in ${city}`.replace(/^(A|An|The) /, ''),
        date,
        precision,
        actors: involved.map((a) => a.id).sort(),
        description: `${kind[0]!.toUpperCase()}${kind.slice(1)} on ${t.issues[0]!.replace(/^the /, '')} in ${city}.`,
        // Every event names a source (check requires one); the synthetic world's is a placeholder page.
        sources: [{ url: `https://example.org/events/${id}/`, title: `${kind} in ${city}` }],
      },
    });
  }
  return events.sort((a, b) => (a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : a.id < b.id ? -1 : 1));
}
