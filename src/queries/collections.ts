/** The three content collections as plain data, read once per build and shared by every query. */
import { getCollection } from 'astro:content';

let collections: ReturnType<typeof read> | undefined;

async function read() {
  const [articles, actors, events] = await Promise.all([getCollection('articles'), getCollection('actors'), getCollection('events')]);
  return { articles: articles.map((e) => e.data), actors: actors.map((e) => e.data), events: events.map((e) => e.data) };
}

export function getCollections(): ReturnType<typeof read> {
  collections ??= read();
  return collections;
}
