export * from './canonical-order.ts';
export * from './canonical-yaml.ts';
export * from './locate-path.ts';
export * from './parse-yaml-file.ts';
export * from './validate-content-yaml.ts';
