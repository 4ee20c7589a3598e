/**
 * One synthetic news article and its annotation file. The text is assembled sentence by
 * sentence from templates; every quote, date and claim is recorded with its offset as it is
 * written, so the annotation anchors are exactly the words of the text (W3C TextQuoteSelector
 * via the core's `createSelector`, with prefix/suffix when a phrase repeats).
 */
import { createHash } from 'node:crypto';
import { createSelector } from '../../src/lib/anchoring/index.ts';
import type { AnnotationFile, ArticleFrontmatter, Claim, DateAnnotation, Precision, Quote, Verdict } from '../../src/lib/schema/index.ts';
import type { GenActor, GenEvent } from './actors.ts';
import { slugify } from './actors.ts';
import { addDays, dayText, isoWeek, monthText, weekday } from './calendar.ts';
import type { Rng } from './random.ts';

/** The reviewer every decided claim of the generated corpus names (written by write-corpus.ts). */
export const BENCH_REVIEWER = 'bench-desk';
import {
  ADJECTIVES, CITIES, MOODS, CONTEXT_OPENERS, FIRST_NAMES_HE, FIRST_NAMES_SHE, LOCALS, OBSERVERS, PUBLISHERS, QUOTE_OPENERS,
  QUOTE_PREDICATES, QUOTE_SECOND, QUOTE_SUBJECTS, QUOTE_TAILS, SURNAMES, TOPICS, type Topic,
} from './vocabulary.ts';

export interface GenArticle {
  slug: string;
  frontmatter: ArticleFrontmatter;
  /** Body paragraphs, free of Markdown syntax so that they need no escaping. */
  paragraphs: string[];
  /** Markdown body: one paragraph per line, separated by blank lines. */
  body: string;
  /** The plain text the core anchors against (paragraphs joined by a blank line). */
  plainText: string;
  annotations: AnnotationFile;
}

export interface World {
  actors: GenActor[];
  events: GenEvent[];
  /** Taken names, so that a local resident never shares a name with an actor. */
  actorNames: Set<string>;
}

type Mark =
  | { kind: 'quote'; speaker: GenActor | null; proposed?: { id: string; name: string }; said?: string }
  | { kind: 'date'; value: string; precision: Precision; event?: string }
  | { kind: 'claim'; claimant: string };

interface Span { start: number; end: number; mark: Mark }

type Piece = string | { text: string; mark: Mark };

