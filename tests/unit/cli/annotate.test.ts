/**
 * The real `factline annotate` and `check` on the seed corpus, copied into a temporary
 * content directory without its editor files so that only machine suggestions are seen.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { AnnotationFile } from '../../../src/lib/schema/index.ts';

const root = new URL('../../../', import.meta.url).pathname;
const node = join(root, 'node_modules/.bin/node');
const cli = join(root, 'cli/factline.ts');
const factline = (args: string[], input?: string) => spawnSync(node, [cli, ...args], { cwd: root, encoding: 'utf8', input });

let dir: string;
const files = new Map<string, AnnotationFile & { published: string }>();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'factline-annotate-'));
  for (const sub of ['articles', 'actors', 'events']) cpSync(join(root, 'content', sub), join(dir, sub), { recursive: true });
  const r = factline(['annotate', '--content', dir]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  for (const name of readdirSync(join(dir, 'annotations'))) {
    const article = readFileSync(join(dir, 'articles', name.replace('.yaml', '.md')), 'utf8');
    const published = /^published: "?(\d{4}-\d{2}-\d{2})/m.exec(article)![1]!;
    files.set(name.replace('.yaml', ''), { ...(parse(readFileSync(join(dir, 'annotations', name), 'utf8')) as AnnotationFile), published });
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const allQuotes = () => [...files.values()].flatMap((f) => f.quotes ?? []);
const speakerOf = (fragment: string) => allQuotes().filter((q) => q.text.includes(fragment)).map((q) => q.speaker ?? q.proposed_speaker?.id);

describe('factline annotate on the seeds', () => {
  it('suggests for all five articles, everything with status suggested', () => {
    expect(files.size).toBe(5);
    for (const f of files.values()) for (const kind of ['quotes', 'claims', 'dates'] as const) for (const a of f[kind] ?? []) expect(a.status).toBe('suggested');
  });
  it('attributes the key quotes to the right speakers', () => {
    expect(speakerOf('stringing us along').length).toBeGreaterThanOrEqual(2);
    expect(new Set(speakerOf('stringing us along'))).toEqual(new Set(['donald-trump']));
    expect(speakerOf('World War III')).toEqual(['dmitry-medvedev']);
    expect(speakerOf('unrealistic')).toEqual(['pete-hegseth']);
    expect(speakerOf('it takes two to tango')).toEqual(['jd-vance']);
  });
  it('does not take titles in quotation marks for quotes', () => {
    expect(allQuotes().filter((q) => q.text.includes('Fox & Friends') || q.text.includes('Coalition of the Willing'))).toEqual([]);
  });
  it('resolves weekdays against the publication date', () => {
    const weekdays = [...files.values()].flatMap((f) => (f.dates ?? []).filter((d) => /wednesday/i.test(d.text)).map((d) => ({ d, published: f.published })));
    expect(weekdays.length).toBeGreaterThanOrEqual(2);
    for (const { d, published } of weekdays) {
      expect(new Date(`${d.value}T00:00:00Z`).getUTCDay()).toBe(3);
      expect(d.value <= published).toBe(true);
      expect((Date.parse(published) - Date.parse(d.value)) / 86_400_000).toBeLessThan(7);
    }
  });
  it('suggests "former U.S. President Donald Trump" as false, in both articles that say it', () => {
    const falseClaims = [...files.values()].flatMap((f) => (f.claims ?? []).filter((c) => c.verdict === 'false'));
    expect(falseClaims.filter((c) => c.text === 'former U.S. President Donald Trump')).toHaveLength(2);
    for (const c of falseClaims) expect(c.explanation).toMatch(/President of the United States/);
  });
  it('a second run changes nothing', () => {
    const before = readdirSync(join(dir, 'annotations')).map((n) => readFileSync(join(dir, 'annotations', n), 'utf8'));
    const r = factline(['annotate', '--content', dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('0 files written');
    expect(readdirSync(join(dir, 'annotations')).map((n) => readFileSync(join(dir, 'annotations', n), 'utf8'))).toEqual(before);
  });
});

// Written for the test: an invented article in the British house style (single quotation marks).
describe('factline annotate on an article quoting with single marks', () => {
  it('writes its quotes, with their speakers, to the annotation file', () => {
    const content = mkdtempSync(join(tmpdir(), 'factline-british-'));
    try {
      for (const sub of ['actors', 'events']) cpSync(join(root, 'content', sub), join(content, sub), { recursive: true });
      mkdirSync(join(content, 'articles'));
      const body = [
        '‘We are ready,’ said Ann Ortiz, the harbour minister. ‘The money is there.’',
        'Her rival, Tom Lowe, called the plan ‘a gamble’. ‘It’s the dockers’ turn to pay,’ he told the Ledger.',
      ].join('\n\n');
      writeFileSync(join(content, 'articles', 'harbour-plan.md'), `---\ntitle: Harbour Plan Divides the Council\npublished: 2025-11-20\npublished_evidence: dateline\npublisher: unnamed-publisher\nsource_file: harbour-plan.txt\nsource_sha256: ${'0'.repeat(64)}\nsources: []\n---\n\n${body}\n`);
      const r = factline(['annotate', '--content', content]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const file = parse(readFileSync(join(content, 'annotations', 'harbour-plan.yaml'), 'utf8')) as AnnotationFile;
      expect((file.quotes ?? []).map((q) => [q.text, q.speaker ?? q.proposed_speaker?.name])).toEqual([
        ['We are ready,', 'Ann Ortiz'],
        ['The money is there.', 'Ann Ortiz'],
        ['a gamble', 'Tom Lowe'],
        ['It’s the dockers’ turn to pay,', 'Tom Lowe'],
      ]);
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  });
});

describe('factline annotate --stdin --json', () => {
  it('prints exactly the documented interface with offsets into the input', () => {
    const text = 'Trump said on Wednesday that it was "a good call." Putin called it "meaningful and frank."';
    const r = factline(['annotate', '--stdin', '--published', '2025-05-20', '--json'], text);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['quotes', 'dates', 'claims']);
    for (const q of out.quotes) {
      expect(Object.keys(q)).toEqual(['text', 'start', 'speaker']);
      expect(text.slice(q.start, q.start + q.text.length)).toBe(q.text);
      if (q.speaker) expect(Object.keys(q.speaker)).toEqual(['id', 'name']);
    }
    expect(out.quotes.map((q: { text: string }) => q.text)).toEqual(['a good call.', 'meaningful and frank.']);
    expect(out.dates).toEqual([{ text: expect.stringMatching(/Wednesday/), start: expect.any(Number), value: '2025-05-14', precision: 'day' }]);
    for (const d of out.dates) expect(text.slice(d.start, d.start + d.text.length)).toBe(d.text);
    for (const c of out.claims) expect(Object.keys(c)).toEqual(['text', 'start', 'claimant']);
  });
  it('names the claimant of a reported claim, and none for the article’s own', () => {
    const text = 'Putin said Russia would cut its gas exports by 20% next year. The pipeline carried 40 billion cubic metres in 2019.';
    const out = JSON.parse(factline(['annotate', '--stdin', '--published', '2025-05-20', '--json'], text).stdout);
    expect(out.claims.map((c: { claimant: unknown }) => c.claimant)).toEqual([{ id: 'vladimir-putin', name: 'Vladimir Putin' }, null]);
  });
  it('finds quotes marked with two apostrophes, with offsets into the input as written', () => {
    const text = "Leonard E. Burman, director of the center, praised the plan. ''It has the virtue of being fiscally responsible,'' he said. ''It doesn't make our problem worse.''";
    const out = JSON.parse(factline(['annotate', '--stdin', '--published', '2016-03-01', '--json'], text).stdout);
    expect(out.quotes.map((q: { text: string; speaker: { name: string } | null }) => [q.text, q.speaker?.name ?? null])).toEqual([
      ['It has the virtue of being fiscally responsible,', 'Leonard E. Burman'],
      ["It doesn't make our problem worse.", 'Leonard E. Burman'],
    ]);
    for (const q of out.quotes) expect(text.slice(q.start, q.start + q.text.length)).toBe(q.text);
  });
  it('fails without --published', () => {
    const r = factline(['annotate', '--stdin', '--json'], 'text');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--published');
  });
});

describe('factline check', () => {
  it('reports an edited anchor as path:line:col', () => {
    const copy = mkdtempSync(join(tmpdir(), 'factline-check-'));
    try {
      for (const sub of ['articles', 'actors', 'events']) cpSync(join(root, 'content', sub), join(copy, sub), { recursive: true });
      const article = readdirSync(join(copy, 'articles'))[0]!.replace('.md', '');
      const body = readFileSync(join(copy, 'articles', `${article}.md`), 'utf8');
      const word = /\b(Trump|Putin)\b/.exec(body.split('---').slice(2).join('---'))![1]!;
      mkdirSync(join(copy, 'annotations'));
      writeFileSync(
        join(copy, 'annotations', `${article}.yaml`),
        `quotes:\n  - id: q1\n    text: "${word} never said this"\n    speaker: donald-trump\n    status: reviewed\n`,
      );
      const r = factline(['check', '--content', copy]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`annotations/${article}\\.yaml:3:\\d+: error: quote q1: anchor .* no longer matches`));
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
