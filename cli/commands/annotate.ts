/**
 * `factline annotate`: machine suggestions into content/annotations/<slug>.yaml, or, with
 * --stdin, the extractor's raw output as JSON for any text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createRegistry, loadActors } from '../../src/lib/actors/index.ts';
import { extract, mergeSuggestions, type Extraction } from '../../src/lib/annotate/index.ts';
import { readArticle } from '../../src/lib/article/index.ts';
import { ANNOTATIONS_FORMAT, readContentFileOrThrow } from '../../src/lib/content-file/index.ts';
import { contentPaths } from '../../src/lib/corpus/index.ts';
import { FactlineError, problem } from '../../src/lib/errors/index.ts';
import { writeFileAtomic } from '../../src/lib/fs/atomic-write.ts';
import { isoDaySchema, type AnnotationFile } from '../../src/lib/schema/index.ts';
import { toCanonicalYaml } from '../../src/lib/yaml/index.ts';
import { parseCommandArgs } from '../args.ts';

export const summary = 'suggest quotes, speakers, dates and claims (status: suggested) for articles';
export const usage = `Usage: factline annotate [slug…] [--content DIR]
       factline annotate --stdin --published YYYY-MM-DD --json

Adds machine suggestions to content/annotations/<slug>.yaml (all articles when no slug is
given). Reviewed and rejected entries are never changed and a rejected suggestion is never
proposed again; running it twice changes nothing.

With --stdin, reads plain text and prints the extractor's output as JSON:
{"quotes":[{"text","start","speaker":{"id","name"}|null}],"dates":[{"text","start","value","precision"}],"claims":[{"text","start","claimant":{"id","name"}|null}]}
A speaker's or claimant's id is null when the actor registry does not know them yet; a claim
whose claimant is null is the article's own.`;

/** The stable stdin interface: exactly these keys, in this order. */
export function toStdinJson(found: Extraction) {
  return {
    quotes: found.quotes.map((q) => ({
      text: q.text,
      start: q.start,
      speaker: q.speaker ? { id: q.proposed ? null : q.speaker.id, name: q.speaker.name } : null,
    })),
    dates: found.dates.map((d) => ({ text: d.text, start: d.start, value: d.value, precision: d.precision })),
    // (The claimant as found, shaped like a quote's speaker: null for the article's own claims.)
    claims: found.claims.map((c) => ({ text: c.text, start: c.start, claimant: c.by ? { id: c.by.id, name: c.by.name } : null })),
  };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('annotate', argv, {
    allowPositionals: true,
    options: {
      content: { type: 'string', default: 'content' },
      stdin: { type: 'boolean', default: false },
      published: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const paths = contentPaths(resolve(values.content!));
  const actors = existsSync(paths.actors) ? loadActors(paths.actors) : [];
  const registry = createRegistry(actors);

  if (values.stdin) {
    const published = values.published;
    if (!published || !isoDaySchema.safeParse(published).success) {
      throw new FactlineError(problem('<stdin>', 'annotate --stdin needs the publication date', { hint: 'pass --published YYYY-MM-DD (a real calendar day)' }));
    }
    const text = await readStdin();
    const found = extract(text, published, actors, registry);
    console.log(JSON.stringify(values.json ? toStdinJson(found) : found, null, values.json ? undefined : 2));
    return 0;
  }

  const slugs = positionals.length
    ? positionals
    : (await import('node:fs')).readdirSync(paths.articles).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort();
  let changedFiles = 0;
  for (const slug of slugs) {
    const articleFile = join(paths.articles, `${slug}.md`);
    if (!existsSync(articleFile)) throw new FactlineError(problem(articleFile, `no article "${slug}"`, { hint: 'run `factline import` first, or check the slug' }));
    const article = readArticle(articleFile);
    const annotationFile = join(paths.annotations, `${slug}.yaml`);
    let existing: AnnotationFile = { quotes: [], claims: [], dates: [] };
    let before = '';
    if (existsSync(annotationFile)) {
      before = readFileSync(annotationFile, 'utf8');
      // The same reading, and the same messages, as `factline check`.
      const result = readContentFileOrThrow(ANNOTATIONS_FORMAT, annotationFile, before);
      existing = result.data;
    }
    const found = extract(article.plainText, article.frontmatter.published, actors, registry);
    const { file, added } = mergeSuggestions(article.plainText, existing, found);
    const after = toCanonicalYaml('annotations', file);
    const rel = relative(process.cwd(), annotationFile);
    if (after !== before && (added.quotes + added.claims + added.dates > 0 || !before)) {
      writeFileAtomic(annotationFile, after);
      changedFiles++;
      console.log(`${rel}: +${added.quotes} quotes, +${added.claims} claims, +${added.dates} dates suggested`);
    } else {
      console.log(`${rel}: no new suggestions`);
    }
  }
  console.log(`${changedFiles} file${changedFiles === 1 ? '' : 's'} written`);
  return 0;
}
