/**
 * The real `factline diff` command on a temporary git repository whose commits change a
 * speaker, a verdict, a status and an anchor, and add an article and an actor.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDiffSchema, DIFF_MARKER, type ContentDiff } from '../../../src/lib/diff/index.ts';
import { toCanonicalYaml } from '../../../src/lib/yaml/index.ts';

const root = new URL('../../../', import.meta.url).pathname;
const node = join(root, 'node_modules/.bin/node');
const cli = join(root, 'cli/factline.ts');

let repo: string;
let base: string;
let head: string;

const sh = (args: string[]) => {
  const r = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
};
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
};
const commit = (message: string) => {
  sh(['add', '-A']);
  sh(['commit', '-q', '-m', message]);
  return sh(['rev-parse', 'HEAD']);
};
const factline = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(node, [cli, 'diff', ...args], { cwd: join(repo, 'content'), encoding: 'utf8', env: { ...process.env, FACTLINE_BASE_URL: '', ...env } });

const article = (title: string, body: string) =>
  `---\ntitle: ${JSON.stringify(title)}\npublished: "2025-05-21"\npublished_evidence: The dateline.\npublisher: Example News\nsource_file: x.txt\nsource_sha256: ${'a'.repeat(64)}\n---\n\n${body}\n`;
const actor = (name: string, description: string) => toCanonicalYaml('actor', { name, kind: 'person', pronoun: 'he', description });

const TALKS = 'Putin said on Wednesday: "We are ready." Medvedev wrote "World War III" later. Trump, the former U.S. President, said "we will see".';

interface Entries {
  q3speaker: string;
  q1status: string;
  q2status: string;
  c2: { verdict: string; explanation?: string; sources?: string[] };
  d1text: string;
}

const annotations = (e: Entries) =>
  toCanonicalYaml('annotations', {
    quotes: [
      { id: 'q1', text: 'We are ready.', speaker: 'vladimir-putin', status: e.q1status },
      { id: 'q2', text: 'World War III', speaker: 'dmitry-medvedev', status: e.q2status },
      { id: 'q3', text: 'we will see', speaker: e.q3speaker, status: 'suggested' },
    ],
    claims: [
      { id: 'c1', text: 'Medvedev wrote', claimant: 'publisher', verdict: 'unverified', status: 'suggested' },
      { id: 'c2', text: 'the former U.S. President', claimant: 'publisher', status: 'reviewed', ...e.c2 },
    ],
    dates: [{ id: 'd1', text: e.d1text, value: '2025-05-21', precision: 'day', status: 'suggested' }],
  });

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'factline-diff-'));
  sh(['init', '-q', '-b', 'main']);
  sh(['config', 'user.name', 'Test Editor']);
  sh(['config', 'user.email', 'editor@example.org']);
  sh(['config', 'commit.gpgsign', 'false']);
  write('content/articles/peace-talks.md', article('Peace talks stall', TALKS));
  write('content/actors/vladimir-putin.yaml', actor('Vladimir Putin', 'President of Russia.'));
  write('content/actors/dmitry-medvedev.yaml', actor('Dmitry Medvedev', 'Deputy Chairman of the Security Council of Russia.'));
  write('content/actors/donald-trump.yaml', actor('Donald Trump', 'President of the United States.'));
  write('content/annotations/peace-talks.yaml', annotations({ q3speaker: 'vladimir-putin', q1status: 'suggested', q2status: 'suggested', c2: { verdict: 'unverified' }, d1text: 'on Wednesday' }));
  base = commit('base');

  write(
    'content/annotations/peace-talks.yaml',
    annotations({
      q3speaker: 'dmitry-medvedev',
      q1status: 'reviewed',
      q2status: 'rejected',
      c2: { verdict: 'false', explanation: 'Trump has been President again since 2025-01-20.', sources: ['https://www.whitehouse.gov/administration/'] },
      d1text: 'Wednesday',
    }),
  );
  write('content/articles/hegseth-in-brussels.md', article('Hegseth calls NATO membership unrealistic', 'Hegseth said NATO membership for Ukraine was "unrealistic".'));
  write(
    'content/annotations/hegseth-in-brussels.yaml',
    toCanonicalYaml('annotations', { quotes: [{ id: 'q1', text: 'unrealistic', speaker: 'pete-hegseth', status: 'suggested' }] }),
  );
  write('content/actors/pete-hegseth.yaml', actor('Pete Hegseth', 'United States Secretary of Defense.'));
  head = commit('review');
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('factline diff between two commits', () => {
  let markdown: string;
  let json: ContentDiff;

  beforeAll(() => {
    const md = factline([base, head]);
    expect(md.stderr).toBe('');
    expect(md.status).toBe(0);
    markdown = md.stdout;
    const js = factline([base, head, '--json']);
    expect(js.status).toBe(0);
    json = contentDiffSchema.parse(JSON.parse(js.stdout));
  });

  it('starts with the marker the workflow finds its comment by, then a summary', () => {
    const lines = markdown.split('\n');
    expect(lines[0]).toBe(DIFF_MARKER);
    expect(markdown).toMatch(/\*\*2 articles, 6 annotation changes, 1 actor\*\*/);
  });

  it('names a speaker change by the actors’ names', () => {
    expect(markdown).toContain('q3: speaker Vladimir Putin → Dmitry Medvedev');
    const q3 = json.articles.find((a) => a.slug === 'peace-talks')!.changes.find((c) => c.id === 'q3')!;
    expect(q3).toMatchObject({ kind: 'quote', change: 'changed', fields: [{ field: 'speaker', from: 'vladimir-putin', to: 'dmitry-medvedev' }] });
    expect(json.names.actors['dmitry-medvedev']).toBe('Dmitry Medvedev');
  });

  it('names a verdict change with the new explanation, and the new sources', () => {
    expect(markdown).toContain(
      '- c2: verdict unverified → false (explanation: "Trump has been President again since 2025-01-20."); sources + https://www.whitehouse.gov/administration/ · on "the former U.S. President"\n',
    );
    const c2 = json.articles[1]!.changes.find((c) => c.id === 'c2')!;
    expect(c2.fields.map((f) => f.field)).toEqual(['verdict', 'explanation', 'sources']);
    expect(c2.fields[0]).toEqual({ field: 'verdict', from: 'unverified', to: 'false' });
  });

  it('names status changes: reviewed and rejected', () => {
    expect(markdown).toContain('q1: status suggested → reviewed · on "We are ready."');
    expect(markdown).toContain('q2: status suggested → rejected');
    const changes = json.articles[1]!.changes;
    expect(changes.find((c) => c.id === 'q2')!.fields).toEqual([{ field: 'status', from: 'suggested', to: 'rejected' }]);
  });

  it('names an anchor change', () => {
    expect(markdown).toContain('d1: anchor "on Wednesday" → "Wednesday"');
    const d1 = json.articles[1]!.changes.find((c) => c.kind === 'date')!;
    expect(d1).toMatchObject({ id: 'd1', change: 'changed', text: 'Wednesday', fields: [{ field: 'text', from: 'on Wednesday', to: 'Wednesday' }] });
  });

  it('names a new article with its title and its suggestions', () => {
    expect(markdown).toContain('#### Hegseth calls NATO membership unrealistic (new article)');
    expect(markdown).toContain('q1: added quote "unrealistic": speaker Pete Hegseth, suggested');
    const added = json.articles[0]!;
    expect(added).toMatchObject({ slug: 'hegseth-in-brussels', title: 'Hegseth calls NATO membership unrealistic', status: 'added' });
    expect(added.changes).toMatchObject([{ kind: 'quote', id: 'q1', change: 'added', status: 'suggested' }]);
  });

  it('names a new actor', () => {
    expect(markdown).toMatch(/\*\*Pete Hegseth\*\* \(`pete-hegseth`\): added: person, "United States Secretary of Defense\."/);
    expect(json.actors).toEqual([
      expect.objectContaining({ id: 'pete-hegseth', label: 'Pete Hegseth', status: 'added' }),
    ]);
  });

  it('lists articles, and changes within them, in a stable order', () => {
    expect(json.articles.map((a) => a.slug)).toEqual(['hegseth-in-brussels', 'peace-talks']);
    expect(json.articles[1]!.changes.map((c) => c.id)).toEqual(['q1', 'q2', 'q3', 'c2', 'd1']);
    expect(factline([base, head]).stdout).toBe(markdown);
  });

  it('links titles and ids to the deployed site when a base URL is configured', () => {
    const viaFlag = factline([base, head, '--base-url', 'https://example.org/factline/']).stdout;
    expect(viaFlag).toContain('#### [Peace talks stall](https://example.org/factline/articles/peace-talks/)');
    expect(viaFlag).toContain('- [q3](https://example.org/factline/articles/peace-talks/#q-3): speaker Vladimir Putin → Dmitry Medvedev · on "we will see"');
    const viaEnv = factline([base, head], { FACTLINE_BASE_URL: 'https://example.org/factline' }).stdout;
    expect(viaEnv).toBe(viaFlag);
  });

  it('reports nothing between a revision and itself', () => {
    const same = factline([head, head, '--json']);
    expect(JSON.parse(same.stdout)).toMatchObject({ summary: { articles: 0, annotationChanges: 0, actors: 0, events: 0 }, articles: [] });
  });
});

