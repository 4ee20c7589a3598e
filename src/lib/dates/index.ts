export * from './extract-dates.ts';
