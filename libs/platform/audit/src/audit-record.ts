import { canonicalJson } from '@gov/contracts';
import { type HashAlgorithm } from './hash-algorithm';

/** A JSON value as jsonb stores it. */
export type JsonValue =
  string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** Who made the change: a person acting in a role, or the service's own account. */
export type AuditActor =
  | {
      readonly kind: 'user';
      /** The token's `sub`. */
      readonly subject: string;
      readonly username: string;
      /** The role the change was made in (e.g. `clerk`). */
      readonly role: string;
    }
  | { readonly kind: 'service'; readonly subject: string; readonly username: string };

/** What a use case records about one change of an aggregate. */
export interface AuditEntry {
  readonly aggregateType: string;
  readonly aggregateId: string;
  /** The aggregate's version after the change; unique per aggregate. */
  readonly sequence: number;
  readonly actor: AuditActor;
  /** What was done, e.g. `accepted`, `correction-requested`. */
  readonly action: string;
  /** The change itself (new values, reason, …); stored as jsonb and hashed canonically. */
  readonly change: JsonValue;
}

/** One row of the trail. */
export interface AuditRecord extends AuditEntry {
  /** Place in the schema's chain: 1, 2, 3, … without holes. */
  readonly position: number;
  /** Database time of the append, UTC ISO 8601 with microseconds. */
  readonly occurredAt: string;
  readonly algorithm: string;
  /** The previous row's hash; null for position 1. */
  readonly prevHash: string | null;
  readonly hash: string;
}

/** The part of a row its hash covers (everything but the hashes). */
export type HashedContent = Omit<AuditRecord, 'prevHash' | 'hash'>;

/**
 * The row in RFC 8785 canonical JSON. The actor is spelled out with an explicit null role for a
 * service, so the text depends only on the stored columns.
 */
export function canonicalContent(content: HashedContent): string {
  const { actor } = content;
  return canonicalJson({
    position: content.position,
    aggregateType: content.aggregateType,
    aggregateId: content.aggregateId,
    sequence: content.sequence,
    actor: {
      kind: actor.kind,
      subject: actor.subject,
      username: actor.username,
      role: actor.kind === 'user' ? actor.role : null,
    },
    action: content.action,
    change: content.change,
    occurredAt: content.occurredAt,
    algorithm: content.algorithm,
  });
}

/** hash = H(previous row's hash + this row in canonical JSON); the first row has no previous hash. */
export function chainHash(
  algorithm: HashAlgorithm,
  prevHash: string | null,
  content: HashedContent,
): string {
  if (algorithm.name !== content.algorithm) {
    throw new RangeError(`Row names ${content.algorithm}, hashed with ${algorithm.name}`);
  }
  return algorithm.digest((prevHash ?? '') + canonicalContent(content));
}
