import { type AuditActor, type AuditRecord, type JsonValue } from './audit-record';
import { AUDIT_ANCHOR_TABLE, AUDIT_LOG_TABLE, isoUtc } from './audit-tables.sql';
import { type AuditAnchor } from './audit-anchor';
import { type SqlRunner } from '@gov/persistence';

// Numbers come back as text (bigint), so ORDER BY must name the table column, not these aliases.
export const LOG_COLUMNS = `position::text as position, aggregate_type, aggregate_id,
  sequence::text as sequence, actor_kind, actor_subject, actor_username, actor_role, action, change,
  ${isoUtc('occurred_at')} as occurred_at, algorithm, prev_hash, hash`;

/** A row of `audit_log` as selected with LOG_COLUMNS. */
export interface LogRow {
  position: string;
  aggregate_type: string;
  aggregate_id: string;
  sequence: string;
  actor_kind: string;
  actor_subject: string;
  actor_username: string;
  actor_role: string | null;
  action: string;
  change: JsonValue;
  occurred_at: string;
  algorithm: string;
  prev_hash: string | null;
  hash: string;
}

function actorOf(row: LogRow): AuditActor {
  // The table's check constraints allow exactly these two shapes.
  if (row.actor_kind === 'user') {
    return {
      kind: 'user',
      subject: row.actor_subject,
      username: row.actor_username,
      role: row.actor_role ?? '',
    };
  }
  return { kind: 'service', subject: row.actor_subject, username: row.actor_username };
}

export function recordOf(row: LogRow): AuditRecord {
  return {
    position: Number(row.position),
    aggregateType: row.aggregate_type,
    aggregateId: row.aggregate_id,
    sequence: Number(row.sequence),
    actor: actorOf(row),
    action: row.action,
    change: row.change,
    occurredAt: row.occurred_at,
    algorithm: row.algorithm,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** The rows of one aggregate, in sequence order. */
export async function aggregateRows(
  sql: SqlRunner,
  schema: string,
  aggregateType: string,
  aggregateId: string,
): Promise<AuditRecord[]> {
  const rows = await sql.rows<LogRow>(
    `select ${LOG_COLUMNS} from ${schema}.${AUDIT_LOG_TABLE}
     where aggregate_type = $1 and aggregate_id = $2 order by ${AUDIT_LOG_TABLE}.sequence`,
    [aggregateType, aggregateId],
  );
  return rows.map(recordOf);
}

/** Up to `limit` rows from position `from` on, in position order. */
export async function rowsFrom(
  sql: SqlRunner,
  schema: string,
  from: number,
  limit: number,
): Promise<AuditRecord[]> {
  const rows = await sql.rows<LogRow>(
    `select ${LOG_COLUMNS} from ${schema}.${AUDIT_LOG_TABLE}
     where position >= $1 order by ${AUDIT_LOG_TABLE}.position limit $2`,
    [from, limit],
  );
  return rows.map(recordOf);
}

/** The anchors kept in the schema's own table. */
export async function storedAnchors(sql: SqlRunner, schema: string): Promise<AuditAnchor[]> {
  const rows = await sql.rows<{
    position: string;
    hash: string;
    anchored_at: string;
    signature: string;
  }>(
    `select position::text as position, hash, ${isoUtc('anchored_at')} as anchored_at, signature
     from ${schema}.${AUDIT_ANCHOR_TABLE} order by ${AUDIT_ANCHOR_TABLE}.position, id`,
  );
  return rows.map((row) => ({
    schema,
    position: Number(row.position),
    hash: row.hash,
    anchoredAt: row.anchored_at,
    signature: row.signature,
  }));
}
