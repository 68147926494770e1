import { VERIFICATION_SYSTEMS } from '@gov/contracts';
import { redactUrl, type NatsEndpoint } from '@gov/local-infra';
import { type FoundPostgres } from './find-dependencies';
import { type DevstackSettings } from './settings';
import { testUsersLines } from './test-users';

/** The lines printed once the suite is up: where to reach it and what it runs on. */
export function banner(
  settings: DevstackSettings,
  postgres: FoundPostgres,
  nats: NatsEndpoint,
  issuer: string,
  startedInMs: number,
): string {
  const gateway = `http://${settings.gatewayHost}:${settings.gatewayPort}`;
  const health = Object.entries(settings.healthPorts)
    .map(([name, port]) => `${name} :${port}`)
    .join(' · ');
  const rule = '─'.repeat(78);
  return [
    rule,
    ` The suite is up (${(startedInMs / 1000).toFixed(1)} s).`,
    `   Gateway     ${gateway}`,
    `   Health      ${gateway}/health`,
    `   API docs    ${gateway}/api/docs`,
    `   Try         curl ${gateway}/api/v1/divisions/330102`,
    `   PostgreSQL  ${postgresSource(postgres)}`,
    `               ${redactUrl(postgres.databaseUrl)}`,
    `               ${postgres.server.dataDir ? `data in ${postgres.server.dataDir}` : 'its data stays with that server'}`,
    `   NATS        ${natsSource(nats)}`,
    `               ${redactUrl(nats.url)}`,
    `               ${nats.dataDir ? `data in ${nats.dataDir}` : 'its data stays with that server'}`,
    `   Departments ${departments()}`,
    `   Metrics     health and /metrics ports ${health}`,
    ...testUsersLines(settings.repoRoot, issuer, gateway),
    ` ${stopping(settings, postgres, nats)}`,
    rule,
  ].join('\n');
}

function departments(): string {
  const names = Object.values(VERIFICATION_SYSTEMS).map((system) => system.name);
  return `sample department systems (${names.join(', ')}) on NATS gov.int.*`;
}

function postgresSource({ server }: FoundPostgres): string {
  switch (server.source) {
    case 'variable':
      return 'from DATABASE_URL';
    case 'local':
      return 'a local server we found (trust access), in a database of our own';
    case 'embedded':
      return server.owned
        ? 'our own embedded PostgreSQL 15'
        : 'our embedded PostgreSQL 15, started by another run (shared)';
  }
}

function natsSource(nats: NatsEndpoint): string {
  switch (nats.source) {
    case 'variable':
      return 'from NATS_URL, with JetStream';
    case 'local':
      return 'a local server we found, with JetStream';
    case 'own':
      return nats.owned
        ? 'our own nats-server with JetStream'
        : 'our nats-server, started by another run (shared)';
  }
}

function stopping(settings: DevstackSettings, postgres: FoundPostgres, nats: NatsEndpoint): string {
  if (postgres.server.dataDir || nats.dataDir) {
    return `Ctrl-C stops what npm start started; the data stays in ${settings.dataDir} (stop, then rm -rf it to reset).`;
  }
  return 'Ctrl-C stops the apps; the PostgreSQL and NATS we found keep running, with the data.';
}
