export * from './text-quote-selector.ts';
