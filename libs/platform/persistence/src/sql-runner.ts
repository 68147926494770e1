import { type EntityManager } from '@mikro-orm/postgresql';
import { type ClientBase, type Pool, type QueryResultRow } from 'pg';
import { connectionForNextStatement, putOff } from './pending-writes';

/**
 * Statements with `$n` parameters, the same over MikroORM and pg: what the shared pieces that write
 * inside a command's transaction (outbox, idempotency record, audit trail) need of a connection.
 */
export interface SqlRunner {
  rows<T extends object>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /**
   * A write whose result nobody reads. Inside a MikroORM transaction it is put off and sent with
   * the transaction's other put-off writes as one statement, before its next statement through a
   * runner or its COMMIT (`putOff`); elsewhere it runs at once.
   */
  write(text: string, params?: readonly unknown[]): Promise<void>;
}

/** A MikroORM EntityManager, a pg client, or a pg pool. */
export type SqlConnection = EntityManager | ClientBase | Pool;

/**
 * A runner over whichever connection the caller has. Inside a MikroORM transaction the statements
 * go straight to the transaction's own pg connection: MikroORM's `execute` inlines the parameters
 * into the text and runs it through knex's runner, which cost ~60 µs of CPU a statement more here,
 * on every statement of every command (ADR 0021). Outside a transaction they go through `execute`,
 * which takes a pooled connection for each.
 */
export function sqlRunner(db: SqlConnection): SqlRunner {
  if (isEntityManager(db)) {
    const rows = async <T extends object>(text: string, params: readonly unknown[] = []) => {
      if (db.isInTransaction()) {
        return pgRows<T>(await connectionForNextStatement(db), text, params);
      }
      const { sql, bindings } = knexPlaceholders(text, params);
      return db.execute<T[]>(sql, bindings, 'all');
    };
    return {
      rows,
      write: async (text, params = []) => {
        if (db.isInTransaction()) await putOff(db, { text, params });
        else await rows(text, params);
      },
    };
  }
  return {
    rows: <T extends object>(text: string, params: readonly unknown[] = []) =>
      pgRows<T>(db, text, params),
    write: async (text, params = []) => {
      await pgRows(db, text, params);
    },
  };
}

/** Whether the connection is inside an open transaction (a pool never is). */
export function inTransaction(db: SqlConnection): boolean {
  if (isEntityManager(db)) return db.isInTransaction();
  return isClient(db) && db.getTransactionStatus() === 'T';
}

async function pgRows<T extends object>(
  db: ClientBase | Pool,
  text: string,
  params: readonly unknown[],
): Promise<T[]> {
  return (await db.query<T & QueryResultRow>(text, [...params])).rows;
}

function isEntityManager(db: SqlConnection): db is EntityManager {
  return typeof (db as Partial<EntityManager>).isInTransaction === 'function';
}

function isClient(db: ClientBase | Pool): db is ClientBase {
  return typeof (db as Partial<ClientBase>).getTransactionStatus === 'function';
}

/**
 * Through knex, which numbers `?` placeholders itself and expands array bindings into lists: the
 * `$n` are turned into `?`, and arrays are passed as text literals so they mean the same on both.
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
