export * from './check-worthy.ts';
export * from './role-consistency.ts';
