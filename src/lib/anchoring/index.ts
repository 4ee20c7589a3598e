export * from './article-tree.ts';
export * from './plain-text-map.ts';
export * from './text-quote-selector.ts';
