import { Client } from 'pg';
import { sqlRunner } from '../src';
import { scratchNotes } from './scratch-notes';

describe('writes put off until the next statement or the commit', () => {
  // One connection in the ORM's pool: what a transaction leaves on it would reach the next one.
  const scratch = scratchNotes('pending_writes', 'id int primary key, text text', {
    min: 1,
    max: 1,
  });
  const { schema } = scratch;
  const fork = () => scratch.orm.em.fork();

  const notes = async () =>
    (
      await scratch.pool.query<{ id: number; text: string }>(
        `select id, text from ${schema}.note order by id`,
      )
    ).rows;
  const insertNote = `insert into ${schema}.note (id, text) values ($1, $2)`;

  /** The texts of the statements a spy (calling through) saw sent to pg. */
  const textsOf = (calls: unknown[][]) =>
    calls.map(([first]) => (typeof first === 'string' ? first : (first as { text: string }).text));

  it('sends the put-off writes of a transaction as one statement before its COMMIT', async () => {
    const sent = jest.spyOn(Client.prototype, 'query');
    try {
      await fork().transactional(async (em) => {
        sent.mockClear(); // BEGIN
        await sqlRunner(em).write(insertNote, [1, 'first']);
        await sqlRunner(em).write(insertNote, [2, 'second']);
        await sqlRunner(em).write(`update ${schema}.note set text = $1 where id = $2`, ['x', 3]);
        expect(sent.mock.calls).toEqual([]);
      });
      const texts = textsOf(sent.mock.calls);
      expect(texts).toHaveLength(2);
      expect(texts[0]).toMatch(
        /^with w1 as \(insert .*\),\nw2 as \(insert .*\$3, \$4\)\),\nw3 as/s,
      );
      expect(texts[1]).toMatch(/^commit/i);
    } finally {
      sent.mockRestore();
    }
    expect(await notes()).toEqual([
      { id: 1, text: 'first' },
      { id: 2, text: 'second' },
    ]);
  });

  it('sends them before the next statement through a runner, which then sees them', async () => {
    await fork().transactional(async (em) => {
      await sqlRunner(em).write(insertNote, [1, 'first']);
      const seen = await sqlRunner(em).rows<{ text: string }>(
        `select text from ${schema}.note where id = $1`,
        [1],
      );
      expect(seen).toEqual([{ text: 'first' }]);
    });
  });

  it('drops them when the transaction rolls back: neither it nor the next one writes them', async () => {
    await expect(
      fork().transactional(async (em) => {
        await sqlRunner(em).write(insertNote, [1, 'rolled back']);
        throw new Error('the command failed half-way');
      }),
    ).rejects.toThrow('the command failed half-way');
    // The same pooled connection (the pool holds one) runs the next transaction.
    await fork().transactional(async (em) => {
      await sqlRunner(em).write(insertNote, [2, 'committed']);
    });
    expect(await notes()).toEqual([{ id: 2, text: 'committed' }]);
  });

  it('fails the commit when a put-off write fails, and nothing of the transaction stays', async () => {
    await scratch.pool.query(`insert into ${schema}.note (id, text) values (1, 'there before')`);
    await expect(
      fork().transactional(async (em) => {
        await sqlRunner(em).rows(insertNote, [2, 'written at once']);
        await sqlRunner(em).write(insertNote, [1, 'a duplicate key']);
      }),
    ).rejects.toThrow(/duplicate key/);
    expect(await notes()).toEqual([{ id: 1, text: 'there before' }]);
    // The connection went back to the pool usable, outside any transaction.
    await fork().transactional((em) => sqlRunner(em).write(insertNote, [3, 'after']));
    expect((await notes()).map((note) => note.id)).toEqual([1, 3]);
  });

  it('runs a write at once in a nested transaction, which can be rolled back alone', async () => {
    await fork().transactional(async (em) => {
      await sqlRunner(em).rows(insertNote, [1, 'outer']);
      await expect(
        em.transactional(async (nested) => {
          await sqlRunner(nested).write(insertNote, [2, 'nested']);
          const seen = await nested.execute(`select count(*)::int as count from ${schema}.note`);
          expect(seen).toEqual([{ count: 2 }]);
          throw new Error('the nested part failed');
        }),
      ).rejects.toThrow('the nested part failed');
    });
    expect(await notes()).toEqual([{ id: 1, text: 'outer' }]);
  });

  it('refuses to send the enclosing transaction’s put-off writes inside a nested one', async () => {
    await expect(
      fork().transactional(async (em) => {
        await sqlRunner(em).write(insertNote, [1, 'put off']);
        await em.transactional((nested) => sqlRunner(nested).rows(`select 1`));
      }),
    ).rejects.toThrow(/Writes put off by the enclosing transaction are waiting/);
    expect(await notes()).toEqual([]);
  });

  it('runs a write at once outside a transaction, over MikroORM or pg', async () => {
    await sqlRunner(fork()).write(insertNote, [1, 'orm']);
    await sqlRunner(scratch.pool).write(insertNote, [2, 'pg']);
    expect(await notes()).toEqual([
      { id: 1, text: 'orm' },
      { id: 2, text: 'pg' },
    ]);
  });
});
