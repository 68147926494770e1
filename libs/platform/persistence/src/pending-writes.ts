import {
  type EntityManager,
  type EventSubscriber,
  type TransactionEventArgs,
} from '@mikro-orm/postgresql';
import { type ClientBase, type QueryResultRow } from 'pg';

/** A statement whose effect counts and whose result nobody reads. */
export interface Statement {
  readonly text: string;
  readonly params: readonly unknown[];
}

/**
 * The writes a transaction has put off, by the connection it runs on (a connection runs one
 * transaction at a time). They go out together, as one statement, before the transaction's next
 * statement through `sqlRunner` and before its COMMIT: the outbox row, the audit row and the
 * idempotency reply of a command cost one round trip instead of three (ADR 0022).
 */
const pendingByConnection = new WeakMap<ClientBase, Statement[]>();

/** The knex transaction MikroORM holds; `savepointName` marks a nested one. */
interface KnexTransaction {
  readonly client: { acquireConnection(): Promise<ClientBase> };
  readonly savepointName?: string;
}

/**
 * The pg connection of the EntityManager's open transaction, to send a statement on now, after the
 * writes the transaction put off (which the statement may read). A knex transaction's client hands
 * out the one connection it runs on (and releasing it is a no-op), so statements sent there run in
 * order with the ORM's own, inside the same transaction.
 */
export async function connectionForNextStatement(em: EntityManager): Promise<ClientBase> {
  const transaction = knexTransactionOf(em);
  const connection = await transaction.client.acquireConnection();
  const pending = pendingByConnection.get(connection);
  if (!pending) return connection;
  if (transaction.savepointName !== undefined) {
    // Sent now, they would belong to the savepoint, and a rollback to it would take them away
    // while the enclosing transaction commits.
    throw new Error(
      'Writes put off by the enclosing transaction are waiting: send them before opening a nested transaction (a statement through sqlRunner does)',
    );
  }
  pendingByConnection.delete(connection);
  const { text, params } = combined(pending);
  await connection.query<QueryResultRow>(text, [...params]);
  return connection;
}

/**
 * Puts a write off until the transaction's next statement through `sqlRunner` or its COMMIT,
 * whichever comes first; a rollback drops it. In a nested transaction (a savepoint, which may be
 * rolled back alone) it runs at once. A put-off write must not be read back by the ORM's own
 * statements meanwhile, and no two of one transaction may change the same row.
 */
export async function putOff(em: EntityManager, statement: Statement): Promise<void> {
  const transaction = knexTransactionOf(em);
  if (transaction.savepointName !== undefined) {
    const connection = await connectionForNextStatement(em);
    await connection.query(statement.text, [...statement.params]);
    return;
  }
  const connection = await transaction.client.acquireConnection();
  // Each transaction's EntityManager has its own copy of the event manager (MikroORM clones it).
  em.getEventManager().registerSubscriber(pendingWritesAtCommit);
  const pending = pendingByConnection.get(connection);
  if (pending) pending.push(statement);
  else pendingByConnection.set(connection, [statement]);
}

/**
 * Several writes as one statement: each a data-modifying `with` query, its `$n` renumbered after
 * the ones before it. They run on one snapshot, so none sees another's effect — which is why no
 * two may change the same row.
 */
function combined(statements: readonly Statement[]): Statement {
  if (statements.length === 1) return statements[0]!;
  const params: unknown[] = [];
  const parts = statements.map((statement, index) => {
    const offset = params.length;
    params.push(...statement.params);
    const text = statement.text.replace(
      /\$(\d+)/g,
      (_match, n: string) => `$${Number(n) + offset}`,
    );
    return `w${index + 1} as (${text})`;
  });
  return { text: `with ${parts.join(',\n')}\nselect 1`, params };
}

/** Flushes a root transaction's put-off writes before its COMMIT; drops them on its rollback. */
const pendingWritesAtCommit: EventSubscriber = {
  async beforeTransactionCommit({ em }: TransactionEventArgs): Promise<void> {
    await connectionForNextStatement(em as EntityManager);
  },
  async beforeTransactionRollback({ transaction }: TransactionEventArgs): Promise<void> {
    pendingByConnection.delete(await (transaction as KnexTransaction).client.acquireConnection());
  },
};

function knexTransactionOf(em: EntityManager): KnexTransaction {
  const transaction = em.getTransactionContext<KnexTransaction>();
  if (!transaction) throw new Error('No transaction is open on this EntityManager');
  return transaction;
}
