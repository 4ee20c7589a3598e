export * from './common.ts';
export * from './article.ts';
export * from './actor.ts';
export * from './event.ts';
export * from './annotations.ts';
export * from './reviewer.ts';
