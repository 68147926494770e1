import { join } from 'node:path';
import { Client } from 'pg';
import { DependencyError } from './dependency-error';
import { startEmbeddedPostgres } from './embedded-postgres';
import { dataDirectory } from './paths';
import { type PostgresServer } from './postgres-server';
import { redactUrl } from './redact';

export interface FindPostgresOptions {
  /** Takes precedence over everything: DATABASE_URL / TEST_DATABASE_ADMIN_URL. */
  readonly url?: string | undefined;
  /** The local server to try before starting our own (default GOV_LOCAL_POSTGRES_URL). */
  readonly localUrl?: string;
  /** Where an embedded cluster keeps its data (default `<GOV_DATA_DIR>/postgres`). */
  readonly embeddedDataDir?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Receives one line per step worth telling a person who waits. */
  readonly log?: (line: string) => void;
}

/** The local candidate: a server on the default port that lets `postgres` in without a password. */
export const DEFAULT_LOCAL_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** Why a server at `url` cannot be used (within two seconds), or undefined when it answers. */
export async function postgresProblem(url: string): Promise<string | undefined> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (error) {
    return error instanceof Error && error.message ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Answers whether a server accepts a connection at `url` (within two seconds). */
export async function canConnect(url: string): Promise<boolean> {
  return (await postgresProblem(url)) === undefined;
}

/**
 * Finds PostgreSQL in the order of DESIGN.md §7: the variable, then a server on the local
 * default port, then our own embedded server (data under `<GOV_DATA_DIR>/postgres`).
 */
export async function findPostgres(options: FindPostgresOptions = {}): Promise<PostgresServer> {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => undefined);
  const found = (adminUrl: string, source: 'variable' | 'local'): PostgresServer => ({
    adminUrl,
    source,
    owned: false,
    stop: () => Promise.resolve(),
  });
  if (options.url) {
    const problem = await postgresProblem(options.url);
    if (problem) {
      throw new DependencyError(
        `PostgreSQL at the configured URL ${redactUrl(options.url)} cannot be used: ${problem}. ` +
          'Fix the URL or unset the variable to use a local or embedded PostgreSQL.',
      );
    }
    log(`PostgreSQL: using ${redactUrl(options.url)}`);
    return found(options.url, 'variable');
  }
  const localUrl = options.localUrl ?? env['GOV_LOCAL_POSTGRES_URL'] ?? DEFAULT_LOCAL_POSTGRES_URL;
  const problem = await postgresProblem(localUrl);
  if (!problem) {
    log(`PostgreSQL: found a server at ${redactUrl(localUrl)}`);
    return found(localUrl, 'local');
  }
  log(`PostgreSQL: nothing usable at ${redactUrl(localUrl)} (${problem})`);
  const dataDir = options.embeddedDataDir ?? join(dataDirectory(env), 'postgres');
  return startEmbeddedPostgres(dataDir, log);
}
