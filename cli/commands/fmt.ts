/** `factline fmt`: rewrite annotation, actor and event files into their canonical YAML. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gitTopLevel } from '../../src/lib/diff/index.ts';
import { FactlineError, problem, type Problem } from '../../src/lib/errors/index.ts';
import { writeFileAtomic } from '../../src/lib/fs/atomic-write.ts';
import { canonicalText, kindOfContentPath, parseYamlFile, validateContentYaml, type YamlKind } from '../../src/lib/yaml/index.ts';

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

const AREAS = ['annotations', 'actors', 'events'];

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
        problem(file, 'not an annotation, actor or event file', {
          hint: 'fmt formats .yaml files in content/annotations, content/actors and content/events',
        }),
      );
    }
    return { file, kind };
  });
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
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
    let canonical: string;
    try {
      const parsed = parseYamlFile(show(file), text);
      const invalid = validateContentYaml(kind, show(file), parsed);
      if (invalid.length) {
        problems.push(...invalid);
        continue;
      }
      canonical = canonicalText(kind, parsed);
    } catch (err) {
      if (err instanceof FactlineError) {
        problems.push(...err.problems);
        continue;
      }
      throw err;
    }
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
  if (values.check && unformatted.length) {
    console.error(`${unformatted.length} file${unformatted.length === 1 ? ' is' : 's are'} not in canonical form: run \`npm run factline -- fmt\``);
  }
  if (!values.check && written) console.log(`${written} of ${files.length} files formatted`);
  if (problems.length) throw new FactlineError(problems);
  return values.check && unformatted.length ? 1 : 0;
}
