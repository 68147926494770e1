import { connect, type NatsConnection } from 'nats';

export interface NatsConnectionOptions {
  /** One URL or several, comma-separated (NATS_URL). */
  readonly servers: string;
  /** Shown in the server's connection list, e.g. `catalog`. */
  readonly name: string;
}

/**
 * Connects with reconnection that never gives up: the client's default (10 attempts × 2 s)
 * abandons the connection for good after ~20 s of NATS downtime.
 */
export function connectNats(options: NatsConnectionOptions): Promise<NatsConnection> {
  return connect({
    servers: options.servers.split(',').map((server) => server.trim()),
    name: options.name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 1_000,
  });
}
