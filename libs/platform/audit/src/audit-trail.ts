import { type AuditAnchor, anchorSignatureValid, signAnchor } from './audit-anchor';
import { inTransaction, sqlRunner, type SqlRunner } from '@gov/persistence';
import { type AuditDatabase, type AuditTransaction } from './audit-database';
import { type AuditVerification } from './audit-problem';
import { type AuditEntry, type AuditRecord, chainHash, type JsonValue } from './audit-record';
import { aggregateRows } from './audit-rows';
import {
  AUDIT_ANCHOR_TABLE,
  AUDIT_LOG_TABLE,
  assertSafeSchema,
  auditChainLockName,
  isoUtc,
} from './audit-tables.sql';
import {
  type VerifierContext,
  verifyAggregate,
  type VerifyAggregateOptions,
  verifyChain,
  type VerifyChainOptions,
} from './chain-verifier';
import { type HashAlgorithm, SHA_256 } from './hash-algorithm';

export interface AuditTrailOptions {
  /** The service's schema, holding the tables and the function of `auditTablesV1` and `V2`. */
  readonly schema: string;
  /** The HMAC key that signs anchors (AUDIT_ANCHOR_KEY). */
  readonly anchorKey: string;
  /** The algorithm of new rows (SHA-256 by default). */
  readonly algorithm?: HashAlgorithm;
  /** Algorithms older rows may name, for verification after a switch. */
  readonly formerAlgorithms?: readonly HashAlgorithm[];
}

/**
 * The audit trail of one service schema: appends hash-chained rows inside the caller's
 * transaction, anchors the chain head, reads and verifies.
 */
export class AuditTrail {
  readonly schema: string;
  private readonly algorithm: HashAlgorithm;
  private readonly verifier: VerifierContext;

  constructor(options: AuditTrailOptions) {
    this.schema = assertSafeSchema(options.schema);
    this.algorithm = options.algorithm ?? SHA_256;
    const known = new Map(
      [this.algorithm, ...(options.formerAlgorithms ?? [])].map((a) => [a.name, a] as const),
    );
    this.verifier = {
      schema: this.schema,
      anchorKey: options.anchorKey,
      algorithm: (name) => known.get(name),
    };
  }

  /**
   * Appends one row inside the caller's transaction and returns it. Appends of one schema are
   * serialised by a transaction-level advisory lock, taken before the head is read and held until
   * commit or rollback, so the chain stays linear however many instances write. Meant for READ
   * COMMITTED (the default): under REPEATABLE READ a snapshot taken before the lock can miss the
   * newest row, and the append then fails on the position's primary key rather than fork the chain.
   */
  async append(tx: AuditTransaction, entry: AuditEntry): Promise<AuditRecord> {
    this.requireTransaction(tx, 'Audit rows must be appended inside the transaction of the change');
    if (!Number.isSafeInteger(entry.sequence) || entry.sequence < 1) {
      throw new RangeError(`Audit sequence must be a positive integer, not ${entry.sequence}`);
    }
    // One round trip takes the chain lock and reads the head after it (`auditTablesV2`). The change
    // goes through jsonb and back before it is hashed, so the hash covers exactly what
    // verification will read (jsonb's own spelling of numbers, no Date objects, …).
    const sql = sqlRunner(tx);
    const [head] = await sql.rows<{
      head_position: string | null;
      head_hash: string | null;
      occurred_at: string;
      stored_change: JsonValue;
    }>(`select * from ${this.schema}.audit_locked_head($1::jsonb)`, [JSON.stringify(entry.change)]);
    if (!head) throw new Error('The audit head query returned no row');
    const prevHash = head.head_hash;
    const content = {
      aggregateType: entry.aggregateType,
      aggregateId: entry.aggregateId,
      sequence: entry.sequence,
      actor: entry.actor,
      action: entry.action,
      change: head.stored_change,
      position: Number(head.head_position ?? 0) + 1,
      occurredAt: head.occurred_at,
      algorithm: this.algorithm.name,
    };
    const record: AuditRecord = {
      ...content,
      prevHash,
      hash: chainHash(this.algorithm, prevHash, content),
    };
    const { actor } = record;
    await sql.write(
      `insert into ${this.schema}.${AUDIT_LOG_TABLE} (position, aggregate_type, aggregate_id,
         sequence, actor_kind, actor_subject, actor_username, actor_role, action, change,
         occurred_at, algorithm, prev_hash, hash)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11::timestamptz, $12, $13, $14)`,
      [
        record.position,
        record.aggregateType,
        record.aggregateId,
        record.sequence,
        actor.kind,
        actor.subject,
        actor.username,
        actor.kind === 'user' ? actor.role : null,
        record.action,
        JSON.stringify(record.change),
        record.occurredAt,
        record.algorithm,
        record.prevHash,
        record.hash,
      ],
    );
    return record;
  }

