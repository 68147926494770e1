import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { DependencyError } from './dependency-error';

/** Where Debian and hand installs put nats-server when /usr/sbin is not on the PATH. */
export const NATS_SERVER_FALLBACK_DIRS: readonly string[] = ['/usr/sbin', '/usr/local/sbin'];

export const NATS_SERVER_HOW_TO_GET_IT =
  'Install it — Debian/Ubuntu: `sudo apt-get install nats-server` (npm start does it itself when ' +
  'run as root); elsewhere: https://docs.nats.io/running-a-nats-service/introduction/installation' +
  ' — or set NATS_SERVER_BIN to its path.';

export interface LocateNatsServerOptions {
  readonly env?: NodeJS.ProcessEnv;
  /** Directories searched after the PATH (default /usr/sbin, /usr/local/sbin). */
  readonly fallbackDirs?: readonly string[];
  /** Allows `apt-get install -y nats-server` when it is missing on a Debian-family system as root. */
  readonly installWithApt?: boolean;
  readonly log?: (line: string) => void;
}

/** Finds the nats-server binary: NATS_SERVER_BIN, then the PATH, then /usr/sbin and /usr/local/sbin. */
export function findNatsServerBinary(
  env: NodeJS.ProcessEnv = process.env,
  fallbackDirs: readonly string[] = NATS_SERVER_FALLBACK_DIRS,
): string {
  const configured = env['NATS_SERVER_BIN'];
  if (configured) {
    if (isExecutable(configured)) return configured;
    throw new DependencyError(
      `NATS_SERVER_BIN is ${configured}, which is not an executable file. ` +
        `Point it at nats-server, or unset it to look on the PATH. ${NATS_SERVER_HOW_TO_GET_IT}`,
    );
  }
  const dirs = [...(env['PATH'] ?? '').split(delimiter).filter(Boolean), ...fallbackDirs];
  const found = dirs.map((dir) => join(dir, 'nats-server')).find(isExecutable);
  if (found) return found;
  throw new DependencyError(
    `nats-server was not found on the PATH nor in ${fallbackDirs.join(', ') || 'any other place'}. ` +
      NATS_SERVER_HOW_TO_GET_IT,
  );
}

/**
 * Finds nats-server like `findNatsServerBinary`; when it is missing, `installWithApt` is set and
 * this is a Debian-family system running as root, installs it with apt-get (saying so) first.
 */
export async function locateNatsServer(options: LocateNatsServerOptions = {}): Promise<string> {
  const env = options.env ?? process.env;
  try {
    return findNatsServerBinary(env, options.fallbackDirs);
  } catch (error) {
    const mayInstall =
      options.installWithApt &&
      !env['NATS_SERVER_BIN'] &&
      existsSync('/etc/debian_version') &&
      process.getuid?.() === 0;
    if (!mayInstall) throw error;
  }
  const log = options.log ?? (() => undefined);
  log(
    'NATS: nats-server is missing; installing it: apt-get update && apt-get install -y nats-server',
  );
  await run('apt-get', ['update'], env);
  await run('apt-get', ['install', '-y', 'nats-server'], env);
  return findNatsServerBinary(env, options.fallbackDirs);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    child.on('error', (error) =>
      reject(new DependencyError(`${command} failed: ${error.message}`)),
    );
    child.on('exit', (code) => {
      if (code === 0) return resolve();
      reject(
        new DependencyError(
          `\`${command} ${args.join(' ')}\` exited with code ${code}. ${NATS_SERVER_HOW_TO_GET_IT}`,
        ),
      );
    });
  });
}
