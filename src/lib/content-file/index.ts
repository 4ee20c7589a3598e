export * from './formats.ts';
export * from './locate.ts';
export * from './parse-yaml.ts';
export * from './read-content-file.ts';
export * from './schema-problems.ts';
export * from './yaml-syntax.ts';
