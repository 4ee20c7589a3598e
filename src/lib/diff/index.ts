export * from './compare-annotations.ts';
export * from './compare-fields.ts';
export * from './content-diff.ts';
export * from './diff-schema.ts';
export * from './git.ts';
export * from './read-revision.ts';
export * from './render-markdown.ts';
