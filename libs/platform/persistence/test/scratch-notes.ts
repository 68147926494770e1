import { testInfrastructure } from '@gov/testing';
import { MikroORM } from '@mikro-orm/postgresql';
import { Pool } from 'pg';

/** What a test file of statements works on; `orm` and `pool` are there from `beforeAll` on. */
export interface ScratchNotes {
  readonly schema: string;
  readonly orm: MikroORM;
  readonly pool: Pool;
}

/**
 * A schema of the test file's own (`<prefix>_<pid>`) with one table, `note (<columns>)`, emptied
 * before each test; a MikroORM instance without entities, and a pg pool to look from outside its
 * transactions. Registers the hooks that make and drop them.
 */
export function scratchNotes(
  prefix: string,
  columns: string,
  ormPool: { min?: number; max?: number } = {},
): ScratchNotes {
  const scratch = { schema: `${prefix}_${process.pid}` } as {
    schema: string;
    orm: MikroORM;
    pool: Pool;
  };

  beforeAll(async () => {
    scratch.orm = await MikroORM.init({
      clientUrl: testInfrastructure().databaseUrl,
      entities: [],
      discovery: { warnWhenNoEntities: false },
      debug: false,
      pool: ormPool,
    });
    scratch.pool = new Pool({ connectionString: testInfrastructure().databaseUrl, max: 2 });
    await scratch.pool.query(`create schema ${scratch.schema}`);
    await scratch.pool.query(`create table ${scratch.schema}.note (${columns})`);
  });

  afterAll(async () => {
    await scratch.pool.query(`drop schema ${scratch.schema} cascade`);
    await scratch.pool.end();
    await scratch.orm.close();
  });

  beforeEach(() => scratch.pool.query(`truncate ${scratch.schema}.note`));

  return scratch;
}
