import { createHash } from 'node:crypto';
import { canonicalContent, chainHash, type HashedContent } from './audit-record';
import { nodeHashAlgorithm, SHA_256, sm3 } from './hash-algorithm';

const row: HashedContent = {
  position: 1,
  aggregateType: 'case',
  aggregateId: 'c-1',
  sequence: 1,
  actor: { kind: 'user', subject: 'sub-1', username: 'clerk.hz', role: 'clerk' },
  action: 'accepted',
  change: { status: 'accepted', note: '材料齐全', fee: 0 },
  occurredAt: '2026-11-26T02:00:00.000000Z',
  algorithm: 'sha-256',
};

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('the canonical form of an audit row', () => {
  it('is RFC 8785 canonical JSON of every column but the hashes, keys sorted', () => {
    expect(canonicalContent(row)).toBe(
      '{"action":"accepted","actor":{"kind":"user","role":"clerk","subject":"sub-1","username":"clerk.hz"},' +
        '"aggregateId":"c-1","aggregateType":"case","algorithm":"sha-256",' +
        '"change":{"fee":0,"note":"材料齐全","status":"accepted"},' +
        '"occurredAt":"2026-11-26T02:00:00.000000Z","position":1,"sequence":1}',
    );
  });

  it('spells a service actor with a null role, so the text depends only on stored columns', () => {
    const byService: HashedContent = {
      ...row,
      actor: { kind: 'service', subject: 'svc', username: 'service-account-svc-cases' },
    };
    expect(canonicalContent(byService)).toContain(
      '"actor":{"kind":"service","role":null,"subject":"svc","username":"service-account-svc-cases"}',
    );
  });

  it('does not depend on the order in which the change was written', () => {
    const reordered: HashedContent = {
      ...row,
      change: { fee: 0, status: 'accepted', note: '材料齐全' },
    };
    expect(canonicalContent(reordered)).toBe(canonicalContent(row));
  });
});

describe('the chain hash', () => {
  it('is SHA-256 of the previous hash followed by the canonical row', () => {
    const prev = sha256('anything');
    expect(chainHash(SHA_256, prev, row)).toBe(sha256(prev + canonicalContent(row)));
  });

  it('hashes the first row without a previous hash', () => {
    expect(chainHash(SHA_256, null, row)).toBe(sha256(canonicalContent(row)));
  });

  it.each([
    ['the position', { position: 2 }],
    ['the sequence', { sequence: 2 }],
    ['the actor', { actor: { ...row.actor, username: 'someone.else' } }],
    ['the action', { action: 'rejected' }],
    ['the change', { change: { status: 'accepted', note: '材料齐全', fee: 1 } }],
    ['the time', { occurredAt: '2026-11-26T02:00:00.000001Z' }],
  ] as const)('changes when %s changes', (_what, edit) => {
    expect(chainHash(SHA_256, null, { ...row, ...edit })).not.toBe(chainHash(SHA_256, null, row));
  });

  it('changes when the previous hash changes', () => {
    expect(chainHash(SHA_256, 'a', row)).not.toBe(chainHash(SHA_256, 'b', row));
  });

  it('takes another algorithm, whose name the row carries', () => {
    const algorithm = sm3();
    const hash = chainHash(algorithm, null, { ...row, algorithm: 'sm3' });
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toBe(chainHash(SHA_256, null, row));
    expect(() => chainHash(algorithm, null, row)).toThrow(/sha-256/);
  });

  it('refuses an algorithm Node does not have', () => {
    expect(() => nodeHashAlgorithm('no-such-hash')).toThrow(/not available/);
  });
});
