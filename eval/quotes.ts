/**
 * Quote and speaker quality on news that is not in the site's corpus.
 *
 * Metrics, for each data set:
 * - quote span precision, recall and F1: a found quote counts only when its start and end are
 *   exactly those of a gold quote (the characters between the quotation marks);
 * - speaker accuracy: of the gold quotes found, the share whose speaker matches the gold
 *   speaker, comparing normalised surnames (the last word of the name that is not a title).
 *   Gold quotes whose speaker cannot be compared (a pronoun or a description naming no one in
 *   PolNeAR — "he", "the New York businessman", "Protesters" —, an unclear speaker in the
 *   hand-made set) are left out of it; their number is reported. PolNeAR gives no gold link from
 *   such a source to a name, so resolving it ("the New York businessman" → Donald Trump) can be
 *   neither credited nor penalised (see `surnameKey`).
 *
 * Data sets:
 * - hand-made: short excerpts of 2025 news on the Ukraine peace talks, every quote marked by
 *   hand with its speaker (eval/data/quotes/*.json), split into dev and test passages;
 * - PolNeAR (networkdynamics/PolNeAR, 2016 US election news with attribution annotations).
 *   Its repository carries no licence, so none of it is copied here: the converter reads a
 *   local copy at evaluation time (a clone or a bare mirror, found through POLNEAR_DIR) and
 *   the data set is skipped with a message when there is none. Gold quotes are the quoted
 *   stretches inside attribution contents, marks written as two apostrophes (its New York Times
 *   articles' style) included; the attribution's source is the gold speaker.
 *   The `dev` and `train` compartments are for development (errors read, rules changed), `test`
 *   for reporting only.
 *
 * Run: `node eval/quotes.ts [--split dev|train|test|all] [--errors N] [--filter missed|spurious|speaker] [--context]`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createRegistry, loadActors, variantKey, type ActorRegistry } from '../src/lib/actors/index.ts';
import { detectQuotes, normalizeQuoteMarks } from '../src/lib/quotes/index.ts';
import { attributeSpeakers } from '../src/lib/speakers/index.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const HAND_DIR = join(ROOT, 'eval', 'data', 'quotes');

export interface EvalRow {
  name: string;
  metrics: Record<string, number>;
  n: number;
}

interface GoldQuote {
  text: string;
  start: number;
  /** Gold speaker as written, or null when it cannot be compared. */
  speaker: string | null;
}

interface GoldDoc {
  id: string;
  text: string;
  published: string;
  quotes: GoldQuote[];
}

interface Mismatch {
  doc: string;
  kind: 'missed' | 'spurious' | 'speaker';
  text: string;
  gold?: string | null;
  found?: string | null;
  /** The text around the quote, for reading errors. */
  context?: string;
}

// ---------------------------------------------------------------------------------------------
// Scoring

const TITLE_WORDS = new Set(
  `the a an former president vice secretary minister spokesman spokeswoman spokesperson senator sen rep gov governor mr mrs ms dr
  kremlin white house press aide adviser advisor envoy special chief of state foreign defense defence prime chancellor u.s. us
  russian ukrainian american democratic republican nominee candidate campaign chairman chairwoman jr sr ii iii speaker leader
  attorney general director`.split(/\s+/),
);

/** Offices that head a description after an article ("the Florida senator"); lower case, as a description writes them. */
const OFFICES = new Set(`president secretary minister spokesman spokeswoman spokesperson senator governor speaker leader chairman
  chairwoman nominee candidate director attorney general adviser advisor aide envoy chancellor congressman congresswoman mayor chief`.split(/\s+/));

/** Plural nouns that open a sentence capitalised but name no one: "Officials at …", "Protesters marching …". */
const GROUP_NOUNS = new Set(`officials leaders sources aides protesters critics supporters voters advocates analysts experts observers
  lawmakers members residents others demonstrators activists`.split(/\s+/));

/** Possessive pronouns opening a description: "His former partner at the firm". */
const POSSESSIVE_PRONOUN = /^(?:his|her|their|its|our|my)\s+/i;

