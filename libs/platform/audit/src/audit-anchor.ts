import { canonicalJson } from '@gov/contracts';
import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A signed chain head: "in schema S, row `position` had hash H at `anchoredAt`". Stored in
 * `audit_anchor` and returned to the caller to publish as an event: the published copy is the one
 * that counts, because whoever can rewrite the audit table can also delete rows of `audit_anchor`.
 * A plain JSON object, so it travels in an event as it is and comes back to `verifyChain` unchanged.
 */
export interface AuditAnchor {
  readonly schema: string;
  readonly position: number;
  readonly hash: string;
  /** Database time of the anchoring, UTC ISO 8601 with microseconds. */
  readonly anchoredAt: string;
  /** HMAC-SHA256 (hex) with the anchor key over the other four fields in canonical JSON. */
  readonly signature: string;
}

function signedText(anchor: Omit<AuditAnchor, 'signature'>): string {
  return canonicalJson({
    schema: anchor.schema,
    position: anchor.position,
    hash: anchor.hash,
    anchoredAt: anchor.anchoredAt,
  });
}

/** Signs a chain head with the anchor key. */
export function signAnchor(key: string, anchor: Omit<AuditAnchor, 'signature'>): AuditAnchor {
  const signature = createHmac('sha256', key).update(signedText(anchor), 'utf8').digest('hex');
  return { ...anchor, signature };
}

/** Whether the anchor was signed with this key and is unchanged since (compared in constant time). */
export function anchorSignatureValid(key: string, anchor: AuditAnchor): boolean {
  const expected = Buffer.from(signAnchor(key, anchor).signature, 'hex');
  const given = Buffer.from(anchor.signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
