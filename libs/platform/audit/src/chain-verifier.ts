import { type AuditAnchor, anchorSignatureValid } from './audit-anchor';
import { type SqlRunner } from '@gov/persistence';
import { type AuditProblem, type AuditVerification } from './audit-problem';
import { type AuditRecord, chainHash } from './audit-record';
import { aggregateRows, rowsFrom, storedAnchors } from './audit-rows';
import { AUDIT_LOG_TABLE } from './audit-tables.sql';
import { type HashAlgorithm } from './hash-algorithm';

/** What verification needs to know about the trail. */
export interface VerifierContext {
  readonly schema: string;
  readonly anchorKey: string;
  algorithm(name: string): HashAlgorithm | undefined;
}

export interface VerifyChainOptions {
  /** Check rows from this position on, trusting the stored hash of the row before it (default 1). */
  readonly from?: number;
  /**
   * Anchors from outside, i.e. taken from the published events. The schema's own `audit_anchor`
   * rows are always checked too, but someone able to rewrite the chain can delete those.
   */
  readonly anchors?: readonly AuditAnchor[];
}

export interface VerifyAggregateOptions {
  /** The aggregate's current version: a missing last row is found only against it. */
  readonly lastSequence?: number;
  /** The aggregate's first sequence (default 1). */
  readonly firstSequence?: number;
  /**
   * Anchors from outside: when given, the chain is also verified from the aggregate's first row
   * to the end, so a recomputed chain is found too (costs a read of every later row).
   */
  readonly anchors?: readonly AuditAnchor[];
}

const BATCH = 500;

type Head = AuditVerification['head'];

function outcome(
  problem: AuditProblem | null,
  rowsChecked: number,
  anchorsChecked: number,
  head: Head,
): AuditVerification {
  return { ok: problem === null, problem, rowsChecked, anchorsChecked, head };
}

function anchorDefect(context: VerifierContext, anchor: AuditAnchor): string | null {
  if (anchor.schema !== context.schema) return `it is an anchor of schema ${anchor.schema}`;
  if (!anchorSignatureValid(context.anchorKey, anchor)) return 'its signature does not match';
  return null;
}

/** The row's own hash: does its content still give the stored hash? */
function contentProblem(context: VerifierContext, row: AuditRecord): AuditProblem | null {
  const algorithm = context.algorithm(row.algorithm);
  if (!algorithm) {
    return { kind: 'unknown-algorithm', position: row.position, algorithm: row.algorithm };
  }
  const computed = chainHash(algorithm, row.prevHash, row);
  return computed === row.hash
    ? null
    : { kind: 'row-altered', position: row.position, stored: row.hash, computed };
}

