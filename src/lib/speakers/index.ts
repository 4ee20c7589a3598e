export * from './attribute-speakers.ts';
export * from './speaker.ts';
