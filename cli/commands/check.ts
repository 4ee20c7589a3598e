/** `factline check`: validate all content and print every problem as path:line:col. */
import { relative, resolve } from 'node:path';
import { loadCorpus } from '../../src/lib/corpus/index.ts';
import { formatProblem, isError } from '../../src/lib/errors/index.ts';
import { parseCommandArgs } from '../args.ts';

export const summary = 'validate articles, annotations, actors and events (schemas, anchors, ids, dates)';
export const usage = `Usage: factline check [--content DIR]

Validates every file under content/ (or DIR): schemas, anchors that still match the article
text, actor and event ids, calendar values. Prints each problem as path:line:col: message,
with what to fix. Exits 1 when there is any error.`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs('check', argv, { options: { content: { type: 'string', default: 'content' } } });
  const root = resolve(values.content!);
  const corpus = loadCorpus(root);
  const problems = [...corpus.problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
  for (const p of problems) console.error(formatProblem({ ...p, file: relative(process.cwd(), p.file) || p.file }));
  const errors = problems.filter(isError).length;
  const warnings = problems.length - errors;
  const counted = corpus.articles.reduce((n, a) => n + a.annotations.quotes.length + a.annotations.claims.length + a.annotations.dates.length, 0);
  console.log(
    `${errors ? '✗' : '✓'} ${corpus.articles.length} articles, ${counted} anchored annotations, ${corpus.actors.length} actors, ${corpus.events.length} events: ` +
      `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
  );
  return errors ? 1 : 0;
}
