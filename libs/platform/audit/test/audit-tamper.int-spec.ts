import { type Pool } from 'pg';
import {
  type AuditAnchor,
  type AuditTrail,
  chainHash,
  describeProblem,
  SHA_256,
  signAnchor,
} from '../src';
import {
  ANCHOR_KEY,
  appendAll,
  auditSchema,
  caseChange,
  tamper,
  transaction,
} from './audit-test-kit';

// The tamperer has database rights (bypasses the append-only triggers) but not the anchor key.
describe('verifying a tampered audit trail', () => {
  let schema: string;
  let pool: Pool;
  let trail: AuditTrail;
  let drop: () => Promise<void>;
  /** The anchor published (as an event) after the first five rows. */
  let published: AuditAnchor;

  beforeEach(async () => {
    ({ schema, pool, trail, drop } = await auditSchema());
    await appendAll(pool, trail, [
      caseChange('c-1', 1),
      caseChange('c-2', 1),
      caseChange('c-1', 2, 'accepted at window 3'),
      caseChange('c-2', 2),
      caseChange('c-1', 3),
    ]);
    const anchor = await transaction(pool, (client) => trail.anchor(client));
    if (!anchor) throw new Error('no anchor');
    published = anchor;
  });
  afterEach(() => drop());

  it('finds an edited row, with its position', async () => {
    await tamper(pool, [
      [`update ${schema}.audit_log set change = '{"note":"refused"}' where position = 3`],
    ]);
    const verification = await trail.verifyChain(pool);
    expect(verification).toMatchObject({
      ok: false,
      problem: { kind: 'row-altered', position: 3 },
      rowsChecked: 2,
    });
    if (!verification.problem) throw new Error('no problem found');
    expect(describeProblem(verification.problem)).toMatch(/row 3 was altered/);
    expect(await trail.verifyAggregate(pool, 'case', 'c-1')).toMatchObject({
      problem: { kind: 'row-altered', position: 3 },
    });
    expect((await trail.verifyAggregate(pool, 'case', 'c-2')).ok).toBe(true);
  });

  it('finds an edited actor or time as well as an edited change', async () => {
    await tamper(pool, [
      [`update ${schema}.audit_log set actor_username = 'x' where position = 2`],
    ]);
    expect((await trail.verifyChain(pool)).problem).toMatchObject({
      kind: 'row-altered',
      position: 2,
    });
    await tamper(pool, [
      [`update ${schema}.audit_log set actor_username = 'clerk.hz' where position = 2`],
      [
        `update ${schema}.audit_log set occurred_at = occurred_at - interval '1 day' where position = 4`,
      ],
    ]);
    expect((await trail.verifyChain(pool)).problem).toMatchObject({
      kind: 'row-altered',
      position: 4,
    });
  });

  it('finds a deleted row', async () => {
    await tamper(pool, [[`delete from ${schema}.audit_log where position = 3`]]);
    expect((await trail.verifyChain(pool)).problem).toEqual({
      kind: 'position-gap',
      expected: 3,
      found: 4,
    });
    expect((await trail.verifyAggregate(pool, 'case', 'c-1')).problem).toEqual({
      kind: 'sequence-gap',
      expected: 2,
      found: 3,
    });
  });

  it('finds a deleted row whose successors were renumbered, by the broken link', async () => {
    await tamper(pool, [
      [`delete from ${schema}.audit_log where position = 3`],
      [`update ${schema}.audit_log set position = position - 1 where position > 3`],
    ]);
    expect((await trail.verifyChain(pool)).problem).toMatchObject({
      kind: 'link-broken',
      position: 3,
    });
  });

  it('finds a recomputed chain by the anchor published before, even with the stored anchors gone', async () => {
    const rows = await trail.readTrail(pool, 'case', 'c-1');
    const all = [...rows, ...(await trail.readTrail(pool, 'case', 'c-2'))].sort(
      (a, b) => a.position - b.position,
    );
    // Edit row 3, then rewrite every hash from it on, consistently: the chain is whole again.
    const statements: [string, unknown[]][] = [[`delete from ${schema}.audit_anchor`, []]];
    let prevHash = all[1]?.hash ?? null;
    for (const row of all.slice(2)) {
      const edited = row.position === 3 ? { ...row, change: { note: 'refused' } } : row;
      const hash = chainHash(SHA_256, prevHash, edited);
      statements.push([
        `update ${schema}.audit_log set change = $1::jsonb, prev_hash = $2, hash = $3 where position = $4`,
        [JSON.stringify(edited.change), prevHash, hash, row.position],
      ]);
      prevHash = hash;
    }
    await tamper(pool, statements);
    expect((await trail.verifyChain(pool)).ok).toBe(true);
    const verification = await trail.verifyChain(pool, { anchors: [published] });
    expect(verification.problem).toMatchObject({
      kind: 'anchor-mismatch',
      anchor: { position: 5 },
    });
    expect(
      (await trail.verifyAggregate(pool, 'case', 'c-1', { anchors: [published] })).problem,
    ).toMatchObject({ kind: 'anchor-mismatch' });
  });

  it('finds rows removed from the end by the anchor', async () => {
    await tamper(pool, [
      [`delete from ${schema}.audit_anchor`],
      [`delete from ${schema}.audit_log where position >= 4`],
    ]);
    expect((await trail.verifyChain(pool)).ok).toBe(true);
    expect((await trail.verifyChain(pool, { anchors: [published] })).problem).toMatchObject({
      kind: 'chain-truncated',
      head: 3,
    });
    expect((await trail.verifyAggregate(pool, 'case', 'c-1', { lastSequence: 3 })).problem).toEqual(
      { kind: 'sequence-gap', expected: 3, found: null },
    );
  });

  it('rejects a forged anchor, given from outside or planted in the table', async () => {
    const forged = signAnchor('a-guessed-key-that-is-not-the-real-one', {
      schema,
      position: 5,
      hash: 'ab'.repeat(32),
      anchoredAt: published.anchoredAt,
    });
    expect(trail.anchorIsGenuine(forged)).toBe(false);
    expect((await trail.verifyChain(pool, { anchors: [forged] })).problem).toMatchObject({
      kind: 'anchor-forged',
      reason: 'its signature does not match',
    });
    const altered = { ...published, position: 4 };
    expect((await trail.verifyChain(pool, { anchors: [altered] })).problem).toMatchObject({
      kind: 'anchor-forged',
    });
    const foreign = signAnchor(ANCHOR_KEY, { ...published, schema: 'another' });
    expect((await trail.verifyChain(pool, { anchors: [foreign] })).problem).toMatchObject({
      kind: 'anchor-forged',
      reason: 'it is an anchor of schema another',
    });
    await tamper(pool, [
      [
        `insert into ${schema}.audit_anchor (position, hash, anchored_at, signature) values (5, $1, now(), $2)`,
        [forged.hash, forged.signature],
      ],
    ]);
    expect((await trail.verifyChain(pool)).problem).toMatchObject({ kind: 'anchor-forged' });
  });

  it('finds an edited row past the first batch of a long chain', async () => {
    await transaction(pool, async (client) => {
      for (let sequence = 1; sequence <= 1_000; sequence += 1) {
        await trail.append(client, caseChange('c-long', sequence));
      }
    });
    expect(await trail.verifyChain(pool)).toMatchObject({ ok: true, rowsChecked: 1_005 });
    expect(await trail.verifyChain(pool, { from: 800 })).toMatchObject({
      ok: true,
      rowsChecked: 206,
    });
    await tamper(pool, [[`update ${schema}.audit_log set action = 'x' where position = 777`]]);
    expect((await trail.verifyChain(pool)).problem).toMatchObject({
      kind: 'row-altered',
      position: 777,
    });
  });
});
