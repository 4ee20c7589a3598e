export * from './factline-error.ts';
