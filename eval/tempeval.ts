/**
 * Date quality on TempEval-3 (UzZaman et al., 2013), scored as TE3 defines it for temporal
 * expressions:
 * - strict span P/R/F1: a found mention counts when its span is exactly a gold expression's;
 * - relaxed span P/R/F1: when it overlaps one (mentions and gold expressions paired one to one);
 * - value P/R/F1: a relaxed pair counts when the values are equal (P over all found mentions, R
 *   over all gold expressions), and value accuracy is the share of relaxed pairs whose values
 *   are equal.
 *
 * What is scored: gold TIMEX3 of type DATE, and of type TIME, with any time of day cut from the
 * value (`2013-03-22T09:00`, `2000-01-05TEV` → the day; the extractor gives dates, not times of
 * day), unknown trailing parts dropped (`1949-XX` → `1949`) and week numbers written with two
 * digits (`2000-W7` → `2000-W07`). DURATION and
 * SET expressions are out of scope: they are neither scored as gold nor held against a mention
 * that overlaps one. The creation time is the reference, never a gold expression.
 *
 * Data, split before any development:
 * - TBAQ-cleaned (TimeBank + AQUAINT), the TE3 training data: the development set;
 * - TE3 platinum (20 news documents of March 2013): the test set, scored once at the end.
 * Neither repository carries a licence, so nothing of them is copied here: the documents are read
 * at evaluation time from a local copy (a directory or a bare git mirror) found through
 * TEMPEVAL_DIR, or the fetched mirror next to the project; without one the sets are skipped
 * with a message.
 *
 * Run: `node eval/tempeval.ts [--split dev|test|all] [--errors N]`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findDateExpressions, type DateExpression } from '../src/lib/dates/index.ts';
import type { EvalRow } from './quotes.ts';
import { readTimeml, type Timex, type TimemlDocument } from './timeml.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where each set lies inside a TempEval-3 copy: the folder name that holds its .tml files. */
const SETS = {
  dev: ['TBAQ-cleaned/TimeBank', 'TBAQ-cleaned/AQUAINT'],
  test: ['te3-platinum'],
} as const;

interface TmlSource {
  where: string;
  /** Paths of the .tml files in a folder whose path ends with `suffix`. */
  list(suffix: string): string[];
  read(path: string): string;
}

function findTempeval(): TmlSource | undefined {
  const mirrors = join(ROOT, '..', '.mirror');
  const candidates = [
    process.env.TEMPEVAL_DIR,
    join(ROOT, '..', 'TempEval-3'),
    join(mirrors, 'qiangning+StructTempRel-EMNLP17', 'repo'),
  ].filter((p): p is string => !!p && existsSync(p));
  for (const dir of candidates) {
    if (existsSync(join(dir, 'HEAD')) && existsSync(join(dir, 'objects')) && statSync(join(dir, 'objects')).isDirectory()) {
      const git = (...args: string[]) => execFileSync('git', ['--git-dir', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
      const files = git('ls-tree', '-r', '--name-only', 'HEAD').split('\n').filter((f) => f.endsWith('.tml'));
      return { where: dir, list: (suffix) => files.filter((f) => dirname(f).endsWith(suffix)), read: (p) => git('show', `HEAD:${p}`) };
    }
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(d, e.name));
        else if (e.name.endsWith('.tml') && !e.name.startsWith('._')) files.push(join(d, e.name));
      }
    };
    walk(dir);
    if (files.length > 0) return { where: dir, list: (suffix) => files.filter((f) => dirname(f).endsWith(suffix)), read: (p) => readFileSync(p, 'utf8') };
  }
  return undefined;
}

export function loadTempeval(split: keyof typeof SETS): TimemlDocument[] | undefined {
  const source = findTempeval();
  if (!source) return undefined;
  const docs: TimemlDocument[] = [];
  for (const suffix of SETS[split]) {
    for (const path of source.list(suffix).sort()) docs.push(readTimeml(path, source.read(path)));
  }
  return docs;
}

/** The gold value a date mention is compared with; undefined for expressions out of scope. */
export function scoredValue(t: Timex): string | undefined {
  if (t.type !== 'DATE' && t.type !== 'TIME') return undefined;
  return t.value
    .replace(/(\d)T.*$/, '$1') // a time of day (`T09:00`, `TEV`): its day
    .replace(/(?:-XX)+$/, '') // `1949-XX`: the year 1949
    .replace(/-W(\d)$/, '-W0$1'); // `2000-W7`: ISO weeks have two digits
}

