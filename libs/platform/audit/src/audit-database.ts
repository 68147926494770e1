import { type EntityManager } from '@mikro-orm/postgresql';
import { type ClientBase, type Pool } from 'pg';

/**
 * The transaction an append joins: a MikroORM EntityManager inside `transactional(...)`, or a pg
 * client after `begin`. The audit row commits or vanishes with the change it records.
 */
export type AuditTransaction = EntityManager | ClientBase;

/** Where the trail is read from: any of the above, or a pg pool. */
export type AuditDatabase = AuditTransaction | Pool;

/** The little the audit code needs of a connection, the same for MikroORM and pg. */
export interface SqlRunner {
  rows<T extends object>(text: string, params?: readonly unknown[]): Promise<T[]>;
}

function isEntityManager(db: AuditDatabase): db is EntityManager {
  return typeof (db as Partial<EntityManager>).isInTransaction === 'function';
}

function isClient(db: ClientBase | Pool): db is ClientBase {
  return typeof (db as Partial<ClientBase>).getTransactionStatus === 'function';
}

/**
 * MikroORM's `execute` goes through knex, which numbers `?` placeholders itself and expands array
 * bindings into lists; the audit SQL uses `$n` and passes arrays as text literals, so it runs on both.
 */
function knexPlaceholders(
  text: string,
  params: readonly unknown[],
): { sql: string; bindings: unknown[] } {
  const bindings: unknown[] = [];
  const sql = text.replace(/\$(\d+)/g, (_match, index: string) => {
    bindings.push(params[Number(index) - 1]);
    return '?';
  });
  return { sql, bindings };
}

/** A runner over whichever connection the caller has. */
export function sqlRunner(db: AuditDatabase): SqlRunner {
  if (isEntityManager(db)) {
    return {
      rows: <T extends object>(text: string, params: readonly unknown[] = []) => {
        const { sql, bindings } = knexPlaceholders(text, params);
        return db.execute<T[]>(sql, bindings, 'all');
      },
    };
  }
  return {
    rows: async <T extends object>(text: string, params: readonly unknown[] = []) =>
      (await db.query<T & Record<string, unknown>>(text, [...params])).rows,
  };
}

/** Whether the connection is inside an open transaction (a pool never is). */
export function inTransaction(db: AuditDatabase): boolean {
  if (isEntityManager(db)) return db.isInTransaction();
  return isClient(db) && db.getTransactionStatus() === 'T';
}