/** Reads the chain in position order and reports the first problem (see AuditProblem). */
export async function verifyChain(
  context: VerifierContext,
  sql: SqlRunner,
  options: VerifyChainOptions = {},
): Promise<AuditVerification> {
  const from = options.from ?? 1;
  if (!Number.isSafeInteger(from) || from < 1) {
    throw new RangeError(`Verification starts at a position of 1 or more, not ${from}`);
  }
  const anchors = [...(options.anchors ?? []), ...(await storedAnchors(sql, context.schema))];
  for (const anchor of anchors) {
    const reason = anchorDefect(context, anchor);
    if (reason) return outcome({ kind: 'anchor-forged', anchor, reason }, 0, 0, null);
  }
  const pending = anchors
    .filter((anchor) => anchor.position >= from)
    .sort((a, b) => a.position - b.position);
  let next = 0;
  let rowsChecked = 0;
  let prevHash: string | null = null;
  let head: Head = null;
  if (from > 1) {
    const [before] = await rowsFrom(sql, context.schema, from - 1, 1);
    if (before?.position !== from - 1) {
      const found = before?.position ?? null;
      return outcome({ kind: 'position-gap', expected: from - 1, found }, 0, 0, null);
    }
    prevHash = before.hash;
  }
  let expected = from;
  for (;;) {
    const batch = await rowsFrom(sql, context.schema, expected, BATCH);
    for (const row of batch) {
      const problem: AuditProblem | null =
        row.position !== expected
          ? { kind: 'position-gap', expected, found: row.position }
          : row.prevHash !== prevHash
            ? {
                kind: 'link-broken',
                position: row.position,
                expectedPrevHash: prevHash,
                storedPrevHash: row.prevHash,
              }
            : contentProblem(context, row);
      if (problem) return outcome(problem, rowsChecked, next, head);
      rowsChecked += 1;
      for (; pending[next]?.position === row.position; next += 1) {
        const anchor = pending[next] as AuditAnchor;
        if (anchor.hash !== row.hash) {
          const mismatch: AuditProblem = { kind: 'anchor-mismatch', anchor, found: row.hash };
          return outcome(mismatch, rowsChecked, next, head);
        }
      }
      prevHash = row.hash;
      head = { position: row.position, hash: row.hash };
      expected += 1;
    }
    if (batch.length < BATCH) break;
  }
  const beyond = pending[next];
  if (beyond) {
    const truncated: AuditProblem = { kind: 'chain-truncated', anchor: beyond, head: expected - 1 };
    return outcome(truncated, rowsChecked, next, head);
  }
  return outcome(null, rowsChecked, next, head);
}

/**
 * One aggregate's trail: its sequences without holes, each row's hash, and each row's links to
 * its neighbours in the schema's chain (the row before it and the row after it).
 */
export async function verifyAggregate(
  context: VerifierContext,
  sql: SqlRunner,
  aggregateType: string,
  aggregateId: string,
  options: VerifyAggregateOptions = {},
): Promise<AuditVerification> {
  const rows = await aggregateRows(sql, context.schema, aggregateType, aggregateId);
  const wanted = rows.flatMap((row) => [row.position - 1, row.position + 1]).filter((p) => p > 0);
  const neighbours = new Map(
    (
      await sql.rows<{ position: string; hash: string; prev_hash: string | null }>(
        `select position::text as position, hash, prev_hash from ${context.schema}.${AUDIT_LOG_TABLE}
         where position = any($1::bigint[])`,
        [`{${wanted.join(',')}}`],
      )
    ).map((row) => [Number(row.position), row]),
  );
  let sequence = options.firstSequence ?? 1;
  let head: Head = null;
  for (const [index, row] of rows.entries()) {
    const before = neighbours.get(row.position - 1);
    const after = neighbours.get(row.position + 1);
    const problem: AuditProblem | null =
      row.sequence !== sequence
        ? { kind: 'sequence-gap', expected: sequence, found: row.sequence }
        : row.position > 1 && !before
          ? { kind: 'position-gap', expected: row.position - 1, found: row.position }
          : (before?.hash ?? null) !== row.prevHash
            ? {
                kind: 'link-broken',
                position: row.position,
                expectedPrevHash: before?.hash ?? null,
                storedPrevHash: row.prevHash,
              }
            : (contentProblem(context, row) ??
              (after && after.prev_hash !== row.hash
                ? {
                    kind: 'link-broken',
                    position: row.position + 1,
                    expectedPrevHash: row.hash,
                    storedPrevHash: after.prev_hash,
                  }
                : null));
    if (problem) return outcome(problem, index, 0, head);
    head = { position: row.position, hash: row.hash };
    sequence += 1;
  }
  if (options.lastSequence !== undefined && sequence <= options.lastSequence) {
    return outcome({ kind: 'sequence-gap', expected: sequence, found: null }, rows.length, 0, head);
  }
  const first = rows[0];
  if (options.anchors && first) {
    // Every row from the aggregate's first on: an anchor past it vouches for all of them.
    return verifyChain(context, sql, { from: first.position, anchors: options.anchors });
  }
  return outcome(null, rows.length, 0, head);
}
