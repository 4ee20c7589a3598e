/**
 * The three content collections as plain data, read once per build and shared by every query.
 * An article's entry names the file of its view, which is read here.
 */
import { getCollection } from 'astro:content';
import { readArticleView } from '../lib/site/article-view-files.ts';

let collections: ReturnType<typeof read> | undefined;

async function read() {
  const [articles, actors, events] = await Promise.all([getCollection('articles'), getCollection('actors'), getCollection('events')]);
  return { articles: articles.map((e) => readArticleView(e.data.view)), actors: actors.map((e) => e.data), events: events.map((e) => e.data) };
}

export function getCollections(): ReturnType<typeof read> {
  collections ??= read();
  return collections;
}
