import { ConfigError } from './load-config';

interface Stoppable {
  enableShutdownHooks(): unknown;
  close(): Promise<unknown>;
}

/** How long an app whose parent went away may take to close before it exits anyway. */
const ORPHAN_CLOSE_TIMEOUT_MS = 10_000;

/**
 * The body of every app's main.ts: starts the app, stops it cleanly on SIGTERM/SIGINT, and on a
 * configuration error prints what to fix — no stack trace — and exits with status 1. Started by a
 * parent with an IPC channel (`npm start`), it also closes and exits when that channel
 * disconnects: the parent is gone, even if it was killed with -9, and nothing else would stop us.
 */
export function runMain(name: string, start: (env: NodeJS.ProcessEnv) => Promise<Stoppable>): void {
  let app: Stoppable | undefined;
  if (process.connected) process.once('disconnect', () => void closeOrphan(name, () => app));
  start(process.env)
    .then((started) => {
      app = started;
      started.enableShutdownHooks();
    })
    .catch((error: unknown) => {
      if (error instanceof ConfigError) {
        process.stderr.write(`${name}: ${error.message}\n`);
      } else {
        process.stderr.write(
          `${name} failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
        );
      }
      process.exit(1);
    });
}

async function closeOrphan(name: string, app: () => Stoppable | undefined): Promise<void> {
  const running = app();
  if (running) {
    process.stderr.write(`${name}: the process that started it is gone; closing\n`);
    const timeout = new Promise((resolve) => setTimeout(resolve, ORPHAN_CLOSE_TIMEOUT_MS).unref());
    await Promise.race([running.close().catch(() => undefined), timeout]);
  }
  process.exit(0);
}
