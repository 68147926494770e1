import { toNatsHeaders } from '@gov/nats';
import {
  contextFromHeaders,
  inSpan,
  natsAttributes,
  reportOutboxLag,
  traceHeaders,
} from '@gov/telemetry';
import { type NatsConnection } from 'nats';
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
  /** The event's aggregate: the envelope's `subject` (its own id when it has none). */
  aggregate: string;
}

/** What one window of publishing did. */
interface WindowOutcome {
  /** Events wait beyond this window: the batch was full or cut at an aggregate met twice. */
  readonly more: boolean;
  readonly failed: number;
}

const FIRST_BACKOFF_MS = 100;
const MAX_BACKOFF_MS = 5_000;

const silent: RelayLogger = { log: () => {}, warn: () => {}, error: () => {} };
const encoder = new TextEncoder();

/**
 * Publishes a service's outbox to JetStream, in order, at least once. One relay per service is
 * active: the holder of an advisory lock; standbys retry the lock and take over when the leader's
 * session ends (its process died). Woken by NOTIFY on insert, with a slow poll as backstop. Each
 * event is marked published only after its PubAck; a republished event carries the same
 * `Nats-Msg-Id`, so JetStream drops the copy (and consumers' inboxes catch the rest).
 *
 * Events go out in windows, without waiting for one PubAck before sending the next (ADR 0018):
 * sent in outbox order on one connection, they are stored in that order. A window holds at most
 * one event per aggregate, so when a publish fails, nothing later of its aggregate has gone out
 * before it is retried: consumers drop an event older than one they applied and would lose it.
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
  private backoffMs = FIRST_BACKOFF_MS;

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

  /** Stops after the window in flight; the lock is released with the session. */
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
    // Marks and prunes need not wait for the WAL flush (it stalled windows for up to 100 ms here):
    // a mark lost to a crash only republishes events, which the Nats-Msg-Id and the inboxes absorb.
    await client.query('set synchronous_commit = off');
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
      const window = await this.publishWindow(client);
      await this.pruneWhenDue(client);
      if (window.failed > 0) {
        // NATS is away or refused some: wait, then start again from the oldest unpublished event.
        await this.timer.sleep(this.backoffMs);
        this.backoffMs = Math.min(this.backoffMs * 2, MAX_BACKOFF_MS);
        continue;
      }
      this.backoffMs = FIRST_BACKOFF_MS;
      if (!window.more) await this.timer.sleep(this.options.pollIntervalMs);
    }
  }

  /**
   * Publishes the oldest unpublished events up to the first that repeats an aggregate, all at
   * once, then marks those JetStream acknowledged.
   */
  private async publishWindow(client: Client): Promise<WindowOutcome> {
    const { rows } = await client.query<OutboxRow>(
      `select position, id, subject, envelope::text as envelope, headers,
              coalesce(envelope->>'subject', id::text) as aggregate
         from ${this.options.schema}.outbox
        where published_at is null
        order by position
        limit $1`,
      [this.options.batchSize],
    );
    const window = upToRepeatedAggregate(rows);
    const outcomes = await Promise.allSettled(window.map((row) => this.publish(row)));
    const acknowledged = window.filter((_, index) => outcomes[index]?.status === 'fulfilled');
    for (const row of acknowledged) await this.options.afterPublish?.(row.id);
    if (acknowledged.length > 0) {
      await client.query(
        `update ${this.options.schema}.outbox set published_at = now() where position = any($1::bigint[])`,
        [acknowledged.map((row) => row.position)],
      );
    }
    const failed = window.length - acknowledged.length;
    const firstFailure = outcomes.find((outcome) => outcome.status === 'rejected');
    if (firstFailure) {
      const reason: unknown = firstFailure.reason;
      const message = reason instanceof Error ? reason.message : String(reason);
      this.options.logger.warn(
        `Publishing ${failed} of ${window.length} events failed (${message}); retrying`,
      );
    }
    return { more: rows.length === this.options.batchSize || window.length < rows.length, failed };
  }

  /** Publishes one event in a producer span continuing the trace of the change that made it. */
  private publish(row: OutboxRow): Promise<unknown> {
    const parent = contextFromHeaders((name) => row.headers[name]);
    return inSpan(
      `${row.subject} publish`,
      'producer',
      natsAttributes(row.subject, 'publish'),
      () =>
        this.options.nats.jetstream().publish(row.subject, encoder.encode(row.envelope), {
          msgID: row.id,
          // Inside the span: the consumers continue the trace from this producer span.
          headers: toNatsHeaders({
            ...traceHeaders(),
            'content-type': 'application/cloudevents+json',
          }),
          expect: { streamName: EVENT_STREAM },
          timeout: 5_000,
        }),
      parent,
    );
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

/** The rows before the first whose aggregate an earlier row already has. */
function upToRepeatedAggregate(rows: readonly OutboxRow[]): OutboxRow[] {
  const seen = new Set<string>();
  const window: OutboxRow[] = [];
  for (const row of rows) {
    if (seen.has(row.aggregate)) break;
    seen.add(row.aggregate);
    window.push(row);
  }
  return window;
}
