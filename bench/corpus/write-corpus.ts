/**
 * Write a whole synthetic content tree — articles, annotation files, actors, events — in the
 * layout `src/lib/corpus/load-corpus.ts` reads. Deterministic: the same N and seed give the
 * same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { makeActors, makeEvents, type GenActor, type GenEvent } from './actors.ts';
import { BENCH_REVIEWER, makeArticle, type GenArticle, type World } from './article.ts';
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

type CorpusDirs = Record<'articles' | 'annotations' | 'actors' | 'events', string>;
type WrittenArticle = WrittenCorpus['articles'][number];

const corpusDirs = (root: string): CorpusDirs => ({ articles: join(root, 'articles'), annotations: join(root, 'annotations'), actors: join(root, 'actors'), events: join(root, 'events') });

/** The world articles are drawn from: the same seed gives the same actors and events. */
function makeWorld(options: Pick<CorpusOptions, 'actors' | 'events' | 'seed'>): World {
  const rng = createRng(options.seed);
  const actors = makeActors(rng, options.actors);
  const events = makeEvents(rng, options.events, actors, '2022-06-01', 1300);
  return { actors, events, actorNames: new Set(actors.map((a) => a.data.name.toLowerCase())) };
}

interface Writers {
  write: YamlWriter;
  articleMarkdown: ArticleFormatter;
}

/** Article `index` of the corpus (its Markdown and, when annotated, its annotation file). */
function writeArticle(dirs: CorpusDirs, index: number, seed: number, world: World, writers: Writers, annotated: boolean): { article: WrittenArticle; bytes: { articles: number; annotations: number } } {
  // One generator per article: article i is the same whatever N is, so 1,000 is a prefix of 10,000.
  const a = makeArticle(index, createRng(seed * 1_000_003 + index), world);
  const md = writers.articleMarkdown(a);
  writeFileSync(join(dirs.articles, `${a.slug}.md`), md);
  const annotationFile = join(dirs.annotations, `${a.slug}.yaml`);
  let annotationBytes = 0;
  if (annotated) {
    const yaml = writers.write('annotations', a.annotations);
    writeFileSync(annotationFile, yaml);
    annotationBytes = Buffer.byteLength(yaml);
  }
  return {
    article: { slug: a.slug, published: a.frontmatter.published, plainText: a.plainText, annotated, annotationFile },
    bytes: { articles: Buffer.byteLength(md), annotations: annotationBytes },
  };
}

async function writers(): Promise<Writers & { name: WrittenCorpus['yamlWriter'] }> {
  const { write, name } = await annotationWriter();
  return { write, name, articleMarkdown: await articleFormatter() };
}

export async function writeCorpus(root: string, options: CorpusOptions): Promise<WrittenCorpus> {
  const dirs = corpusDirs(root);
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  const world = makeWorld(options);
  const w = await writers();

  for (const a of world.actors) writeFileSync(join(dirs.actors, `${a.id}.yaml`), w.write('actor', a.data));
  mkdirSync(join(root, 'reviewers'), { recursive: true });
  writeFileSync(join(root, 'reviewers', `${BENCH_REVIEWER}.yaml`), 'name: Benchmark desk\nbio: The fact-checking desk of the generated benchmark corpus.\n');
  for (const e of world.events) writeFileSync(join(dirs.events, `${e.id}.yaml`), w.write('event', e.data));

  const written: WrittenCorpus['articles'] = [];
  const bytes = { articles: 0, annotations: 0 };
  for (let i = 0; i < options.articles; i++) {
    const annotated = !(options.unannotatedEvery > 0 && i % options.unannotatedEvery === options.unannotatedEvery - 1);
    const { article, bytes: b } = writeArticle(dirs, i, options.seed, world, w, annotated);
    written.push(article);
    bytes.articles += b.articles;
    bytes.annotations += b.annotations;
  }
  return { root, articles: written, actors: world.actors, events: world.events, bytes, yamlWriter: w.name };
}

/**
 * Add article `index` (an annotated one) to a corpus `writeCorpus` wrote with the same options:
 * the next article a corpus of `index + 1` articles would have, so its annotations anchor.
 */
export async function addArticle(
  root: string,
  index: number,
  options: Pick<CorpusOptions, 'actors' | 'events' | 'seed'>,
  /** Only an article published from this day on: the generator's next such article is written (its index is returned). */
  from?: string,
): Promise<WrittenArticle & { index: number }> {
  const world = makeWorld(options);
  let i = index;
  if (from !== undefined) {
    while (makeArticle(i, createRng(options.seed * 1_000_003 + i), world).frontmatter.published < from) {
      if (++i > index + 100_000) throw new Error(`the generator writes no article published on or after ${from}`);
    }
  }
  return { ...writeArticle(corpusDirs(root), i, options.seed, world, await writers(), true).article, index: i };
}
