import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The one seed source (deploy/seed/): divisions, departments, users and service accounts. */
export interface Seed {
  readonly divisions: readonly { code: string; name: string }[];
  readonly departments: readonly { creditCode: string; name: string; division: string }[];
  readonly devPassword: string;
  readonly users: readonly SeedUser[];
  readonly serviceAccounts: readonly SeedServiceAccount[];
}

export interface SeedUser {
  readonly username: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly roles: readonly string[];
  readonly division: string;
  readonly department?: string;
  /** A citizen's resident ID, as the real-name verification (实名认证) established it. */
  readonly residentId?: string;
}

export interface SeedServiceAccount {
  readonly clientId: string;
  readonly name: string;
  readonly roles: readonly string[];
  readonly division: string;
  readonly department?: string;
}

export const REPO_ROOT = resolve(__dirname, '../..');
export const SEED_DIR = join(REPO_ROOT, 'deploy/seed');
export const REALM_FILE = join(REPO_ROOT, 'deploy/keycloak/realm-gov.json');

function read<T>(name: string): T {
  return JSON.parse(readFileSync(join(SEED_DIR, name), 'utf8')) as T;
}

export function readSeed(): Seed {
  const { divisions } = read<Pick<Seed, 'divisions'>>('divisions.json');
  const { departments } = read<Pick<Seed, 'departments'>>('departments.json');
  const people = read<Pick<Seed, 'devPassword' | 'users' | 'serviceAccounts'>>('users.json');
  return { divisions, departments, ...people };
}
