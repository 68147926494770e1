import { inTransaction, sqlRunner } from '../src';
import { scratchNotes } from './scratch-notes';

describe('statements through sqlRunner', () => {
  const scratch = scratchNotes('sql_runner', 'id int primary key, text text, tags text[]');
  const { schema } = scratch;
  const fork = () => scratch.orm.em.fork();

  const noteIds = async () =>
    (
      await scratch.pool.query<{ id: number }>(`select id from ${schema}.note order by id`)
    ).rows.map((row) => row.id);

  it('runs inside the MikroORM transaction: its rows commit with the ORM’s statements', async () => {
    await fork().transactional(async (em) => {
      await sqlRunner(em).rows(`insert into ${schema}.note (id, text) values ($1, $2)`, [1, 'a']);
      await em.execute(`insert into ${schema}.note (id, text) values (2, 'b')`);
      // The ORM's statement and this one see each other: one connection, one transaction.
      const seen = await sqlRunner(em).rows<{ count: string }>(
        `select count(*)::text as count from ${schema}.note`,
      );
      expect(seen).toEqual([{ count: '2' }]);
    });
    expect(await noteIds()).toEqual([1, 2]);
  });

  it('leaves nothing behind when the transaction rolls back', async () => {
    await expect(
      fork().transactional(async (em) => {
        await sqlRunner(em).rows(`insert into ${schema}.note (id, text) values ($1, $2)`, [1, 'a']);
        throw new Error('the command failed half-way');
      }),
    ).rejects.toThrow('the command failed half-way');
    expect(await noteIds()).toEqual([]);
  });

  it('gives the same rows outside a transaction, over MikroORM or pg, a parameter used twice', async () => {
    await scratch.pool.query(
      `insert into ${schema}.note (id, text, tags) values (1, 'x', '{a,b}')`,
    );
    const statement = `select id, text, tags from ${schema}.note where text = $1 or $1 = 'all'`;
    const expected = [{ id: 1, text: 'x', tags: ['a', 'b'] }];
    expect(inTransaction(fork())).toBe(false);
    expect(await sqlRunner(fork()).rows(statement, ['x'])).toEqual(expected);
    expect(await sqlRunner(scratch.pool).rows(statement, ['all'])).toEqual(expected);
  });

  it('tells whether a pg client is inside a transaction', async () => {
    const client = await scratch.pool.connect();
    try {
      expect(inTransaction(client)).toBe(false);
      await client.query('begin');
      expect(inTransaction(client)).toBe(true);
      await client.query('rollback');
    } finally {
      client.release();
    }
  });
});
