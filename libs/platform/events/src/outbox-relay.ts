import { toNatsHeaders } from '@gov/nats';
import {
  contextFromHeaders,
  inSpan,
  natsAttributes,
  reportOutboxLag,
  traceHeaders,
} from '@gov/telemetry';
import { type MsgHdrs, type NatsConnection } from 'nats';
import { Client } from 'pg';
import {
  DEFAULT_EVENT_STREAM,
  ensureEventStream,
  EVENT_STREAM,
  type EventStreamOptions,
} from './event-stream';
import { RelayTimer } from './relay-timer';

export interface RelayLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string, stack?: string): void;
}

export interface OutboxRelayOptions {
  readonly databaseUrl: string;
  /** The service schema whose `outbox` table this relay drains. */
  readonly schema: string;
  readonly nats: NatsConnection;
  readonly stream?: EventStreamOptions;
  /** Backstop poll when no NOTIFY arrives. */
  readonly pollIntervalMs?: number;
  /** How often a standby tries to become the leader. */
  readonly standbyRetryMs?: number;
  readonly batchSize?: number;
  /** Published rows older than this are pruned. */
  readonly retentionMs?: number;
  readonly pruneIntervalMs?: number;
  readonly logger?: RelayLogger;
  /** Fault hook for tests: runs after an event's PubAck, before it is marked published. */
  readonly afterPublish?: (eventId: string) => void | Promise<void>;
}

interface OutboxRow {
  position: string;
  id: string;
  subject: string;
  envelope: string;
  headers: Record<string, string>;
}

const silent: RelayLogger = { log: () => {}, warn: () => {}, error: () => {} };
const encoder = new TextEncoder();

/**
 * Publishes a service's outbox to JetStream, in order, at least once. One relay per service is
 * active: the holder of an advisory lock; standbys retry the lock and take over when the leader's
 * session ends (its process died). Woken by NOTIFY on insert, with a slow poll as backstop. Each
 * event is marked published only after its PubAck; a republished event carries the same
 * `Nats-Msg-Id`, so JetStream drops the copy (and consumers' inboxes catch the rest).
 */
export class OutboxRelay {
  private readonly options: Required<Omit<OutboxRelayOptions, 'afterPublish'>> &
    Pick<OutboxRelayOptions, 'afterPublish'>;
  private readonly timer = new RelayTimer();
  private client: Client | undefined;
  private running: Promise<void> | undefined;
  private stopping = false;
  private leading = false;
  private lastPrune = 0;

  constructor(options: OutboxRelayOptions) {
    this.options = {
      stream: DEFAULT_EVENT_STREAM,
      pollIntervalMs: 5_000,
      standbyRetryMs: 1_000,
      batchSize: 100,
      retentionMs: 7 * 24 * 3600 * 1000,
      pruneIntervalMs: 10 * 60 * 1000,
      logger: silent,
      ...options,
    };
  }

  /** Whether this instance currently holds the relay lock. */
  get isLeader(): boolean {
    return this.leading;
  }

  start(): void {
    this.running ??= this.run();
  }

  /** Stops after the event in flight; the lock is released with the session. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.timer.wake();
    await this.running;
  }

  private async run(): Promise<void> {
    let backoffMs = 100;
    while (!this.stopping) {
      try {
        await this.leadWhenPossible();
        backoffMs = 100;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.options.logger.warn(`Outbox relay of ${this.options.schema} restarting: ${message}`);
        await this.timer.sleep(backoffMs);
        backoffMs = Math.min(backoffMs * 2, 5_000);
      } finally {
        await this.disconnect();
      }
    }
  }

  private async leadWhenPossible(): Promise<void> {
    const client = new Client({ connectionString: this.options.databaseUrl });
    this.client = client;
    // A dropped connection surfaces as a failed query; without a listener it would crash the process.
    client.on('error', () => this.timer.wake());
    await client.connect();
    const lockName = `${this.options.schema}.outbox-relay`;
    while (!this.stopping) {
      const { rows } = await client.query<{ locked: boolean }>(
        'select pg_try_advisory_lock(hashtext($1)) as locked',
        [lockName],
      );
      if (rows[0]?.locked) break;
      await this.timer.sleep(this.options.standbyRetryMs);
    }
    if (this.stopping) return;

    this.leading = true;
    this.options.logger.log(`Outbox relay of ${this.options.schema} is the leader`);
    const stopReporting = reportOutboxLag(this.options.schema, async () => {
      const { rows } = await client.query<{ count: string }>(
        `select count(*) from ${this.options.schema}.outbox where published_at is null`,
      );
      return Number(rows[0]?.count);
    });
    try {
      await this.relayWhileLeading(client);
    } finally {
      stopReporting();
    }
  }

  private async relayWhileLeading(client: Client): Promise<void> {
    client.on('notification', () => this.timer.wake());
    await client.query(`listen ${this.options.schema}_outbox`);
    await ensureEventStream(await this.options.nats.jetstreamManager(), this.options.stream);
    while (!this.stopping) {
      const published = await this.publishBatch(client);
      await this.pruneWhenDue(client);
      if (published < this.options.batchSize) await this.timer.sleep(this.options.pollIntervalMs);
    }
  }

  private async publishBatch(client: Client): Promise<number> {
    const { rows } = await client.query<OutboxRow>(
      `select position, id, subject, envelope::text as envelope, headers
         from ${this.options.schema}.outbox
        where published_at is null
        order by position
        limit $1`,
      [this.options.batchSize],
    );
    for (const row of rows) {
      await this.publish(row);
      await this.options.afterPublish?.(row.id);
    }
    if (rows.length > 0) {
      await client.query(
        `update ${this.options.schema}.outbox set published_at = now() where position = any($1::bigint[])`,
        [rows.map((row) => row.position)],
      );
    }
    return rows.length;
  }

  /** Publishes one event in a producer span continuing the trace of the change that made it. */
  private publish(row: OutboxRow): Promise<void> {
    const parent = contextFromHeaders((name) => row.headers[name]);
    return inSpan(
      `${row.subject} publish`,
      'producer',
      natsAttributes(row.subject, 'publish'),
      () =>
        this.publishWithRetry(
          row,
          toNatsHeaders({ ...traceHeaders(), 'content-type': 'application/cloudevents+json' }),
        ),
      parent,
    );
  }

  /** Waits out a NATS outage with capped exponential backoff. */
  private async publishWithRetry(row: OutboxRow, headers: MsgHdrs): Promise<void> {
    const js = this.options.nats.jetstream();
    let backoffMs = 100;
    for (;;) {
      try {
        await js.publish(row.subject, encoder.encode(row.envelope), {
          msgID: row.id,
          headers,
          expect: { streamName: EVENT_STREAM },
          timeout: 5_000,
        });
        return;
      } catch (error) {
        if (this.stopping) throw error;
        const message = error instanceof Error ? error.message : String(error);
        this.options.logger.warn(`Publishing event ${row.id} failed (${message}); retrying`);
        await this.timer.sleep(backoffMs);
        backoffMs = Math.min(backoffMs * 2, 5_000);
      }
    }
  }

  private async pruneWhenDue(client: Client): Promise<void> {
    if (Date.now() - this.lastPrune < this.options.pruneIntervalMs) return;
    this.lastPrune = Date.now();
    await client.query(
      `delete from ${this.options.schema}.outbox
        where published_at < now() - ($1::bigint * interval '1 millisecond')`,
      [this.options.retentionMs],
    );
  }

  private async disconnect(): Promise<void> {
    this.leading = false;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}
