// Jest loads its global hooks with Node's own resolver, which does not know the @gov/source
// condition (it would pick the unbuilt dist/): hence the relative path to the library's source.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createDatabase,
  findPostgres,
  freePort,
  startEmbeddedRealm,
  startNatsServer,
} from '../../platform/local-infra/src/index';
import { TEST_ENV, type TestRunState } from './test-infrastructure';

/**
 * Once per jest run: finds PostgreSQL (variable → local server → embedded), creates a fresh
 * database, starts the embedded identity realm on a free port, and starts a private nats-server (never a shared one: test services would join the
 * queue groups of a running `npm start`). Workers inherit the URLs through the environment.
 */
export default async function globalSetup(): Promise<void> {
  const postgres = await findPostgres({
    url: process.env['TEST_DATABASE_ADMIN_URL'] ?? process.env['DATABASE_URL'],
    log: (line) => process.stderr.write(`${line}\n`),
  });
  const databaseName = `gov_test_${Date.now()}_${process.pid}`;
  const databaseUrl = await createDatabase(postgres.adminUrl, databaseName);
  const nats = await startNatsServer();
  const realmKeyFile = join(mkdtempSync(join(tmpdir(), 'gov-test-realm-')), 'signing-key.json');
  const realm = await startEmbeddedRealm({ port: await freePort(), keyFile: realmKeyFile });

  process.env[TEST_ENV.databaseUrl] = databaseUrl;
  process.env[TEST_ENV.adminDatabaseUrl] = postgres.adminUrl;
  process.env[TEST_ENV.natsUrl] = nats.url;
  process.env[TEST_ENV.oidcIssuer] = realm.issuer;
  process.env[TEST_ENV.realmKeyFile] = realmKeyFile;
  const state: TestRunState = { postgres, databaseName, nats, realm };
  (globalThis as { govTestRun?: TestRunState }).govTestRun = state;
}
