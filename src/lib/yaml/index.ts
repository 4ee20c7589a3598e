export * from './canonical-order.ts';
export * from './canonical-yaml.ts';
