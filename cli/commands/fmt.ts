/** `factline fmt`: rewrite annotation, actor and event files into their canonical YAML. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CONTENT_FORMATS, readContentFile } from '../../src/lib/content-file/index.ts';
import { gitTopLevel } from '../../src/lib/diff/index.ts';
import { FactlineError, problem, type Problem } from '../../src/lib/errors/index.ts';
import { writeFileAtomic } from '../../src/lib/fs/atomic-write.ts';
import { canonicalText, kindOfContentPath, type YamlKind } from '../../src/lib/yaml/index.ts';
import { parseCommandArgs } from '../args.ts';

export const summary = 'rewrite annotation, actor and event files in canonical form (--check: list the ones that are not)';
export const usage = `Usage: factline fmt [--check] [--content DIR] [path…]

Rewrites YAML files into canonical form: fixed key order, entries sorted by id, one field per
line, no reflowed lines, quotes only where YAML needs them. Comments are kept. Running it twice
changes nothing. Paths are files or directories; the kind of a file (annotations, actor, event)
comes from the directory it is in. Without paths: every file in content/annotations,
content/actors and content/events.

  --check         change nothing; list the files that are not canonical and exit 1 if any
  --content DIR   the content directory (default: ./content, else content/ at the top of the repository)

A file that is not valid YAML, or does not match its schema, is reported as path:line:col
and left as it is.`;

const AREAS = ['annotations', 'actors', 'events', 'reviewers'];

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** The content directory: as given, else ./content, else content/ at the repository's top. */
function contentRoot(given: string | undefined): string {
  if (given) return resolve(given);
  const here = resolve('content');
  if (existsSync(here)) return here;
  const top = gitTopLevel(process.cwd());
  return top && existsSync(join(top, 'content')) ? join(top, 'content') : here;
}

const yamlFilesIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('.'))
    .sort()
    .map((f) => join(dir, f));

/** The files named on the command line (directories expanded), each with its kind. */
function targets(paths: string[], root: string): { file: string; kind: YamlKind }[] {
  const files: string[] = [];
  const inputs = paths.length ? paths.map((p) => resolve(p)) : AREAS.map((a) => join(root, a)).filter((d) => existsSync(d));
  for (const input of inputs) {
    if (!existsSync(input)) throw new FactlineError(problem(input, 'no such file or directory', { hint: 'check the path' }));
    if (!statSync(input).isDirectory()) files.push(input);
    else if (AREAS.some((a) => existsSync(join(input, a))) && !kindOfContentPath(join(input, 'x.yaml'))) {
      // A content root: its three areas.
      for (const a of AREAS) if (existsSync(join(input, a))) files.push(...yamlFilesIn(join(input, a)));
    } else files.push(...yamlFilesIn(input));
  }
  return [...new Set(files)].sort().map((file) => {
    const kind = kindOfContentPath(file);
    if (!kind) {
      throw new FactlineError(
        problem(file, 'not an annotation, actor, event or reviewer file', {
          hint: 'fmt formats .yaml files in content/annotations, content/actors, content/events and content/reviewers',
        }),
      );
    }
    return { file, kind };
  });
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('fmt', argv, {
    allowPositionals: true,
    options: { check: { type: 'boolean', default: false }, content: { type: 'string' } },
  });
  const show = (file: string) => relative(process.cwd(), file) || file;
  const problems: Problem[] = [];
  const unformatted: string[] = [];
  let written = 0;
  const files = targets(positionals, contentRoot(values.content));
  for (const { file, kind } of files) {
    const text = readFileSync(file, 'utf8');
    const result = readContentFile(CONTENT_FORMATS[kind], show(file), text);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const canonical = canonicalText(kind, result.parsed);
    if (canonical === text) continue;
    if (values.check) {
      unformatted.push(show(file));
    } else {
      writeFileAtomic(file, canonical);
      written++;
      console.log(`formatted ${show(file)}`);
    }
  }
  for (const file of unformatted) console.log(file);
  const are = (n: number) => (n === 1 ? 'is' : 'are');
  if (unformatted.length) {
    console.error(`${plural(unformatted.length, 'file')} ${are(unformatted.length)} not in canonical form: run \`npm run factline -- fmt\``);
  } else if (written) {
    console.log(`${written} of ${plural(files.length, 'file')} formatted`);
  } else if (!problems.length) {
    // Silence would leave the editor guessing whether anything was checked at all.
    console.log(`${plural(files.length, 'file')} ${are(files.length)} canonical${values.check ? '' : ', nothing to format'}`);
  }
  if (problems.length) throw new FactlineError(problems);
  return values.check && unformatted.length ? 1 : 0;
}
