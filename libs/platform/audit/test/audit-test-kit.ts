import { testInfrastructure } from '@gov/testing';
import { Pool, type PoolClient } from 'pg';
import { type AuditEntry, auditTablesV1, auditTablesV2, AuditTrail } from '../src';

export const ANCHOR_KEY = 'test-anchor-key-with-more-than-32-characters';

let schemas = 0;

/** A fresh schema with the audit tables and function, a pool and a trail on it; `drop` removes it all. */
export async function auditSchema(): Promise<{
  schema: string;
  pool: Pool;
  trail: AuditTrail;
  drop: () => Promise<void>;
}> {
  schemas += 1;
  const schema = `audit_test_${process.pid}_${schemas}`;
  const pool = new Pool({ connectionString: testInfrastructure().databaseUrl, max: 10 });
  for (const sql of [...auditTablesV1(schema), ...auditTablesV2(schema)]) await pool.query(sql);
  return {
    schema,
    pool,
    trail: new AuditTrail({ schema, anchorKey: ANCHOR_KEY }),
    drop: async () => {
      await pool.query(`drop schema ${schema} cascade`);
      await pool.end();
    },
  };
}

/** Runs `work` in a transaction on a connection of its own, as a service's use case would. */
export async function transaction<T>(
  pool: Pool,
  work: (client: PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}

/** A change of case `aggregateId` at version `sequence`, by a clerk. */
export function caseChange(aggregateId: string, sequence: number, note = 'ok'): AuditEntry {
  return {
    aggregateType: 'case',
    aggregateId,
    sequence,
    actor: { kind: 'user', subject: 'sub-clerk', username: 'clerk.hz', role: 'clerk' },
    action: sequence === 1 ? 'submitted' : 'accepted',
    change: { note, materials: ['身份证', '营业执照'], at: { window: 3 } },
  };
}

/** Appends the changes one transaction each. */
export async function appendAll(
  pool: Pool,
  trail: AuditTrail,
  entries: readonly AuditEntry[],
): Promise<void> {
  for (const entry of entries) await transaction(pool, (client) => trail.append(client, entry));
}

/**
 * Runs SQL as someone with database rights bypassing the append-only triggers
 * (`session_replication_role = replica` needs superuser), as a tamperer would.
 */
export async function tamper(
  pool: Pool,
  statements: readonly [string, unknown[]?][],
): Promise<void> {
  await transaction(pool, async (client) => {
    await client.query('set local session_replication_role = replica');
    for (const [sql, params] of statements) await client.query(sql, params);
  });
}