describe('factline diff against the working tree', () => {
  afterAll(() => {
    sh(['reset', '-q', '--hard', head]);
    sh(['clean', '-qfd']);
  });

  it('sees uncommitted edits, untracked files and renames without touching the index', () => {
    const text = annotations({ q3speaker: 'donald-trump', q1status: 'reviewed', q2status: 'rejected', c2: { verdict: 'false', explanation: 'Trump has been President again since 2025-01-20.', sources: ['https://www.whitehouse.gov/administration/'] }, d1text: 'Wednesday' });
    write('content/annotations/peace-talks.yaml', text);
    write('content/events/nato-meeting.yaml', toCanonicalYaml('event', { title: 'Defence ministers meet at NATO', date: '2025-02-12', precision: 'day', actors: ['pete-hegseth'] }));
    renameSync(join(repo, 'content/actors/donald-trump.yaml'), join(repo, 'content/actors/donald-j-trump.yaml'));
    const staged = sh(['diff', '--cached', '--name-only']);

    const r = factline([head, '--json']);
    expect(r.status).toBe(0);
    const diff = contentDiffSchema.parse(JSON.parse(r.stdout));
    expect(diff.head).toBeNull();
    expect(diff.articles[0]!.changes).toEqual([
      expect.objectContaining({ id: 'q3', fields: [{ field: 'speaker', from: 'dmitry-medvedev', to: 'donald-trump' }] }),
    ]);
    expect(diff.events).toEqual([expect.objectContaining({ id: 'nato-meeting', label: 'Defence ministers meet at NATO', status: 'added' })]);
    expect(diff.actors).toEqual([expect.objectContaining({ id: 'donald-j-trump', status: 'renamed', from: 'donald-trump', fields: [] })]);

    const md = factline([head]).stdout;
    expect(md).toContain('q3: speaker Dmitry Medvedev → Donald Trump');
    expect(md).toContain('**Donald Trump** (`donald-j-trump`): renamed from `donald-trump`');
    expect(md).toContain('**Defence ministers meet at NATO** (`nato-meeting`): added: 2025-02-12, day');
    // The editor's staging area is untouched.
    expect(sh(['diff', '--cached', '--name-only'])).toBe(staged);
  });

  it('stops at malformed YAML with the file, line and column', () => {
    write('content/annotations/peace-talks.yaml', 'quotes:\n  - id: q1\n\ttext: x\n');
    const r = factline([head]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^content\/annotations\/peace-talks\.yaml:3:1: error: not valid YAML: this line is indented with a tab/m);
  });

  it('explains an unknown revision', () => {
    const r = factline(['no-such-branch']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('"no-such-branch" is not a revision in this repository');
  });
});
