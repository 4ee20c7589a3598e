/**
 * The baseline: a bare Astro project over the same Markdown articles — one glob() content
 * collection and one plain page per article, no annotations, timeline, search or styling —
 * so the benchmark can say what Factline costs on top of the framework itself. It uses this
 * repository's node_modules through a symlink, so both builds run the same Astro.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeBaseline(dir: string, articlesDir: string, nodeModules: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages', 'articles'), { recursive: true });
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'factline-bench-baseline', private: true, type: 'module' }, null, 2)}\n`);
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Its own cache: the symlinked node_modules/.astro belongs to the main project.
  cacheDir: './.cache/',
  devToolbar: { enabled: false },
});
`,
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const articles = defineCollection({ loader: glob({ pattern: '*.md', base: ${JSON.stringify(articlesDir)} }) });

export const collections = { articles };
`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', 'articles', '[slug].astro'),
    `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const entries = await getCollection('articles');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
// YAML reads an unquoted date as a Date; print it as the day it is.
const published = entry.data.published instanceof Date ? entry.data.published.toISOString().slice(0, 10) : String(entry.data.published);
---
<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{entry.data.title}</title>
  </head>
  <body>
    <main>
      <h1>{entry.data.title}</h1>
      <p><time datetime={published}>{published}</time> · {entry.data.publisher}</p>
      <Content />
    </main>
  </body>
</html>
`,
  );
}
