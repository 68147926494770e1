import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'nats';
import { freePort } from './free-port';
import { findNatsServerBinary } from './nats-binary';
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

/**
 * Starts a private nats-server with JetStream on a free loopback port and a temporary store (for
 * tests: never shared, so test services never join the queue groups of a running suite).
 */
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
