import { millisecondsVariable, portVariable, urlVariable } from './variables';

/** PostgreSQL: the service's database (its own schema inside it). */
export const postgresFragment = {
  databaseUrl: urlVariable('DATABASE_URL', ['postgres', 'postgresql'], {
    description: 'PostgreSQL connection URL, e.g. postgres://postgres@127.0.0.1:5432/gov',
    defaultValue: 'postgres://postgres@127.0.0.1:5432/gov',
  }),
} as const;

/** NATS with JetStream. */
export const natsFragment = {
  natsUrl: urlVariable('NATS_URL', ['nats', 'tls'], {
    description: 'NATS server URL(s), comma-separated, e.g. nats://127.0.0.1:4222',
    defaultValue: 'nats://127.0.0.1:4222',
  }),
  natsRequestTimeoutMs: millisecondsVariable('NATS_REQUEST_TIMEOUT_MS', {
    description: 'How long a request over NATS waits for its reply',
    defaultValue: '5000',
  }),
} as const;

/** The gateway's HTTP listener. */
export const gatewayHttpFragment = {
  port: portVariable('PORT', { description: 'Gateway HTTP port', defaultValue: '3000' }),
  host: {
    name: 'HOST',
    description: 'Gateway HTTP bind address',
    defaultValue: '127.0.0.1',
    parse: (raw: string) => raw,
  },
} as const;
