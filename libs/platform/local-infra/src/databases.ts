import { Client } from 'pg';

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

/**
 * The URL of database `name`, created first if `pg_database` does not list it (never a second
 * CREATE DATABASE: an existing database is reused as it is).
 */
export async function ensureDatabase(
  adminUrl: string,
  name: string,
): Promise<{ url: string; created: boolean }> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  let exists: boolean;
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    exists = (found.rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
  if (exists) return { url: withDatabase(adminUrl, name), created: false };
  try {
    return { url: await createDatabase(adminUrl, name), created: true };
  } catch (error) {
    // Another start created it between our look and our CREATE: reuse it.
    if ((error as { code?: string }).code === '42P04') {
      return { url: withDatabase(adminUrl, name), created: false };
    }
    throw error;
  }
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