  /**
   * Appends a row numbered after the aggregate's last one, for records that are not versions of a
   * stored aggregate (e.g. each time someone views personal data). The number is read under the
   * chain lock, so concurrent appends for one aggregate never take the same one.
   */
  async appendNext(
    tx: AuditTransaction,
    entry: Omit<AuditEntry, 'sequence'>,
  ): Promise<AuditRecord> {
    this.requireTransaction(tx, 'Audit rows must be appended inside the transaction of the change');
    const sql = sqlRunner(tx);
    await this.lockChain(sql);
    const [last] = await sql.rows<{ sequence: string | null }>(
      `select max(sequence)::text as sequence from ${this.schema}.${AUDIT_LOG_TABLE}
       where aggregate_type = $1 and aggregate_id = $2`,
      [entry.aggregateType, entry.aggregateId],
    );
    // The lock is taken again by `append`: advisory locks stack within a transaction.
    return this.append(tx, { ...entry, sequence: Number(last?.sequence ?? 0) + 1 });
  }

  /**
   * Signs the current chain head, stores the anchor and returns it for the caller to publish (in
   * the same transaction, through the outbox: the published copy is what a rewrite of this
   * schema cannot reach). Null when the chain is empty, or with `onlyIfMoved` when the head is
   * already anchored.
   */
  async anchor(
    tx: AuditTransaction,
    options: { readonly onlyIfMoved?: boolean } = {},
  ): Promise<AuditAnchor | null> {
    this.requireTransaction(tx, 'Anchor inside a transaction, with the event that publishes it');
    const sql = sqlRunner(tx);
    await this.lockChain(sql);
    const [head] = await sql.rows<{
      position: string;
      hash: string;
      anchored: string | null;
      now: string;
    }>(
      `select position::text as position, hash,
              (select max(position) from ${this.schema}.${AUDIT_ANCHOR_TABLE})::text as anchored,
              ${isoUtc('clock_timestamp()')} as now
       from ${this.schema}.${AUDIT_LOG_TABLE} order by ${AUDIT_LOG_TABLE}.position desc limit 1`,
    );
    if (!head || (options.onlyIfMoved && head.anchored === head.position)) return null;
    const anchor = signAnchor(this.verifier.anchorKey, {
      schema: this.schema,
      position: Number(head.position),
      hash: head.hash,
      anchoredAt: head.now,
    });
    await sql.rows(
      `insert into ${this.schema}.${AUDIT_ANCHOR_TABLE} (position, hash, anchored_at, signature)
       values ($1, $2, $3::timestamptz, $4)`,
      [anchor.position, anchor.hash, anchor.anchoredAt, anchor.signature],
    );
    return anchor;
  }

  /** Whether an anchor (e.g. from an event) is genuine: this schema's, signed with the key. */
  anchorIsGenuine(anchor: AuditAnchor): boolean {
    return anchor.schema === this.schema && anchorSignatureValid(this.verifier.anchorKey, anchor);
  }

  /** One aggregate's trail in sequence order: the supervisor's view of a case's history. */
  readTrail(db: AuditDatabase, aggregateType: string, aggregateId: string): Promise<AuditRecord[]> {
    return aggregateRows(sqlRunner(db), this.schema, aggregateType, aggregateId);
  }

  /** Verifies the whole chain (or from a position) against its stored and the given anchors. */
  verifyChain(db: AuditDatabase, options: VerifyChainOptions = {}): Promise<AuditVerification> {
    return verifyChain(this.verifier, sqlRunner(db), options);
  }

  /** Verifies one aggregate's rows and their links into the chain. */
  verifyAggregate(
    db: AuditDatabase,
    aggregateType: string,
    aggregateId: string,
    options: VerifyAggregateOptions = {},
  ): Promise<AuditVerification> {
    return verifyAggregate(this.verifier, sqlRunner(db), aggregateType, aggregateId, options);
  }

  private requireTransaction(tx: AuditTransaction, message: string): void {
    if (!inTransaction(tx)) throw new Error(message);
  }

  private async lockChain(sql: SqlRunner): Promise<void> {
    await sql.rows('select pg_advisory_xact_lock(hashtext($1))', [auditChainLockName(this.schema)]);
  }
}
