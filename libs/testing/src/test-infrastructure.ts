import { type EmbeddedRealm, type NatsServer, type PostgresServer } from '@gov/local-infra';

/** Environment variables through which the global setup hands its servers to the test workers. */
export const TEST_ENV = {
  databaseUrl: 'GOV_TEST_DATABASE_URL',
  adminDatabaseUrl: 'GOV_TEST_ADMIN_DATABASE_URL',
  natsUrl: 'GOV_TEST_NATS_URL',
  oidcIssuer: 'GOV_TEST_OIDC_ISSUER',
  realmKeyFile: 'GOV_TEST_REALM_KEY_FILE',
} as const;

export interface TestRunState {
  readonly postgres: PostgresServer;
  readonly databaseName: string;
  readonly nats: NatsServer;
  readonly realm: EmbeddedRealm;
}

/** The database and NATS of this test run, as prepared by the jest global setup. */
export function testInfrastructure(): {
  databaseUrl: string;
  adminDatabaseUrl: string;
  natsUrl: string;
  /** The embedded realm's issuer, and the file of the key it signs with (to forge test tokens). */
  oidcIssuer: string;
  realmKeyFile: string;
} {
  const databaseUrl = process.env[TEST_ENV.databaseUrl];
  const adminDatabaseUrl = process.env[TEST_ENV.adminDatabaseUrl];
  const natsUrl = process.env[TEST_ENV.natsUrl];
  const oidcIssuer = process.env[TEST_ENV.oidcIssuer];
  const realmKeyFile = process.env[TEST_ENV.realmKeyFile];
  if (!databaseUrl || !adminDatabaseUrl || !natsUrl || !oidcIssuer || !realmKeyFile) {
    throw new Error(
      'The test infrastructure is not running: run tests through the root jest config (npm test).',
    );
  }
  return { databaseUrl, adminDatabaseUrl, natsUrl, oidcIssuer, realmKeyFile };
}

/** An access token of a seed user of the test run's realm (password grant at gov-cli, as the README shows). */
export async function userToken(username: string, password = 'gov-dev-2026'): Promise<string> {
  const response = await fetch(`${testInfrastructure().oidcIssuer}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'gov-cli', username, password }),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`No token for ${username}: ${JSON.stringify(body)}`);
  return body.access_token;
}
