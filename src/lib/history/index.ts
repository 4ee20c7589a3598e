export * from './claim-history.ts';
