export * from './article-file.ts';
export * from './frontmatter.ts';
export * from './markdown-escape.ts';
export * from './plain-text.ts';
export * from './slug.ts';
export * from './published-date.ts';
export * from './import-article.ts';
export * from './import-manifest.ts';
