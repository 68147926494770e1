import { type SqlConnection } from '@gov/persistence';
import { type EntityManager } from '@mikro-orm/postgresql';
import { type ClientBase } from 'pg';

/**
 * The transaction an append joins: a MikroORM EntityManager inside `transactional(...)`, or a pg
 * client after `begin`. The audit row commits or vanishes with the change it records.
 */
export type AuditTransaction = EntityManager | ClientBase;

/** Where the trail is read from: any of the above, or a pg pool. */
export type AuditDatabase = SqlConnection;
