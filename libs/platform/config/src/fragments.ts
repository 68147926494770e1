import { loggingFragment } from './logging';
import {
  millisecondsVariable,
  oneOfVariable,
  portVariable,
  textVariable,
  urlVariable,
} from './variables';

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
  host: textVariable('HOST', {
    description: 'Gateway HTTP bind address',
    defaultValue: '127.0.0.1',
  }),
} as const;

/** The JetStream stream every event goes to (GOV_EVENTS on gov.evt.>). */
export const eventStreamFragment = {
  streamStorage: oneOfVariable('EVENTS_STREAM_STORAGE', ['file', 'memory'], {
    description: 'Where GOV_EVENTS keeps messages: file or memory',
    defaultValue: 'file',
  }),
  streamReplicas: {
    name: 'EVENTS_STREAM_REPLICAS',
    description: 'Replicas of GOV_EVENTS in a NATS cluster: 1, 3 or 5',
    defaultValue: '1',
    parse: (raw: string): number => {
      if (!['1', '3', '5'].includes(raw)) throw new Error('expected 1, 3 or 5');
      return Number(raw);
    },
  },
  streamDuplicateWindowMs: millisecondsVariable('EVENTS_STREAM_DUPLICATE_WINDOW_MS', {
    description: 'How long JetStream remembers a Nats-Msg-Id to drop a republished event',
    defaultValue: '120000',
  }),
  streamMaxAgeMs: millisecondsVariable('EVENTS_STREAM_MAX_AGE_MS', {
    description: 'How long GOV_EVENTS keeps an event (the outbox keeps its own copy)',
    defaultValue: String(30 * 24 * 3600 * 1000),
  }),
} as const;

/** The outbox relay of a service. */
export const outboxRelayFragment = {
  outboxPollIntervalMs: millisecondsVariable('OUTBOX_POLL_INTERVAL_MS', {
    description: 'Backstop poll of the outbox when no NOTIFY arrives',
    defaultValue: '5000',
  }),
  outboxRetentionMs: millisecondsVariable('OUTBOX_RETENTION_MS', {
    description: 'How long published outbox rows are kept before pruning',
    defaultValue: String(7 * 24 * 3600 * 1000),
  }),
} as const;

/** Default health ports, one per service, so a whole suite on one host never collides. */
export const DEFAULT_HEALTH_PORTS = {
  gateway: 9100,
  catalog: 9101,
  cases: 9102,
  disclosure: 9103,
  notifications: 9104,
} as const;

/** The service's health/metrics HTTP port. */
export function healthFragment(defaultPort: number) {
  return {
    healthPort: portVariable('HEALTH_PORT', {
      description: 'Port of /health/live, /health/ready and /metrics (0: any free port)',
      defaultValue: String(defaultPort),
    }),
    healthHost: textVariable('HEALTH_HOST', {
      description: 'Bind address of the health port (0.0.0.0 in containers)',
      defaultValue: '127.0.0.1',
    }),
  } as const;
}

/** The identity provider: Keycloak's realm `gov`, or the embedded realm that imitates it. */
export const oidcFragment = {
  oidcIssuer: urlVariable('OIDC_ISSUER', ['http', 'https'], {
    description: 'Keycloak realm issuer URL, e.g. https://sso.example.gov.cn/realms/gov',
    defaultValue: 'http://127.0.0.1:8080/realms/gov',
  }),
  oidcAudience: textVariable('OIDC_AUDIENCE', {
    description: 'Audience an access token must name (the gateway client)',
    defaultValue: 'gateway',
  }),
} as const;

/** The service's own account in the realm, for the work it does on its own behalf. */
export function serviceAccountFragment(clientId: string) {
  return {
    serviceClientId: textVariable('OIDC_CLIENT_ID', {
      description: "The service's confidential client (client credentials grant)",
      defaultValue: clientId,
    }),
    serviceClientSecret: textVariable('OIDC_CLIENT_SECRET', {
      description: 'Its client secret; the default matches the development realm only',
      defaultValue: `dev-secret-${clientId}`,
    }),
  } as const;
}

/**
 * What every service answering on NATS reads: the bus, logging, its health port, the realm whose
 * tokens it verifies and its own service account (`svc-<service>`).
 */
export function natsServiceFragment(service: keyof typeof DEFAULT_HEALTH_PORTS) {
  return {
    ...natsFragment,
    ...loggingFragment,
    ...healthFragment(DEFAULT_HEALTH_PORTS[service]),
    ...oidcFragment,
    ...serviceAccountFragment(`svc-${service}`),
  } as const;
}
