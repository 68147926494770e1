import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { DependencyError } from './dependency-error';
import { REPO_ROOT } from './paths';

const SCRIPT = join(__dirname, '..', 'bin', 'embedded-realm.mjs');

/** The realm file every part shares (Keycloak's realm export, generated from deploy/seed). */
export const REALM_FILE = join(REPO_ROOT, 'deploy/keycloak/realm-gov.json');

export interface EmbeddedRealm {
  /** `http://127.0.0.1:<port>/realms/gov`, Keycloak's issuer URL shape. */
  readonly issuer: string;
  stop(): Promise<void>;
}

/**
 * Starts the Keycloak-compatible embedded realm (oidc-provider in its own process) from the realm
 * file, signing with the key kept in `keyFile` (created on first start, so its `kid` is stable).
 */
export function startEmbeddedRealm(options: {
  readonly port: number;
  readonly keyFile: string;
  readonly realmFile?: string;
}): Promise<EmbeddedRealm> {
  const child = spawn(
    process.execPath,
    [SCRIPT, options.realmFile ?? REALM_FILE, options.keyFile, String(options.port)],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let errors = '';
  // oidc-provider warns about its development defaults at every start; keep real errors only.
  createInterface({ input: child.stderr }).on('line', (line) => {
    if (!line.startsWith('oidc-provider WARNING')) errors += `${line}\n`;
  });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (!line.startsWith('{')) return; // oidc-provider's own notices
      const message = JSON.parse(line) as { ready?: boolean; issuer?: string };
      if (message.ready && message.issuer)
        resolve({ issuer: message.issuer, stop: () => stop(child) });
    });
    child.once('exit', (code) =>
      reject(
        new DependencyError(
          `The embedded realm exited with code ${code} before it was ready.\n${errors}`,
        ),
      ),
    );
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
