import { ConfigError } from './load-config';

interface Stoppable {
  enableShutdownHooks(): unknown;
}

/**
 * The body of every app's main.ts: starts the app, stops it cleanly on SIGTERM/SIGINT, and on a
 * configuration error prints what to fix — no stack trace — and exits with status 1.
 */
export function runMain(name: string, start: (env: NodeJS.ProcessEnv) => Promise<Stoppable>): void {
  start(process.env)
    .then((app) => app.enableShutdownHooks())
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
