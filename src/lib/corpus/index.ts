export * from './load-corpus.ts';
export * from './validate-annotations.ts';
