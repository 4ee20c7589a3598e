/**
 * Provenance at import, through the real `factline import` in a temporary content root: the
 * byline's author and the publisher are recorded, page furniture is gone, reference markers
 * link to the sources, and the raw file is kept in content/raw/ with its manifest entry so that
 * `import --manifest` re-creates the article byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('../../../', import.meta.url).pathname;
const node = join(root, 'node_modules/.bin/node');
const cli = join(root, 'cli/factline.ts');
const fixture = (name: string) => join(root, 'tests/fixtures/clean', name, 'input.txt');

let dir: string;
const factline = (args: string[]) => spawnSync(node, [cli, 'import', ...args], { cwd: dir, encoding: 'utf8' });
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const ARTICLE = 'content/articles/council-votes-to-close-riverton-ferry-line.md';
const manifest = () => parse(read('content/raw/imports.yaml')) as { imports: Array<Record<string, string>> };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'factline-provenance-'));
  mkdirSync(join(dir, 'downloads'));
  mkdirSync(join(dir, 'content/actors'), { recursive: true });
  copyFileSync(fixture('riverton-ledger-byline-copyright'), join(dir, 'downloads/riverton-ledger.txt'));
  copyFileSync(fixture('wire-byline-comment-count'), join(dir, 'downloads/port-strike.txt'));
  copyFileSync(join(root, 'content/actors/reuters.yaml'), join(dir, 'content/actors/reuters.yaml'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('factline import: provenance', () => {
  it('records the byline’s author and publisher and says how to give the publisher an actor file', () => {
    const r = factline(['downloads/riverton-ledger.txt']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(ARTICLE);
    expect(r.stderr).toContain('downloads/riverton-ledger.txt:4:1: warning: the publisher "Riverton Ledger" (from "By Jane Ostrowski, Riverton Ledger") has no actor file');
    expect(r.stderr).toContain('add content/actors/riverton-ledger.yaml');
    const text = read(ARTICLE);
    expect(text).toContain("published_evidence: 'dateline on line 5 of riverton-ledger.txt: \"Published May 5, 2026\"'\n");
    expect(text).toContain('publisher: Riverton Ledger\nauthor:\n  - Jane Ostrowski\n');
  });

  it('drops the comment counters and the copyright line, and links reference markers to the sources', () => {
    const body = read(ARTICLE).split('\n---\n')[1]!;
    expect(body).not.toMatch(/Comments|Join the conversation|©|All rights reserved|By Jane/);
    expect(body).toContain('according to a report presented to the council [\\[1\\]](https://riverton-city.example/council/minutes/2026-05-04).');
    expect(body).toContain('would run on September 30 [\\[2\\]](https://riverton-city.example/transport/ferry-consultation).');
  });

  it('keeps the raw file in content/raw/ and lists it in the manifest', () => {
    expect(readFileSync(join(dir, 'content/raw/riverton-ledger.txt'))).toEqual(readFileSync(fixture('riverton-ledger-byline-copyright')));
    expect(manifest().imports).toEqual([{ file: 'riverton-ledger.txt' }]);
    expect(read(ARTICLE)).toContain('source_file: riverton-ledger.txt\n');
  });

  it('records the options it was given, and the manifest stays sorted by file', () => {
    const r = factline(['downloads/port-strike.txt', '--published', '2026-03-09', '--evidence', 'the day of the walkout', '--url', 'https://harbor-post.example/port-strike']);
    expect(r.status, r.stderr).toBe(0);
    expect(manifest().imports).toEqual([
      { file: 'port-strike.txt', published: '2026-03-09', evidence: 'the day of the walkout', url: 'https://harbor-post.example/port-strike' },
      { file: 'riverton-ledger.txt' },
    ]);
    const text = read('content/articles/port-workers-strike-halts-container-traffic-in-dunmore.md');
    expect(text).toContain('publisher: Harbor Post\nauthor:\n  - Tomasz Wilk\n  - Lena Hart\n');
  });

  it('re-creates every imported article byte for byte from the manifest', () => {
    const articles = [ARTICLE, 'content/articles/port-workers-strike-halts-container-traffic-in-dunmore.md'];
    const before = articles.map(read);
    const manifestBefore = read('content/raw/imports.yaml');
    for (const a of articles) rmSync(join(dir, a));
    const r = factline(['--manifest', 'content/raw/imports.yaml']);
    expect(r.status, r.stderr).toBe(0);
    expect(articles.map(read)).toEqual(before);
    expect(read('content/raw/imports.yaml')).toBe(manifestBefore);
  });

  it('records the publisher by actor id once an actor has its name, with no warning', () => {
    writeFileSync(join(dir, 'content/actors/riverton-ledger.yaml'), 'name: Riverton Ledger\nkind: organization\ndescription: Daily newspaper of the town of Riverton.\n');
    const r = factline(['downloads/riverton-ledger.txt', '--force']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('warning');
    expect(read(ARTICLE)).toContain('publisher: riverton-ledger\nauthor:\n  - Jane Ostrowski\n');
    const again = factline(['--manifest', 'content/raw/imports.yaml']);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain(`${ARTICLE} (unchanged)`);
  });

  it('keeps nothing in content/raw/ when the import is refused', () => {
    writeFileSync(join(dir, 'downloads/undated.txt'), 'Harbour Cranes Back in Service\nThe cranes were repaired overnight.\n');
    const r = factline(['downloads/undated.txt']);
    expect(r.status).toBe(1);
    expect(existsSync(join(dir, 'content/raw/undated.txt'))).toBe(false);
    expect(manifest().imports.map((e) => e.file)).toEqual(['port-strike.txt', 'riverton-ledger.txt']);
  });

  it('refuses a different raw file under a name content/raw/ already keeps', () => {
    mkdirSync(join(dir, 'elsewhere'));
    writeFileSync(join(dir, 'elsewhere/riverton-ledger.txt'), 'Ferry Timetable Changes\nPublished May 6, 2026\nThe ferry will run hourly.\n');
    const r = factline(['elsewhere/riverton-ledger.txt']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('content/raw/riverton-ledger.txt already holds a different raw file of the same name');
    expect(existsSync(join(dir, 'content/articles/ferry-timetable-changes.md'))).toBe(false);
  });
});
