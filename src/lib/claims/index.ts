export * from './check-worthy.ts';
export * from './reported-claims.ts';
export * from './role-consistency.ts';
