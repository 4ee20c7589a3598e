/**
 * The real `factline fmt` command on a temporary content directory built from the fixtures in
 * tests/fixtures/yaml: --check fails on re-ordered and re-flowed files and passes after fmt;
 * fmt run twice changes nothing; broken files are reported as path:line:col and left alone.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const node = join(root, 'node_modules/.bin/node');
const cli = join(root, 'cli/factline.ts');
const fixtures = join(root, 'tests/fixtures/yaml');
const AREA = { annotations: 'annotations', actor: 'actors', event: 'events', reviewer: 'reviewers' } as const;

let dir: string;
const fmt = (args: string[] = [], cwd = dir) => spawnSync(node, [cli, 'fmt', ...args], { cwd, encoding: 'utf8' });
const read = (path: string) => readFileSync(join(dir, path), 'utf8');

/** Every non-error fixture as content/<area>/<case>.yaml, with the text it must become. */
function layOut(): Map<string, string> {
  const expected = new Map<string, string>();
  for (const name of readdirSync(fixtures).sort()) {
    if (name.includes('-error-')) continue;
    const area = AREA[name.split('-')[0] as keyof typeof AREA];
    const path = `content/${area}/${name}.yaml`;
    mkdirSync(join(dir, 'content', area), { recursive: true });
    cpSync(join(fixtures, name, 'input.yaml'), join(dir, path));
    expected.set(path, readFileSync(join(fixtures, name, 'expected.yaml'), 'utf8'));
  }
  return expected;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'factline-fmt-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('factline fmt', () => {
  it('--check lists re-ordered and re-flowed files and exits 1, then passes after fmt', () => {
    const expected = layOut();
    const before = fmt(['--check']);
    expect(before.status).toBe(1);
    expect(before.stdout.trim().split('\n')).toEqual([...expected.keys()].sort());
    expect(before.stderr).toBe(`${expected.size} files are not in canonical form: run \`npm run factline -- fmt\`\n`);
    expect(before.stdout).toContain('content/annotations/annotations-key-order.yaml');
    expect(before.stdout).toContain('content/annotations/annotations-reflowed.yaml');
    // --check changes nothing.
    expect(read('content/annotations/annotations-key-order.yaml')).toBe(readFileSync(join(fixtures, 'annotations-key-order/input.yaml'), 'utf8'));

    const run = fmt();
    expect(run.status).toBe(0);
    for (const [path, text] of expected) expect(read(path), path).toBe(text);

    const after = fmt(['--check']);
    expect(after.status).toBe(0);
    // Success is said in one line.
    expect(after.stdout).toMatch(/^\d+ files are canonical\n$/);
    expect(after.stderr).toBe('');
  });

  it('changes nothing when run twice', () => {
    const expected = layOut();
    fmt();
    const first = new Map([...expected.keys()].map((p) => [p, read(p)]));
    const second = fmt();
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/^\d+ files are canonical, nothing to format\n$/);
    for (const [path, text] of first) expect(read(path)).toBe(text);
  });

  it('fails --check on a canonical file that was re-flowed by hand', () => {
    layOut();
    fmt();
    const path = 'content/annotations/annotations-reflowed.yaml';
    const text = read(path);
    const long = text.split('\n').find((l) => l.length > 80)!;
    const cut = long.lastIndexOf(' ', 60);
    writeFileSync(join(dir, path), text.replace(long, `${long.slice(0, cut)}\n      ${long.slice(cut + 1)}`));
    expect(fmt(['--check']).stdout.trim()).toBe(path);
    fmt([path]);
    expect(read(path)).toBe(text);
  });

  it('takes files and directories as arguments, from any directory of the content', () => {
    layOut();
    const r = fmt(['actors/actor-roles.yaml'], join(dir, 'content'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('formatted actors/actor-roles.yaml');
    expect(fmt(['--check', 'actors'], join(dir, 'content')).status).toBe(0);
    expect(fmt(['--check', 'events'], join(dir, 'content')).status).toBe(1);
  });

  it('reports malformed YAML as path:line:col, leaves the file alone and still formats the rest', () => {
    layOut();
    const broken = readFileSync(join(fixtures, 'annotations-error-tab/input.yaml'), 'utf8');
    writeFileSync(join(dir, 'content/annotations/broken.yaml'), broken);
    const r = fmt();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^content\/annotations\/broken\.yaml:3:1: error: not valid YAML: this line is indented with a tab — indent with spaces only/m);
    expect(read('content/annotations/broken.yaml')).toBe(broken);
    expect(fmt(['--check', 'content/actors']).status).toBe(0);
    // Nothing that sounds like success when a file could not be read.
    expect(r.stdout).not.toMatch(/canonical/);
  });

  it('reports schema problems with their position instead of reordering them away', () => {
    mkdirSync(join(dir, 'content/events'), { recursive: true });
    writeFileSync(join(dir, 'content/events/e.yaml'), 'title: T\ndate: 2025-13-01\nprecision: day\nactrs: [a]\n');
    const r = fmt();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('content/events/e.yaml:2:7: error: event e: invalid date "2025-13-01" — write a calendar value as');
    expect(r.stderr).toContain('content/events/e.yaml:4:1: error: event e: unknown field "actrs" — did you mean "actors"? Remove it or correct its spelling; the fields here are title, date, precision, actors, description and sources');
  });

  it('refuses files that are not annotation, actor or event files', () => {
    mkdirSync(join(dir, 'content/raw'), { recursive: true });
    writeFileSync(join(dir, 'content/raw/imports.yaml'), 'a: 1\n');
    const r = fmt(['content/raw/imports.yaml']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/imports\.yaml:1:1: error: not an annotation, actor, event or reviewer file/);
  });
});
