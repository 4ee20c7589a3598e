/** `factline diff`: what changed in the annotations, actors and events between two revisions. */
import { diffContent, renderMarkdown } from '../../src/lib/diff/index.ts';
import { parseCommandArgs, UsageError } from '../args.ts';

export const summary = 'summarize annotation, actor and event changes between two git revisions (Markdown or JSON)';
export const usage = `Usage: factline diff <base> [<head>] [--json] [--base-url URL] [--content DIR]

Compares the content at git revision <base> with <head> (default: the working tree, including
files not yet committed) and prints, per article, the quotes, claims and dates added, removed
or changed — speakers by name, verdicts with their explanation, review status, anchor text —
and the actors and events added, removed, renamed or changed.

  --json           print the diff as JSON (shape: src/lib/diff/diff-schema.ts)
  --base-url URL   link article titles and annotation ids to the deployed site
                   (default: the FACTLINE_BASE_URL environment variable)
  --content DIR    the content directory, relative to the top of the repository (default: content)

Examples:
  factline diff main                 # your uncommitted and committed work against main
  factline diff origin/main HEAD --base-url https://example.org/factline`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('diff', argv, {
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      'base-url': { type: 'string' },
      content: { type: 'string', default: 'content' },
    },
  });
  const [base, head, ...extra] = positionals;
  if (!base || extra.length > 0) {
    throw new UsageError(base ? `\`factline diff\` compares two revisions, but was given ${positionals.length}` : '`factline diff` needs the revision to compare with', 'pass a base revision and at most one head revision, e.g. `factline diff main`');
  }
  const baseUrl = values['base-url'] ?? process.env.FACTLINE_BASE_URL;
  if (baseUrl && !/^https?:\/\/[^\s]+$/.test(baseUrl)) {
    throw new UsageError(`--base-url "${baseUrl}" is not an http(s) address`, 'pass the address of the deployed site, e.g. https://example.org/factline');
  }
  const diff = diffContent({ base, head, cwd: process.cwd(), contentDir: values.content! });
  process.stdout.write(values.json ? `${JSON.stringify(diff, null, 2)}\n` : renderMarkdown(diff, { baseUrl }));
  return 0;
}
