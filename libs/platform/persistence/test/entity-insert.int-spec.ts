import { testInfrastructure } from '@gov/testing';
import { ArrayType, Entity, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { entityInsert, insertEntities, sqlRunner } from '../src';

const SCHEMA = `entity_insert_${process.pid}`;

/** A row with what the insert must convert: JSON, an array, a date, a default, a reserved name. */
@Entity({ tableName: 'order', schema: SCHEMA })
class Order {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'json' })
  details!: { items: { key: string; count: number }[] };

  @Property({ type: ArrayType, columnType: 'varchar(20)[]', nullable: true })
  tags: string[] | null = null;

  @Property({ type: 'datetime' })
  placedAt!: Date;

  @Property({ type: 'string', length: 20 })
  status: string & Opt = 'new';

  /** Left undefined when not given: the column's default applies. */
  @Property({ type: 'text', nullable: true })
  remark?: string;

  @Property({ type: 'text', nullable: true, persist: false })
  computed?: string;
}

describe('entityInsert', () => {
  let orm: MikroORM;

  beforeAll(async () => {
    orm = await MikroORM.init({
      clientUrl: testInfrastructure().databaseUrl,
      entities: [Order],
      discovery: { disableDynamicFileAccess: true },
      debug: false,
    });
    await orm.em.execute(`create schema ${SCHEMA}`);
    await orm.em.execute(
      `create table ${SCHEMA}."order" (id uuid primary key, details jsonb not null,
         tags varchar(20)[], placed_at timestamptz not null, status varchar(20) not null,
         remark text default 'by default')`,
    );
  });

  afterAll(async () => {
    await orm.em.execute(`drop schema ${SCHEMA} cascade`);
    await orm.close();
  });

  it('writes the row the ORM reads back as the same entity', async () => {
    const placedAt = new Date('2026-11-27T08:30:00.123Z');
    const data = {
      id: '0193f2a0-0000-7000-8000-000000000001',
      details: { items: [{ key: '营业执照', count: 2 }] },
      tags: ['加急', 'online'],
      placedAt,
    };
    await orm.em.fork().transactional(async (em) => {
      const order = em.create(Order, data, { persist: false });
      const { text, params } = entityInsert(em, order);
      await sqlRunner(em).rows(text, params);
    });
    const read = await orm.em.fork().findOneOrFail(Order, data.id);
    expect({ ...read }).toEqual({ ...data, status: 'new', remark: 'by default' });
  });

  it('leaves an undefined property to its column default, writes a null as null, skips the unpersisted', async () => {
    await orm.em.fork().transactional(async (em) => {
      const order = em.create(
        Order,
        {
          id: '0193f2a0-0000-7000-8000-000000000002',
          details: { items: [] },
          placedAt: new Date(),
        },
        { persist: false },
      );
      const { text, params } = entityInsert(em, order);
      expect(text).toMatch(
        new RegExp(`insert into ${SCHEMA}\\."order" \\("id", "details", "tags"`),
      );
      expect(text).not.toMatch(/computed|remark/);
      await sqlRunner(em).rows(text, params);
    });
    const read = await orm.em.fork().findOneOrFail(Order, '0193f2a0-0000-7000-8000-000000000002');
    expect(read.tags).toBeNull();
    expect(read.remark).toBe('by default');
  });

  it('writes several entities in the transaction, and none of them when it rolls back', async () => {
    const orders = (em: MikroORM['em'], ids: string[]) =>
      ids.map((id) =>
        em.create(Order, { id, details: { items: [] }, placedAt: new Date() }, { persist: false }),
      );
    const ids = ['0193f2a0-0000-7000-8000-000000000003', '0193f2a0-0000-7000-8000-000000000004'];
    await orm.em.fork().transactional((em) => insertEntities(em, orders(em, ids)));
    const failed = ['0193f2a0-0000-7000-8000-000000000005'];
    await expect(
      orm.em.fork().transactional(async (em) => {
        await insertEntities(em, orders(em, failed));
        throw new Error('the consumer failed after writing');
      }),
    ).rejects.toThrow('the consumer failed after writing');
    const stored = await orm.em.fork().find(Order, { id: [...ids, ...failed] });
    expect(stored.map((order) => order.id).sort()).toEqual(ids);
  });
});
