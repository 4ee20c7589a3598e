export * from './did-you-mean.ts';
export * from './factline-error.ts';