export interface TimexError {
  doc: string;
  kind: 'missed' | 'spurious' | 'value';
  text: string;
  gold?: string;
  found?: string;
  context: string;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function scoreTimexes(docs: TimemlDocument[], errors: TimexError[] = []): { metrics: Record<string, number>; n: number } {
  let gold = 0, found = 0, strict = 0, relaxed = 0, valueRight = 0;
  for (const doc of docs) {
    const published = doc.dct.slice(0, 10);
    const mentions = findDateExpressions(doc.text, published).map((m: DateExpression) => ({ ...m, end: m.start + m.text.length }));
    const scored = doc.timexes.filter((t) => scoredValue(t) !== undefined);
    const outOfScope = doc.timexes.filter((t) => scoredValue(t) === undefined);
    // Mentions overlapping only a duration or a set are neither right nor wrong.
    const counted = mentions.filter((m) => scored.some((g) => overlaps(g, m)) || !outOfScope.some((g) => overlaps(g, m)));
    gold += scored.length;
    found += counted.length;
    const used = new Set<number>();
    const around = (s: number, e: number) => `${doc.text.slice(Math.max(0, s - 80), s)}⟦${doc.text.slice(s, e)}⟧${doc.text.slice(e, e + 60)}`.replace(/\s+/g, ' ');
    for (const g of scored) {
      // The overlapping mention with the same start first, then any.
      let k = counted.findIndex((m, i) => !used.has(i) && overlaps(g, m) && m.start === g.start);
      if (k < 0) k = counted.findIndex((m, i) => !used.has(i) && overlaps(g, m));
      if (k < 0) {
        errors.push({ doc: doc.id, kind: 'missed', text: g.text, gold: scoredValue(g), context: around(g.start, g.end) });
        continue;
      }
      used.add(k);
      const m = counted[k]!;
      relaxed++;
      if (m.start === g.start && m.end === g.end) strict++;
      if (m.value === scoredValue(g)) valueRight++;
      else errors.push({ doc: doc.id, kind: 'value', text: `${g.text} / ${m.text}`, gold: scoredValue(g), found: m.value, context: around(g.start, g.end) });
    }
    counted.forEach((m, i) => {
      if (!used.has(i)) errors.push({ doc: doc.id, kind: 'spurious', text: m.text, found: m.value, context: around(m.start, m.end) });
    });
  }
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const sp = ratio(strict, found), sr = ratio(strict, gold);
  const rp = ratio(relaxed, found), rr = ratio(relaxed, gold);
  const vp = ratio(valueRight, found), vr = ratio(valueRight, gold);
  return {
    metrics: {
      strict_span_f1: f1(sp, sr),
      relaxed_span_precision: rp,
      relaxed_span_recall: rr,
      relaxed_span_f1: f1(rp, rr),
      value_accuracy: ratio(valueRight, relaxed),
      value_f1: f1(vp, vr),
    },
    n: gold,
  };
}

export interface SplitRow extends EvalRow {
  role: string;
}

export function evaluateTempeval(options: { splits?: (keyof typeof SETS)[]; errors?: TimexError[] } = {}): SplitRow[] {
  const rows: SplitRow[] = [];
  for (const split of options.splits ?? ['dev', 'test']) {
    const docs = loadTempeval(split);
    if (!docs) {
      console.error('TempEval-3 skipped: no local copy found (set TEMPEVAL_DIR to a TempEval-3 directory or a bare git mirror holding TBAQ-cleaned/ and te3-platinum/).');
      return rows;
    }
    const { metrics, n } = scoreTimexes(docs, options.errors);
    rows.push({
      name: split === 'dev' ? `dates: TempEval-3 TBAQ-cleaned, ${docs.length} docs` : `dates: TempEval-3 platinum, ${docs.length} docs`,
      role: split === 'dev' ? 'development' : 'test',
      metrics,
      n,
    });
  }
  return rows;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { split: { type: 'string', default: 'dev' }, errors: { type: 'string', default: '0' }, filter: { type: 'string' } } });
  const splits = values.split === 'all' ? (['dev', 'test'] as const) : ([values.split] as (keyof typeof SETS)[]);
  const errors: TimexError[] = [];
  for (const row of evaluateTempeval({ splits: [...splits], errors })) {
    console.log(`${row.name} (${row.role}, n=${row.n})`);
    for (const [k, v] of Object.entries(row.metrics)) console.log(`  ${k.padEnd(24)} ${v.toFixed(3)}`);
  }
  const list = values.filter ? errors.filter((e) => e.kind === values.filter) : errors;
  for (const e of list.slice(0, Number(values.errors))) console.log(`[${e.kind}] ${e.doc.replace(/^.*\//, '')}: ${JSON.stringify(e.text)} gold=${e.gold ?? '-'} found=${e.found ?? '-'}\n    ${e.context}`);
}
