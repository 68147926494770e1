export * from './audit-tables.sql';
export * from './hash-algorithm';
export * from './audit-record';
export * from './audit-anchor';
export type { AuditDatabase, AuditTransaction } from './audit-database';
export * from './audit-problem';
export * from './audit-trail';
export * from './audit-config';
export type { VerifyAggregateOptions, VerifyChainOptions } from './chain-verifier';
