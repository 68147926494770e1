import { MikroORM } from '@mikro-orm/postgresql';
import { testInfrastructure } from '@gov/testing';
import { type Pool } from 'pg';
import { type AuditTrail, SHA_256, chainHash } from '../src';
import { appendAll, auditSchema, caseChange, transaction } from './audit-test-kit';

describe('appending to the audit trail', () => {
  let schema: string;
  let pool: Pool;
  let trail: AuditTrail;
  let drop: () => Promise<void>;

  beforeEach(async () => {
    ({ schema, pool, trail, drop } = await auditSchema());
  });
  afterEach(() => drop());

  async function count(): Promise<number> {
    const { rows } = await pool.query<{ n: string }>(
      `select count(*) as n from ${schema}.audit_log`,
    );
    return Number(rows[0]?.n);
  }

  it('appends rows in a transaction, each linked to the one before by its hash', async () => {
    await appendAll(pool, trail, [
      caseChange('c-1', 1),
      caseChange('c-2', 1),
      caseChange('c-1', 2),
    ]);
    const [first, second] = await trail.readTrail(pool, 'case', 'c-1');
    expect(first).toMatchObject({ position: 1, sequence: 1, prevHash: null, algorithm: 'sha-256' });
    expect(second).toMatchObject({ position: 3, sequence: 2, action: 'accepted' });
    expect(second?.change).toEqual({
      note: 'ok',
      materials: ['身份证', '营业执照'],
      at: { window: 3 },
    });
    expect(second?.occurredAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    const [middle] = await trail.readTrail(pool, 'case', 'c-2');
    expect(second?.prevHash).toBe(middle?.hash);
    if (!first) throw new Error('no first row');
    expect(first.hash).toBe(chainHash(SHA_256, null, first));
    expect(await trail.verifyChain(pool)).toMatchObject({
      ok: true,
      rowsChecked: 3,
      problem: null,
    });
    expect(await trail.verifyAggregate(pool, 'case', 'c-1', { lastSequence: 2 })).toMatchObject({
      ok: true,
      rowsChecked: 2,
    });
  });

  it('appends through a MikroORM EntityManager inside transactional()', async () => {
    const orm = await MikroORM.init({
      clientUrl: testInfrastructure().databaseUrl,
      entities: [],
      discovery: { warnWhenNoEntities: false },
      debug: false,
    });
    try {
      const record = await orm.em.fork().transactional((em) =>
        trail.append(em, {
          ...caseChange('c-9', 1),
          actor: { kind: 'service', subject: 'svc-sub', username: 'service-account-svc-cases' },
          change: { amount: 1.5, big: 12345678901234, nested: { z: 1, a: [true, null] } },
        }),
      );
      expect(record.position).toBe(1);
      expect(await trail.readTrail(orm.em.fork(), 'case', 'c-9')).toEqual([record]);
      expect(await trail.verifyChain(orm.em.fork())).toMatchObject({ ok: true, rowsChecked: 1 });
      await expect(trail.append(orm.em.fork(), caseChange('c-9', 2))).rejects.toThrow(
        /inside the transaction/,
      );
    } finally {
      await orm.close();
    }
  });

  it('refuses to append outside a transaction and writes nothing', async () => {
    const client = await pool.connect();
    try {
      await expect(trail.append(client, caseChange('c-1', 1))).rejects.toThrow(
        /inside the transaction/,
      );
    } finally {
      client.release();
    }
    expect(await count()).toBe(0);
  });

  it('leaves no row behind a rolled-back transaction, and no hole in the positions', async () => {
    await appendAll(pool, trail, [caseChange('c-1', 1)]);
    await expect(
      transaction(pool, async (client) => {
        await trail.append(client, caseChange('c-1', 2));
        throw new Error('the change failed after its audit row');
      }),
    ).rejects.toThrow(/change failed/);
    expect(await count()).toBe(1);
    await appendAll(pool, trail, [caseChange('c-1', 2)]);
    expect((await trail.readTrail(pool, 'case', 'c-1')).map((row) => row.position)).toEqual([1, 2]);
    expect((await trail.verifyChain(pool)).ok).toBe(true);
  });

  it('refuses a second row for the same aggregate sequence', async () => {
    await appendAll(pool, trail, [caseChange('c-1', 1)]);
    await expect(appendAll(pool, trail, [caseChange('c-1', 1)])).rejects.toThrow(/duplicate key/);
  });

  it('refuses UPDATE, DELETE and TRUNCATE from application code', async () => {
    await appendAll(pool, trail, [caseChange('c-1', 1)]);
    await transaction(pool, (client) => trail.anchor(client));
    for (const table of ['audit_log', 'audit_anchor']) {
      await expect(pool.query(`update ${schema}.${table} set hash = 'x'`)).rejects.toThrow(
        /append-only: UPDATE refused/,
      );
      await expect(pool.query(`delete from ${schema}.${table}`)).rejects.toThrow(
        /append-only: DELETE refused/,
      );
      await expect(pool.query(`truncate ${schema}.${table}`)).rejects.toThrow(
        /append-only: TRUNCATE refused/,
      );
    }
    expect(await count()).toBe(1);
  });

  it('gives one linear chain when several connections append at once', async () => {
    const writers = 6;
    const perWriter = 10;
    await Promise.all(
      Array.from({ length: writers }, async (_, writer) => {
        for (let sequence = 1; sequence <= perWriter; sequence += 1) {
          await transaction(pool, (client) =>
            trail.append(client, caseChange(`c-${writer}`, sequence)),
          );
        }
      }),
    );
    const { rows } = await pool.query<{ position: string }>(
      `select position from ${schema}.audit_log order by position`,
    );
    expect(rows.map((row) => Number(row.position))).toEqual(
      Array.from({ length: writers * perWriter }, (_, index) => index + 1),
    );
    expect(await trail.verifyChain(pool)).toMatchObject({ problem: null, rowsChecked: 60 });
    for (let writer = 0; writer < writers; writer += 1) {
      const verification = await trail.verifyAggregate(pool, 'case', `c-${writer}`, {
        lastSequence: perWriter,
      });
      expect(verification).toMatchObject({ ok: true, rowsChecked: perWriter });
    }
  });

  it('numbers rows appended with appendNext one after another, even when appended at once', async () => {
    const { actor, action, change } = caseChange('c-1', 1);
    const views = Array.from({ length: 8 }, () =>
      transaction(pool, (client) =>
        trail.appendNext(client, {
          aggregateType: 'case-view',
          aggregateId: 'c-1',
          actor,
          action,
          change,
        }),
      ),
    );
    const records = await Promise.all(views);
    expect(records.map((record) => record.sequence).sort((a, b) => a - b)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8,
    ]);
    expect(
      await trail.verifyAggregate(pool, 'case-view', 'c-1', { lastSequence: 8 }),
    ).toMatchObject({
      ok: true,
    });
  });

  it('anchors the chain head on demand, once per head with onlyIfMoved', async () => {
    expect(await transaction(pool, (client) => trail.anchor(client))).toBeNull();
    await appendAll(pool, trail, [caseChange('c-1', 1), caseChange('c-1', 2)]);
    const anchor = await transaction(pool, (client) => trail.anchor(client));
    const [head] = (await trail.readTrail(pool, 'case', 'c-1')).slice(-1);
    expect(anchor).toMatchObject({ schema, position: 2, hash: head?.hash });
    expect(anchor && trail.anchorIsGenuine(anchor)).toBe(true);
    expect(
      await transaction(pool, (client) => trail.anchor(client, { onlyIfMoved: true })),
    ).toBeNull();
    const client = await pool.connect();
    try {
      await expect(trail.anchor(client)).rejects.toThrow(/inside a transaction/);
    } finally {
      client.release();
    }
    expect(await trail.verifyChain(pool, { anchors: anchor ? [anchor] : [] })).toMatchObject({
      ok: true,
      anchorsChecked: 2,
    });
  });
});
