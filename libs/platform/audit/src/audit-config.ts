import { millisecondsVariable, type Variable } from '@gov/config';

/**
 * The anchor key used when AUDIT_ANCHOR_KEY is unset. DEVELOPMENT ONLY: it is public (it is in
 * this file), so anchors signed with it prove nothing. Production sets its own secret.
 */
export const DEVELOPMENT_AUDIT_ANCHOR_KEY = 'development-only-audit-anchor-key-not-a-secret';

const MIN_KEY_LENGTH = 32;

/** Whether the key is the public development default (a service logs a warning at start). */
export function isDevelopmentAnchorKey(key: string): boolean {
  return key === DEVELOPMENT_AUDIT_ANCHOR_KEY;
}

const anchorKey: Variable<string> = {
  name: 'AUDIT_ANCHOR_KEY',
  description: `HMAC key signing audit chain anchors, at least ${MIN_KEY_LENGTH} characters; the default is public and for development only`,
  defaultValue: DEVELOPMENT_AUDIT_ANCHOR_KEY,
  parse: (raw) => {
    if (raw.length < MIN_KEY_LENGTH) {
      throw new Error(`expected at least ${MIN_KEY_LENGTH} characters`);
    }
    return raw;
  },
};

/** The audit trail's anchoring: the signing key and how often the chain head is anchored. */
export const auditAnchorFragment = {
  auditAnchorKey: anchorKey,
  auditAnchorIntervalMs: millisecondsVariable('AUDIT_ANCHOR_INTERVAL_MS', {
    description: 'How often the audit chain head is signed, stored and published (if it moved)',
    defaultValue: String(5 * 60 * 1000),
  }),
} as const;
