export * from './classify-quote.ts';
export * from './detect-quotes.ts';
export * from './mark-variants.ts';
export * from './quote-marks.ts';
export * from './quote-span.ts';
export * from './speech-verbs.ts';
export * from './title-quotes.ts';