/** Accumulates paragraphs and the offsets of marked pieces in the final plain text. */
function createText() {
  const paragraphs: string[] = [];
  const spans: Span[] = [];
  let current = '';
  let offset = 0; // start of the current paragraph in the plain text
  return {
    sentence(pieces: Piece[]) {
      if (current) current += ' ';
      for (const p of pieces) {
        if (typeof p === 'string') current += p;
        else {
          spans.push({ start: offset + current.length, end: offset + current.length + p.text.length, mark: p.mark });
          current += p.text;
        }
      }
    },
    paragraph() {
      if (!current) return;
      paragraphs.push(current);
      offset += current.length + 2;
      current = '';
    },
    done() {
      this.paragraph();
      return { paragraphs, spans };
    },
  };
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const titleCase = (s: string) => s.replace(/\b([a-z])([a-z]{3,})/g, (_, a: string, b: string) => a.toUpperCase() + b);
const noArticle = (s: string) => s.replace(/^(a|an|the) /, '');
const fmt = (n: number) => n.toLocaleString('en-US');

interface Speaker { actor: GenActor; mentioned: boolean }

export function makeArticle(index: number, rng: Rng, world: World): GenArticle {
  const published = addDays('2023-01-01', rng.int(0, 1094));
  const publisherIndex = rng.int(0, PUBLISHERS.length - 1);
  const publisher = PUBLISHERS[publisherIndex]!;
  const style = publisherIndex % 2 === 0 ? 'uk' : 'us';
  const topic = TOPICS[rng.int(0, TOPICS.length - 1)]!;
  const topicIndex = TOPICS.indexOf(topic);
  const countries = world.actors.filter((a) => a.data.kind === 'country');
  const [country, country2] = rng.sample(countries, 2) as [GenActor, GenActor];
  const issue = rng.pick(topic.issues);

  // Events this article cites: earlier ones, preferably on its topic.
  const before = world.events.filter((e) => e.data.date < published && e.data.date >= addDays(published, -240).slice(0, e.data.date.length));
  const onTopic = before.filter((e) => e.topic === topicIndex);
  const cited = rng.sample(onTopic.length >= 2 ? onTopic : before, rng.int(2, 3));

  // Speakers: people and organizations from the cited events, topped up at random.
  const pool = world.actors.filter((a) => a.data.kind !== 'country');
  const castIds = new Set(cited.flatMap((e) => e.data.actors));
  const cast: Speaker[] = pool.filter((a) => castIds.has(a.id)).slice(0, 3).map((actor) => ({ actor, mentioned: false }));
  for (const actor of rng.sample(pool, 5)) if (cast.length < rng.int(3, 5) && !cast.some((s) => s.actor === actor)) cast.push({ actor, mentioned: false });

  /** The speaker as the text names them: name and office at first mention, then the short form. An appositive keeps its closing comma. */
  const speakerName = (s: Speaker, where: 'subject' | 'after-said'): string => {
    if (s.mentioned) return s.actor.short;
    s.mentioned = true;
    const a = s.actor;
    if (a.data.kind === 'organization') return `the ${a.data.name}`;
    const official = a.title.includes("'s ");
    return where === 'after-said' || !official || rng.chance(0.5) ? `${a.data.name}, ${a.title},` : `${cap(a.title)} ${a.data.name}`;
  };
  const trimComma = (s: string) => s.replace(/,$/, '');

  const quoteText = (): string => {
    const opener = rng.pick(QUOTE_OPENERS);
    const subject = rng.pick(QUOTE_SUBJECTS).replace('{C}', country.data.name);
    const predicate = rng.pick(QUOTE_PREDICATES).replace('{O}', rng.pick(topic.objects));
    const lead = opener ? `${opener}${subject[0]!.toLowerCase()}${subject.slice(1)}` : subject;
    let q = `${lead} ${predicate}${rng.pick(QUOTE_TAILS)}`;
    if (rng.chance(0.35)) q += `. ${rng.pick(QUOTE_SECOND).replace(/\.$/, '')}`;
    return q;
  };

  const t = createText();
  const quoteMark = (speaker: GenActor | null, extra: Partial<Extract<Mark, { kind: 'quote' }>> = {}): Mark => ({
    kind: 'quote',
    speaker,
    ...(rng.chance(0.6) ? { said: published } : {}),
    ...extra,
  });

  const quoteBeat = () => {
    const s = rng.pick(cast);
    const q = quoteText();
    const m = quoteMark(s.actor);
    const form = rng.int(0, 5);
    if (form === 0) t.sentence(['“', { text: q, mark: m }, `,” ${speakerName(s, 'subject')} said.`]);
    else if (form === 1) t.sentence(['“', { text: q, mark: m }, `,” said ${trimComma(speakerName(s, 'after-said'))}.`]);
    else if (form === 2) t.sentence([`${cap(speakerName(s, 'subject'))} said: “`, { text: q, mark: m }, '.”']);
    else if (form === 3) t.sentence(['“', { text: q, mark: m }, `,” ${speakerName(s, 'subject')} told reporters in ${rng.pick(CITIES)}.`]);
    else if (form === 4) t.sentence([`According to ${speakerName(s, 'subject').replace(/,?$/, ',')} “`, { text: q, mark: m }, '.”']);
    else t.sentence(['“', { text: q, mark: m }, `,” ${speakerName(s, 'subject')} wrote on social media.`]);
    return 1;
  };
  const addedQuote = () => {
    const people = cast.filter((s) => s.actor.data.kind === 'person');
    if (!people.length) return quoteBeat();
    const s = rng.pick(people);
    t.sentence(['“', { text: quoteText(), mark: quoteMark(s.actor) }, `,” said ${trimComma(speakerName(s, 'after-said'))}.`]);
    t.sentence(['“', { text: quoteText(), mark: quoteMark(s.actor) }, `,” ${s.actor.data.pronoun ?? 'they'} added.`]);
    return 2;
  };
  const localQuote = () => {
    let name: string;
    do {
      const she = rng.chance(0.5);
      name = `${rng.pick(she ? FIRST_NAMES_SHE : FIRST_NAMES_HE)} ${rng.pick(SURNAMES)}`;
    } while (world.actorNames.has(name.toLowerCase()));
    const m = quoteMark(null, { proposed: { id: slugify(name), name } });
    t.sentence(['“', { text: quoteText(), mark: m }, `,” said ${name}, ${rng.pick(LOCALS)} from ${rng.pick(CITIES)}.`]);
    return 1;
  };

  const dateOf = (e: GenEvent): { text: string; prep: string } => {
    const { date, precision } = e.data;
    if (precision === 'day') {
      const text = dayText(date, style, date.slice(0, 4) !== published.slice(0, 4) || rng.chance(0.5));
      return { text, prep: 'on ' };
    }
    if (precision === 'month') return { text: monthText(date), prep: 'in ' };
    return { text: date, prep: 'in ' };
  };
  const eventBeat = (e: GenEvent) => {
    const d = dateOf(e);
    const mark: Mark = { kind: 'date', value: e.data.date, precision: e.data.precision, event: e.id };
    const phrase = `the ${noArticle(e.phrase)}`;
    const forms: (() => Piece[])[] = [
      () => [`${cap(phrase)} ${d.prep}`, { text: d.text, mark }, ' ended without a joint statement.'],
      () => [`${cap(phrase)} ${d.prep}`, { text: d.text, mark }, ` was the first of its kind in years.`],
      () => [`Officials met for ${phrase} ${d.prep}`, { text: d.text, mark }, ', according to people familiar with the matter.'],
      () => [`Little has changed since ${phrase} ${d.prep}`, { text: d.text, mark }, '.'],
      () => [`${country.data.name} sent a delegation to ${phrase} ${d.prep}`, { text: d.text, mark }, `, where ${issue} was discussed.`],
    ];
    t.sentence(rng.pick(forms)());
    return 1;
  };
  // Each kind of relative date at most once per article, as a reporter would vary them.
  const relativeKinds = rng.sample([0, 1, 2, 3, 4], 5);
  const relativeDateBeat = () => {
    const kind = relativeKinds.pop() ?? 4;
    if (kind === 0) {
      const day = addDays(published, -rng.int(1, 6));
      t.sentence([`${cap(rng.pick(OBSERVERS))} met officials on `, { text: weekday(day), mark: { kind: 'date', value: day, precision: 'day' } }, ` to discuss ${issue}.`]);
    } else if (kind === 1) {
      t.sentence([`${cap(issue)} dominated the agenda `, { text: 'last week', mark: { kind: 'date', value: isoWeek(addDays(published, -7)), precision: 'week' } }, '.']);
    } else if (kind === 2) {
      const month = addDays(`${published.slice(0, 7)}-01`, -1).slice(0, 7);
      t.sentence([`Pressure over ${issue} has grown since `, { text: 'last month', mark: { kind: 'date', value: month, precision: 'month' } }, '.']);
    } else if (kind === 3) {
      const year = String(rng.int(2008, 2022));
      t.sentence([`The dispute goes back to `, { text: year, mark: { kind: 'date', value: year, precision: 'year' } }, `, when ${issue} was first debated in parliament.`]);
    } else {
      const day = addDays(published, -rng.int(8, 200));
      const s = rng.pick(cast);
      t.sentence([`${cap(speakerName(s, 'subject'))} first raised ${issue} on `, { text: dayText(day, style), mark: { kind: 'date', value: day, precision: 'day' } }, '.']);
    }
    return 1;
  };

  const claimBeat = () => {
    const org = world.actors.filter((a) => a.data.kind === 'organization');
    const unit = rng.pick(topic.units);
    const year = String(rng.int(2015, Number(published.slice(0, 4)) - 1));
    const forms: (() => [string, string])[] = [
      () => [`${country.data.name} has received ${rng.int(2, 60)} billion euros for ${issue} since ${year}.`, 'publisher'],
      () => [`A survey by the ${rng.pick(org).data.name} found that ${rng.int(12, 88)} percent of respondents ${rng.pick(topic.findings)}.`, 'publisher'],
      () => [`More than ${fmt(rng.int(12, 900) * 100)} ${unit} were affected in ${rng.pick(CITIES)} alone, according to official figures.`, 'publisher'],
      () => {
        const s = rng.pick(cast);
        return [`${cap(speakerName(s, 'subject'))} claimed that ${country2.data.name} had lost ${fmt(rng.int(3, 400) * 50)} ${unit} over the past year.`, s.actor.id];
      },
      () => [`Official data show that the number of ${unit} rose by ${rng.int(3, 45)} percent in ${year}.`, 'publisher'],
      () => [`${country.data.name} spent ${rng.int(1, 9)}.${rng.int(1, 9)} billion euros on ${issue} last year, twice as much as ${country2.data.name}.`, 'publisher'],
      () => [`The ${rng.pick(org).data.name} estimates that ${rng.int(2, 30)} million ${unit} will be affected by ${issue}.`, 'publisher'],
    ];
    const [sentence, claimant] = rng.pick(forms)();
    t.sentence([{ text: sentence, mark: { kind: 'claim', claimant } }]);
    return 1;
  };

  const contextBeat = () => {
    const s = rng.pick(cast);
    const forms: (() => string)[] = [
      () => `${cap(rng.pick(OBSERVERS))} described the atmosphere as ${rng.pick(ADJECTIVES)}.`,
      () => `${rng.pick(CONTEXT_OPENERS)}, ${rng.pick(OBSERVERS)} warned that ${issue} could take months to resolve.`,
      () => `The dispute over ${issue} has strained relations between ${country.data.name} and ${country2.data.name}.`,
      () => `Critics say ${issue} favours large companies over ordinary citizens.`,
      () => `Talks on ${issue} are expected to continue in ${rng.pick(CITIES)}.`,
      () => `None of the parties has published the full text of ${issue}.`,
      () => `${country2.data.name} has so far declined to comment on ${issue}.`,
      () => `Residents of ${rng.pick(CITIES)} queued outside government offices to ask about ${issue}.`,
      () => `${cap(rng.pick(OBSERVERS))} expect ${rng.pick(topic.objects)} to feature prominently in the coming weeks.`,
      () => `${cap(speakerName(s, 'subject'))} has made ${rng.pick(topic.objects)} a priority.`,
      () => `The mood in ${rng.pick(CITIES)} was ${rng.pick(MOODS)}, ${rng.pick(LOCALS)} told this newspaper.`,
      () => `Opposition parties in ${country.data.name} have called for ${rng.pick(topic.objects)} instead.`,
      () => `It remains unclear who will pay for ${rng.pick(topic.objects)}.`,
      () => `Similar disputes over ${rng.pick(TOPICS).issues[0]} were settled only after years of negotiation.`,
      () => `A former ambassador to ${country2.data.name} called the plan premature.`,
      () => `The former head of the ${rng.pick(world.actors.filter((x) => x.data.kind === 'organization')).data.name} backed the proposal.`,
    ];
    t.sentence([rng.pick(forms)()]);
    return 1;
  };

  // The lede: the first cited event, with its date.
  const lede = cited[0];
  contextBeat();
  if (lede) eventBeat(lede);
  t.paragraph();

  type Beat = () => number;
  const beats: Beat[] = [];
  const quoteCount = rng.int(8, 12);
  const dateCount = 5 - (lede ? 1 : 0);
  for (let n = 0; n < quoteCount; ) {
    const r = rng.next();
    if (r < 0.15 && quoteCount - n >= 2) { beats.push(addedQuote); n += 2; }
    else if (r < 0.25) { beats.push(localQuote); n += 1; }
    else { beats.push(quoteBeat); n += 1; }
  }
  for (const e of cited.slice(1, dateCount)) beats.push(() => eventBeat(e));
  for (let n = cited.slice(1, dateCount).length; n < dateCount; n++) beats.push(relativeDateBeat);
  const claimCount = rng.int(2, 4);
  for (let n = 0; n < claimCount; n++) beats.push(claimBeat);
  const contextCount = rng.int(5, 9);
  for (let n = 0; n < contextCount; n++) beats.push(contextBeat);

  let inParagraph = 0;
  let paragraphSize = rng.int(1, 3);
  for (const beat of rng.sample(beats, beats.length)) {
    inParagraph += beat();
    if (inParagraph >= paragraphSize) {
      t.paragraph();
      inParagraph = 0;
      paragraphSize = rng.int(1, 3);
    }
  }
  const { paragraphs, spans } = t.done();
  const plainText = paragraphs.join('\n\n');
  const body = `${paragraphs.join('\n\n')}\n`;

  const headline = rng.pick([
    () => `${rng.pick(topic.headlines)} in ${rng.pick(CITIES)}`,
    () => `${rng.pick(topic.headlines)} as ${country.data.name} Weighs ${titleCase(rng.pick(topic.objects).replace(/^(a|an|the) /, ''))}`,
    () => `${cast[0]!.actor.data.name} Says ${country.data.name} Needs ${titleCase(rng.pick(topic.objects).replace(/^(a|an|the) /, ''))}`,
    () => `${rng.pick(topic.headlines)}: What We Know About ${titleCase(issue)}`,
  ])();
  const slug = `${published}-${slugify(headline).split('-').slice(0, 6).join('-')}-${index}`;
  const sha = createHash('sha256').update(body).digest('hex');
  const frontmatter: ArticleFrontmatter = {
    title: headline,
    published,
    published_evidence: 'dateline of the original article',
    publisher,
    url: `https://news.example/${published.slice(0, 4)}/${slug}`,
    source_file: `raw/${slug}.txt`,
    source_sha256: sha,
    sources: Array.from({ length: rng.int(0, 3) }, (_, k) => ({
      label: `[${k + 1}]`,
      title: `${cap(issue)}: ${rng.pick(['background', 'official statement', 'data release', 'earlier report'])}`,
      url: `https://sources.example/${topic.name.replace(/ /g, '-')}/${index}-${k + 1}`,
    })),
  };
  return { slug, frontmatter, paragraphs, body, plainText, annotations: toAnnotations(plainText, spans, published, rng, topic) };
}

const DECIDED: Verdict[] = ['false', 'misleading', 'accurate', 'mostly-accurate', 'unsupported'];

function toAnnotations(plain: string, spans: Span[], published: string, rng: Rng, topic: Topic): AnnotationFile {
  const file: AnnotationFile = { quotes: [], claims: [], dates: [] };
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const selector = createSelector(plain, span.start, span.end);
    const m = span.mark;
    if (m.kind === 'quote') {
      const reviewed = m.speaker !== null && rng.chance(0.5);
      const q: Quote = {
        id: `q${file.quotes.length + 1}`,
        ...selector,
        speaker: m.speaker ? m.speaker.id : null,
        ...(m.proposed ? { proposed_speaker: m.proposed } : {}),
        ...(m.said ? { said: m.said } : {}),
        status: reviewed ? 'reviewed' : 'suggested',
      };
      file.quotes.push(q);
    } else if (m.kind === 'date') {
      const d: DateAnnotation = {
        id: `d${file.dates.length + 1}`,
        ...selector,
        value: m.value,
        precision: m.precision,
        ...(m.event ? { event: m.event } : {}),
        status: rng.chance(0.5) ? 'reviewed' : 'suggested',
      };
      file.dates.push(d);
    } else {
      const r = rng.next();
      const decided = r < 0.15;
      const c: Claim = {
        id: `c${file.claims.length + 1}`,
        ...selector,
        claimant: m.claimant,
        verdict: decided ? rng.pick(DECIDED) : 'unverified',
        ...(decided
          ? {
              statement: `Says ${selector.text.charAt(0).toLowerCase()}${selector.text.slice(1).replace(/[.\s]+$/, '')}`,
              explanation: `The figure does not match the latest official release on ${topic.name}. The ${published.slice(0, 4)} data tell a different story.`,
              reviewed_by: BENCH_REVIEWER,
              reviewed_on: published,
            }
          : {}),
        sources: decided ? [`https://evidence.example/${topic.name.replace(/ /g, '-')}/${file.claims.length + 1}`] : [],
        status: r < 0.3 ? 'reviewed' : 'suggested',
      };
      file.claims.push(c);
    }
  }
  return file;
}
