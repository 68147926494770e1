import {
  DEFAULT_LOCAL_NATS_URL,
  DEFAULT_LOCAL_POSTGRES_URL,
  DependencyError,
  ensureDatabase,
  findNats,
  findPostgres,
  redactUrl,
  type NatsEndpoint,
  type PostgresServer,
} from '@gov/local-infra';
import { join } from 'node:path';
import { type DevstackSettings } from './settings';
import { type Shutdown } from './shutdown';

/** The suite's database. */
export const DATABASE_NAME = 'gov';

export interface FoundPostgres {
  readonly server: PostgresServer;
  /** The URL the services get as DATABASE_URL. */
  readonly databaseUrl: string;
}

/**
 * Finds PostgreSQL and NATS in the order of DESIGN.md §7, saying what it tries; whatever it
 * starts is handed to `shutdown` at once, so a later failure still stops it.
 */
export async function findDependencies(
  settings: DevstackSettings,
  say: (line: string) => void,
  shutdown: Shutdown,
): Promise<{ postgres: FoundPostgres; nats: NatsEndpoint }> {
  const { env, dataDir } = settings;
  say(
    `looking for PostgreSQL: DATABASE_URL → ${redactUrl(env['GOV_LOCAL_POSTGRES_URL'] ?? DEFAULT_LOCAL_POSTGRES_URL)} → our own`,
  );
  const server = await findPostgres({
    url: env['DATABASE_URL'],
    env,
    embeddedDataDir: join(dataDir, 'postgres'),
    log: say,
  });
  if (server.owned) shutdown.add('our embedded PostgreSQL', () => server.stop());
  const databaseUrl = env['DATABASE_URL'] || (await ourDatabase(server.adminUrl, say));

  say(
    `looking for NATS with JetStream: NATS_URL → ${redactUrl(env['GOV_LOCAL_NATS_URL'] ?? DEFAULT_LOCAL_NATS_URL)} → our own`,
  );
  const nats = await findNats({
    url: env['NATS_URL'],
    env,
    dataDir: join(dataDir, 'nats'),
    installWithApt: true,
    log: say,
  });
  if (nats.owned) shutdown.add('our nats-server', () => nats.stop());
  return { postgres: { server, databaseUrl }, nats };
}

async function ourDatabase(adminUrl: string, say: (line: string) => void): Promise<string> {
  try {
    const { url, created } = await ensureDatabase(adminUrl, DATABASE_NAME);
    say(
      created
        ? `PostgreSQL: created the database ${DATABASE_NAME}`
        : `PostgreSQL: using the existing database ${DATABASE_NAME}`,
    );
    return url;
  } catch (error) {
    throw new DependencyError(
      `PostgreSQL at ${redactUrl(adminUrl)} would not give us the database ${DATABASE_NAME}: ` +
        `${error instanceof Error ? error.message : String(error)}. Create it there yourself and ` +
        `set DATABASE_URL, or stop that server so that npm start runs its own.`,
    );
  }
}
