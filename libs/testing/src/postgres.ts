import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Client } from 'pg';
import { freePort } from './free-port';

/** A PostgreSQL server to create databases on, and how it was found. */
export interface PostgresServer {
  /** URL of a database on the server that a superuser can connect to (e.g. `postgres`). */
  readonly adminUrl: string;
  readonly source: 'variable' | 'local' | 'embedded';
  stop(): Promise<void>;
}

export interface FindPostgresOptions {
  /** Takes precedence over everything: an admin URL (DATABASE_URL / TEST_DATABASE_ADMIN_URL). */
  readonly url?: string | undefined;
  /** The local server to try before starting our own. */
  readonly localUrl?: string;
  /** Where an embedded cluster keeps its data. */
  readonly embeddedDataDir?: string;
}

const DEFAULT_LOCAL_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const REPO_ROOT = resolve(__dirname, '../../..');

/** Answers whether a server accepts a connection at `url` (within two seconds). */
export async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Finds PostgreSQL in the order of DESIGN.md §7: the variable, then a server on the local
 * default port, then our own embedded server (data under `.data/`).
 */
export async function findPostgres(options: FindPostgresOptions = {}): Promise<PostgresServer> {
  const noop = () => Promise.resolve();
  if (options.url) {
    if (!(await canConnect(options.url))) {
      throw new Error(`PostgreSQL at the configured URL ${redact(options.url)} does not answer`);
    }
    return { adminUrl: options.url, source: 'variable', stop: noop };
  }
  const localUrl = options.localUrl ?? DEFAULT_LOCAL_URL;
  if (await canConnect(localUrl)) {
    return { adminUrl: localUrl, source: 'local', stop: noop };
  }
  return startEmbeddedPostgres(options.embeddedDataDir ?? join(REPO_ROOT, '.data', 'postgres'));
}

async function startEmbeddedPostgres(dataDir: string): Promise<PostgresServer> {
  mkdirSync(dataDir, { recursive: true });
  const port = await freePort();
  const script = join(REPO_ROOT, 'libs/testing/bin/embedded-postgres.mjs');
  const child = spawn(process.execPath, [script, dataDir, String(port)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const adminUrl = await readyUrl(child);
  return {
    adminUrl,
    source: 'embedded',
    stop: () => stopChild(child),
  };
}

function readyUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const message = JSON.parse(line) as { ready?: boolean; url?: string };
      if (message.ready && message.url) resolvePromise(message.url);
    });
    child.on('exit', (code) =>
      reject(new Error(`Embedded PostgreSQL exited with code ${code} before it was ready`)),
    );
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    child.once('exit', () => resolvePromise());
    child.kill('SIGTERM');
  });
}

/** Creates an empty UTF-8 database whose character classes understand Chinese (C.UTF-8). */
export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const quoted = quoteIdentifier(name);
    await client
      .query(
        `CREATE DATABASE ${quoted} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
      )
      // A server without the C.UTF-8 locale (e.g. macOS) still gets a UTF-8 database.
      .catch(() => client.query(`CREATE DATABASE ${quoted} TEMPLATE template0 ENCODING 'UTF8'`));
  } finally {
    await client.end();
  }
  return withDatabase(adminUrl, name);
}

/** Drops a database, disconnecting whoever is still connected to it. */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** The same server URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function quoteIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new RangeError(`Unsafe database name "${name}"`);
  return `"${name}"`;
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
