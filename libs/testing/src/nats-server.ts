import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { connect } from 'nats';
import { freePort } from './free-port';
import { waitUntil } from './wait';

/** A private nats-server with JetStream, started for this process and stopped by `stop()`. */
export interface NatsServer {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
  /** Stops the server but keeps its JetStream store, so `start()` brings back the same streams. */
  pause(): Promise<void>;
  start(): Promise<void>;
}

const HOW_TO_GET_IT =
  'nats-server was not found. Install it (Debian/Ubuntu: `apt-get install nats-server`; ' +
  'elsewhere: https://docs.nats.io/running-a-nats-service/introduction/installation) ' +
  'or set NATS_SERVER_BIN to its path.';

/** Finds the nats-server binary: NATS_SERVER_BIN, then the PATH, then Debian's /usr/sbin. */
export function findNatsServerBinary(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [
    env['NATS_SERVER_BIN'],
    ...(env['PATH'] ?? '').split(delimiter).map((dir) => join(dir, 'nats-server')),
    '/usr/sbin/nats-server',
    '/usr/local/sbin/nats-server',
  ].filter((candidate): candidate is string => Boolean(candidate));
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; try the next one
    }
  }
  throw new Error(HOW_TO_GET_IT);
}

/** Starts nats-server with JetStream on a free loopback port and waits until it accepts clients. */
export async function startNatsServer(): Promise<NatsServer> {
  const binary = findNatsServerBinary();
  const port = await freePort();
  const storeDir = mkdtempSync(join(tmpdir(), 'gov-nats-'));
  const url = `nats://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;

  const start = async () => {
    child = spawn(binary, ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', storeDir], {
      stdio: 'ignore',
    });
    await waitUntil(`nats-server on ${url}`, async () => {
      const connection = await connect({ servers: url, reconnect: false, timeout: 500 });
      await connection.close();
      return true;
    });
  };
  const pause = async () => {
    const running = child;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGTERM');
    });
  };

  await start();
  return {
    url,
    port,
    start,
    pause,
    stop: async () => {
      await pause();
      rmSync(storeDir, { recursive: true, force: true });
    },
  };
}