/** Indefinite pronouns heading a source name no one, as "he" does not: "Another", "Someone", "One of the aides". */
const INDEFINITE_HEAD = /^(?:one|another|someone|somebody|anyone|anybody|everyone|everybody|some|many|most|several|few|each|both|all|none|neither|either)$/i;

/**
 * "Fight for Fairness organizing director Ana Ruiz", "The Council on Trade Executive Director
 * Paul Ingram": a body named with its preposition, then a title and the person's name, which is
 * the head. (Only when the phrase opens with a capitalised name: in "spokesman for Senator Ana
 * Ruiz" the head is the spokesman.)
 */
function titledNameAtEnd(piece: string): string | null {
  const words = piece.trim().split(/\s+/);
  const bare = (w: string) => w.toLowerCase().replace(/[.,]$/, '');
  const opening = words.find((w) => !/^(?:the|a|an|former)$/i.test(w)) ?? '';
  if (!/^\p{Lu}/u.test(words[0] ?? '') || TITLE_WORDS.has(bare(opening)) || OFFICES.has(bare(opening))) return null;
  let k = words.length;
  while (k > 0 && words.length - k < 4 && /^\p{Lu}[\p{L}.'’-]*$/u.test(words[k - 1]!) && !TITLE_WORDS.has(bare(words[k - 1]!))) k--;
  if (words.length - k < 2 || k === 0 || !(OFFICES.has(bare(words[k - 1]!)) || /^(?:sen|rep|gov|mr|mrs|ms|dr)\.?$/.test(bare(words[k - 1]!)))) return null;
  return variantKey(words.at(-1)!.replace(/['’]s?$/, ''));
}

/** A headline given as the source ("CITY COUNCIL APPROVES THE BUDGET"): it names no speaker. */
const HEADLINE = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\s[^\p{Ll}]+\s[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/** The surname of one comma-delimited piece of a name, or null; `description` when its head is a common noun. */
function pieceKey(piece: string, descriptions: boolean): string | null | 'description' {
  const titled = /\s(?:of|for|at|with|from|in|on)\s/.test(piece) ? titledNameAtEnd(piece) : null;
  if (titled) return titled;
  const parts = piece.replace(POSSESSIVE_PRONOUN, '').split(/\s(?:of|for|at|with|from|in|on|by|who|which|that|to|and)\s/);
  // "Secretary of State Marco Rubio": an "of" inside a capitalised title does not end the head.
  let k = 0;
  while (k + 1 < parts.length && /(?:^|\s)\p{Lu}\S*$/u.test(parts[k]!) && TITLE_WORDS.has(parts[k]!.split(/\s+/).at(-1)!.toLowerCase()) && /\s\p{Lu}\S*$/u.test(parts[k + 1]!)) k++;
  const head = piece
    .replace(POSSESSIVE_PRONOUN, '')
    .split(/\s(?:of|for|at|with|from|in|on|by|who|which|that|to|and)\s/)
    .slice(0, k + 1)
    .join(' ')
    .replace(/\S+['’]s?\s+(?=\S)/g, ' ');
  const all = head.split(/\s+/).map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}.]+$/gu, '').replace(/['’]s?$/, '')).filter(Boolean);
  // "the New York businessman", "a Homeland Security memo": the head is a common noun, the capitalised words only modify it.
  const last = all.at(-1);
  if (descriptions && last && /^\p{Ll}/u.test(last) && !TITLE_WORDS.has(last.toLowerCase())) return 'description';
  // "the Florida senator", "the Senate Democratic leader": an office after an article, its
  // capitalised words a place or a body, not a surname.
  if (descriptions && last && /^(?:the|a|an)$/i.test(all[0] ?? '') && OFFICES.has(last)) return 'description';
  // "Trump’s Virginia state director", "Rep. Ward’s chief of staff": an office written in lower case
  // heads a description of someone who holds it, not a title before a name.
  if (descriptions && last && OFFICES.has(last)) return 'description';
  // "One of the firm's partners", "Another": no one named.
  if (descriptions && all.length > 0 && INDEFINITE_HEAD.test(all[0]!) && all.every((w) => !/^\p{Lu}/u.test(w) || INDEFINITE_HEAD.test(w))) return 'description';
  const words = all.filter((w) => /^\p{Lu}/u.test(w) && !TITLE_WORDS.has(w.toLowerCase()) && !TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')) && !GROUP_NOUNS.has(w.toLowerCase()));
  const key = words.at(-1);
  return key ? variantKey(key) : null;
}

/**
 * The word two names are compared by: the last capitalised word that is not a title, in the
 * head of the phrase — before an apposition ("Huma Abedin, vice chairwoman …"), a relative
 * clause or a prepositional tail ("spokesman for …"), and not a possessive modifier
 * ("Clinton’s campaign manager" is not Clinton).
 *
 * A gold span that is a description names no one: "the New York businessman", "a Homeland
 * Security memo", "Protesters" have no surname to compare (their capitalised modifiers are not
 * one), so `{ gold: true }` gives null for them, as for a pronoun — unless an apposition in the
 * same span names the person ("Another critic, Laurence H. Tribe," → Tribe). PolNeAR links no
 * source to the entity it stands for (its coreference chains are CoreNLP's, not annotators'), so
 * a description cannot be checked against the name the extractor resolves it to. An office in
 * lower case heads a description ("Ward’s field director, Lena Okafor," → Okafor; "Ward’s
 * spokesman" is not Ward), an indefinite pronoun ("Another", "One of the organisers") names no one,
 * nor does a headline given as the source ("CITY COUNCIL BACKS THE PLAN"); a body named with its
 * preposition may end in a titled name, which is then the head ("Friends of Rivers director Dana
 * Kells" → Kells).
 */
export function surnameKey(name: string | null | undefined, { gold = false } = {}): string | null {
  if (!name || (gold && HEADLINE.test(name.trim()))) return null;
  const pieces = name.split(/,|\s[—–-]\s|\s\(/);
  const first = pieceKey(pieces[0]!, gold);
  if (first !== 'description') return first;
  for (const piece of pieces.slice(1)) {
    const k = pieceKey(piece.replace(/\)\s*$/, ''), gold);
    if (k && k !== 'description') return k;
  }
  return null;
}

/**
 * Does a gold source of one word ("Hillary", "Tom", "Xi") name the person found in full ("Hillary
 * Clinton", "Tom Ebeling", "Xi Jinping")? The text names them by a given name (or a surname
 * written first), which the surname comparison cannot see; the found name is the same person's.
 */
export function givenNameOf(gold: string | null | undefined, found: string | null, others: readonly (string | null | undefined)[] = []): boolean {
  // ("Mr. Lou" for Lou Jiwei: a title before the one word.)
  const word = gold?.trim().replace(/^(?:Mr|Mrs|Ms|Dr)\.?\s+/, '');
  if (!word || !found || !/^\p{Lu}[\p{Ll}'’-]+$/u.test(word)) return false;
  const words = found.split(/\s+/);
  if (words.length < 2 || variantKey(words[0]!) !== variantKey(word)) return false;
  // (Only the one person of that first name the extractor found in the document: with two Toms, "Tom"
  // does not say which.)
  const namesakes = new Set(others.filter((o): o is string => !!o && o.split(/\s+/).length >= 2 && variantKey(o.split(/\s+/)[0]!) === variantKey(word)));
  return namesakes.size <= 1;
}

const around = (text: string, start: number, length: number) =>
  `${text.slice(Math.max(0, start - 220), start)}⟦${text.slice(start, start + length)}⟧${text.slice(start + length, start + length + 120)}`.replace(/\s+/g, ' ');

function score(docs: GoldDoc[], registry: ActorRegistry, errors: Mismatch[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let speakerScored = 0;
  let speakerRight = 0;
  let unscorable = 0;
  for (const doc of docs) {
    const found = detectQuotes(doc.text);
    const speakers = attributeSpeakers(doc.text, found, registry, doc.published);
    const byStart = new Map(found.map((q, i) => [`${q.start}:${q.start + q.text.length}`, i]));
    const goldKeys = new Set(doc.quotes.map((g) => `${g.start}:${g.start + g.text.length}`));
    for (const g of doc.quotes) {
      const i = byStart.get(`${g.start}:${g.start + g.text.length}`);
      if (i === undefined) {
        fn++;
        errors.push({ doc: doc.id, kind: 'missed', text: g.text, gold: g.speaker, context: around(doc.text, g.start, g.text.length) });
        continue;
      }
      tp++;
      const goldKey = surnameKey(g.speaker, { gold: true });
      if (!goldKey) {
        unscorable++;
        continue;
      }
      speakerScored++;
      const name = speakers[i]?.name ?? null;
      if (surnameKey(name) === goldKey || givenNameOf(g.speaker, name, speakers.map((sp) => sp?.name))) speakerRight++;
      else errors.push({ doc: doc.id, kind: 'speaker', text: g.text, gold: g.speaker, found: name, context: around(doc.text, g.start, g.text.length) });
    }
    for (const q of found) {
      if (goldKeys.has(`${q.start}:${q.start + q.text.length}`)) continue;
      fp++;
      errors.push({ doc: doc.id, kind: 'spurious', text: q.text, found: speakers[found.indexOf(q)]?.name ?? null, context: around(doc.text, q.start, q.text.length) });
    }
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    metrics: {
      quote_span_precision: precision,
      quote_span_recall: recall,
      quote_span_f1: f1,
      speaker_accuracy: speakerScored === 0 ? 0 : speakerRight / speakerScored,
      speakers_scored: speakerScored,
      speakers_not_comparable: unscorable,
    },
    n: tp + fn,
  };
}

// ---------------------------------------------------------------------------------------------
// Hand-made gold: eval/data/quotes/*.json

interface HandFile {
  source: string;
  publisher: string;
  published: string;
  split: 'dev' | 'test';
  text: string;
  quotes: { text: string; start: number; speaker: string | null }[];
}

export function loadHandGold(split: 'dev' | 'test'): GoldDoc[] {
  if (!existsSync(HAND_DIR)) return [];
  const docs: GoldDoc[] = [];
  for (const name of readdirSync(HAND_DIR).filter((f) => f.endsWith('.json')).sort()) {
    const file = join(HAND_DIR, name);
    const data = JSON.parse(readFileSync(file, 'utf8')) as HandFile;
    if (data.split !== split) continue;
    for (const q of data.quotes) {
      if (data.text.slice(q.start, q.start + q.text.length) !== q.text) {
        throw new Error(`${file}: quote "${q.text}" does not match the text at offset ${q.start}`);
      }
    }
    docs.push({ id: name, text: data.text, published: data.published, quotes: data.quotes });
  }
  return docs;
}

function projectRegistry(): ActorRegistry {
  try {
    return createRegistry(loadActors(join(ROOT, 'content', 'actors')));
  } catch {
    return createRegistry([]);
  }
}

// ---------------------------------------------------------------------------------------------
// PolNeAR converter (reads a local copy at evaluation time; nothing of it is committed)

interface PolnearSource {
  list(compartment: string, kind: 'text' | 'attributions'): string[];
  read(path: string): string;
}

function findPolnear(): PolnearSource | undefined {
  const candidates = [process.env.POLNEAR_DIR, join(ROOT, '..', 'PolNeAR'), join(ROOT, '..', '.mirror', 'networkdynamics+PolNeAR', 'repo')].filter(
    (p): p is string => !!p && existsSync(p),
  );
  for (const dir of candidates) {
    if (existsSync(join(dir, 'data', 'metadata.tsv'))) {
      return {
        list: (c, k) => {
          const d = join(dir, 'data', c, k);
          return existsSync(d) ? readdirSync(d).map((f) => `data/${c}/${k}/${f}`) : [];
        },
        read: (p) => readFileSync(join(dir, p), 'utf8'),
      };
    }
    // A bare mirror: read through git.
    if (existsSync(join(dir, 'HEAD')) && statSync(join(dir, 'objects')).isDirectory()) {
      const git = (...args: string[]) => execFileSync('git', ['--git-dir', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
      let files: string[];
      try {
        files = git('ls-tree', '-r', '--name-only', 'HEAD', 'data').split('\n').filter(Boolean);
      } catch {
        continue;
      }
      const blobs = new Map<string, string>();
      return {
        list: (c, k) => files.filter((f) => f.startsWith(`data/${c}/${k}/`)),
        read: (p) => {
          if (!blobs.has(p)) blobs.set(p, git('show', `HEAD:${p}`));
          return blobs.get(p)!;
        },
      };
    }
  }
  return undefined;
}

/** Brat offsets count code points; JS strings count UTF-16 units. */
function codePointToUnit(text: string): (cp: number) => number {
  const map: number[] = [];
  let unit = 0;
  for (const ch of text) {
    map.push(unit);
    unit += ch.length;
  }
  map.push(unit);
  return (cp) => map[Math.min(cp, map.length - 1)]!;
}

const DOUBLE_MARK = /["“”„]/;

/**
 * The quoted stretches inside one attribution content: characters between a pair of double
 * marks, both of which lie inside the content (pieces of a discontinuous content included).
 */
function quotedStretches(text: string, pieces: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [from, to] of pieces) {
    // Widen by one character each side: contents often stop just inside the marks.
    const lo = DOUBLE_MARK.test(text[from - 1] ?? '') ? from - 1 : from;
    const hi = DOUBLE_MARK.test(text[to] ?? '') ? to + 1 : to;
    let open = -1;
    let depth = 0;
    for (let i = lo; i < hi; i++) {
      const c = text[i]!;
      if (c === '\n') {
        if (open >= 0 && i > open + 1) out.push([open + 1, trimEnd(text, open + 1, i)]);
        open = -1;
        depth = 0;
        continue;
      }
      if (!DOUBLE_MARK.test(c)) continue;
      if (open < 0) {
        if (c === '”') continue;
        open = i;
      } else if (c === '“' || (c === '"' && text[open] !== '"' && /\s/.test(text[i - 1] ?? ' '))) {
        depth++;
      } else if (depth > 0) {
        depth--;
      } else {
        if (i > open + 1) out.push([open + 1, i]);
        open = -1;
      }
    }
    // A quote running to the end of the content's paragraph (multi-paragraph quotes).
    if (open >= 0 && (text[hi] === '\n' || hi >= text.length) && hi > open + 1) out.push([open + 1, trimEnd(text, open + 1, hi)]);
  }
  return out;
}

function trimEnd(text: string, from: number, to: number): number {
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return to;
}

const PRONOUN_SOURCES = /^(?:he|she|they|it|we|i|you|him|her|them|his|who|which|that)$/i;

function loadPolnear(source: PolnearSource, compartment: string): GoldDoc[] {
  const annFiles = source.list(compartment, 'attributions').sort();
  // One annotator per article: the first annotation file in name order.
  const byArticle = new Map<string, string>();
  for (const f of annFiles) {
    const article = f.replace(/^.*\//, '').replace(/_[0-9a-f]{4}\.ann$/, '');
    if (!byArticle.has(article)) byArticle.set(article, f);
  }
  const docs: GoldDoc[] = [];
  for (const [article, annFile] of [...byArticle].sort()) {
    const textPath = `data/${compartment}/text/${article}.txt`;
    let text: string;
    try {
      text = source.read(textPath);
    } catch {
      continue;
    }
    const published = /_(\d{4}-\d{2}-\d{2})_/.exec(article)?.[1] ?? '2016-11-08';
    const toUnit = codePointToUnit(text);
    // Marks written as two apostrophes (the New York Times archive's style), guillemets and the like
    // bound quotes too; read with the same length-preserving rewrite the extractor uses.
    const marks = normalizeQuoteMarks(text);
    const spans = new Map<string, { type: string; pieces: [number, number][]; text: string }>();
    const relations: Record<string, string>[] = [];
    for (const line of source.read(annFile).split('\n')) {
      const cols = line.split('\t');
      if (/^T\d+$/.test(cols[0] ?? '') && cols[1]) {
        const [type, ...rest] = cols[1].split(' ');
        const pieces = rest
          .join(' ')
          .split(';')
          .map((p) => p.trim().split(' ').map(Number) as [number, number])
          .filter((p) => p.length === 2 && p.every(Number.isFinite))
          .map(([a, b]) => [toUnit(a), toUnit(b)] as [number, number]);
        spans.set(cols[0]!, { type: type!, pieces, text: cols[2] ?? '' });
      } else if (/^E\d+$/.test(cols[0] ?? '') && cols[1]) {
        const rel: Record<string, string> = {};
        for (const part of cols[1].split(' ')) {
          const [role, id] = part.split(':');
          if (role && id) rel[role.replace(/\d+$/, '')] = id;
        }
        relations.push(rel);
      }
    }
    const quotes: GoldQuote[] = [];
    const seen = new Set<string>();
    for (const rel of relations) {
      const content = rel.Content ? spans.get(rel.Content) : undefined;
      if (!content) continue;
      const src = rel.Source ? spans.get(rel.Source) : undefined;
      const srcText = src ? src.pieces.map(([a, b]) => text.slice(a, b)).join(' ') : null;
      const speaker = srcText && !PRONOUN_SOURCES.test(srcText.trim()) ? srcText : null;
      for (const [a, b] of quotedStretches(marks, content.pieces)) {
        const key = `${a}:${b}`;
        if (seen.has(key) || !text.slice(a, b).trim()) continue;
        seen.add(key);
        quotes.push({ text: text.slice(a, b), start: a, speaker });
      }
    }
    quotes.sort((x, y) => x.start - y.start);
    docs.push({ id: article, text, published, quotes });
  }
  return docs;
}

// ---------------------------------------------------------------------------------------------

export async function evaluateQuotes(options: { splits?: ('dev' | 'test' | 'train')[]; errors?: Mismatch[] } = {}): Promise<EvalRow[]> {
  const splits = options.splits ?? ['dev', 'train', 'test'];
  const errors = options.errors ?? [];
  const rows: EvalRow[] = [];
  const registry = projectRegistry();
  for (const split of splits) {
    if (split === 'train') continue;
    const docs = loadHandGold(split);
    if (docs.length === 0) continue;
    const { metrics, n } = score(docs, registry, errors);
    rows.push({ name: `quotes: hand-made 2025 (${split})`, metrics, n });
  }
  const polnear = findPolnear();
  if (!polnear) {
    console.warn('quotes: PolNeAR skipped — no local copy found (clone networkdynamics/PolNeAR and set POLNEAR_DIR)');
    return rows;
  }
  const empty = createRegistry([]);
  for (const split of splits) {
    const docs = loadPolnear(polnear, split);
    if (docs.length === 0) continue;
    const { metrics, n } = score(docs, empty, errors);
    rows.push({ name: `quotes: PolNeAR ${split}`, metrics, n });
  }
  return rows;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { split: { type: 'string', default: 'all' }, errors: { type: 'string', default: '0' }, filter: { type: 'string' }, context: { type: 'boolean', default: false } },
  });
  const splits = values.split === 'all' ? (['dev', 'train', 'test'] as const) : ([values.split] as ('dev' | 'test' | 'train')[]);
  const errors: Mismatch[] = [];
  const rows = await evaluateQuotes({ splits: [...splits], errors });
  for (const row of rows) {
    console.log(`${row.name} (n=${row.n})`);
    for (const [k, v] of Object.entries(row.metrics)) console.log(`  ${k.padEnd(24)} ${Number.isInteger(v) ? v : v.toFixed(3)}`);
  }
  const shown = Number(values.errors);
  if (shown > 0) {
    const list = values.filter ? errors.filter((e) => e.kind === values.filter) : errors;
    for (const e of list.slice(0, shown)) {
      console.log(`[${e.kind}] ${e.doc}: ${JSON.stringify(e.text.slice(0, 120))} gold=${e.gold ?? '-'} found=${e.found ?? '-'}`);
      if (values.context && e.context) console.log(`    ${e.context}`);
    }
  }
}
