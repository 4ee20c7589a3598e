export * from './extract.ts';
export * from './merge-suggestions.ts';
