export * from './actor-registry.ts';
export * from './load-actors.ts';
export * from './name-keys.ts';
export * from './propose-actor.ts';
export * from './role-nouns.ts';
