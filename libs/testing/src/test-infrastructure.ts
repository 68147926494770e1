import { type NatsServer, type PostgresServer } from '@gov/local-infra';

/** Environment variables through which the global setup hands its servers to the test workers. */
export const TEST_ENV = {
  databaseUrl: 'GOV_TEST_DATABASE_URL',
  adminDatabaseUrl: 'GOV_TEST_ADMIN_DATABASE_URL',
  natsUrl: 'GOV_TEST_NATS_URL',
} as const;

export interface TestRunState {
  readonly postgres: PostgresServer;
  readonly databaseName: string;
  readonly nats: NatsServer;
}

/** The database and NATS of this test run, as prepared by the jest global setup. */
export function testInfrastructure(): {
  databaseUrl: string;
  adminDatabaseUrl: string;
  natsUrl: string;
} {
  const databaseUrl = process.env[TEST_ENV.databaseUrl];
  const adminDatabaseUrl = process.env[TEST_ENV.adminDatabaseUrl];
  const natsUrl = process.env[TEST_ENV.natsUrl];
  if (!databaseUrl || !adminDatabaseUrl || !natsUrl) {
    throw new Error(
      'The test infrastructure is not running: run tests through the root jest config (npm test).',
    );
  }
  return { databaseUrl, adminDatabaseUrl, natsUrl };
}
