// The harness keeps its public API; finding and starting servers lives in @gov/local-infra.
export {
  createDatabase,
  dropDatabase,
  findNatsServerBinary,
  findPostgres,
  freePort,
  startNatsServer,
  waitUntil,
  withDatabase,
  type NatsServer,
  type PostgresServer,
} from '@gov/local-infra';
export * from './test-infrastructure';
