import { anchorSignatureValid, signAnchor } from './audit-anchor';
import {
  auditAnchorFragment,
  DEVELOPMENT_AUDIT_ANCHOR_KEY,
  isDevelopmentAnchorKey,
} from './audit-config';
import { loadConfig } from '@gov/config';

const key = 'a-test-key-of-at-least-thirty-two-characters';
const head = {
  schema: 'cases',
  position: 42,
  hash: 'ab'.repeat(32),
  anchoredAt: '2026-11-26T02:00:00.000000Z',
};

describe('an anchor', () => {
  it('is valid with the key that signed it', () => {
    expect(anchorSignatureValid(key, signAnchor(key, head))).toBe(true);
  });

  it('is not valid with another key', () => {
    expect(anchorSignatureValid(`${key}!`, signAnchor(key, head))).toBe(false);
  });

  it.each([
    ['schema', { schema: 'disclosure' }],
    ['position', { position: 43 }],
    ['hash', { hash: 'cd'.repeat(32) }],
    ['time', { anchoredAt: '2026-11-26T02:00:00.000001Z' }],
    ['signature', { signature: 'ff' }],
  ] as const)('is not valid once its %s is changed', (_what, edit) => {
    expect(anchorSignatureValid(key, { ...signAnchor(key, head), ...edit })).toBe(false);
  });
});

describe('the anchor configuration', () => {
  it('defaults to the development key and says so', () => {
    const config = loadConfig(auditAnchorFragment, {});
    expect(config.auditAnchorKey).toBe(DEVELOPMENT_AUDIT_ANCHOR_KEY);
    expect(isDevelopmentAnchorKey(config.auditAnchorKey)).toBe(true);
    expect(config.auditAnchorIntervalMs).toBe(300_000);
  });

  it('refuses a short key, naming the variable', () => {
    expect(() => loadConfig(auditAnchorFragment, { AUDIT_ANCHOR_KEY: 'short' })).toThrow(
      /AUDIT_ANCHOR_KEY/,
    );
  });

  it('takes a key and an interval from the environment', () => {
    const config = loadConfig(auditAnchorFragment, {
      AUDIT_ANCHOR_KEY: key,
      AUDIT_ANCHOR_INTERVAL_MS: '60000',
    });
    expect(config).toEqual({ auditAnchorKey: key, auditAnchorIntervalMs: 60_000 });
    expect(isDevelopmentAnchorKey(config.auditAnchorKey)).toBe(false);
  });
});
