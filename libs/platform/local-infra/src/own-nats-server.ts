import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DependencyError } from './dependency-error';
import { freePort, isPortFree } from './free-port';
import { probeNats } from './nats-probe';
import { commandLine, isAlive, parentPid, readPidFile, terminate } from './processes';
import { waitUntil } from './wait';

/** NATS as found or started, and how. */
export interface NatsEndpoint {
  readonly url: string;
  readonly source: 'variable' | 'local' | 'own';
  /** Our server's store directory; undefined for a server we found. */
  readonly dataDir?: string;
  /** Whether `stop()` stops the server (we started it) or does nothing. */
  readonly owned: boolean;
  stop(): Promise<void>;
}

/** The files of our own nats-server inside its data directory. */
export function ownNatsFiles(dataDir: string) {
  return {
    pid: join(dataDir, 'nats-server.pid'),
    // Written by us: the pid of the process that started the server, and the server's URL.
    owner: join(dataDir, 'nats-server.owner'),
    log: join(dataDir, 'nats-server.log'),
  };
}

/**
 * Our nats-server from an earlier run on `dataDir`: stops it when its starter is gone (a run killed
 * with -9 leaves it behind) and returns the URL of one whose starter still runs (to share).
 */
export async function reclaimOwnNatsServer(
  dataDir: string,
  log: (line: string) => void,
): Promise<string | undefined> {
  const files = ownNatsFiles(dataDir);
  const pid = readPidFile(files.pid);
  if (pid === undefined || !isAlive(pid) || !commandLine(pid)?.includes('nats-server')) return;
  const [owner, url] = readLines(files.owner);
  if (owner && url && isAlive(Number(owner)) && parentPid(pid) === Number(owner)) return url;
  log(`NATS: stopping the nats-server (pid ${pid}) an earlier run left behind`);
  await terminate(pid, 5_000);
}

/**
 * Starts our nats-server with JetStream, its store, pid file and log in `dataDir`, on
 * `preferredPort` if free, else on a free port; waits until JetStream answers.
 */
export async function startOwnNatsServer(
  binary: string,
  dataDir: string,
  preferredPort: number,
  log: (line: string) => void,
): Promise<NatsEndpoint> {
  mkdirSync(dataDir, { recursive: true });
  const files = ownNatsFiles(dataDir);
  let port = preferredPort;
  if (!(await isPortFree(preferredPort))) {
    port = await freePort();
    log(`NATS: port ${preferredPort} is taken by something we cannot use; using ${port}`);
  }
  const url = `nats://127.0.0.1:${port}`;
  log(`NATS: starting our own nats-server with JetStream on ${url} (data in ${dataDir})`);
  const args = ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', dataDir];
  // Detached: a Ctrl-C in the terminal reaches only us, and we stop it after the apps.
  const child = spawn(binary, [...args, '-P', files.pid, '-l', files.log], {
    stdio: 'ignore',
    detached: true,
  });
  writeFileSync(files.owner, `${process.pid}\n${url}\n`);
  let exited: string | undefined;
  child.on('error', (error) => (exited = error.message));
  child.on('exit', (code) => (exited = `it exited with code ${code}`));
  const stop = async () => {
    rmSync(files.owner, { force: true });
    if (child.pid !== undefined && child.exitCode === null) await terminate(child.pid, 10_000);
  };
  try {
    await waitUntil(`nats-server with JetStream on ${url}`, async () => {
      if (exited) throw new Error(exited);
      return (await probeNats(url, 500)).kind === 'jetstream';
    });
  } catch (error) {
    await stop();
    throw new DependencyError(
      `Our nats-server did not start: ${error instanceof Error ? error.message : String(error)}.` +
        ` Its log (${files.log}) ends with:\n${tail(files.log)}`,
    );
  }
  return { url, source: 'own', dataDir, owned: true, stop };
}

function readLines(path: string): string[] {
  try {
    return readFileSync(path, 'utf8').split('\n');
  } catch {
    return [];
  }
}

function tail(path: string): string {
  return readLines(path)
    .filter(Boolean)
    .slice(-5)
    .map((line) => `  ${line}`)
    .join('\n');
}
