import { type MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';

/**
 * Applies the committed migrations of a service while holding a PostgreSQL advisory lock named
 * after its schema, so several instances (or parallel test workers) starting at once never race:
 * the first applies them, the others wait and then find nothing left to do. Returns the names
 * of the migrations this call applied.
 */
export async function migrateWithLock(
  orm: MikroORM,
  databaseUrl: string,
  schema: string,
): Promise<string[]> {
  const lock = new Client({ connectionString: databaseUrl });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock(hashtext($1))', [`${schema}.migrations`]);
    const applied = await orm.getMigrator().up();
    return applied.map((migration) => migration.name);
  } finally {
    await lock
      .query('select pg_advisory_unlock(hashtext($1))', [`${schema}.migrations`])
      .catch(() => undefined);
    await lock.end();
  }
}
