/**
 * The bad-input matrix: each case feeds the real CLI (import, annotate, check, fmt) a mistake an
 * editor or a scraper makes, and expects `path:line:col: error: …` with what to fix, a non-zero
 * exit where it is an error, and nothing half-written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const node = join(root, 'node_modules/.bin/node');
const cli = join(root, 'cli/factline.ts');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'factline-bad-'));
  dirs.push(d);
  return d;
}
function factline(args: string[], cwd: string, input?: string) {
  return spawnSync(node, [cli, ...args], { cwd, encoding: 'utf8', input });
}

const ARTICLE = `---
title: Talks in Istanbul
published: "2025-05-20"
published_evidence: given by the editor
publisher: Example News
source_file: talks.txt
source_sha256: ${'a'.repeat(64)}
---

Putin said "we are ready" on Monday. Trump called it "excellent" and said "we are ready" too.
`;
const ACTORS: Record<string, string> = {
  'donald-trump': 'name: Donald Trump\nkind: person\npronoun: he\naliases:\n  - Trump\ndescription: President of the United States.\n',
  'vladimir-putin': 'name: Vladimir Putin\nkind: person\npronoun: he\naliases:\n  - Putin\ndescription: President of Russia.\n',
};
const EVENT = 'title: A call\ndate: "2025-05-19"\nprecision: day\nactors:\n  - donald-trump\nsources:\n  - article: talks\n';

/** A valid content tree; `files` overrides or adds paths relative to it. */
function content(files: Record<string, string | Buffer> = {}): string {
  const dir = tmp();
  const all: Record<string, string | Buffer> = {
    'content/articles/talks.md': ARTICLE,
    'content/events/call.yaml': EVENT,
    ...Object.fromEntries(Object.entries(ACTORS).map(([id, y]) => [`content/actors/${id}.yaml`, y])),
    ...files,
  };
  for (const [p, text] of Object.entries(all)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}
const annotations = (yaml: string) => content({ 'content/annotations/talks.yaml': yaml });
const quote = (fields: string) => `quotes:\n  - id: q1\n${fields}`;

interface Case {
  name: string;
  dir: () => string;
  args: string[];
  code: number;
  /** Expected in the output, including the `path:line:col` prefix. */
  message: RegExp;
}

const A = 'content/annotations/talks.yaml';
const cases: Case[] = [
  { name: 'tab indentation', dir: () => annotations('quotes:\n\t- id: q1\n'), args: ['check'], code: 1, message: new RegExp(`${A}:2:1: error: not valid YAML: this line is indented with a tab — indent with spaces only, two per level`) },
  { name: 'unclosed quote', dir: () => annotations(quote('    text: "excellent\n    status: reviewed\n')), args: ['check'], code: 1, message: new RegExp(`${A}:3:11: error: not valid YAML: a double quotation mark opened here is never closed — close it at the end of the value`) },
  { name: 'unknown field', dir: () => annotations(quote('    text: excellent\n    speaker: donald-trump\n    colour: red\n    status: reviewed\n')), args: ['check'], code: 1, message: new RegExp(`${A}:5:5: error: quote q1: unknown field "colour" — remove it or correct its spelling; the fields here are id, text, `) },
  { name: 'unknown actor', dir: () => annotations(quote('    text: excellent\n    speaker: joe-nobody\n    status: reviewed\n')), args: ['check'], code: 1, message: new RegExp(`${A}:4:14: error: quote q1: unknown actor "joe-nobody" — use an existing actor id, or add content/actors/joe-nobody\\.yaml`) },
  { name: 'unknown actor close to an existing one', dir: () => content({ 'content/actors/linda-carver.yaml': 'name: Linda Carver\nkind: person\npronoun: she\ndescription: Mayor.\n', 'content/annotations/talks.yaml': quote('    text: excellent\n    speaker: linda-carvr\n    status: reviewed\n') }), args: ['check'], code: 1, message: new RegExp(`${A}:4:14: error: quote q1: unknown actor "linda-carvr" — did you mean "linda-carver"\\? Use an existing actor id`) },
  { name: 'unknown event', dir: () => annotations('dates:\n  - id: d1\n    text: on Monday\n    value: "2025-05-19"\n    precision: day\n    event: no-such-event\n    status: reviewed\n'), args: ['check'], code: 1, message: new RegExp(`${A}:6:12: error: date d1: unknown event "no-such-event" — use an existing event id, or add content/events/no-such-event\\.yaml`) },
  { name: 'anchor that no longer matches', dir: () => annotations(quote('    text: excelent\n    speaker: donald-trump\n    status: reviewed\n')), args: ['check'], code: 1, message: new RegExp(`${A}:3:\\d+: error: quote q1: anchor "excelent" no longer matches the article text`) },
  { name: 'ambiguous anchor without prefix/suffix', dir: () => annotations(quote('    text: we are ready\n    speaker: vladimir-putin\n    status: reviewed\n')), args: ['check'], code: 1, message: new RegExp(`${A}:3:\\d+: error: quote q1: anchor "we are ready" occurs 2 times .* add a \`prefix\` or \`suffix\``) },
  { name: 'duplicate ids', dir: () => annotations('quotes:\n  - id: q1\n    text: excellent\n    speaker: donald-trump\n    status: reviewed\n  - id: q1\n    text: on Monday\n    speaker: donald-trump\n    status: reviewed\n'), args: ['check'], code: 1, message: new RegExp(`${A}:6:9: error: quote q1: duplicate id, also used on line 2 — give this quote the next unused id`) },
  { name: 'impossible date 2025-02-30', dir: () => annotations('dates:\n  - id: d1\n    text: on Monday\n    value: "2025-02-30"\n    precision: day\n    status: reviewed\n'), args: ['check'], code: 1, message: new RegExp(`${A}:4:12: error: date d1: invalid value "2025-02-30" — write a calendar value as YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY \\(and a day that exists\\)`) },
  { name: 'value that disagrees with its precision', dir: () => annotations('dates:\n  - id: d1\n    text: on Monday\n    value: "2025-05"\n    precision: day\n    status: reviewed\n'), args: ['check'], code: 1, message: new RegExp(`${A}:4:\\d+: error: date d1: value "2025-05" does not have precision "day"`) },
  { name: 'unknown verdict', dir: () => annotations('claims:\n  - id: c1\n    text: excellent\n    claimant: publisher\n    verdict: maybe\n    status: reviewed\n'), args: ['check'], code: 1, message: new RegExp(`${A}:5:14: error: claim c1: unknown verdict "maybe" — write one of accurate, mostly-accurate, misleading, false, unsupported or unverified`) },
  { name: 'misspelled verdict', dir: () => annotations('claims:\n  - id: c1\n    text: excellent\n    claimant: publisher\n    verdict: flase\n    status: reviewed\n'), args: ['check'], code: 1, message: new RegExp(`${A}:5:14: error: claim c1: unknown verdict "flase" — did you mean "false"\\? Write one of accurate, `) },
  { name: 'line indented too far', dir: () => annotations('quotes:\n  - id: q1\n    text: excellent\n    speaker: donald-trump\n    status: reviewed\n  - id: q2\n      text: Monday\n    status: reviewed\n'), args: ['check'], code: 1, message: new RegExp(`${A}:7:7: error: not valid YAML: this line is indented further than the field above it — line it up with the other fields of its entry`) },
  { name: 'javascript: URL in sources', dir: () => annotations('claims:\n  - id: c1\n    text: excellent\n    claimant: publisher\n    verdict: "false"\n    explanation: It was not.\n    sources:\n      - javascript:alert(1)\n    status: reviewed\n'), args: ['check'], code: 1, message: new RegExp(`${A}:8:9: error: claim c1: invalid source "javascript:alert\\(1\\)" — only http:// and https:// links are allowed`) },
  { name: 'data: URL in sources', dir: () => annotations('claims:\n  - id: c1\n    text: excellent\n    claimant: publisher\n    verdict: "false"\n    explanation: It was not.\n    sources:\n      - "data:text/html,<script>alert(1)</script>"\n    status: reviewed\n'), args: ['check'], code: 1, message: new RegExp(`${A}:8:\\d+: error: .*only http:// and https:// links`) },
  { name: 'two actors claiming the same alias', dir: () => content({ 'content/actors/melania-trump.yaml': 'name: Melania Trump\nkind: person\npronoun: she\naliases:\n  - Trump\ndescription: First Lady.\n' }), args: ['check'], code: 1, message: /content\/actors\/melania-trump\.yaml:5:5: error: actor melania-trump: the name "Trump" also names actor donald-trump — keep it in one of the two actor files only \(donald-trump\.yaml has it as "Trump"\)/ },
  { name: 'missing published', dir: () => content({ 'content/articles/talks.md': ARTICLE.replace('published: "2025-05-20"\n', '') }), args: ['check'], code: 1, message: /content\/articles\/talks\.md:2:1: error: frontmatter: published is missing — add the field "published"/ },
  { name: 'future published', dir: () => content({ 'content/articles/talks.md': ARTICLE.replace('2025-05-20', '2099-05-20') }), args: ['check'], code: 1, message: /content\/articles\/talks\.md:3:12: error: frontmatter: published 2099-05-20 is in the future/ },
  { name: 'unknown actor in an event', dir: () => content({ 'content/events/call.yaml': EVENT.replace('donald-trump', 'nobody-at-all') }), args: ['check'], code: 1, message: /content\/events\/call\.yaml:5:5: error: event call: unknown actor "nobody-at-all" — use an existing actor id, or add content\/actors\/nobody-at-all\.yaml/ },
  { name: 'malformed actor file on fmt', dir: () => content({ 'content/actors/donald-trump.yaml': 'name: "Donald Trump\nkind: person\n' }), args: ['fmt'], code: 1, message: /content\/actors\/donald-trump\.yaml:1:7: error: not valid YAML: a double quotation mark opened here is never closed — close it/ },
  { name: 'non-canonical file on fmt --check', dir: () => content({ 'content/actors/donald-trump.yaml': 'kind: person\nname: Donald Trump\npronoun: he\ndescription: x.\n' }), args: ['fmt', '--check'], code: 1, message: /^1 file is not in canonical form: run `npm run factline -- fmt`\ncontent\/actors\/donald-trump\.yaml\n$/ },
  { name: 'canonical files on fmt --check', dir: () => content(), args: ['fmt', '--check'], code: 0, message: /^3 files are canonical\n$/ },
  { name: 'misspelled option', dir: () => content(), args: ['check', '--contnt', 'content'], code: 2, message: /^factline: unknown option --contnt for `factline check` — did you mean "--content"\? Its options are --content and --help; `factline check --help` explains them\n$/ },
  { name: 'unknown option', dir: () => content(), args: ['fmt', '--foo'], code: 2, message: /^factline: unknown option --foo for `factline fmt` — its options are --check, --content and --help; `factline fmt --help` explains them\n$/ },
  { name: 'option without its value', dir: () => content(), args: ['check', '--content'], code: 2, message: /^factline: option --content of `factline check` needs a value — write --content followed by its value/ },
  { name: 'misspelled command', dir: () => content(), args: ['chek'], code: 2, message: /^factline: unknown command "chek" — did you mean "check"\? The commands are annotate, check, diff, fmt, import/ },
  { name: 'invalid UTF-8 on import', dir: () => content({ 'raw.txt': Buffer.from('Title\n\nBody \xff here.\n', 'latin1') }), args: ['import', 'raw.txt', '--published', '2025-05-01'], code: 1, message: /raw\.txt:3:6: error: invalid UTF-8 at byte offset \d+/ },
  { name: 'Windows-1252 quotation marks on import', dir: () => content({ 'raw.txt': Buffer.from('Title Here\n\n\x93Quoted,\x94 he said.\n', 'latin1') }), args: ['import', 'raw.txt', '--published', '2025-05-01'], code: 1, message: /raw\.txt:3:1: error: invalid UTF-8 .*WINDOWS-1252/ },
  { name: 'NUL bytes on import', dir: () => content({ 'raw.txt': Buffer.from('Title\n\nBody \0 here.\n') }), args: ['import', 'raw.txt', '--published', '2025-05-01'], code: 1, message: /raw\.txt:3:6: error: NUL byte/ },
  { name: 'empty article on import', dir: () => content({ 'raw.txt': '' }), args: ['import', 'raw.txt', '--published', '2025-05-01'], code: 1, message: /raw\.txt:1:1: error: no article text left after cleaning/ },
  { name: 'no publication date on import', dir: () => content({ 'raw.txt': 'Title Here\n\nA body sentence that is long enough to keep.\n' }), args: ['import', 'raw.txt'], code: 1, message: /raw\.txt:1:1: error: no publication date.*--published/ },
  { name: 'future publication date on import', dir: () => content({ 'raw.txt': 'Title Here\n\nA body sentence that is long enough to keep.\n' }), args: ['import', 'raw.txt', '--published', '2099-01-01'], code: 1, message: /error: --published 2099-01-01 is in the future/ },
  { name: 'impossible publication date on import', dir: () => content({ 'raw.txt': 'Title Here\n\nA body sentence that is long enough to keep.\n' }), args: ['import', 'raw.txt', '--published', '2025-02-30'], code: 1, message: /error: --published "2025-02-30" is not a calendar day/ },
  { name: 'javascript: URL on import', dir: () => content({ 'raw.txt': 'Title Here\n\nA body sentence that is long enough to keep.\n' }), args: ['import', 'raw.txt', '--published', '2025-05-01', '--url', 'javascript:alert(1)'], code: 1, message: /error: --url "javascript:alert\(1\)" is not an http/ },
  { name: 'annotate --stdin without a date', dir: () => content(), args: ['annotate', '--stdin', '--json'], code: 1, message: /<stdin>:1:1: error: annotate --stdin needs the publication date — pass --published/ },
  { name: 'event without a source', dir: () => content({ 'content/events/call.yaml': EVENT.replace(/sources:[^]*$/, '') }), args: ['check'], code: 1, message: /content\/events\/call\.yaml:1:8: error: event call: no source — add `sources` with the slug of an article that reports it/ },
  { name: 'event sourced by an unknown article', dir: () => content({ 'content/events/call.yaml': EVENT.replace('article: talks', 'article: tallks') }), args: ['check'], code: 1, message: /content\/events\/call\.yaml:7:14: error: event call: unknown article "tallks" — use the file name of an article in content\/articles/ },
  { name: 'explanation on a claim not yet checked', dir: () => annotations('claims:\n  - id: c1\n    text: excellent\n    claimant: publisher\n    verdict: unverified\n    explanation: No poll was found.\n    status: reviewed\n'), args: ['check'], code: 1, message: new RegExp(`${A}:6:18: error: claim c1: verdict "unverified" \\(not yet checked\\) cannot carry an explanation — give the verdict the explanation supports`) },
  { name: 'unknown reviewer', dir: () => annotations('claims:\n  - id: c1\n    text: excellent\n    claimant: publisher\n    statement: Says it was excellent\n    verdict: "false"\n    explanation: It was not.\n    sources:\n      - https://example.org/\n    reviewed_by: nobody\n    reviewed_on: "2025-05-21"\n    status: reviewed\n'), args: ['check'], code: 1, message: new RegExp(`${A}:10:18: error: claim c1: unknown reviewer "nobody" — use a reviewer id, or add content/reviewers/nobody\\.yaml`) },
  { name: 'annotate on a malformed annotation file', dir: () => annotations('quotes:\n\t- id: q1\n'), args: ['annotate', '--content', 'content'], code: 1, message: new RegExp(`${A}:2:1: error: not valid YAML: this line is indented with a tab — indent with spaces only, two per level`) },
];

describe('bad-input matrix', () => {
  it('has at least 25 cases', () => expect(cases.length).toBeGreaterThanOrEqual(25));
  for (const c of cases) {
    it(c.name, () => {
      const dir = c.dir();
      const before = snapshot(dir);
      const r = factline(c.args.includes('--content') || c.args[0] === 'import' || c.args[0] === 'annotate' ? c.args : [...c.args, ...(c.args[0] === 'check' ? ['--content', 'content'] : [])], dir, c.args.includes('--stdin') ? 'text' : undefined);
      expect(`${r.stderr}${r.stdout}`).toMatch(c.message);
      expect(r.status).toBe(c.code);
      // Nothing half-written: an error leaves every file as it was, and no temporary file behind.
      expect(snapshot(dir)).toEqual(before);
    });
  }
});

describe('one voice', () => {
  it('check, fmt and annotate give a bad file the same messages', () => {
    const dir = content({
      'content/annotations/talks.yaml': 'claims:\n  - id: c1\n    text: excellent\n    claimant: publisher\n    verdict: flase\n    colour: red\n    status: reviewed\n',
      'content/actors/donald-trump.yaml': 'name: 2025\nkind: persn\ndescription: x\n',
    });
    const errors = (r: { stdout: string; stderr: string }) => `${r.stderr}${r.stdout}`.split('\n').filter((l) => l.includes(': error: ')).sort();
    const check = errors(factline(['check', '--content', 'content'], dir));
    const fmt = errors(factline(['fmt'], dir));
    expect(check).toEqual([
      `${A}:5:14: error: claim c1: unknown verdict "flase" — did you mean "false"? Write one of accurate, mostly-accurate, misleading, false, unsupported or unverified`,
      `${A}:6:5: error: claim c1: unknown field "colour" — remove it or correct its spelling; the fields here are id, text, prefix, suffix, claimant, statement, verdict, explanation, sources, reviewed_by, reviewed_on, status and note`,
      'content/actors/donald-trump.yaml:2:7: error: actor donald-trump: unknown kind "persn" — did you mean "person"? Write one of person, organization or country',
    ].sort());
    expect(fmt).toEqual(check);
    // annotate reads the actors first, then the annotation file: each with the same words.
    expect(errors(factline(['annotate', '--content', 'content'], dir))).toEqual(check.filter((l) => l.startsWith('content/actors/')));
    rmSync(join(dir, 'content/actors/donald-trump.yaml'));
    expect(errors(factline(['annotate', '--content', 'content'], dir))).toEqual(check.filter((l) => l.startsWith(A)));
  });
});

describe('text that must survive, escaped', () => {
  it('imports right-to-left and emoji text, BOM and CRLF without losing a character', () => {
    const dir = content({ 'raw.txt': '\uFEFFPeace Talks Headline\r\n\r\nقال المتحدث "السلام ممكن" يوم الاثنين 🙂 and the talks went on for hours.\r\n' });
    const r = factline(['import', 'raw.txt', '--published', '2025-05-01'], dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const written = readFileSync(join(dir, r.stdout.trim().split(/\s/)[0]!), 'utf8');
    expect(written).toContain('قال المتحدث');
    expect(written).toContain('🙂');
    expect(written).not.toContain('\r');
  });
  it('imports a very long line and a 10 MB article as text, not as an error', () => {
    const sentence = 'The delegation said talks would continue after a long session in Istanbul. ';
    const dir = content({ 'raw.txt': `Long Article Headline\n\n${sentence.repeat(Math.ceil(10_000_000 / sentence.length))}\n` });
    const r = factline(['import', 'raw.txt', '--published', '2025-05-01'], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(join(dir, 'content/articles')).length).toBe(2);
  });
});

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (existsSync(p) && readdirSync(d, { withFileTypes: true }).find((e) => e.name === name)!.isDirectory()) walk(p);
      else out[p.slice(dir.length)] = readFileSync(p, 'latin1');
    }
  };
  walk(dir);
  return out;
}
