import { type AnyEntity, type EntityClass, type MigrationObject } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';

export interface ServicePersistenceOptions {
  readonly databaseUrl: string;
  /** The service's own schema: only this service touches its tables. */
  readonly schema: string;
  readonly entities: readonly EntityClass<AnyEntity>[];
  /** Committed migrations in order; listed explicitly so compiled and test runs find the same. */
  readonly migrations: readonly MigrationObject[];
}

/** Connections in each service's pool. */
export const POOL_SIZE = 10;

/** MikroORM options every service shares: its schema, explicit entities and migrations, no auto schema sync. */
export function mikroOrmOptions(options: ServicePersistenceOptions): Options {
  return defineConfig({
    clientUrl: options.databaseUrl,
    schema: options.schema,
    entities: [...options.entities],
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    extensions: [Migrator],
    migrations: {
      tableName: `${options.schema}.mikro_orm_migrations`,
      migrationsList: [...options.migrations],
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    pool: { min: 0, max: POOL_SIZE },
    debug: false,
  });
}
