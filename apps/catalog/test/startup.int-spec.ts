import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDatabase, dropDatabase, startNatsServer, testInfrastructure } from '@gov/testing';
import { type INestMicroservice } from '@nestjs/common';
import { Client } from 'pg';
import { startCatalog } from '../src/catalog.service';
import { catalogMigrations } from '../src/migrations/catalog-migrations';

describe('catalog start-up on a fresh database', () => {
  const databaseName = `gov_catalog_startup_${process.pid}`;
  const { adminDatabaseUrl } = testInfrastructure();
  let databaseUrl: string;
  const instances: INestMicroservice[] = [];
  let stopNats: () => Promise<void>;

  beforeAll(async () => {
    databaseUrl = await createDatabase(adminDatabaseUrl, databaseName);
    const nats = await startNatsServer();
    stopNats = nats.stop;
    const env = {
      DATABASE_URL: databaseUrl,
      NATS_URL: nats.url,
      LOG_LEVEL: 'error',
      HEALTH_PORT: '0',
    };
    // Three instances race to migrate and seed the same empty schema.
    instances.push(
      ...(await Promise.all([startCatalog(env), startCatalog(env), startCatalog(env)])),
    );
  });
  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.close()));
    await stopNats();
    await dropDatabase(adminDatabaseUrl, databaseName);
  });

  async function query<T>(sql: string): Promise<T[]> {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  }

  it('applies each migration exactly once while several instances start at once', async () => {
    const applied = await query<{ name: string }>(
      'select name from catalog.mikro_orm_migrations order by id',
    );
    expect(applied.map((row) => row.name)).toEqual(
      catalogMigrations.map((migration) => migration.name),
    );
  });

  it('seeds the sample province once, every division under its parent', async () => {
    const rows = await query<{ level: string; count: string }>(
      'select level, count(*) from catalog.division group by level order by level',
    );
    expect(Object.fromEntries(rows.map((row) => [row.level, Number(row.count)]))).toEqual({
      province: 1,
      city: 2,
      county: 4,
      township: 6,
      village: 8,
    });
    const orphans = await query(
      `select child.code from catalog.division child
       left join catalog.division parent on parent.code = child.parent_code
       where child.parent_code is not null and parent.code is null`,
    );
    expect(orphans).toEqual([]);
  });

  it('seeds the sample departments once, each in a division of the catalogue', async () => {
    const rows = await query<{ count: string; orphans: string }>(
      `select count(*) as count,
              count(*) filter (where not exists
                (select 1 from catalog.division d where d.code = department.division)) as orphans
         from catalog.department`,
    );
    const seeded = (
      JSON.parse(
        readFileSync(join(__dirname, '../../../deploy/seed/departments.json'), 'utf8'),
      ) as { departments: unknown[] }
    ).departments.length;
    expect(rows).toEqual([{ count: String(seeded), orphans: '0' }]);
  });
});
