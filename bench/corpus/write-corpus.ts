/**
 * Write a whole synthetic content tree — articles, annotation files, actors, events — in the
 * layout `src/lib/corpus/load-corpus.ts` reads. Deterministic: the same N and seed give the
 * same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { makeActors, makeEvents, type GenActor, type GenEvent } from './actors.ts';
import { makeArticle, type GenArticle } from './article.ts';
import { createRng } from './random.ts';

export interface CorpusOptions {
  articles: number;
  actors: number;
  events: number;
  seed: number;
  /** Every k-th article gets no annotation file, so the build's on-the-fly extraction is exercised too (0 = never). */
  unannotatedEvery: number;
}

export interface WrittenCorpus {
  root: string;
  articles: { slug: string; published: string; plainText: string; annotated: boolean; annotationFile: string }[];
  actors: GenActor[];
  events: GenEvent[];
  bytes: { articles: number; annotations: number };
  /** Which writer produced the annotation YAML. */
  yamlWriter: 'toCanonicalYaml' | 'yaml.stringify';
}

type YamlKind = 'annotations' | 'actor' | 'event';
type YamlWriter = (kind: YamlKind, data: unknown) => string;

/** The core's canonical writer when it is there, so the files look exactly like editors' files. */
export async function annotationWriter(): Promise<{ write: YamlWriter; name: WrittenCorpus['yamlWriter'] }> {
  try {
    const mod = (await import('../../src/lib/yaml/index.ts')) as { toCanonicalYaml?: YamlWriter };
    if (typeof mod.toCanonicalYaml === 'function') return { write: mod.toCanonicalYaml, name: 'toCanonicalYaml' };
  } catch {
    // not there yet: fall back below
  }
  return { write: (_kind, data) => plainYaml(data), name: 'yaml.stringify' };
}

const plainYaml = (data: unknown) => stringify(data, { lineWidth: 0 });

type ArticleFormatter = (a: GenArticle) => string;

/** The core's article writer when it is there (the importer's exact format), else frontmatter + paragraphs. */
async function articleFormatter(): Promise<ArticleFormatter> {
  try {
    const mod = (await import('../../src/lib/article/index.ts')) as { formatArticle?: (fm: GenArticle['frontmatter'], paragraphs: string[]) => string };
    if (typeof mod.formatArticle === 'function') return (a) => mod.formatArticle!(a.frontmatter, a.paragraphs);
  } catch {
    // not there yet
  }
  return (a) => `---\n${plainYaml(a.frontmatter)}---\n\n${a.body}`;
}

export async function writeCorpus(root: string, options: CorpusOptions): Promise<WrittenCorpus> {
  const dirs = { articles: join(root, 'articles'), annotations: join(root, 'annotations'), actors: join(root, 'actors'), events: join(root, 'events') };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  const rng = createRng(options.seed);
  const actors = makeActors(rng, options.actors);
  const events = makeEvents(rng, options.events, actors, '2022-06-01', 1300);
  const { write, name } = await annotationWriter();
  const articleMarkdown = await articleFormatter();

  for (const a of actors) writeFileSync(join(dirs.actors, `${a.id}.yaml`), write('actor', a.data));
  for (const e of events) writeFileSync(join(dirs.events, `${e.id}.yaml`), write('event', e.data));

  const world = { actors, events, actorNames: new Set(actors.map((a) => a.data.name.toLowerCase())) };
  const written: WrittenCorpus['articles'] = [];
  const bytes = { articles: 0, annotations: 0 };
  for (let i = 0; i < options.articles; i++) {
    // One generator per article: article i is the same whatever N is, so 1,000 is a prefix of 10,000.
    const a = makeArticle(i, createRng(options.seed * 1_000_003 + i), world);
    const md = articleMarkdown(a);
    writeFileSync(join(dirs.articles, `${a.slug}.md`), md);
    bytes.articles += Buffer.byteLength(md);
    const annotated = !(options.unannotatedEvery > 0 && i % options.unannotatedEvery === options.unannotatedEvery - 1);
    const annotationFile = join(dirs.annotations, `${a.slug}.yaml`);
    if (annotated) {
      const yaml = write('annotations', a.annotations);
      writeFileSync(annotationFile, yaml);
      bytes.annotations += Buffer.byteLength(yaml);
    }
    written.push({ slug: a.slug, published: a.frontmatter.published, plainText: a.plainText, annotated, annotationFile });
  }
  return { root, articles: written, actors, events, bytes, yamlWriter: name };
}
